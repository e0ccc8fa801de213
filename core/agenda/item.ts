// One item with the fields a rule does not set at their empty values.
import type { AgendaItem, AgendaSupplier } from './types';

type Required = Pick<AgendaItem, 'key' | 'ref' | 'kind' | 'date' | 'changedAt'>;

export function makeItem(supplier: Pick<AgendaSupplier, 'id' | 'name'>, fields: Required & Partial<AgendaItem>): AgendaItem {
  return {
    supplierId: supplier.id, supplierName: supplier.name, entryId: null, title: '', private: false, side: null, renews: false,
    termEnd: null, severity: null, since: null, alarmDays: [], inCalendar: false, currentSince: null, meeting: null, cancelled: false, ...fields,
  };
}

/** The later of some ISO timestamps (null and unreadable ones skipped; '' when none). */
export function latest(...stamps: (string | null | undefined)[]): string {
  let best = '';
  let bestT = -Infinity;
  for (const s of stamps) {
    const t = s ? Date.parse(s) : NaN;
    if (Number.isFinite(t) && t > bestT) [best, bestT] = [s!, t];
  }
  return best;
}
