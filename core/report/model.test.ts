import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { addDays } from '../dates';
import { entryEffects } from '../trust/effects';
import { decompose, driversFrom, prepared, topMovers } from '../trust/explain';
import { evidenceFromEntries } from '../trust/evidence';
import { supplierFigures } from '../trust/figures';
import { DEFAULT_TRUST_SETTINGS } from '../trust/settings';
import { supplierTrustView } from '../trust/supplier-view';
import { advice, incident, interaction, journalArb, note, promise, review, WINDOW_FROM, WINDOW_TO } from '../trust/fixtures';
import { toChartRows, trustAt, trustSeries } from '../trust/series';
import { supplierDefaults } from '../supplier-fields';
import type { Entry, Supplier } from '../types';
import type { SupplierTrustView } from '../views';
import { buildPortfolioReport, buildSupplierReport, defaultPeriod, periodFigures, type SupplierReport } from './model';
import { parseReportRoute, printPath, printRequest, reportFileName, reportPath, reportRequest } from './route';

const supplier: Supplier = {
  id: 1, ...supplierDefaults(), name: 'Noordlicht', category: 'IT', contractStart: '2023-01-01', contractEnd: '2026-12-31', noticeMonths: 3,
  reviewIntervalMonths: 3, status: 'active', endedOn: null, createdAt: '2023-01-01T09:00:00.000Z', updatedAt: '2023-01-01T09:00:00.000Z',
};

/** The view the journal hands the renderer (db/worker/trust.ts), built from the engine directly. */
function viewOf(all: Entry[], from: string, to: string, today: string, includePrivate = true): SupplierTrustView {
  const entries = all.filter((e) => includePrivate || !e.private);
  const byId = new Map(entries.map((e) => [e.id, e]));
  const ref = (e: Entry) => ({ id: e.id, kind: e.kind, date: e.date, title: e.title, private: e.private });
  const movers = topMovers(entries, from, to, { today, limit: 5 });
  return {
    supplierId: 1, today, from, to,
    rows: toChartRows(trustSeries(entries, { today, from, to, stepDays: 7 })),
    conduct: [],
    markers: entryEffects(entries, { today }).filter((m) => m.date >= from && m.date <= to)
      .map((m) => ({ ...ref(byId.get(m.entryId)!), effectOn: m.date, effect: m.effect, reasons: m.reasons })),
    movers,
    drivers: driversFrom(decompose(prepared(entries, evidenceFromEntries(entries, today, DEFAULT_TRUST_SETTINGS, 'supplier'), DEFAULT_TRUST_SETTINGS), from, to), from, to),
    figures: supplierFigures(supplier, entries, today),
    conductFigures: supplierFigures(supplier, entries, today, 'ours'),
    now: trustAt(entries, today, { today }).overall,
    flag: null,
    includesPrivate: includePrivate,
    reviews: [],
    projection: null,
    entries: Object.fromEntries([...movers.down, ...movers.up].map((m) => [m.entryId, ref(byId.get(m.entryId)!)])),
  };
}

function report(entries: Entry[], from: string, to: string, includePrivate = false, today = to): SupplierReport {
  return buildSupplierReport({
    supplier, entries, trust: viewOf(entries, from, to, today, includePrivate),
    options: { from, to, includePrivate, managerName: ' Anna ', generatedOn: today },
  });
}

/** Every entry id the pack shows anywhere. */
function shown(r: SupplierReport): Set<number> {
  const ids = new Set<number>(r.entryIds);
  for (const m of r.chart.markers) ids.add(m.id);
  for (const s of r.agenda) for (const p of s.points) ids.add(p.entryId);
  for (const list of [r.promises, r.incidents, r.interactions, r.reviews, r.initiatives, r.notes, r.conduct]) for (const x of list) ids.add(x.id);
  return ids;
}

const withPrivacy = journalArb(40).chain((entries) =>
  fc.array(fc.boolean(), { minLength: entries.length, maxLength: entries.length })
    .map((flags) => entries.map((e, k) => ({ ...e, private: flags[k]!, title: `${e.kind} ${e.id}` }) as Entry)));

