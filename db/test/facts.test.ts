// One truth per fact, on a real journal file: for generated journals
// (core/synthetic's suppliers and fast-check's entries, written through the
// journal's own methods) and generated days, every place a fact shows says
// the same as its one function in core/facts: the supplier's figures
// (getSupplierTrust) and summary (getSupplier), the portfolio row, the
// agenda, the calendar and the review pack's model.
import fs from 'node:fs';
import path from 'node:path';
import fc from 'fast-check';
import { afterEach, describe, expect, it, vi } from 'vitest';
import type { AgendaItem } from '../../core/agenda';
import { addDays, addMonths, fromDayNumber, toDayNumber, type IsoDate } from '../../core/dates';
import { factsFromEntries, openOn, type SupplierFacts } from '../../core/facts';
import { buildSupplierReport } from '../../core/report';
import { entryInput } from '../../core/schemas';
import { generate } from '../../core/synthetic';
import { entryArb } from '../../core/trust/fixtures';
import type { SupplierFigures } from '../../core/trust/figures';
import type { Entry, PromiseEntry } from '../../core/types';
import type { FlagView, SupplierSummary } from '../../core/views';
import { openJournal, type Journal } from '../worker/journal';
import { ok, tempFile } from './helpers';

const START = '2023-01-01';
const day = (n: number): IsoDate => fromDayNumber(toDayNumber(START) + n);
const writtenAt = (date: IsoDate) => new Date(`${date}T10:00:00Z`);

/** A supplier's recorded terms, when it came into the journal, and what was written about it. */
const supplierArb = fc.record({
  startIn: fc.option(fc.integer({ min: -1200, max: 600 }), { nil: null }),
  endIn: fc.option(fc.integer({ min: -900, max: 1500 }), { nil: null }),
  noticeMonths: fc.option(fc.integer({ min: 0, max: 12 }), { nil: null }),
  autoRenews: fc.boolean(),
  renewalMonths: fc.option(fc.integer({ min: 1, max: 24 }), { nil: null }),
  reviewIntervalMonths: fc.option(fc.integer({ min: 1, max: 12 }), { nil: null }),
  arrivalIn: fc.integer({ min: -60, max: 900 }),
  ended: fc.integer({ min: 0, max: 5 }).map((n) => n === 0),
  synthetic: fc.option(fc.record({ profile: fc.constantFrom('steady' as const, 'turnsBad' as const, 'quiet' as const), seed: fc.integer({ min: 1, max: 10_000 }) }), { nil: null }),
  extras: fc.array(entryArb, { maxLength: 14 }),
});
type GeneratedSupplier = typeof supplierArb extends fc.Arbitrary<infer T> ? T : never;

/** Writes one supplier on the day it arrived, and each entry on its own day (or on arrival, when it tells of the past). */
function writeSupplier(journal: Journal, g: GeneratedSupplier, k: number): number {
  const arrival = day(g.arrivalIn);
  vi.setSystemTime(new Date(`${arrival}T09:00:00Z`));
  let contractStart = g.startIn === null ? null : day(g.startIn);
  let contractEnd = g.endIn === null ? null : day(g.endIn);
  if (contractStart && contractEnd && contractEnd < contractStart) [contractStart, contractEnd] = [contractEnd, contractStart];
  const s = ok(journal, 'createSupplier', {
    name: `Supplier ${k}`, contractStart, contractEnd, noticeMonths: g.noticeMonths, autoRenews: g.autoRenews, renewalMonths: g.renewalMonths,
    reviewIntervalMonths: g.reviewIntervalMonths,
  });
  const entries: Entry[] = [
    ...(g.synthetic ? generate(1, 1, null, g.synthetic.profile, g.synthetic.seed, { start: START }).entries : []),
    ...g.extras.map((make, i) => make(10_000 + i)),
  ];
  journal.db.transaction(() => {
    for (const { id: _id, createdAt: _c, updatedAt: _u, ...e } of entries) {
      vi.setSystemTime(writtenAt(e.date > arrival ? e.date : arrival));
      journal.insertEntry(entryInput.parse({ ...e, supplierId: s.id }));
    }
  })();
  if (g.ended) ok(journal, 'endSupplier', { id: s.id, endedOn: day(g.arrivalIn + 200) });
  return s.id;
}

/** What the supplier's figures say of each fact. */
const fromFigures = (f: SupplierFigures) => ({
  notice: f.noticeDeadline, termEnd: f.termEnd, review: f.nextReviewDue, reviewLate: f.reviewOverdueDays,
  lastContact: f.lastInteractionOn, lastReview: f.lastReviewOn, open: f.openPromises, overdue: f.overduePromises,
});
const fromFacts = (f: SupplierFacts) => ({
  notice: f.notice?.deadline ?? null, termEnd: f.term?.end ?? null, review: f.review?.due ?? null, reviewLate: f.reviewOverdueDays,
  lastContact: f.lastContactOn, lastReview: f.lastReviewOn, open: f.promises.open, overdue: f.promises.overdue,
});
/** A flag's silence, as the quiet fact says it. */
const quietOfFlag = (flag: FlagView | null) => (flag?.kind === 'quiet' ? { lastEntryOn: flag.lastEntryOn, days: flag.days } : null);
const quietOfFacts = (f: SupplierFacts) => (f.quiet ? { lastEntryOn: f.quiet.lastEntryOn, days: f.quiet.days } : null);

