// Fuzzing with fast-check: random and mutated inputs to every API method and
// to both importers. Every call ends in a clear refusal (a known error code,
// never 'internal', never a throw) or a valid write; a refusal leaves the
// journal exactly as it was (every table, trash included).
import fc from 'fast-check';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { methodsOfKind, type MethodName } from '../../core/contract';
import { JournalHost } from '../worker/host';

/** The journal's own methods; the file methods are fuzzed through the JournalHost below. */
const METHOD_NAMES: MethodName[] = methodsOfKind('read', 'write');
const FILE_METHOD_NAMES: string[] = methodsOfKind('status', 'file', 'swap');
import { dispatch } from '../../core/dispatch';
import { JournalError } from '../../core/errors';
import { sameJournalContent } from '../../core/export-format';
import { exportCsv, exportJson } from '../worker/export';
import { CSV_FIELDS, importCsv, importJson, previewCsvImport } from '../worker/import';
import type { Journal } from '../worker/journal';
import { openJournal } from '../worker/journal';
import { ok } from './helpers';
import { tempDir } from './temp';
import { buildRichJournal, dumpHash } from './safety-helpers';

const RUNS = Number(process.env.FUZZ_RUNS ?? 120);

/**
 * Fuzzing is about logic, not durability: the journals live on a RAM disk
 * when there is one (/dev/shm), where fsync costs nothing (the crash test
 * covers durability on a real disk).
 */
const FUZZ_DIR = fs.existsSync('/dev/shm') ? '/dev/shm' : os.tmpdir();
const dirs: string[] = [];
afterAll(() => {
  for (const d of dirs) fs.rmSync(d, { recursive: true, force: true });
});
async function freshJournal(): Promise<Journal> {
  const dir = fs.mkdtempSync(path.join(FUZZ_DIR, 'rapport-fuzz-'));
  dirs.push(dir);
  return openJournal(path.join(dir, 'rapport.sqlite'), { shell: 'browser', today: () => '2026-06-15' });
}
const REFUSALS = new Set(['validation', 'not_found', 'conflict']);

/** Values at the edges of what the schemas and the CHECK constraints accept. */
const edgeValue = fc.constantFrom<unknown>(
  '', ' ', '  padded  ', '2026-02-30', '2026-13-01', '0000-01-01', '0099-12-31', '9999-12-31', '2026-1-1', '2026-01-01T00:00:00Z',
  -1, 0, 1, 2, 3, 5, 6, 3.5, 36, 37, 60, 61, 1e12, 1e13, Number.MAX_SAFE_INTEGER, 2 ** 53 + 2, -0, Number.NaN, Infinity,
  null, undefined, true, false, [], {}, [''], ['a,b'], ['x'.repeat(41)], 'x'.repeat(121), 'x'.repeat(201), 'x'.repeat(50_001),
  '\u0000', '\u0000x', 'x\u0000', '\uD800', 'a,b', 'UPPER', '__proto__', "'; DROP TABLE entries; --", 'not-an-email', 'kept', 'open', 'broken',
  'ours', 'supplier', 'third_party', 'critical', 'result', 'effort', 'note', 'promise', 'incident', 'review',
);
const anyValue = fc.oneof(
  { weight: 3, arbitrary: edgeValue },
  { weight: 1, arbitrary: fc.anything({ withNullPrototype: true, withBigInt: true, withDate: true, withMap: true, withSet: true, withSparseArray: true, withBoxedValues: true, withUnicodeString: true }) },
  { weight: 1, arbitrary: fc.string({ unit: 'binary', maxLength: 30 }) },
  { weight: 1, arbitrary: fc.integer({ min: -3, max: 40 }) },
);

type Mutation = { path: number; action: 'delete' | 'set'; value: unknown };
const mutation = fc.record({ path: fc.nat(), action: fc.constantFrom<'delete' | 'set'>('delete', 'set', 'set'), value: anyValue });

