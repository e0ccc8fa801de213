// The review pack's content (design.md, "PDF review pack"): a pure function
// from a supplier, its entries and the trust view of the period to what the
// pack says. No I/O, no clock, no words: the renderer translates the keys.
//
// Privacy: unless `includePrivate` is set, private entries are dropped here,
// before anything is counted or listed, so none can reach a table, a talking
// point, a marker or a mover; and the trust view must then have been computed
// without them too (getSupplierTrust with includePrivate: false), so nothing
// in the pack moves that the pack does not show. The header says so.
import type { Projection } from '../trust/projection';
import type { IsoDate } from '../dates';
import { addDays, addMonths, daysBetween } from '../dates';
import type { AgainstItsWording } from '../trust/against';
import type { Reason } from '../trust/evidence';
import { sideOf } from '../trust/evidence';
import { SMALL_MOVE } from '../trust/explain';
import { currentTerm, noticeDeadline, openOn, overdueDays, overdueOn, settledBy } from '../facts';
import { tallySayDo, type SayDo } from '../trust/say-do';
import type { ChartRow } from '../trust/series';
import { supplierFacts, type SupplierFact } from '../supplier-fields';
import type {
  AdviceEntry, Channel, Entry, EntryKind, IncidentEntry, InteractionEntry, NoteEntry, Obligation, PromiseEntry,
  PromiseStatus, ReviewEntry, Severity, Supplier, Tone,
} from '../types';
import type { SupplierTrustView, TrustMarker } from '../views';

export interface ReportOptions {
  from: IsoDate;
  to: IsoDate;
  includePrivate: boolean;
  managerName: string;
  generatedOn: IsoDate;
}

export type TrustLevel = 'veryLow' | 'low' | 'mixed' | 'fair' | 'high';
export type TrustTrend = 'roseSharply' | 'rose' | 'steady' | 'fell' | 'fellSharply';

export interface ReportHeader {
  supplierId: number;
  supplierName: string;
  category: string;
  status: 'active' | 'ended';
  contractStart: IsoDate | null;
  /** The end of the current term on the day the pack is made (a renewing contract's rolled forward; core/facts). */
  termEnd: IsoDate | null;
  /** The notice deadline that matters on that day (core/facts), as the supplier's page and the agenda say it. */
  noticeDeadline: IsoDate | null;
  /** The supplier's declared facts that hold a value (core/supplier-fields.ts), such as its contract reference. */
  facts: SupplierFact[];
  from: IsoDate;
  to: IsoDate;
  managerName: string;
  generatedOn: IsoDate;
  includePrivate: boolean;
  /** How many private entries of this supplier the pack leaves out (0 when they are included). */
  privateLeftOut: number;
}

export interface ReportSummary {
  /** Null when the view has no rows (nothing charted). */
  trustStart: number | null;
  trustEnd: number | null;
  change: number | null;
  levelStart: TrustLevel | null;
  levelEnd: TrustLevel | null;
  trend: TrustTrend | null;
  /** Proven and plausible trust at the end of the period. */
  bandEnd: [number, number] | null;
  /** True when the band at the end is wide: little recent evidence. */
  uncertain: boolean;
}

/**
 * Why trust moved over the period, as credit reason codes: the (at most four)
 * entries that moved it most, the other entries pooled, and the fading of
 * older ones. They add up to the change (the supplier view's drivers).
 */
export interface ReportReasons {
  /** Largest move (either way) first; an entry's reason code is its place here, from 1. */
  top: { entryId: number; title: string; kind: EntryKind; date: IsoDate; delta: number; reasons: Reason[]; against?: AgainstItsWording }[];
  rest: { count: number; delta: number };
  fading: number;
  change: number;
}

