// The example journal in assets/: both languages load into a real SQLite file
// through the same gate as the shells, tell the same story entry for entry,
// and carry everything the product needs to show (every entry kind, private
// notes, our own conduct, an overdue promise, an open incident).
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import exampleEn from '../../assets/example-journal.en.json';
import exampleNl from '../../assets/example-journal.nl.json';
import { addDays, todayIso } from '../../core/dates';
import { dispatch } from '../../core/dispatch';
import { ENTRY_KINDS } from '../../core/schemas';
import { overdueOn } from '../../core/facts';
import type { Entry, JournalInfo } from '../../core/types';
import type { SupplierSummary } from '../../core/views';
import { openJournal, type Journal } from '../worker/journal';

const EXPECTED_SUPPLIERS = 4;
const EXPECTED_ENTRIES = 175;

const TODAY = todayIso();
const dirs: string[] = [];
const journals: Journal[] = [];

afterAll(() => {
  for (const j of journals) j.close();
  for (const d of dirs) fs.rmSync(d, { recursive: true, force: true });
});

async function freshJournal(): Promise<Journal> {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'rapport-example-'));
  dirs.push(dir);
  const journal = await openJournal(path.join(dir, 'journal.sqlite'), { shell: 'browser', today: () => TODAY });
  journals.push(journal);
  return journal;
}

function ok<T>(result: ReturnType<typeof dispatch>): T {
  if (!result.ok) throw new Error(`dispatch failed: ${JSON.stringify(result.error)}`);
  return result.value as T;
}

interface Loaded {
  journal: Journal;
  result: { suppliers: number; entries: number };
  suppliers: SupplierSummary[];
  /** Per supplier (in creation order), its entries oldest first. */
  entries: Entry[][];
}

async function loadIn(language: 'nl' | 'en'): Promise<Loaded> {
  const journal = await freshJournal();
  ok(dispatch(journal, 'updatePreferences', { language }));
  const result = ok<{ suppliers: number; entries: number }>(dispatch(journal, 'loadExampleJournal', {}));
  const suppliers = ok<SupplierSummary[]>(dispatch(journal, 'listSuppliers', {})).sort((a, b) => a.id - b.id);
  const entries = suppliers.map((s) =>
    ok<Entry[]>(dispatch(journal, 'listEntries', { supplierId: s.id })).sort((a, b) => a.id - b.id),
  );
  return { journal, result, suppliers, entries };
}

const sequence = (l: Loaded) => l.entries.map((list) => list.map((e) => `${e.date} ${e.kind} ${e.side}`));