/** Applies mutations to a deep copy: each picks a (possibly nested) key by index and deletes or replaces it. */
function mutate(input: unknown, mutations: Mutation[]): unknown {
  const copy = structuredClone(input) as Record<string, unknown>;
  for (const m of mutations) {
    const slots: [Record<string, unknown>, string][] = [];
    const walk = (o: unknown, depth: number) => {
      if (typeof o !== 'object' || o === null || depth > 3) return;
      for (const k of Object.keys(o)) {
        slots.push([o as Record<string, unknown>, k]);
        walk((o as Record<string, unknown>)[k], depth + 1);
      }
    };
    walk(copy, 0);
    if (slots.length === 0) continue;
    const [obj, key] = slots[m.path % slots.length]!;
    try {
      if (m.action === 'delete') delete obj[key];
      else obj[key] = m.value;
    } catch {
      // a boxed string's characters cannot be changed: leave it
    }
  }
  return copy;
}

/** Valid inputs for every method, on the rich journal's ids. */
function validInputs(journal: Journal): Partial<Record<MethodName, unknown[]>> {
  const suppliers = ok(journal, 'listSuppliers', {});
  const a = suppliers[0];
  const entries = suppliers.flatMap((s) => ok(journal, 'listEntries', { supplierId: s.id }));
  const idOf = (kind: string) => entries.find((e) => e.kind === kind)?.id ?? 1;
  const trash = ok(journal, 'listTrash', {});
  const base = { supplierId: a!.id, date: '2026-05-01', title: 'Fuzz', body: 'b', tags: ['x', 'y'], private: false, side: 'supplier' };
  const kinds = [
    { ...base, kind: 'interaction', channel: 'call', tone: 'negative' },
    { ...base, kind: 'promise', dueOn: '2026-06-01', obligation: 'result', inContract: true, status: 'kept', settledOn: '2026-06-02' },
    { ...base, kind: 'incident', severity: 'critical', resolvedOn: '2026-05-02', impact: 'i', rootCause: 'r', causedBy: 'ours', handledWell: true },
    { ...base, kind: 'advice' },
    { ...base, kind: 'review', scoreAbility: 5, scoreIntegrity: 1, scoreBenevolence: 3 },
    { ...base, kind: 'note' },
  ];
  const supplier = {
    name: 'Fuzz BV', category: 'c', contractStart: '2026-01-01', contractEnd: '2026-12-31', noticeMonths: 3, contractValue: 10,
    reviewIntervalMonths: 6, contacts: [{ name: 'N', role: 'R', email: 'n@example.com', phone: '1' }], notes: 'n',
  };
  return {
    getJournalInfo: [{}], getPreferences: [{}], updatePreferences: [{ language: 'en', theme: 'light', managerName: 'M' }],
    listSuppliers: [{ includeEnded: false }], getSupplier: [{ id: a!.id }], createSupplier: [supplier],
    updateSupplier: [{ ...supplier, id: a!.id }], endSupplier: [{ id: a!.id, endedOn: '2026-05-01' }], reopenSupplier: [{ id: a!.id }],
    deleteSupplier: [{ id: a!.id }],
    listEntries: [{ supplierId: a!.id, kinds: ['note', 'promise'], tag: 'sla', from: '2026-01-01', to: '2026-12-31', text: 'a' }],
    getEntry: [{ id: idOf('note') }], createEntry: kinds,
    updateEntry: kinds.map((k) => ({ ...k, id: idOf(k.kind) })),
    settlePromise: [{ id: idOf('promise'), status: 'broken', settledOn: '2026-06-01' }],
    resolveIncident: [{ id: idOf('incident'), resolvedOn: '2026-06-01', handledWell: false }],
    deleteEntry: [{ id: idOf('note') }], listTags: [{ supplierId: a!.id }], listTrash: [{}],
    restoreFromTrash: trash.map((t) => ({ type: t.type, id: t.id })), emptyTrash: [{}], loadExampleJournal: [{}],
    // Methods without a template here (added to the contract later) are mutated from {} and their own settings.
    updateTrustSettings: [ok(journal, 'getTrustSettings', {})],
    getSupplierTrust: [{ supplierId: a!.id, from: '2026-01-01', to: '2026-06-01' }],
    getReviewWaterfall: [{ supplierId: a!.id, reviewId: idOf('review') }],
  };
}