export interface PeriodFigures {
  /** Promises made in the period. */
  promisesMade: number;
  /**
   * Settled in the period by outcome, overdue = open at its end and past due;
   * the ratio over them (core/trust/say-do.ts).
   */
  sayDo: SayDo;
  /** Open at the end of the period (due or not). */
  open: number;
  /** Incidents that started in the period, by severity. */
  incidents: Record<Severity, number>;
  incidentsTotal: number;
  /** Incidents not resolved at the end of the period (whenever they started). */
  openIncidents: number;
  /** Mean days from start to resolution of the incidents resolved in the period. */
  meanTimeToResolveDays: number | null;
  resolvedIncidents: number;
  /** Interactions held in the period, by tone. */
  interactions: number;
  tones: Record<Tone, number>;
  advice: number;
  reviews: number;
}

export interface PromiseRow {
  id: number;
  title: string;
  madeOn: IsoDate;
  dueOn: IsoDate | null;
  obligation: Obligation;
  inContract: boolean;
  /** The status at the end of the period ('open' when settled after it). */
  status: PromiseStatus;
  settledOn: IsoDate | null;
  overdue: boolean;
  private: boolean;
}

export interface IncidentRow {
  id: number;
  title: string;
  startedOn: IsoDate;
  severity: Severity;
  resolvedOn: IsoDate | null;
  /** Days to resolve, or null while unresolved at the end of the period. */
  daysToResolve: number | null;
  rootCause: string;
  impact: string;
  private: boolean;
}

export interface InteractionRow {
  id: number;
  title: string;
  date: IsoDate;
  channel: Channel;
  tone: Tone;
  private: boolean;
}

export interface ReviewRow {
  id: number;
  title: string;
  date: IsoDate;
  scores: { ability: number | null; integrity: number | null; benevolence: number | null };
  body: string;
  private: boolean;
}

export interface TextRow {
  id: number;
  kind: EntryKind;
  title: string;
  date: IsoDate;
  body: string;
  private: boolean;
}

export interface ConductRow {
  id: number;
  kind: EntryKind;
  title: string;
  date: IsoDate;
  /** Promise status, incident resolution or interaction tone, as a key for the renderer. */
  status: PromiseStatus | 'resolved' | 'unresolved' | Tone | null;
  dueOn: IsoDate | null;
  private: boolean;
}

export type TalkingPointKind =
  | 'overduePromise' | 'openPromise' | 'unresolvedIncident' | 'moverDown' | 'moverUp' | 'initiative' | 'ourAction';

export interface TalkingPoint {
  kind: TalkingPointKind;
  entryId: number;
  entryKind: EntryKind;
  title: string;
  date: IsoDate;
  dueOn?: IsoDate | null;
  daysOverdue?: number;
  severity?: Severity;
  daysOpen?: number;
  /**
   * For what cost or built trust: its reason code in "why it moved" (the pack's
   * reasons table, where its amount stands), its change in trust, and why.
   */
  code?: number;
  delta?: number;
  reasons?: Reason[];
  /** A mover that moved trust against what it says, and why (core/trust/against). */
  against?: AgainstItsWording;
}

export interface AgendaSection {
  kind: TalkingPointKind;
  points: TalkingPoint[];
}

export interface SupplierReport {
  header: ReportHeader;
  summary: ReportSummary;
  /** Null when nothing is charted (the summary has no change either). */
  reasons: ReportReasons | null;
  figures: PeriodFigures;
  chart: { rows: ChartRow[]; markers: TrustMarker[] };
  /** Where trust is heading from today, as the supplier's view has it (null when switched off or the period ends before today). */
  projection: Projection | null;
  /** Agenda sections in order; empty sections are left out. */
  agenda: AgendaSection[];
  promises: PromiseRow[];
  incidents: IncidentRow[];
  interactions: InteractionRow[];
  reviews: ReviewRow[];
  initiatives: TextRow[];
  notes: TextRow[];
  /** Our own conduct as a client in the period: kept apart, never in the supplier's figures. */
  conduct: ConductRow[];
  /** Ids of every entry the pack mentions, for tests and the ready check. */
  entryIds: number[];
}

// ---------- words from numbers ----------

export function trustLevel(t: number): TrustLevel {
  if (t >= 0.7) return 'high';
  if (t >= 0.55) return 'fair';
  if (t >= 0.45) return 'mixed';
  if (t >= 0.3) return 'low';
  return 'veryLow';
}