describe('review pack model: private entries', () => {
  it('left out, private entries leave out their effect too, and the pack says how many', () => {
    const entries = [
      ...Array.from({ length: 8 }, (_, k) => promise(10 + k, addDays('2024-01-01', 20 * k), { status: 'kept', settledOn: addDays('2024-01-05', 20 * k) })),
      incident(30, '2024-05-01', { severity: 'critical', private: true, title: 'secret outage' }),
    ];
    const r = report(entries, '2024-01-01', '2024-06-30');
    const without = entries.filter((e) => !e.private);
    expect(r.summary.trustEnd).toBeCloseTo(trustAt(without, '2024-06-30', { today: '2024-06-30' }).overall.trust, 12);
    expect(r.header.privateLeftOut).toBe(1);
    expect(JSON.stringify(r)).not.toContain('secret');
    const all = report(entries, '2024-01-01', '2024-06-30', true);
    expect(all.summary.trustEnd).toBeCloseTo(trustAt(entries, '2024-06-30', { today: '2024-06-30' }).overall.trust, 12);
    expect(all.header.privateLeftOut).toBe(0);
    // a trust view that still holds private entries cannot make a pack that leaves them out
    expect(() => buildSupplierReport({
      supplier, entries, trust: viewOf(entries, '2024-01-01', '2024-06-30', '2024-06-30', true),
      options: { from: '2024-01-01', to: '2024-06-30', includePrivate: false, managerName: '', generatedOn: '2024-06-30' },
    })).toThrow();
  });

  it('never shows a private entry unless asked to (tables, agenda, markers, movers)', () => {
    fc.assert(fc.property(withPrivacy, fc.boolean(), (entries, ask) => {
      const r = report(entries, '2023-06-01', WINDOW_TO, ask);
      const privateIds = new Set(entries.filter((e) => e.private).map((e) => e.id));
      const ids = shown(r);
      if (!ask) for (const id of ids) expect(privateIds.has(id), `entry ${id} is private`).toBe(false);
      expect(JSON.stringify(r).includes('"private":true')).toBe(ask && [...ids].some((id) => privateIds.has(id)));
    }), { numRuns: 150 });
  });

  it('shows private entries when ticked, everywhere they belong', () => {
    const entries = [
      promise(1, '2024-03-01', { private: true, title: 'secret promise', dueOn: '2024-03-10' }),
      note(2, '2024-03-05'),
      { ...note(3, '2024-03-06'), private: true, title: 'secret note' },
      incident(4, '2024-03-07', { private: true, title: 'secret incident' }),
      advice(5, '2024-03-08', { private: true, title: 'secret advice' }),
    ];
    const without = report(entries, '2024-01-01', '2024-06-30');
    expect(JSON.stringify(without)).not.toContain('secret');
    expect(without.figures.promisesMade).toBe(0);
    const withThem = report(entries, '2024-01-01', '2024-06-30', true);
    expect(withThem.promises.map((p) => p.title)).toEqual(['secret promise']);
    expect(withThem.notes.map((n) => n.title)).toEqual(['entry 2', 'secret note']);
    expect(withThem.incidents.map((n) => n.title)).toEqual(['secret incident']);
    expect(withThem.initiatives.map((n) => n.title)).toEqual(['secret advice']);
    expect(withThem.agenda.find((s) => s.kind === 'overduePromise')?.points[0]?.title).toBe('secret promise');
    expect(withThem.chart.markers.some((m) => m.title === 'secret incident')).toBe(true);
  });
});

