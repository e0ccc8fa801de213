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

/** Lines computed while the file is not yet read whole: held here, written once it is (Journal.keepHeldLines). */
export type HeldLines = Map<number, KeptLine>;

/**
 * The portfolio of `today`: kept lines where they still hold, the others
 * computed and kept; into `held` instead of the journal while it is given.
 */
export function keptPortfolio(db: WritableDB, today: string, held?: HeldLines): PortfolioView {
  const steps = portfolioSteps(db, today, held);
  for (;;) {
    const step = steps.next();
    if (step.done) return step.value;
  }
}

/**
 * keptPortfolio in steps: `pause` is awaited between lines computed once a
 * slice of time has passed, so the writer answers reads meanwhile (a new
 * day's lines on a large journal take a second; db/worker/host.ts).
 */
export async function keptPortfolioInSteps(db: WritableDB, today: string, held: HeldLines | undefined, pause: () => Promise<void>): Promise<PortfolioView> {
  const steps = portfolioSteps(db, today, held);
  let sliceEnds = performance.now() + SLICE_MS;
  for (;;) {
    const step = steps.next();
    if (step.done) return step.value;
    if (performance.now() < sliceEnds) continue;
    await pause();
    sliceEnds = performance.now() + SLICE_MS;
  }
}

/** How long the writer computes lines before it answers what waits. */
const SLICE_MS = 10;

/** The portfolio's work, yielding after each line it computes; nothing is kept until the last. */
function* portfolioSteps(db: WritableDB, today: string, held?: HeldLines): Generator<void, PortfolioView> {
  const settings = readTrustSettings(db);
  const basis = JSON.stringify({ today, version: LINE_VERSION, settings });
  const suppliers = (db.prepare('SELECT * FROM suppliers WHERE deleted_at IS NULL ORDER BY name COLLATE NOCASE').all() as SupplierRow[]).map(supplierFromRow);
  const kept = new Map((db.prepare('SELECT supplier_id, basis, line FROM overview_lines').all() as KeptLine[]).map((k) => [k.supplier_id, k]));
  const computed: PortfolioLine[] = [];
  const lines: PortfolioLine[] = [];
  for (const s of suppliers) {
    const k = held?.get(s.id) ?? kept.get(s.id);
    if (k?.basis === basis) {
      lines.push(JSON.parse(k.line) as PortfolioLine);
      continue;
    }
    const line = portfolioLine(s, trustEntries(db, s.id), settings, today);
    computed.push(line);
    lines.push(line);
    yield;
  }
  if (held) for (const l of computed) held.set(l.row.id, { supplier_id: l.row.id, basis, line: JSON.stringify(l) });
  else if (computed.length) keep(db, computed, basis);
  return portfolioView(lines, today);
}

/** Stores lines for the next time; a journal that cannot be written to (a read-only medium) is answered all the same. */
function keep(db: WritableDB, lines: readonly PortfolioLine[], basis: string): void {
  keepLines(db, lines.map((l) => ({ supplier_id: l.row.id, basis, line: JSON.stringify(l) })));
}

/** Writes held lines once the file is read whole (before any other write: the host checks the file at the first one). */
export function keepHeld(db: WritableDB, held: HeldLines): void {
  keepLines(db, [...held.values()]);
}

function keepLines(db: WritableDB, lines: readonly KeptLine[]): void {
  if (lines.length === 0) return;
  try {
    const put = db.prepare('INSERT INTO overview_lines (supplier_id, basis, line) VALUES (?, ?, ?) ON CONFLICT (supplier_id) DO UPDATE SET basis = excluded.basis, line = excluded.line');
    db.transaction(() => {
      for (const l of lines) put.run(l.supplier_id, l.basis, l.line);
    })();
  } catch (err) {
    console.warn('[rapport] the overview lines could not be kept:', err);
  }
}