export function trustTrend(change: number): TrustTrend {
  if (change >= 0.1) return 'roseSharply';
  if (change >= 0.02) return 'rose';
  if (change > -0.02) return 'steady';
  if (change > -0.1) return 'fell';
  return 'fellSharply';
}

/** A band wider than this at the end of the period reads as "uncertain". */
export const UNCERTAIN_BAND = 0.35;

// ---------- the period ----------

/**
 * The default period for a supplier's pack: since its last review entry (one
 * at least `minDays` old, so a review logged moments ago does not make an
 * empty pack), else the last quarter.
 */
export function defaultPeriod(entries: readonly Entry[], today: IsoDate, minDays = 14): { from: IsoDate; to: IsoDate } {
  let last: IsoDate | null = null;
  for (const e of entries) {
    if (e.kind !== 'review' || sideOf(e) !== 'supplier' || e.date > today) continue;
    if (daysBetween(e.date, today) < minDays) continue;
    if (last === null || e.date > last) last = e.date;
  }
  return { from: last ?? addMonths(today, -3), to: today };
}

const inPeriod = (d: IsoDate | null, from: IsoDate, to: IsoDate) => d !== null && d >= from && d <= to;

function resolvedBy(i: IncidentEntry, at: IsoDate): boolean {
  return i.resolvedOn !== null && i.resolvedOn <= at;
}

const byDate = <T extends { date: IsoDate; id: number }>(x: T, y: T) => (x.date < y.date ? -1 : x.date > y.date ? 1 : x.id - y.id);

/** A promise belongs to the period when it was open at some time in it. */
function promiseInPeriod(p: PromiseEntry, from: IsoDate, to: IsoDate): boolean {
  if (p.date > to) return false;
  return p.date >= from || !settledBy(p, addDays(from, -1));
}

/** An incident belongs to the period when it was unresolved at some time in it. */
function incidentInPeriod(i: IncidentEntry, from: IsoDate, to: IsoDate): boolean {
  if (i.date > to) return false;
  return i.date >= from || !resolvedBy(i, addDays(from, -1));
}

// ---------- the pack ----------

export function periodFigures(entries: readonly Entry[], from: IsoDate, to: IsoDate): PeriodFigures {
  const f: Omit<PeriodFigures, 'sayDo'> = {
    promisesMade: 0, open: 0,
    incidents: { low: 0, medium: 0, high: 0, critical: 0 }, incidentsTotal: 0, openIncidents: 0,
    meanTimeToResolveDays: null, resolvedIncidents: 0,
    interactions: 0, tones: { positive: 0, neutral: 0, negative: 0 }, advice: 0, reviews: 0,
  };
  let resolveDays = 0;
  const promises: PromiseEntry[] = [];
  for (const e of entries) {
    if (sideOf(e) !== 'supplier' || e.date > to) continue;
    const here = e.date >= from;
    switch (e.kind) {
      case 'promise':
        if (here) f.promisesMade++;
        promises.push(e);
        break;
      case 'incident':
        if (here) {
          f.incidents[e.severity]++;
          f.incidentsTotal++;
        }
        if (!resolvedBy(e, to)) f.openIncidents++;
        else if (e.resolvedOn! >= from) {
          f.resolvedIncidents++;
          resolveDays += daysBetween(e.date, e.resolvedOn!);
        }
        break;
      case 'interaction':
        if (here) {
          f.interactions++;
          f.tones[e.tone]++;
        }
        break;
      case 'advice':
        if (here) f.advice++;
        break;
      case 'review':
        if (here) f.reviews++;
        break;
      default:
        break;
    }
  }
  // Promises settled before the period are not its doing; the ones still open at its end are.
  const { sayDo, open } = tallySayDo(promises, to, from);
  f.open = open;
  f.meanTimeToResolveDays = f.resolvedIncidents === 0 ? null : resolveDays / f.resolvedIncidents;
  return { ...f, sayDo };
}