/** One call through the gate: never a throw; a refusal has a known code and changes nothing. */
function checkCall(journal: Journal, name: string, input: unknown): void {
  const before = dumpHash(journal.db);
  const result = dispatch(journal, name, input);
  if (result.ok) return;
  expect(REFUSALS.has(result.error.code), `${name}(${safeJson(input)}) -> ${JSON.stringify(result.error)}`).toBe(true);
  expect(typeof result.error.key).toBe('string');
  expect(dumpHash(journal.db), `${name} refused but changed the journal`).toBe(before);
}

/** JSON text of anything fast-check makes (BigInt as text; cycles and the like as String). */
function toJson(v: unknown): string {
  try {
    return JSON.stringify(v, (_k, x: unknown) => (typeof x === 'bigint' ? `${x}n` : x)) ?? String(v);
  } catch {
    return String(v);
  }
}

const safeJson = (v: unknown) => toJson(v).slice(0, 300);

describe('fuzzing the API gate', () => {
  it('every method, with anything at all as input', { timeout: 60_000 }, async () => {
    const journal = await freshJournal();
    buildRichJournal(journal);
    // The console noise of 'internal' errors would hide the real report; dispatch logs them.
    fc.assert(
      fc.property(fc.constantFrom(...METHOD_NAMES), anyValue, (name, input) => checkCall(journal, name, input)),
      { numRuns: RUNS * 20 },
    );
    expect(journal.db.pragma('integrity_check', { simple: true })).toBe('ok');
  });

  it('every method, with mutations of valid inputs', { timeout: 60_000 }, async () => {
    const journal = await freshJournal();
    buildRichJournal(journal);
    let runs = 0;
    fc.assert(
      fc.property(fc.constantFrom(...METHOD_NAMES), fc.nat(), fc.array(mutation, { minLength: 1, maxLength: 3 }), (name, pick, mutations) => {
        // Now and then a fresh journal: deletes and trash purges must not leave nothing to aim at.
        if (++runs % 150 === 0 || journal.getJournalInfo().suppliers === 0) {
          journal.db.exec('DELETE FROM entry_tags; DELETE FROM entries; DELETE FROM suppliers; DELETE FROM settings');
          buildRichJournal(journal);
        }
        const templates = validInputs(journal)[name] ?? [{}];
        if (templates.length === 0) return;
        checkCall(journal, name, mutate(templates[pick % templates.length], mutations));
      }),
      { numRuns: RUNS * 20 },
    );
    expect(journal.db.pragma('integrity_check', { simple: true })).toBe('ok');
  });

  it('endSupplier refuses an impossible end date as invalid (once answered internal)', async () => {
    const journal = await freshJournal();
    const s = ok(journal, 'createSupplier', { name: 'A' });
    const result = dispatch(journal, 'endSupplier', { id: s.id, endedOn: '2026-02-30' });
    expect(result).toMatchObject({ ok: false, error: { code: 'validation' } });
  });
});

describe('fuzzing the file methods through the JournalHost', () => {
  it('status, backups, restore, upload, export and import: a clear refusal or a valid answer, never internal', { timeout: 60_000 }, async () => {
    const dir = tempDir('rapport-hostfuzz-');
    const host = await JournalHost.open(path.join(dir, 'rapport.sqlite'), { shell: 'browser' });
    await host.answer('createSupplier', { name: 'Fuzz BV' });
    await fc.assert(
      fc.asyncProperty(fc.constantFrom(...FILE_METHOD_NAMES), anyValue, async (name, input) => {
        const result = await host.answer(name, input);
        if (!result.ok) expect(REFUSALS.has(result.error.code), `${name}(${safeJson(input)}) -> ${JSON.stringify(result.error)}`).toBe(true);
      }),
      { numRuns: RUNS * 4 },
    );
    expect(host.isOpen).toBe(true);
    host.close();
  });
});

/** Runs an importer: it returns, or throws a JournalError with a known code; anything else fails the test. */
function refusalOf(fn: () => unknown): JournalError | null {
  try {
    fn();
    return null;
  } catch (err) {
    if (!(err instanceof JournalError)) throw new Error(`importer threw a non-JournalError: ${String(err)}`);
    expect(REFUSALS.has(err.code), `${err.code} ${err.key}`).toBe(true);
    return err;
  }
}

