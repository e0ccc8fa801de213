// The overview's portfolio as the writer keeps it: each supplier's line
// (core/trust/portfolio.ts) is stored in overview_lines (migration 010) with
// what it was computed for. A line is used again only for the same day, trust
// settings and LINE_VERSION; the migration's triggers take away the line of
// a supplier whose entries or own fields change. So an app started again on
// the same day reads its lines, an edit recomputes one supplier, and a new
// day recomputes each supplier once, reading one supplier's entries at a
// time (memory stays that of the largest supplier, not of the journal).
import { LINE_VERSION, portfolioLine, portfolioView, type PortfolioLine } from '../../core/trust/portfolio';
import type { PortfolioView } from '../../core/views';
import type { WritableDB } from './handles';
import { supplierFromRow, type SupplierRow } from './rows';
import { readTrustSettings, trustEntries } from './trust';

interface KeptLine {
  supplier_id: number;
  basis: string;
  line: string;
}

/** The portfolio of `today`: kept lines where they still hold, the others computed and kept. */
export function keptPortfolio(db: WritableDB, today: string): PortfolioView {
  const settings = readTrustSettings(db);
  const basis = JSON.stringify({ today, version: LINE_VERSION, settings });
  const suppliers = (db.prepare('SELECT * FROM suppliers WHERE deleted_at IS NULL ORDER BY name COLLATE NOCASE').all() as SupplierRow[]).map(supplierFromRow);
  const kept = new Map((db.prepare('SELECT supplier_id, basis, line FROM overview_lines').all() as KeptLine[]).map((k) => [k.supplier_id, k]));
  const computed: PortfolioLine[] = [];
  const lines = suppliers.map((s) => {
    const k = kept.get(s.id);
    if (k?.basis === basis) return JSON.parse(k.line) as PortfolioLine;
    const line = portfolioLine(s, trustEntries(db, s.id), settings, today);
    computed.push(line);
    return line;
  });
  if (computed.length) keep(db, computed, basis);
  return portfolioView(lines, today);
}

/** Stores lines for the next time; a journal that cannot be written to (a read-only medium) is answered all the same. */
function keep(db: WritableDB, lines: readonly PortfolioLine[], basis: string): void {
  try {
    const put = db.prepare('INSERT INTO overview_lines (supplier_id, basis, line) VALUES (?, ?, ?) ON CONFLICT (supplier_id) DO UPDATE SET basis = excluded.basis, line = excluded.line');
    db.transaction(() => {
      for (const l of lines) put.run(l.row.id, basis, JSON.stringify(l));
    })();
  } catch (err) {
    console.warn('[rapport] the overview lines could not be kept:', err);
  }
}