/** The view's drivers with the pack's titles; an entry the pack does not show is pooled with the rest. */
function reasonsOf(view: SupplierTrustView, summary: ReportSummary, shown: ReadonlyMap<number, Entry>): ReportReasons | null {
  if (summary.change === null) return null;
  const d = view.drivers;
  const top: ReportReasons['top'] = [];
  const rest = { ...d.rest };
  for (const m of d.top) {
    const e = shown.get(m.entryId);
    if (e) top.push({ entryId: e.id, title: e.title, kind: e.kind, date: e.date, delta: m.delta, reasons: m.reasons, ...(m.against ? { against: m.against } : {}) });
    else {
      rest.count += 1;
      rest.delta += m.delta;
    }
  }
  return { top, rest, fading: d.fading, change: d.change };
}

function summaryOf(view: SupplierTrustView): ReportSummary {
  const rows = view.rows;
  // No evidence at all by the period's end: trust is the base rate, not a measurement.
  const measured = rows.length > 0 && rows[rows.length - 1]!.uncertainty < 1 - 1e-9;
  if (!measured) {
    return { trustStart: null, trustEnd: null, change: null, levelStart: null, levelEnd: null, trend: null, bandEnd: null, uncertain: false };
  }
  const first = rows[0]!;
  const last = rows[rows.length - 1]!;
  const change = last.trust - first.trust;
  return {
    trustStart: first.trust,
    trustEnd: last.trust,
    change,
    levelStart: trustLevel(first.trust),
    levelEnd: trustLevel(last.trust),
    trend: trustTrend(change),
    bandEnd: [last.band[0], last.band[1]],
    uncertain: last.band[1] - last.band[0] > UNCERTAIN_BAND,
  };
}

const MAX_POINTS = 8;