const datesOf = (items: AgendaItem[], kind: AgendaItem['kind']) => items.filter((i) => i.kind === kind).map((i) => i.date);

function expectOneTruth(journal: Journal, summary: SupplierSummary, today: IsoDate, portfolioRow: { figures: SupplierFigures; flag: FlagView | null }) {
  const entries = ok(journal, 'listEntries', { supplierId: summary.id });
  const facts = factsFromEntries(summary, entries, today);
  const at = `supplier ${summary.id} (${summary.status}) on ${today}`;
  const active = summary.status === 'active';

  // The API and the supplier's header.
  expect(summary.facts, at).toEqual(facts);
  expect([summary.openPromises, summary.ourOpenPromises, summary.overduePromises, summary.lastEntryOn, summary.lastReviewOn], at)
    .toEqual([facts.promises.open, facts.promises.ourOpen, facts.promises.overdue, facts.lastEntryOn, facts.lastReviewOn]);

  // The supplier page's figures and flag, our own conduct's counts beside them.
  const view = ok(journal, 'getSupplierTrust', { supplierId: summary.id });
  expect(fromFigures(view.figures), at).toEqual(fromFacts(facts));
  expect([view.conductFigures.openPromises, view.conductFigures.overduePromises], at).toEqual([facts.promises.ourOpen, facts.promises.ourOverdue]);
  expect(quietOfFlag(view.flag), at).toEqual(quietOfFacts(facts));

  // The portfolio row.
  expect(fromFigures(portfolioRow.figures), at).toEqual(fromFacts(facts));
  expect(quietOfFlag(portfolioRow.flag), at).toEqual(quietOfFacts(facts));

  // The agenda: each deadline on the fact's day, within its window; the overdue promises one by one.
  const agenda = ok(journal, 'getAgenda', { today, supplierId: summary.id }).groups.flatMap((g) => g.items);
  const within = (date: IsoDate | null | undefined, days: number) => (active && date != null && date <= addDays(today, days) ? [date] : []);
  const notice = facts.notice && facts.notice.deadline >= today ? facts.notice.deadline : null;
  expect(datesOf(agenda, 'notice'), at).toEqual(within(notice, 90));
  expect(datesOf(agenda, 'contractEnd'), at).toEqual(within(facts.term?.end, 90));
  expect(datesOf(agenda, 'review'), at).toEqual(within(facts.review?.due, 30));
  expect(agenda.filter((i) => i.kind === 'quiet').map((i) => [i.date, i.since]), at).toEqual(facts.quiet ? [[facts.quiet.since, facts.quiet.lastEntryOn]] : []);
  const overdueItems = (side: 'supplier' | 'ours') => agenda.filter((i) => i.kind === 'promise' && i.side === side && i.date < today).length;
  expect([overdueItems('supplier'), overdueItems('ours')], at).toEqual(active ? [facts.promises.overdue, facts.promises.ourOverdue] : [0, 0]);

  // The calendar: the same days, however far; the open promises whose due day was still ahead when written.
  const calendar = ok(journal, 'getAgendaCalendar', { today, supplierId: summary.id, includePrivate: true }).items.filter((i) => !i.cancelled);
  const ever = (date: IsoDate | null | undefined) => (active && date != null ? [date] : []);
  expect(datesOf(calendar, 'notice'), at).toEqual(ever(notice));
  expect(datesOf(calendar, 'contractEnd'), at).toEqual(ever(facts.term?.end));
  expect(datesOf(calendar, 'review'), at).toEqual(ever(facts.review?.due));
  const promises = entries.filter((e): e is PromiseEntry => e.kind === 'promise');
  const inCalendar = promises.filter((p) => active && openOn(p, today) && p.dueOn !== null && p.dueOn >= p.createdAt.slice(0, 10));
  expect(calendar.filter((i) => i.kind === 'promise').map((i) => i.entryId).sort(), at).toEqual(inCalendar.map((p) => p.id).sort());

  // The review pack made today.
  const pack = buildSupplierReport({ supplier: summary, entries, trust: view, options: { from: view.from, to: today, includePrivate: true, managerName: '', generatedOn: today } });
  expect([pack.header.noticeDeadline, pack.header.termEnd], at).toEqual([facts.notice?.deadline ?? null, facts.term?.end ?? null]);
  expect([pack.figures.open, pack.figures.sayDo.overdue], at).toEqual([facts.promises.open, facts.promises.overdue]);
  const overduePoints = pack.agenda.find((a) => a.kind === 'overduePromise')?.points.length ?? 0;
  expect(overduePoints, at).toBe(Math.min(facts.promises.overdue, 8));
}

