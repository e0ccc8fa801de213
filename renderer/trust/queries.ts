// Reads of the trust views, and the writes of its settings. Every write to the
// journal (useJournalMutation) fetches every read again, so a new entry or a
// changed setting redraws every chart.
import { keepPreviousData, queryOptions, useQuery } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';
import type { TrustSettingsInput } from '../../core/trust/settings';
import { api } from '../api/client';
import { useJournalMutation } from '../api/mutation';

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

export const useTrustModelNotice = () => useQuery({ queryKey: trustKeys.notice, queryFn: () => api.getTrustModelNotice({}) });

/** Saves the settings form; what the journal refuses goes beside the field it names. */
export function useUpdateTrustSettings(fields: (error: unknown) => boolean) {
  const { t } = useTranslation('trust');
  return useJournalMutation((input: Partial<TrustSettingsInput>) => api.updateTrustSettings(input), { said: () => t('settings.saved'), fields });
}

export function useResetTrustSettings() {
  const { t } = useTranslation('trust');
  return useJournalMutation(() => api.resetTrustSettings({}), { said: () => t('settings.resetDone') });
}

/** Keeps a journal's own settings from an older model version (the notice on "How trust works"). */
export function useKeepTrustSettings() {
  const { t } = useTranslation('trust');
  return useJournalMutation(() => api.keepTrustSettings({}), { said: () => t('howto.notice.kept') });
}
