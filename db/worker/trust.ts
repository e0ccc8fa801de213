// The trust methods of the journal: read entries, run the engine (core/trust),
// hand the screens series and explanations with the titles they link to.
import { addDays, fromDayNumber, toDayNumber } from '../../core/dates';
import { JournalError } from '../../core/errors';
import { entryEffects } from '../../core/trust/effects';
import { reviewWaterfall, topMovers, type Movers, type Waterfall } from '../../core/trust/explain';
import { supplierFigures } from '../../core/trust/figures';
import { ourConductSeries, seriesFromEvidence, toChartRows, trustAt, trustSeries } from '../../core/trust/series';
import { evidenceFromEntries, type Evidence } from '../../core/trust/evidence';
import { trustFlag } from '../../core/trust/flags';
import { ALL_FIELDS } from '../../core/entry-fields';
import { DEFAULT_TRUST_SETTINGS, type TrustSettings } from '../../core/trust/settings';
import { readStoredSettings, type ModelNotice, type StoredSettings } from '../../core/trust/upgrade';
import type { Entry, Supplier } from '../../core/types';
import type { EntryRef, FlagView, PortfolioRow, PortfolioView, ReviewWaterfallView, SupplierTrustView } from '../../core/views';
import type { ReadableDB, WritableDB } from './handles';
import { sql, sqlId, sqlJoin } from './query';
import { compileEntryReader, supplierFromRow, type SupplierRow } from './rows';
import { whileUnchanged } from './unchanged';

const SETTINGS_KEY = 'trust';

function readStored(db: ReadableDB): StoredSettings {
  const raw = db.prepare('SELECT value FROM settings WHERE key = ?').pluck().get(SETTINGS_KEY) as string | undefined;
  const stored = raw ? readStoredSettings(JSON.parse(raw)) : null;
  return stored ?? { settings: DEFAULT_TRUST_SETTINGS, notice: null };
}

/** The settings in force: stored ones (of model version 1 read as version 2), else the defaults. */
export function readTrustSettings(db: ReadableDB): TrustSettings {
  return readStored(db).settings;
}

/** Set while the journal holds version-1 settings the manager had changed: shown once, on "How trust works". */
export function readTrustModelNotice(db: ReadableDB): ModelNotice | null {
  return readStored(db).notice;
}

export function writeTrustSettings(db: WritableDB, settings: TrustSettings | null): void {
  if (settings === null) db.prepare('DELETE FROM settings WHERE key = ?').run(SETTINGS_KEY);
  else
    db.prepare('INSERT INTO settings (key, value) VALUES (?, ?) ON CONFLICT (key) DO UPDATE SET value = excluded.value')
      .run(SETTINGS_KEY, JSON.stringify(settings));
}

// The engine's columns: every declared field's but the free texts (the title
// excepted) and the tags. Read as arrays (raw) rather than objects: on a
// journal of 100,000 entries this read is most of the dashboard's first open.
// Each value is put back under its column's name, taken from this same list.
const TRUST_COLUMNS: readonly string[] = [
  'id', 'supplier_id', 'kind',
  ...ALL_FIELDS.filter((f) => f.column !== null && (f.type !== 'text' || f.name === 'title')).map((f) => f.column!),
];

const TRUST_SELECT = sqlJoin(TRUST_COLUMNS.map((c) => sql`e.${sqlId(c)}`));

/** Entries for the engine: only the columns it reads (no texts but the title, no tags), no trash. */
export function trustEntries(db: ReadableDB, supplierId: number | null): Entry[] {
  const query = sql`
    SELECT ${TRUST_SELECT}
    FROM entries e JOIN suppliers s ON s.id = e.supplier_id
    WHERE e.deleted_at IS NULL AND s.deleted_at IS NULL AND (${supplierId} IS NULL OR e.supplier_id = ${supplierId})
    ORDER BY e.supplier_id, e.date, e.id`;
  const rows = db.prepare(query.text).raw().all(...query.params) as unknown[][];
  return rows.map(fromTrustRow);
}