describe('one truth per fact', () => {
  const dirs: string[] = [];
  afterEach(() => {
    vi.useRealTimers();
    for (const dir of dirs.splice(0)) fs.rmSync(dir, { recursive: true, force: true });
  });

  it('every place shows the same notice deadline, term end, next review, last contact, open and overdue promises and silence', async () => {
    await fc.assert(
      fc.asyncProperty(
        fc.array(supplierArb, { minLength: 1, maxLength: 3 }),
        fc.array(fc.integer({ min: -30, max: 1500 }), { minLength: 1, maxLength: 3 }),
        async (suppliers, dayNumbers) => {
          vi.useFakeTimers({ toFake: ['Date'] });
          const file = tempFile();
          dirs.push(path.dirname(file));
          const clock = { today: START };
          const journal = await openJournal(file, { shell: 'browser', today: () => clock.today });
          try {
            suppliers.forEach((g, k) => writeSupplier(journal, g, k + 1));
            // The days asked: generated ones, then the first supplier's arrival, recorded contract end (and the day after) and first deadline.
            const days = new Set(dayNumbers.map(day));
            const first = ok(journal, 'listSuppliers', {})[0]!;
            days.add(first.createdAt.slice(0, 10));
            if (first.contractEnd) for (const d of [first.contractEnd, addDays(first.contractEnd, 1), addMonths(first.contractEnd, -(first.noticeMonths ?? 0))]) days.add(d);
            for (const today of [...days].slice(0, 5)) {
              clock.today = today;
              const portfolio = ok(journal, 'getPortfolio', {});
              for (const summary of ok(journal, 'listSuppliers', {})) {
                expect(ok(journal, 'getSupplier', { id: summary.id })).toEqual(summary);
                expectOneTruth(journal, summary, today, portfolio.suppliers.find((r) => r.id === summary.id)!);
              }
            }
          } finally {
            journal.close();
            vi.useRealTimers();
          }
        },
      ),
      { numRuns: 12 },
    );
  }, 240_000);

  it("the issue's two suppliers: a renewing contract shows next year's deadline, a new supplier with an old contract its first review in one interval, everywhere", async () => {
    const TODAY = '2026-12-02';
    const file = tempFile();
    dirs.push(path.dirname(file));
    vi.useFakeTimers({ toFake: ['Date'] });
    vi.setSystemTime(new Date('2025-01-10T09:00:00Z'));
    const journal = await openJournal(file, { shell: 'browser', today: () => TODAY });
    try {
      // Ended last spring on paper, renews every 12 months, 2 months' notice.
      const renewing = ok(journal, 'createSupplier', { name: 'Wolkendek Hosting', contractStart: '2024-05-01', contractEnd: '2026-04-30', noticeMonths: 2, autoRenews: true, renewalMonths: 12, reviewIntervalMonths: null });
      ok(journal, 'createEntry', { supplierId: renewing.id, kind: 'interaction', date: '2026-11-20', title: 'Call', channel: 'call', tone: 'positive' });
      // Added today; its contract began 700 days ago; a review every 3 months, none yet.
      vi.setSystemTime(new Date(`${TODAY}T09:00:00Z`));
      const added = ok(journal, 'createSupplier', { name: 'Scherpzicht Security', contractStart: addDays(TODAY, -700), reviewIntervalMonths: 3 });
      const portfolio = ok(journal, 'getPortfolio', {});
      for (const summary of ok(journal, 'listSuppliers', {})) expectOneTruth(journal, summary, TODAY, portfolio.suppliers.find((r) => r.id === summary.id)!);

      expect(ok(journal, 'getSupplierTrust', { supplierId: renewing.id }).figures).toMatchObject({ noticeDeadline: '2027-02-28', termEnd: '2027-04-30', daysToNoticeDeadline: 88 });
      expect(ok(journal, 'getAgenda', { today: TODAY, supplierId: renewing.id }).groups.flatMap((g) => g.items.map((i) => i.key))).toEqual([`notice:${renewing.id}:2027-02-28`]);
      const review = ok(journal, 'getSupplierTrust', { supplierId: added.id }).figures;
      expect(review).toMatchObject({ nextReviewDue: '2027-03-02', reviewOverdue: false, reviewOverdueDays: 0, noReviewYet: true });
      expect(ok(journal, 'getAgendaCalendar', { today: TODAY, supplierId: added.id }).items.map((i) => i.key)).toEqual([`review:${added.id}:2027-03-02`]);
      // Nothing about it is overdue.
      expect(ok(journal, 'getAgenda', { today: TODAY, supplierId: added.id }).groups[0]!.items).toEqual([]);
    } finally {
      journal.close();
    }
  });
});
