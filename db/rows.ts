// Row <-> object mapping for the journal tables. Columns are snake_case,
// objects camelCase; booleans are 0/1; kind-specific columns are NULL for
// other kinds.
import type { Contact } from '../core/schemas';
import type { Entry, Supplier, SupplierSummary } from '../core/types';

export interface SupplierRow {
  id: number;
  name: string;
  category: string;
  contract_start: string | null;
  contract_end: string | null;
  notice_months: number | null;
  contract_value: number | null;
  contract_currency: string | null;
  review_interval_months: number | null;
  contacts: string;
  notes: string;
  status: 'active' | 'ended';
  ended_on: string | null;
  created_at: string;
  updated_at: string;
}

export interface SupplierSummaryRow extends SupplierRow {
  entry_count: number;
  open_promises: number;
  our_open_promises: number;
  overdue_promises: number;
  open_incidents: number;
  last_entry_on: string | null;
  last_review_on: string | null;
}

export interface EntryRow {
  id: number;
  supplier_id: number;
  kind: Entry['kind'];
  date: string;
  title: string;
  body: string;
  private: number;
  side: Entry['side'];
  channel: string | null;
  tone: string | null;
  due_on: string | null;
  obligation: string | null;
  in_contract: number | null;
  status: string | null;
  settled_on: string | null;
  severity: string | null;
  resolved_on: string | null;
  impact: string;
  root_cause: string;
  caused_by: string | null;
  handled_well: number | null;
  score_ability: number | null;
  score_integrity: number | null;
  score_benevolence: number | null;
  created_at: string;
  updated_at: string;
  tags: string | null;
}

export function supplierFromRow(r: SupplierRow): Supplier {
  return {
    id: r.id,
    name: r.name,
    category: r.category,
    contractStart: r.contract_start,
    contractEnd: r.contract_end,
    noticeMonths: r.notice_months,
    contractValue: r.contract_value,
    contractCurrency: r.contract_currency,
    reviewIntervalMonths: r.review_interval_months,
    contacts: JSON.parse(r.contacts) as Contact[],
    notes: r.notes,
    status: r.status,
    endedOn: r.ended_on,
    createdAt: r.created_at,
    updatedAt: r.updated_at,
  };
}

export function summaryFromRow(r: SupplierSummaryRow): SupplierSummary {
  return {
    ...supplierFromRow(r),
    entryCount: r.entry_count,
    openPromises: r.open_promises,
    ourOpenPromises: r.our_open_promises,
    overduePromises: r.overdue_promises,
    openIncidents: r.open_incidents,
    lastEntryOn: r.last_entry_on,
    lastReviewOn: r.last_review_on,
  };
}

const bool = (v: number | null) => (v === null ? null : v === 1);

// Each kind is built as one object literal (no spread): the trust engine walks
// these objects in hot loops, and literals keep V8's fast property access.
export function entryFromRow(r: EntryRow): Entry {
  const tags = r.tags ? r.tags.split('\u001f').sort() : [];
  const priv = r.private === 1;
  switch (r.kind) {
    case 'interaction':
      return {
        id: r.id, supplierId: r.supplier_id, date: r.date, title: r.title, body: r.body, tags, private: priv, side: r.side,
        createdAt: r.created_at, updatedAt: r.updated_at, kind: 'interaction', channel: r.channel as never, tone: r.tone as never,
      };
    case 'promise':
      return {
        id: r.id, supplierId: r.supplier_id, date: r.date, title: r.title, body: r.body, tags, private: priv, side: r.side,
        createdAt: r.created_at, updatedAt: r.updated_at, kind: 'promise', dueOn: r.due_on, obligation: r.obligation as never,
        inContract: r.in_contract === 1, status: r.status as never, settledOn: r.settled_on,
      };
    case 'incident':
      return {
        id: r.id, supplierId: r.supplier_id, date: r.date, title: r.title, body: r.body, tags, private: priv, side: r.side,
        createdAt: r.created_at, updatedAt: r.updated_at, kind: 'incident', severity: r.severity as never, resolvedOn: r.resolved_on,
        impact: r.impact, rootCause: r.root_cause, causedBy: r.caused_by as never, handledWell: bool(r.handled_well),
      };
    case 'review':
      return {
        id: r.id, supplierId: r.supplier_id, date: r.date, title: r.title, body: r.body, tags, private: priv, side: r.side,
        createdAt: r.created_at, updatedAt: r.updated_at, kind: 'review', scoreAbility: r.score_ability,
        scoreIntegrity: r.score_integrity, scoreBenevolence: r.score_benevolence,
      };
    case 'advice':
    case 'note':
      return {
        id: r.id, supplierId: r.supplier_id, date: r.date, title: r.title, body: r.body, tags, private: priv, side: r.side,
        createdAt: r.created_at, updatedAt: r.updated_at, kind: r.kind,
      };
  }
}

type ParsedEntry = import('zod').output<typeof import('../core/schemas').entryInput>;

/** The kind-specific columns of an entry input, NULL for the other kinds. */
export function entryColumns(e: ParsedEntry) {
  const cols = {
    supplier_id: e.supplierId,
    kind: e.kind,
    date: e.date,
    title: e.title,
    body: e.body,
    private: e.private ? 1 : 0,
    side: e.side,
    channel: null as string | null,
    tone: null as string | null,
    due_on: null as string | null,
    obligation: null as string | null,
    in_contract: null as number | null,
    status: null as string | null,
    settled_on: null as string | null,
    severity: null as string | null,
    resolved_on: null as string | null,
    impact: '',
    root_cause: '',
    caused_by: null as string | null,
    handled_well: null as number | null,
    score_ability: null as number | null,
    score_integrity: null as number | null,
    score_benevolence: null as number | null,
  };
  switch (e.kind) {
    case 'interaction':
      Object.assign(cols, { channel: e.channel, tone: e.tone });
      break;
    case 'promise':
      Object.assign(cols, {
        due_on: e.dueOn, obligation: e.obligation, in_contract: e.inContract ? 1 : 0, status: e.status, settled_on: e.settledOn,
      });
      break;
    case 'incident':
      Object.assign(cols, {
        severity: e.severity,
        resolved_on: e.resolvedOn,
        impact: e.impact,
        root_cause: e.rootCause,
        caused_by: e.causedBy,
        handled_well: e.handledWell === null ? null : e.handledWell ? 1 : 0,
        // An incident we caused belongs to the client-conduct log.
        side: e.causedBy === 'ours' ? 'ours' : e.side,
      });
      break;
    case 'review':
      Object.assign(cols, { score_ability: e.scoreAbility, score_integrity: e.scoreIntegrity, score_benevolence: e.scoreBenevolence });
      break;
  }
  return cols;
}