/** A raw row of TRUST_COLUMNS to an entry: each column found by its place in that same list. */
const fromTrustRow = compileEntryReader<unknown[]>((column) => (TRUST_COLUMNS.includes(column) ? `src[${TRUST_COLUMNS.indexOf(column)}]` : 'undefined'));

const ref = (e: Entry): EntryRef => ({ id: e.id, kind: e.kind, date: e.date, title: e.title, private: e.private });

function refsFor(entries: Entry[], ids: Iterable<number>): Record<number, EntryRef> {
  const byId = new Map(entries.map((e) => [e.id, e]));
  const out: Record<number, EntryRef> = {};
  for (const id of ids) {
    const e = byId.get(id);
    if (e) out[id] = ref(e);
  }
  return out;
}

function moverIds(m: Movers): number[] {
  return [...m.down, ...m.up].map((x) => x.entryId);
}

/** Daily points, coarser only for ranges so long that daily would be thousands of points. */
function stepFor(from: string, to: string): number {
  const days = toDayNumber(to) - toDayNumber(from);
  return Math.max(1, Math.ceil(days / 2000));
}

function supplierOrThrow(db: ReadableDB, id: number): Supplier {
  const row = db.prepare('SELECT * FROM suppliers WHERE id = ? AND deleted_at IS NULL').get(id) as SupplierRow | undefined;
  if (!row) throw new JournalError('not_found', 'supplierNotFound');
  return supplierFromRow(row);
}

export function supplierTrust(
  db: ReadableDB, input: { supplierId: number; from: string | null; to: string | null; includePrivate: boolean }, today: string,
): SupplierTrustView {
  const supplier = supplierOrThrow(db, input.supplierId);
  const settings = readTrustSettings(db);
  // A pack that leaves private entries out computes everything without them.
  const entries = trustEntries(db, supplier.id).filter((e) => input.includePrivate || !e.private);
  const first = entries[0]?.date ?? addDays(today, -365);
  const to = input.to ?? today;
  const from = input.from ?? (first < to ? first : addDays(to, -90));
  if (from > to) throw new JournalError('validation', 'validation', [{ path: ['to'], key: 'endBeforeStart', params: {} }]);
  const options = { today, settings, from, to, stepDays: stepFor(from, to) };

  const byId = new Map(entries.map((e) => [e.id, e]));
  const markers = entryEffects(entries, { today, settings })
    .filter((m) => m.date >= from && m.date <= to)
    .flatMap((m) => {
      const e = byId.get(m.entryId);
      return e ? [{ ...ref(e), effectOn: m.date, effect: m.effect, reasons: m.reasons }] : [];
    });
  const movers = topMovers(entries, from, to, { today, settings, limit: 5 });
  const reviews = entries.filter((e) => e.kind === 'review' && e.side === 'supplier').map(ref);
  return {
    supplierId: supplier.id,
    today,
    from,
    to,
    rows: toChartRows(trustSeries(entries, options)),
    conduct: toChartRows(ourConductSeries(entries, options)),
    markers,
    movers,
    figures: supplierFigures(supplier, entries, today, 'supplier'),
    conductFigures: supplierFigures(supplier, entries, today, 'ours'),
    now: trustAt(entries, today, { today, settings }).overall,
    flag: supplier.status === 'active' ? flagView(supplier, entries, evidenceFromEntries(entries, today, settings, 'supplier'), today, settings) : null,
    includesPrivate: input.includePrivate,
    reviews,
    entries: refsFor(entries, moverIds(movers)),
  };
}

/** The supplier's flag with the entries its reason names. */
function flagView(supplier: Supplier, entries: Entry[], evidence: Evidence[], today: string, settings: TrustSettings, lastYear?: number[]): FlagView | null {
  const flag = trustFlag({ entries, evidence, today, settings, reviewIntervalMonths: supplier.reviewIntervalMonths, lastYear });
  if (flag === null || flag.kind === 'quiet') return flag;
  const byId = new Map(entries.map((e) => [e.id, e]));
  return { ...flag, pulls: flag.pulls.flatMap((m) => { const e = byId.get(m.entryId); return e ? [{ ...ref(e), delta: m.delta }] : []; }) };
}