describe('review pack model: the period', () => {
  const entries: Entry[] = [
    interaction(1, '2024-01-15', { title: 'before' }),
    interaction(2, '2024-02-01', { title: 'first day', tone: 'positive' }),
    interaction(3, '2024-03-31', { title: 'last day', tone: 'negative' }),
    interaction(4, '2024-04-01', { title: 'after' }),
    promise(5, '2024-01-10', { title: 'made before, kept in', status: 'kept', settledOn: '2024-02-10', dueOn: '2024-02-20' }),
    promise(6, '2024-01-10', { title: 'made and kept before', status: 'kept', settledOn: '2024-01-20' }),
    promise(7, '2024-02-10', { title: 'open, overdue', dueOn: '2024-03-01' }),
    promise(8, '2024-02-11', { title: 'kept after the period', dueOn: '2024-03-20', status: 'kept_late', settledOn: '2024-04-15' }),
    incident(9, '2023-12-01', { title: 'old, resolved in', severity: 'high', resolvedOn: '2024-02-05' }),
    incident(10, '2024-03-01', { title: 'new, open', severity: 'low' }),
    incident(11, '2023-11-01', { title: 'old, resolved before', resolvedOn: '2023-11-03' }),
    review(12, '2024-02-15', { title: 'review', scoreAbility: 3 }),
    advice(13, '2024-03-03', { title: 'idea' }),
    advice(14, '2024-04-03', { title: 'later idea' }),
    { ...promise(15, '2024-02-01', { title: 'our promise', dueOn: '2024-02-15' }), side: 'ours' },
    { ...note(16, '2024-02-02'), title: 'our note', side: 'ours' },
  ];
  const r = report(entries, '2024-02-01', '2024-03-31', false, '2024-05-01');

  it('keeps the entries dated in the period and what was still open in it', () => {
    expect(r.interactions.map((x) => x.title)).toEqual(['first day', 'last day']);
    expect(r.promises.map((x) => x.title)).toEqual(['made before, kept in', 'open, overdue', 'kept after the period']);
    expect(r.incidents.map((x) => x.title)).toEqual(['old, resolved in', 'new, open']);
    expect(r.reviews.map((x) => x.title)).toEqual(['review']);
    expect(r.initiatives.map((x) => x.title)).toEqual(['idea']);
    expect(r.conduct.map((x) => x.title)).toEqual(['our promise', 'our note']);
  });

  it('reads statuses as they were at the end of the period', () => {
    const later = r.promises.find((p) => p.title === 'kept after the period')!;
    expect(later.status).toBe('open');
    expect(later.overdue).toBe(true);
    expect(r.incidents.find((i) => i.title === 'old, resolved in')!.daysToResolve).toBe(66);
  });

  it('counts the period figures', () => {
    expect(r.figures).toMatchObject({
      promisesMade: 2, sayDo: { keptOnTime: 1, keptLate: 0, broken: 0, overdue: 2, renegotiated: 0, ratio: 1 / 3 }, open: 2,
      incidents: { low: 1, medium: 0, high: 0, critical: 0 }, incidentsTotal: 1, openIncidents: 1,
      resolvedIncidents: 1, meanTimeToResolveDays: 66, interactions: 2, tones: { positive: 1, neutral: 0, negative: 1 },
      advice: 1, reviews: 1,
    });
  });

  it('drafts the agenda: overdue first, our own actions last', () => {
    expect(r.agenda.map((s) => s.kind)[0]).toBe('overduePromise');
    expect(r.agenda.find((s) => s.kind === 'overduePromise')!.points.map((p) => p.title)).toEqual(['open, overdue', 'kept after the period']);
    expect(r.agenda.find((s) => s.kind === 'unresolvedIncident')!.points.map((p) => p.title)).toEqual(['new, open']);
    expect(r.agenda.find((s) => s.kind === 'initiative')!.points.map((p) => p.title)).toEqual(['idea']);
    expect(r.agenda.at(-1)).toMatchObject({ kind: 'ourAction', points: [{ title: 'our promise', daysOverdue: 45 }] });
  });

  it('summarises trust at the start and end of the period', () => {
    expect(r.summary.trustStart).toBeCloseTo(r.chart.rows[0]!.trust);
    expect(r.summary.trustEnd).toBeCloseTo(r.chart.rows.at(-1)!.trust);
    expect(r.summary.change).toBeCloseTo(r.summary.trustEnd! - r.summary.trustStart!);
    expect(r.header).toMatchObject({ managerName: 'Anna', from: '2024-02-01', to: '2024-03-31', noticeDeadline: '2026-09-30' });
  });
});

describe('review pack model: a supplier without evidence', () => {
  it('claims no trust figure: the base rate is not a measurement', () => {
    const empty = report([note(1, '2024-03-01')], '2024-01-01', '2024-03-31');
    expect(empty.summary).toMatchObject({ trustStart: null, trustEnd: null, trend: null, levelEnd: null });
    const one = report([note(1, '2024-03-01'), advice(2, '2024-03-02')], '2024-01-01', '2024-03-31');
    expect(one.summary.trend).not.toBeNull();
  });
});

