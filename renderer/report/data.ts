// Everything a pack needs from the journal, read through the one API client,
// then turned into the pack's content by the pure model (core/report).
import { useQuery } from '@tanstack/react-query';
import { todayIso } from '../../core/dates';
import { buildPortfolioReport, buildSupplierReport, type PortfolioReport, type ReportRequest, type SupplierReport } from '../../core/report';
import type { AgendaItem } from '../../core/agenda';
import type { Meeting } from '../../core/meeting/types';
import { api } from '../api/client';

export interface PackData {
  supplier: SupplierReport | null;
  portfolio: PortfolioReport | null;
  baseRate: number;
  /** A supplier pack's "coming up": its next deadlines (the agenda, private items only when ticked in). */
  comingUp: AgendaItem[] | null;
  /** A supplier pack's meeting being prepared (or held): its points are the pack's agenda. */
  meeting: Meeting | null;
}

/** The supplier's meeting not yet finished, if any. */
async function openMeeting(supplierId: number): Promise<Meeting | null> {
  const open = (await api.listMeetings({ supplierId })).find((m) => m.status !== 'finished');
  return open ? api.getMeeting({ id: open.id }) : null;
}

/** The supplier's items on the agenda that are still ahead (overdue ones are in the pack's own agenda). */
async function comingUp(supplierId: number, today: string, includePrivate: boolean): Promise<AgendaItem[]> {
  const view = await api.getAgenda({ today, supplierId, includePrivate });
  return view.groups.flatMap((g) => (g.group === 'overdue' ? [] : g.items)).filter((i) => i.kind !== 'quiet' && i.kind !== 'incident').slice(0, 8);
}

async function supplierItem(supplierId: number, from: string, to: string, includePrivate: boolean) {
  const [supplier, entries, trust] = await Promise.all([
    api.getSupplier({ id: supplierId }),
    api.listEntries({ supplierId }),
    // Left out, private entries leave out their effect too: trust is computed without them.
    api.getSupplierTrust({ supplierId, from, to, includePrivate }),
  ]);
  return { supplier, entries, trust };
}

export async function loadPack(request: ReportRequest): Promise<PackData> {
  // Everything at once: one round trip's wait, not two.
  const generatedOn = todayIso();
  const supplierId = request.supplierId!;
  const first = request.scope === 'supplier'
    ? Promise.all([
      supplierItem(supplierId, request.from, request.to, request.includePrivate), comingUp(supplierId, generatedOn, request.includePrivate), openMeeting(supplierId),
    ])
    : null;
  const [preferences, settings] = await Promise.all([api.getPreferences({}), api.getTrustSettings({})]);
  const options = {
    from: request.from, to: request.to, includePrivate: request.includePrivate,
    managerName: preferences.managerName, generatedOn,
  };
  if (first) {
    const [item, next, meeting] = await first;
    return { supplier: buildSupplierReport({ ...item, options }), portfolio: null, baseRate: settings.baseRate, comingUp: next, meeting };
  }
  const suppliers = await api.listSuppliers({ includeEnded: true });
  // Ended relationships are left out unless they ended within the period.
  const relevant = suppliers.filter((s) => s.status === 'active' || (s.endedOn !== null && s.endedOn >= request.from));
  const items = await Promise.all(relevant.map((s) => supplierItem(s.id, request.from, request.to, request.includePrivate)));
  return { supplier: null, portfolio: buildPortfolioReport(items, options), baseRate: settings.baseRate, comingUp: null, meeting: null };
}

export function usePack(request: ReportRequest | null) {
  return useQuery({
    queryKey: ['report', request],
    queryFn: () => loadPack(request!),
    enabled: request !== null,
    staleTime: 0,
    gcTime: 60_000,
  });
}