export function buildSupplierReport(input: {
  supplier: Supplier;
  entries: readonly Entry[];
  trust: SupplierTrustView;
  options: ReportOptions;
}): SupplierReport {
  const { supplier, trust, options } = input;
  const { from, to, includePrivate } = options;
  const visible = input.entries.filter((e) => e.supplierId === supplier.id && (includePrivate || !e.private));
  if (!includePrivate && trust.includesPrivate && input.entries.some((e) => e.supplierId === supplier.id && e.private)) {
    throw new Error('A pack without private entries needs a trust view computed without them');
  }
  const visibleIds = new Set(visible.map((e) => e.id));
  const ofSupplier = visible.filter((e) => sideOf(e) === 'supplier');
  const ours = visible.filter((e) => sideOf(e) === 'ours');

  const promises = ofSupplier
    .filter((e): e is PromiseEntry => e.kind === 'promise' && promiseInPeriod(e, from, to))
    .sort(byDate)
    .map((p): PromiseRow => {
      const settled = settledBy(p, to);
      return {
        id: p.id, title: p.title, madeOn: p.date, dueOn: p.dueOn, obligation: p.obligation, inContract: p.inContract,
        status: settled ? p.status : 'open', settledOn: settled ? p.settledOn : null,
        overdue: overdueOn(p, to), private: p.private,
      };
    });
  const incidents = ofSupplier
    .filter((e): e is IncidentEntry => e.kind === 'incident' && incidentInPeriod(e, from, to))
    .sort(byDate)
    .map((i): IncidentRow => {
      const resolved = resolvedBy(i, to);
      return {
        id: i.id, title: i.title, startedOn: i.date, severity: i.severity, resolvedOn: resolved ? i.resolvedOn : null,
        daysToResolve: resolved ? daysBetween(i.date, i.resolvedOn!) : null, rootCause: i.rootCause, impact: i.impact,
        private: i.private,
      };
    });
  const interactions = ofSupplier
    .filter((e): e is InteractionEntry => e.kind === 'interaction' && inPeriod(e.date, from, to))
    .sort(byDate)
    .map((e): InteractionRow => ({ id: e.id, title: e.title, date: e.date, channel: e.channel, tone: e.tone, private: e.private }));
  const reviews = ofSupplier
    .filter((e): e is ReviewEntry => e.kind === 'review' && inPeriod(e.date, from, to))
    .sort(byDate)
    .map((e): ReviewRow => ({
      id: e.id, title: e.title, date: e.date, body: e.body, private: e.private,
      scores: { ability: e.scoreAbility, integrity: e.scoreIntegrity, benevolence: e.scoreBenevolence },
    }));
  const textRow = (e: Entry): TextRow => ({ id: e.id, kind: e.kind, title: e.title, date: e.date, body: e.body, private: e.private });
  const initiatives = ofSupplier
    .filter((e): e is AdviceEntry => e.kind === 'advice' && inPeriod(e.date, from, to))
    .sort(byDate)
    .map(textRow);
  const notes = ofSupplier
    .filter((e): e is NoteEntry => e.kind === 'note' && inPeriod(e.date, from, to))
    .sort(byDate)
    .map(textRow);

  // Our own conduct: what we did in the period, and what we still owe.
  const conduct = ours
    .filter((e) => inPeriod(e.date, from, to) || (e.kind === 'promise' && e.date <= to && !settledBy(e, to)))
    .sort(byDate)
    .map((e): ConductRow => {
      let status: ConductRow['status'] = null;
      let dueOn: IsoDate | null = null;
      if (e.kind === 'promise') {
        status = settledBy(e, to) ? e.status : 'open';
        dueOn = e.dueOn;
      } else if (e.kind === 'incident') status = resolvedBy(e, to) ? 'resolved' : 'unresolved';
      else if (e.kind === 'interaction') status = e.tone;
      return { id: e.id, kind: e.kind, title: e.title, date: e.date, status, dueOn, private: e.private };
    });

  // ----- the agenda -----
  const point = (kind: TalkingPointKind, e: Entry, extra: Partial<TalkingPoint> = {}): TalkingPoint => ({
    kind, entryId: e.id, entryKind: e.kind, title: e.title, date: e.date, ...extra,
  });
  const openPromises = ofSupplier.filter((e): e is PromiseEntry => e.kind === 'promise' && openOn(e, to));
  const overdue = openPromises
    .filter((p) => overdueOn(p, to))
    .sort((x, y) => (x.dueOn! < y.dueOn! ? -1 : x.dueOn! > y.dueOn! ? 1 : x.id - y.id))
    .map((p) => point('overduePromise', p, { dueOn: p.dueOn, daysOverdue: overdueDays(p, to) }));
  const stillOpen = openPromises
    .filter((p) => !overdueOn(p, to))
    .sort((x, y) => ((x.dueOn ?? '9999') < (y.dueOn ?? '9999') ? -1 : (x.dueOn ?? '9999') > (y.dueOn ?? '9999') ? 1 : x.id - y.id))
    .map((p) => point('openPromise', p, { dueOn: p.dueOn }));
  const unresolved = ofSupplier
    .filter((e): e is IncidentEntry => e.kind === 'incident' && e.date <= to && !resolvedBy(e, to))
    .sort(byDate)
    .map((i) => point('unresolvedIncident', i, { severity: i.severity, daysOpen: daysBetween(i.date, to) }));

  const entryById = new Map(visible.map((e) => [e.id, e]));
  const summary = summaryOf(trust);
  const reasons = reasonsOf(trust, summary, entryById);
  // What cost or built trust: the reasons table's own entries (what happened in
  // the period; fading and the rest are no talking point), each by its reason
  // code there, so the agenda neither repeats the amounts nor names others.
  const movers = (kind: 'moverDown' | 'moverUp') =>
    (reasons?.top ?? []).flatMap((m, k) => (
      (kind === 'moverDown' ? m.delta <= -SMALL_MOVE : m.delta >= SMALL_MOVE)
        ? [point(kind, entryById.get(m.entryId)!, { code: k + 1, delta: m.delta, reasons: m.reasons, ...(m.against ? { against: m.against } : {}) })]
        : []));
  const initiativesPoints = ofSupplier
    .filter((e) => e.kind === 'advice' && inPeriod(e.date, from, to))
    .sort(byDate)
    .map((e) => point('initiative', e));
  const ourActions = ours
    .filter((e): e is PromiseEntry => e.kind === 'promise' && openOn(e, to))
    .sort((x, y) => ((x.dueOn ?? '9999') < (y.dueOn ?? '9999') ? -1 : 1))
    .map((p) => point('ourAction', p, { dueOn: p.dueOn, daysOverdue: overdueDays(p, to) }));

  const agenda: AgendaSection[] = (
    [
      { kind: 'overduePromise', points: overdue.slice(0, MAX_POINTS) },
      { kind: 'openPromise', points: stillOpen.slice(0, MAX_POINTS) },
      { kind: 'unresolvedIncident', points: unresolved.slice(0, MAX_POINTS) },
      { kind: 'moverDown', points: movers('moverDown') },
      { kind: 'moverUp', points: movers('moverUp') },
      { kind: 'initiative', points: initiativesPoints.slice(-MAX_POINTS) },
      { kind: 'ourAction', points: ourActions.slice(0, MAX_POINTS) },
    ] satisfies AgendaSection[]
  ).filter((s) => s.points.length > 0);

  const markers = trust.markers.filter((m) => visibleIds.has(m.id) && (includePrivate || !m.private));

  const ids = new Set<number>();
  for (const list of [promises, incidents, interactions, reviews, initiatives, notes, conduct]) for (const r of list) ids.add(r.id);
  for (const s of agenda) for (const p of s.points) ids.add(p.entryId);
  for (const m of reasons?.top ?? []) ids.add(m.entryId);

  return {
    header: {
      supplierId: supplier.id,
      supplierName: supplier.name,
      category: supplier.category,
      status: supplier.status,
      contractStart: supplier.contractStart,
      termEnd: currentTerm(supplier, options.generatedOn)?.end ?? null,
      noticeDeadline: noticeDeadline(supplier, options.generatedOn)?.deadline ?? null,
      facts: supplierFacts(supplier),
      from,
      to,
      managerName: options.managerName.trim(),
      generatedOn: options.generatedOn,
      includePrivate,
      privateLeftOut: includePrivate ? 0 : input.entries.filter((e) => e.supplierId === supplier.id && e.private).length,
    },
    summary,
    reasons,
    figures: periodFigures(visible, from, to),
    chart: { rows: trust.rows, markers },
    projection: trust.projection && to >= trust.today ? trust.projection : null,
    agenda,
    promises,
    incidents,
    interactions,
    reviews,
    initiatives,
    notes,
    conduct,
    entryIds: [...ids].sort((x, y) => x - y),
  };
}