describe('example journal', () => {
  const loaded: Partial<Record<'nl' | 'en', Loaded>> = {};
  const get = async (language: 'nl' | 'en') => (loaded[language] ??= await loadIn(language));

  for (const language of ['en', 'nl'] as const) {
    describe(language, () => {
      it('loads four suppliers and every entry', async () => {
        const l = await get(language);
        expect(l.result).toEqual({ suppliers: EXPECTED_SUPPLIERS, entries: EXPECTED_ENTRIES });
        expect(l.suppliers).toHaveLength(EXPECTED_SUPPLIERS);
        expect(l.entries.flat()).toHaveLength(EXPECTED_ENTRIES);
        const info = ok<JournalInfo>(dispatch(l.journal, 'getJournalInfo', {}));
        expect(info).toMatchObject({ suppliers: EXPECTED_SUPPLIERS, entries: EXPECTED_ENTRIES });
        for (const list of l.entries) {
          expect(list.length).toBeGreaterThanOrEqual(25);
          expect(list.length).toBeLessThanOrEqual(65);
        }
      });

      it('has every kind of entry for every supplier', async () => {
        const l = await get(language);
        for (const list of l.entries) {
          expect(new Set(list.map((e) => e.kind))).toEqual(new Set(ENTRY_KINDS));
        }
      });

      it('ends today and never in the future', async () => {
        const l = await get(language);
        const dates = l.entries.flat().map((e) => e.date).sort();
        expect(dates[dates.length - 1]! <= TODAY).toBe(true);
        // The story spans about two years up to the day before today.
        expect(dates[dates.length - 1]! >= addDays(TODAY, -7)).toBe(true);
        expect(dates[0]! <= addDays(TODAY, -700)).toBe(true);
        for (const e of l.entries.flat()) {
          if (e.kind === 'promise' && e.settledOn) expect(e.settledOn <= TODAY).toBe(true);
          if (e.kind === 'incident' && e.resolvedOn) expect(e.resolvedOn <= TODAY).toBe(true);
        }
      });

      it('holds private notes, our own conduct, an overdue promise and an open incident', async () => {
        const l = await get(language);
        const all = l.entries.flat();
        expect(all.some((e) => e.private)).toBe(true);
        expect(all.some((e) => e.side === 'ours')).toBe(true);
        const overdue = all.filter((e) => e.side === 'supplier' && e.kind === 'promise' && overdueOn(e, TODAY));
        expect(overdue.length).toBeGreaterThanOrEqual(1);
        for (const e of overdue) expect(e.kind === 'promise' && e.dueOn! < TODAY).toBe(true);
        expect(l.suppliers.some((s) => s.overduePromises > 0)).toBe(true);
        expect(all.some((e) => e.kind === 'incident' && e.resolvedOn === null)).toBe(true);
        expect(l.suppliers.some((s) => s.openIncidents > 0)).toBe(true);
        // Some promises are still open and not yet due: the story goes on.
        expect(all.some((e) => e.kind === 'promise' && e.status === 'open' && e.dueOn! >= TODAY)).toBe(true);
        // A broken contractual result promise: the heaviest blow to trust.
        expect(all.some((e) => e.kind === 'promise' && e.status === 'broken' && e.inContract && e.obligation === 'result')).toBe(true);
      });
    });
  }

  it('tells the same story in both languages', async () => {
    const en = await get('en');
    const nl = await get('nl');
    expect(nl.result).toEqual(en.result);
    expect(sequence(nl)).toEqual(sequence(en));
    expect(nl.suppliers.map((s) => [s.contractStart, s.contractEnd, s.noticeMonths, s.contractValue, s.contractCurrency, s.reviewIntervalMonths]))
      .toEqual(en.suppliers.map((s) => [s.contractStart, s.contractEnd, s.noticeMonths, s.contractValue, s.contractCurrency, s.reviewIntervalMonths]));
    const pairs = en.entries.flat().map((e, i) => [e, nl.entries.flat()[i]!] as const);
    for (const [a, b] of pairs) {
      expect({ ...b, id: 0, supplierId: 0, title: '', body: '', tags: [], createdAt: '', updatedAt: '', impact: '', rootCause: '' })
        .toEqual({ ...a, id: 0, supplierId: 0, title: '', body: '', tags: [], createdAt: '', updatedAt: '', impact: '', rootCause: '' });
      expect(b.tags).toHaveLength(a.tags.length);
    }
    // The Dutch is written, not left in English.
    const sameTitles = pairs.filter(([a, b]) => a.title === b.title).length;
    expect(sameTitles).toBeLessThan(pairs.length / 10);
  });

  it('the asset files hold the same structure and end on their anchor', () => {
    for (const file of [exampleEn, exampleNl]) {
      expect(file.anchor).toBe('2026-11-27');
      for (const s of file.suppliers) {
        for (const e of s.entries as Record<string, unknown>[]) {
          for (const field of ['date', 'settledOn', 'resolvedOn']) {
            const value = e[field];
            if (typeof value === 'string') expect(value <= file.anchor).toBe(true);
          }
          expect(String(e.title).length).toBeLessThanOrEqual(80);
        }
      }
    }
    expect(exampleNl.suppliers.map((s) => s.entries.length)).toEqual(exampleEn.suppliers.map((s) => s.entries.length));
  });

  it('refuses to load into a journal that is not empty, and changes nothing', async () => {
    const l = await get('en');
    const before = ok<JournalInfo>(dispatch(l.journal, 'getJournalInfo', {}));
    const again = dispatch(l.journal, 'loadExampleJournal', {});
    expect(again).toMatchObject({ ok: false, error: { code: 'conflict', key: 'exampleNeedsEmptyJournal' } });
    expect(ok<JournalInfo>(dispatch(l.journal, 'getJournalInfo', {}))).toEqual(before);

    const own = await freshJournal();
    ok(dispatch(own, 'updatePreferences', { language: 'nl' }));
    const mine = ok<{ id: number }>(dispatch(own, 'createSupplier', { name: 'Mijn eigen leverancier' }));
    const refused = dispatch(own, 'loadExampleJournal', {});
    expect(refused).toMatchObject({ ok: false, error: { key: 'exampleNeedsEmptyJournal' } });
    const suppliers = ok<SupplierSummary[]>(dispatch(own, 'listSuppliers', {}));
    expect(suppliers.map((s) => s.id)).toEqual([mine.id]);
    expect(ok<JournalInfo>(dispatch(own, 'getJournalInfo', {}))).toMatchObject({ suppliers: 1, entries: 0 });
  });
});