describe('bugs the fuzzer found, fixed', () => {
  it('a name or title starting with NUL is a validation error (once internal)', async () => {
    const journal = await freshJournal();
    const s = ok(journal, 'createSupplier', { name: 'A' });
    expect(dispatch(journal, 'createEntry', { supplierId: s.id, kind: 'note', date: '2026-01-01', title: '\u0000' })).toMatchObject({ ok: false, error: { code: 'validation' } });
  });

  it('a tag that is only NUL is refused (once silently dropped)', async () => {
    const journal = await freshJournal();
    const s = ok(journal, 'createSupplier', { name: 'A' });
    expect(dispatch(journal, 'createEntry', { supplierId: s.id, kind: 'note', date: '2026-01-01', title: 'x', tags: ['\u0000'] })).toMatchObject({ ok: false });
  });
});

describe('fuzzing the importers', () => {
  it('importJson: random text, random JSON and mutated exports are refused cleanly or imported validly', { timeout: 60_000 }, async () => {
    const source = await freshJournal();
    buildRichJournal(source);
    const valid = JSON.parse(exportJson(source.db)) as unknown;
    const target = await freshJournal();
    ok(target, 'updatePreferences', { theme: 'dark' });
    // The journal's id (migration 004) is put back too: an import brings the exported journal's.
    const ownId = target.db.prepare("SELECT value FROM settings WHERE key = 'journal.id'").pluck().get() as string;
    const reset = () => {
      target.db.exec("DELETE FROM entries; DELETE FROM suppliers; DELETE FROM settings; INSERT INTO settings VALUES ('pref.theme', '\"dark\"')");
      target.db.prepare("INSERT INTO settings VALUES ('journal.id', ?)").run(ownId);
    };
    const emptyHash = dumpHash(target.db);
    const full = await freshJournal();
    buildRichJournal(full);
    const fullHash = dumpHash(full.db);
    let imported = 0;
    const text = fc.oneof(
      fc.string({ unit: 'binary', maxLength: 200 }),
      fc.json(),
      anyValue.map((v) => toJson(v)),
      fc.array(mutation, { minLength: 1, maxLength: 4 }).map((m) => toJson(mutate(valid, m))),
      fc.array(mutation, { minLength: 1, maxLength: 4 }).map((m) => toJson(mutate(valid, m))),
      fc.array(mutation, { minLength: 1, maxLength: 4 }).map((m) => toJson(mutate(valid, m))),
    );
    fc.assert(
      fc.property(text, (t) => {
        const refused = refusalOf(() => importJson(target.db, t, { mode: 'replace-empty' }));
        if (refused) {
          expect(dumpHash(target.db)).toBe(emptyHash);
        } else {
          imported += 1;
          // A valid write: the file's own content, readable through the API, a sound database.
          expect(target.db.pragma('foreign_key_check')).toEqual([]);
          const again = exportJson(target.db);
          for (const s of (JSON.parse(again) as { suppliers: { id: number }[] }).suppliers) expect(dispatch(target, 'getSupplier', { id: s.id }).ok).toBe(true);
          reset();
        }
        // Into a journal that is not empty: always refused, nothing changed.
        const intoFull = refusalOf(() => importJson(full.db, t, { mode: 'replace-empty' }));
        expect(intoFull).not.toBeNull();
        expect(dumpHash(full.db)).toBe(fullHash);
      }),
      { numRuns: RUNS * 8 },
    );
    expect(imported).toBeGreaterThan(0); // some mutations (e.g. a changed title) are still valid files
    const before = exportJson(target.db);
    expect(sameJournalContent(before, exportJson(target.db))).toBe(true);
  });

  it('previewCsvImport and importCsv: random CSV, mappings and options are refused cleanly, or import exactly the good rows', { timeout: 60_000 }, async () => {
    const journal = await freshJournal();
    const { supplierIds } = buildRichJournal(journal);
    const ownCsv = exportCsv(journal.db, 'entries', { language: 'nl' });
    const cell = fc.oneof(
      fc.string({ maxLength: 12 }),
      fc.constantFrom('2026-01-05', '05-01-2026', '2026-02-30', 'note', 'belofte', 'ja', 'nee', 'x', '', '"', '""', ';', ',', '\n', '=1+1', "'=1", 'Noordlicht; IT, "Services"', 'Ended BV', String(supplierIds[0])),
    );
    const header = ['date', 'kind', 'title', 'body', 'tags', 'private', 'dueOn', 'status', 'settledOn', 'supplier'];
    const csvText = fc.oneof(
      fc.string({ unit: 'binary', maxLength: 300 }),
      fc.tuple(fc.array(fc.array(cell, { maxLength: 11 }), { maxLength: 8 }), fc.constantFrom(',', ';', '\t'), fc.constantFrom('\n', '\r\n', '\r'), fc.boolean())
        .map(([rows, sep, eol, bom]) => {
          const quote = (c: string) => (/[",;\t\r\n]/.test(c) || Math.random() < 0.2 ? `"${c.replace(/"/g, '""')}"` : c);
          return (bom ? '\uFEFF' : '') + [header, ...rows].map((r) => r.map(quote).join(sep)).join(eol);
        }),
      fc.array(mutation, { maxLength: 3 }).map(() => ownCsv),
      fc.tuple(fc.nat(), fc.string({ maxLength: 5 })).map(([at, s]) => ownCsv.slice(0, at % ownCsv.length) + s + ownCsv.slice(at % ownCsv.length)),
    );
    const mapping = fc.oneof(
      fc.constant(Object.fromEntries(header.slice(0, 9).map((h) => [h, h]))),
      fc.dictionary(fc.constantFrom(...CSV_FIELDS, 'bogus'), fc.constantFrom(...header, 'Nope', '')),
      fc.constant(Object.fromEntries(CSV_FIELDS.map((f) => [f, f]))),
      anyValue,
    );
    const options = fc.oneof(
      fc.record({
        supplierId: fc.constantFrom<unknown>(supplierIds[0], supplierIds[1], 999, undefined, -1, 'x'),
        dateFormat: fc.constantFrom<unknown>('iso', 'dmy', 'mdy', undefined, 'yyyy'),
        skipBadRows: fc.boolean(),
      }),
      fc.record({ supplierColumn: fc.constantFrom('supplier', 'title', 'missing'), skipBadRows: fc.boolean() }),
      anyValue,
    );
    let runs = 0;
    fc.assert(
      fc.property(csvText, mapping, options, (text, map, opts) => {
        // Successful imports grow the journal; start again now and then so each run stays cheap.
        if (++runs % 100 === 0) {
          journal.db.exec("DELETE FROM entries WHERE title NOT IN ('Call', '-Restore test', '@Outage', '+MFA', 'Q1', 'Tab	here', 'In the trash', 'Of a trashed supplier')");
        }
        refusalOf(() => previewCsvImport(text, map as never, opts as never));
        const before = dumpHash(journal.db);
        const entriesBefore = journal.db.prepare('SELECT count(*) FROM entries').pluck().get() as number;
        let result: ReturnType<typeof importCsv> | null = null;
        const refused = refusalOf(() => (result = importCsv(journal.db, text, map as never, opts as never)));
        if (refused) {
          expect(dumpHash(journal.db)).toBe(before);
          return;
        }
        const r = result as unknown as ReturnType<typeof importCsv>;
        const entriesAfter = journal.db.prepare('SELECT count(*) FROM entries').pluck().get() as number;
        expect(entriesAfter - entriesBefore).toBe(r.imported);
        // Skipped rows are exactly the rows named as bad.
        expect([...new Set(r.problems.map((p) => p.row))].sort((a, b) => a - b)).toEqual(r.skippedRows);
        if (r.skippedRows.length) expect((opts as { skipBadRows?: boolean }).skipBadRows).toBe(true);
      }),
      { numRuns: RUNS * 8 },
    );
    expect(journal.db.pragma('integrity_check', { simple: true })).toBe('ok');
    expect(journal.db.pragma('foreign_key_check')).toEqual([]);
  });
});