// ---------- the portfolio ----------

export interface PortfolioReportRow {
  supplierId: number;
  name: string;
  category: string;
  status: 'active' | 'ended';
  trustStart: number | null;
  trustEnd: number | null;
  change: number | null;
  trend: TrustTrend | null;
  levelEnd: TrustLevel | null;
  overduePromises: number;
  openIncidents: number;
  sayDoRatio: number | null;
}

export interface PortfolioReport {
  from: IsoDate;
  to: IsoDate;
  managerName: string;
  generatedOn: IsoDate;
  includePrivate: boolean;
  rows: PortfolioReportRow[];
  suppliers: SupplierReport[];
}

export function buildPortfolioReport(
  items: readonly { supplier: Supplier; entries: readonly Entry[]; trust: SupplierTrustView }[],
  options: ReportOptions,
): PortfolioReport {
  const suppliers = items.map((item) => buildSupplierReport({ ...item, options }));
  return {
    from: options.from,
    to: options.to,
    managerName: options.managerName.trim(),
    generatedOn: options.generatedOn,
    includePrivate: options.includePrivate,
    suppliers,
    rows: suppliers.map((r) => ({
      supplierId: r.header.supplierId,
      name: r.header.supplierName,
      category: r.header.category,
      status: r.header.status,
      trustStart: r.summary.trustStart,
      trustEnd: r.summary.trustEnd,
      change: r.summary.change,
      trend: r.summary.trend,
      levelEnd: r.summary.levelEnd,
      overduePromises: r.figures.sayDo.overdue,
      openIncidents: r.figures.openIncidents,
      sayDoRatio: r.figures.sayDo.ratio,
    })),
  };
}