export function reviewWaterfallView(db: ReadableDB, input: { supplierId: number; reviewId: number }, today: string): ReviewWaterfallView {
  supplierOrThrow(db, input.supplierId);
  const settings = readTrustSettings(db);
  const entries = trustEntries(db, input.supplierId);
  const review = entries.find((e) => e.id === input.reviewId && e.kind === 'review' && e.side === 'supplier');
  if (!review) throw new JournalError('not_found', 'entryNotFound');
  const w: Waterfall = reviewWaterfall(entries, review.id, { today, settings, maxBars: 12 });
  const next = entries.find((e) => e.kind === 'review' && e.side === 'supplier' && e.date === w.to && e.id !== review.id) ?? null;
  const ids = w.bars.flatMap((b) => (b.entryId === null ? [] : [b.entryId]));
  return { ...w, review: ref(review), nextReview: next ? ref(next) : null, entries: refsFor(entries, ids) };
}

const SPARK_WEEKS = 52;
const COMPARISON_WEEKS = 104;

// The lines of the overview need no more than a hundredth of a point; the
// payload for 200 suppliers is then half the size.
const round4 = (v: number) => Math.round(v * 10_000) / 10_000;

/** The portfolio, kept while the journal is unchanged (it reads every entry of every supplier). */
export function portfolio(db: ReadableDB, today: string): PortfolioView {
  return whileUnchanged(db, 'portfolio', today, () => computePortfolio(db, today));
}

/** The portfolio computed afresh (the benchmark measures this; callers use portfolio()). */
export function computePortfolio(db: ReadableDB, today: string): PortfolioView {
  const settings = readTrustSettings(db);
  const suppliers = (db.prepare('SELECT * FROM suppliers WHERE deleted_at IS NULL ORDER BY name COLLATE NOCASE').all() as SupplierRow[]).map(supplierFromRow);
  const all = trustEntries(db, null);
  const bySupplier = new Map<number, Entry[]>();
  for (const e of all) {
    let list = bySupplier.get(e.supplierId);
    if (!list) bySupplier.set(e.supplierId, (list = []));
    list.push(e);
  }
  // One daily pass over two years serves all: the comparison chart and the
  // sparkline (weekly points ending today), the exact 90-day change and the flag.
  const todayDay = toDayNumber(today);
  const from = fromDayNumber(todayDay - COMPARISON_WEEKS * 7);
  const weekly = Array.from({ length: COMPARISON_WEEKS + 1 }, (_, k) => k * 7);
  const rows: PortfolioRow[] = [];
  const comparison: PortfolioView['comparison'] = { dates: weekly.map((d) => fromDayNumber(todayDay - COMPARISON_WEEKS * 7 + d)), series: {} };
  for (const supplier of suppliers) {
    const entries = bySupplier.get(supplier.id) ?? [];
    const evidence = evidenceFromEntries(entries, today, settings, 'supplier');
    const series = seriesFromEvidence(evidence, { today, settings, from, to: today });
    const trust = series.overall.trust;
    const last = trust.length - 1;
    const weeklyTrust = weekly.map((d) => trust[d]!);
    comparison.series[supplier.id] = weeklyTrust.map(round4);
    rows.push({
      id: supplier.id,
      name: supplier.name,
      category: supplier.category,
      status: supplier.status,
      entryCount: entries.length,
      now: {
        trust: trust[last]!,
        belief: series.overall.belief[last]!,
        plausibility: series.overall.plausibility[last]!,
        disbelief: 1 - series.overall.plausibility[last]!,
        uncertainty: series.overall.uncertainty[last]!,
      },
      change90: trust[last]! - trust[last - 90]!,
      flag: supplier.status === 'active' ? flagView(supplier, entries, evidence, today, settings, trust.slice(last - 365)) : null,
      spark: weeklyTrust.slice(-(SPARK_WEEKS + 1)).map(round4),
      figures: supplierFigures(supplier, entries, today, 'supplier'),
    });
  }
  return { today, suppliers: rows, comparison };
}