describe('review pack model: figures match the journal', () => {
  it('over the whole history, the period figures are the journal figures', () => {
    fc.assert(fc.property(journalArb(50), (entries) => {
      const today = addDays(WINDOW_TO, 100);
      const f = periodFigures(entries, WINDOW_FROM, today);
      const j = supplierFigures(supplier, entries, today);
      expect(f.sayDo).toEqual(j.sayDo);
      expect(f.open).toBe(j.openPromises);
      expect(f.openIncidents).toBe(j.openIncidents);
      if (j.meanTimeToResolveDays === null) expect(f.meanTimeToResolveDays).toBeNull();
      else expect(f.meanTimeToResolveDays).toBeCloseTo(j.meanTimeToResolveDays);
      const perSeverity = j.incidentsPerQuarter.reduce((n, q) => n + q.low + q.medium + q.high + q.critical, 0);
      expect(f.incidentsTotal).toBe(perSeverity);
    }), { numRuns: 150 });
  });
});

describe('default period and route', () => {
  it('runs from the last review (a fortnight old at least), else the last quarter', () => {
    expect(defaultPeriod([review(1, '2024-01-10'), review(2, '2024-03-01'), review(3, '2024-05-25')], '2024-06-01'))
      .toEqual({ from: '2024-03-01', to: '2024-06-01' });
    expect(defaultPeriod([{ ...review(1, '2024-05-01'), side: 'ours' }], '2024-06-01')).toEqual({ from: '2024-03-01', to: '2024-06-01' });
  });

  it('round-trips the options through the route', () => {
    const req = { scope: 'supplier' as const, supplierId: 3, from: '2024-01-01', to: '2024-03-31', lang: 'nl' as const, paper: 'letter' as const, includePrivate: true };
    const path = reportPath(req);
    const [route, query] = path.split('?');
    expect(route).toBe('/report/supplier/3');
    expect(parseReportRoute('supplier', '3', new URLSearchParams(query))).toEqual(req);
    expect(parseReportRoute('supplier', '3', new URLSearchParams('from=2024-05-01&to=2024-01-01&lang=en'))).toBeNull();
    expect(reportFileName('A/B: "C"', '2024-06-01')).toBe('Rapport - A B C - 2024-06-01.pdf');
  });

  it('builds a portfolio overview row per supplier', () => {
    const entries = [interaction(1, '2024-02-01', { tone: 'positive' }), promise(2, '2024-01-01', { dueOn: '2024-01-20' })];
    const p = buildPortfolioReport([{ supplier, entries, trust: viewOf(entries, '2024-01-01', '2024-03-31', '2024-03-31') }], {
      from: '2024-01-01', to: '2024-03-31', includePrivate: false, managerName: '', generatedOn: '2024-04-01',
    });
    expect(p.rows).toHaveLength(1);
    expect(p.rows[0]).toMatchObject({ name: 'Noordlicht', overduePromises: 1, openIncidents: 0 });
  });
});

describe('review pack model: what cost or built trust, as talking points', () => {
  it('lists what happened in the period, not older entries fading, by their reason codes', () => {
    const entries: Entry[] = [
      incident(1, '2023-06-01', { title: 'old outage', severity: 'critical' }),
      interaction(2, '2023-06-10', { title: 'old good talk', tone: 'positive' }),
      promise(3, '2024-02-01', { title: 'broken in period', status: 'broken', settledOn: '2024-02-20', inContract: true }),
      advice(4, '2024-03-01', { title: 'idea in period' }),
    ];
    const r = report(entries, '2024-01-01', '2024-06-30');
    const titles = (kind: string) => r.agenda.find((s) => s.kind === kind)?.points.map((p) => p.title) ?? [];
    expect(titles('moverDown')).toEqual(['broken in period']);
    expect(titles('moverUp')).toEqual(['idea in period']);
    // Each is named by its number in the reasons table, where its amount stands.
    const codes = r.reasons!.top.map((m) => m.entryId);
    for (const s of r.agenda.filter((x) => x.kind === 'moverDown' || x.kind === 'moverUp')) {
      for (const p of s.points) expect(codes[p.code! - 1]).toBe(p.entryId);
    }
  });

  it('an entry that moved trust but is not one of the four named reasons is no talking point', () => {
    const entries: Entry[] = [
      ...[1, 2, 3, 4, 5, 6].map((k) => interaction(k, addDays('2024-02-01', 7 * k), { title: `talk ${k}`, tone: k % 2 ? 'positive' : 'negative' })),
      incident(7, '2024-03-20', { title: 'outage', severity: 'critical' }),
    ];
    const r = report(entries, '2024-01-01', '2024-06-30');
    const named = new Set(r.reasons!.top.map((m) => m.entryId));
    expect(r.reasons!.rest.count).toBeGreaterThan(0);
    const listed = r.agenda.filter((s) => s.kind === 'moverDown' || s.kind === 'moverUp').flatMap((s) => s.points);
    expect(listed.length).toBeGreaterThan(0);
    for (const p of listed) expect(named.has(p.entryId)).toBe(true);
  });
});

