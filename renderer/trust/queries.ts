// Reads of the trust views. Every write to the journal (useJournalMutation)
// invalidates all queries, so a new entry or a changed setting redraws every chart.
import { keepPreviousData, queryOptions, useQuery } from '@tanstack/react-query';
import type { TrustSettingsInput } from '../../core/trust/settings';
import { api } from '../api/client';
import { useJournalMutation } from '../api/queries';

export const trustKeys = {
  supplier: (supplierId: number, from: string | null, to: string | null) => ['trust', 'supplier', supplierId, from, to] as const,
  waterfall: (supplierId: number, reviewId: number) => ['trust', 'waterfall', supplierId, reviewId] as const,
  portfolio: ['trust', 'portfolio'] as const,
  settings: ['trust', 'settings'] as const,
  notice: ['trust', 'notice'] as const,
};

export const useSupplierTrust = (supplierId: number, from: string | null, to: string | null, enabled = true) =>
  useQuery({
    queryKey: trustKeys.supplier(supplierId, from, to),
    queryFn: () => api.getSupplierTrust({ supplierId, from, to }),
    placeholderData: keepPreviousData,
    enabled,
  });

export const useReviewWaterfall = (supplierId: number, reviewId: number | null) =>
  useQuery({
    queryKey: trustKeys.waterfall(supplierId, reviewId ?? 0),
    queryFn: () => api.getReviewWaterfall({ supplierId, reviewId: reviewId! }),
    enabled: reviewId !== null,
    placeholderData: keepPreviousData,
  });

export const portfolioQuery = queryOptions({ queryKey: trustKeys.portfolio, queryFn: () => api.getPortfolio({}) });
export const usePortfolio = () => useQuery(portfolioQuery);

export const useTrustSettings = () => useQuery({ queryKey: trustKeys.settings, queryFn: () => api.getTrustSettings({}) });

export const useUpdateTrustSettings = () => useJournalMutation((input: Partial<TrustSettingsInput>) => api.updateTrustSettings(input));
export const useResetTrustSettings = () => useJournalMutation(() => api.resetTrustSettings({}));
export const useTrustModelNotice = () => useQuery({ queryKey: trustKeys.notice, queryFn: () => api.getTrustModelNotice({}) });
export const useKeepTrustSettings = () => useJournalMutation(() => api.keepTrustSettings({}));
