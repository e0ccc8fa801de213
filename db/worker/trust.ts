// The trust methods of the journal: load the rows (settings, the supplier,
// its entries) and hand them to core, which computes every view
// (core/trust/supplier-view.ts, core/trust/portfolio.ts).
import { JournalError } from '../../core/errors';
import { entriesBySupplier, portfolioLine, portfolioView } from '../../core/trust/portfolio';
import { reviewWaterfallView as waterfallView, supplierTrustView } from '../../core/trust/supplier-view';
import { ALL_FIELDS } from '../../core/entry-fields';
import { DEFAULT_TRUST_SETTINGS, type TrustSettings } from '../../core/trust/settings';
import { readStoredSettings, type ModelNotice, type StoredSettings } from '../../core/trust/upgrade';
import type { Entry, Supplier } from '../../core/types';
import type { PortfolioView, ReviewWaterfallView, SupplierTrustView } from '../../core/views';
import type { ReadableDB, WritableDB } from './handles';
import { sql, sqlId, sqlJoin, sqlWhereId } from './query';
import { compileEntryReader, supplierFromRow, type SupplierRow } from './rows';

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
    WHERE e.deleted_at IS NULL AND s.deleted_at IS NULL AND ${sqlWhereId('e', 'supplier_id', supplierId)}
    ORDER BY e.supplier_id, e.date, e.id`;
  const rows = db.prepare(query.text).raw().all(...query.params) as unknown[][];
  return rows.map(fromTrustRow);
}

/** A raw row of TRUST_COLUMNS to an entry: each column found by its place in that same list. */
const fromTrustRow = compileEntryReader<unknown[]>((column) => (TRUST_COLUMNS.includes(column) ? `src[${TRUST_COLUMNS.indexOf(column)}]` : 'undefined'));

function supplierOrThrow(db: ReadableDB, id: number): Supplier {
  const row = db.prepare('SELECT * FROM suppliers WHERE id = ? AND deleted_at IS NULL').get(id) as SupplierRow | undefined;
  if (!row) throw new JournalError('not_found', 'supplierNotFound');
  return supplierFromRow(row);
}

export function supplierTrust(
  db: ReadableDB, input: { supplierId: number; from: string | null; to: string | null; includePrivate: boolean }, today: string,
): SupplierTrustView {
  const supplier = supplierOrThrow(db, input.supplierId);
  // A pack that leaves private entries out computes everything without them.
  const entries = trustEntries(db, supplier.id).filter((e) => input.includePrivate || !e.private);
  return supplierTrustView({
    supplier, entries, settings: readTrustSettings(db), today, from: input.from, to: input.to, includePrivate: input.includePrivate,
    projection: projectionShown(db),
  });
}

/** The manager's preference (Settings): the projection is shown unless switched off. */
function projectionShown(db: ReadableDB): boolean {
  return db.prepare('SELECT value FROM settings WHERE key = ?').pluck().get('pref.projection') !== 'false';
}

export function reviewWaterfallView(db: ReadableDB, input: { supplierId: number; reviewId: number }, today: string): ReviewWaterfallView {
  supplierOrThrow(db, input.supplierId);
  return waterfallView(trustEntries(db, input.supplierId), input.reviewId, readTrustSettings(db), today);
}

/** The portfolio computed afresh from every entry at once (the benchmark's "uncached" figure; the app keeps lines: db/worker/overview.ts). */
export function computePortfolio(db: ReadableDB, today: string): PortfolioView {
  const settings = readTrustSettings(db);
  const suppliers = (db.prepare('SELECT * FROM suppliers WHERE deleted_at IS NULL ORDER BY name COLLATE NOCASE').all() as SupplierRow[]).map(supplierFromRow);
  const bySupplier = entriesBySupplier(trustEntries(db, null));
  return portfolioView(suppliers.map((s) => portfolioLine(s, bySupplier.get(s.id) ?? [], settings, today)), today);
}