describe('page CSS with the running footer', () => {
  it('sets the paper, and the footer as page-margin boxes with the page counters, its text escaped', async () => {
    const { pageCss } = await import('./print');
    expect(pageCss('letter')).toContain('size: letter');
    expect(pageCss('a4')).toContain('size: A4');
    const css = pageCss('a4', { footer: 'A "B" \\ C </style><script>\n', page: 'Pagina', of: 'van' });
    expect(css).toContain('@bottom-left { content: "A \\22 B\\22  \\5c  C \\3c /style>\\3c script> "');
    expect(css).toContain('@bottom-right { content: "Pagina " counter(page) " van " counter(pages);');
    expect(css).not.toContain('</style>');
  });
});

describe('what the shell prints to PDF', () => {
  it("a pack or a meeting's minutes, each on its own route; anything else is refused", () => {
    const pack = reportRequest.parse({ scope: 'supplier', supplierId: 3, from: '2026-01-01', to: '2026-06-30', lang: 'nl' });
    expect(printRequest.parse(pack)).toEqual(pack);
    expect(printPath(pack)).toBe(reportPath(pack));
    expect(printPath(printRequest.parse({ scope: 'minutes', meetingId: 7 }))).toBe('/report/meeting/7');
    expect(printRequest.safeParse({ scope: 'minutes', meetingId: 0 }).success).toBe(false);
    expect(printRequest.safeParse({ scope: 'minutes', meetingId: 7, path: '/settings' }).success).toBe(false);
  });
});

describe('review pack model: why it moved adds up', () => {
  it('the (at most four) entries, the rest and fading sum to the pack\'s change, over generated journals', () => {
    fc.assert(fc.property(withPrivacy, fc.boolean(), (entries, includePrivate) => {
      const from = addDays(WINDOW_TO, -200);
      const trust = supplierTrustView({
        supplier, entries: entries.filter((e) => includePrivate || !e.private), settings: DEFAULT_TRUST_SETTINGS, today: WINDOW_TO, from, to: WINDOW_TO, includePrivate,
      });
      const r = buildSupplierReport({ supplier, entries, trust, options: { from, to: WINDOW_TO, includePrivate, managerName: '', generatedOn: WINDOW_TO } });
      if (r.summary.change === null) {
        expect(r.reasons).toBeNull();
        return;
      }
      const why = r.reasons!;
      expect(why.top.length).toBeLessThanOrEqual(4);
      const sum = why.top.reduce((s, m) => s + m.delta, 0) + why.rest.delta + why.fading;
      expect(sum).toBeCloseTo(why.change, 9);
      // The same change the summary states, and only entries the pack may show.
      expect(why.change).toBeCloseTo(r.summary.change, 9);
      const allowed = new Set(entries.filter((e) => includePrivate || !e.private).map((e) => e.id));
      for (const m of why.top) expect(allowed.has(m.entryId)).toBe(true);
      // The talking points on what cost or built trust are these entries, by their codes, the sign agreeing.
      for (const s of r.agenda.filter((x) => x.kind === 'moverDown' || x.kind === 'moverUp')) {
        for (const p of s.points) {
          const m = why.top[p.code! - 1]!;
          expect(m.entryId).toBe(p.entryId);
          expect(Math.sign(m.delta)).toBe(s.kind === 'moverDown' ? -1 : 1);
        }
      }
    }), { numRuns: 60 });
  });
});
