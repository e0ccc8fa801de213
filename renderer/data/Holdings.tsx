// What a journal file holds, side by side with what the journal holds now:
// shown before anything is replaced.
import { useTranslation } from 'react-i18next';
import type { FileSummary } from '../../core/files';
import { useJournalInfo, useSuppliers } from '../api/queries';
import { useFormat } from '../i18n/format';

export interface Counts {
  suppliers: number | null;
  entries: number | null;
  newestEntryOn: string | null;
}

/** The journal as it is now (counts and newest entry), or null while loading. */
export function useCurrentCounts(enabled = true): Counts | null {
  const info = useJournalInfo();
  const suppliers = useSuppliers();
  if (!enabled || !info.data || !suppliers.data) return null;
  const newest = suppliers.data.reduce<string | null>((max, s) => (s.lastEntryOn && (!max || s.lastEntryOn > max) ? s.lastEntryOn : max), null);
  return { suppliers: info.data.suppliers, entries: info.data.entries, newestEntryOn: newest };
}

/** <Holdings file={summary} fileLabel="In the backup" current?={counts} />: a small comparison table. */
export function Holdings({ file, fileLabel, current }: { file: FileSummary; fileLabel: string; current?: Counts | null }) {
  const { t } = useTranslation('data');
  const format = useFormat();
  const count = (n: number | null) => (n === null ? '–' : format.number(n));
  const date = (iso: string | null) => (iso ? format.date(iso) : t('holdings.noEntries'));
  const rows: { label: string; file: string; now: string }[] = [
    { label: t('holdings.suppliers'), file: count(file.suppliers), now: count(current?.suppliers ?? null) },
    { label: t('holdings.entries'), file: count(file.entries), now: count(current?.entries ?? null) },
    { label: t('holdings.newest'), file: date(file.newestEntryOn), now: current ? date(current.newestEntryOn) : '–' },
  ];
  return (
    <table className="holdings">
      <thead>
        <tr>
          <td />
          <th scope="col">{fileLabel}</th>
          {current !== undefined && <th scope="col">{t('holdings.now')}</th>}
        </tr>
      </thead>
      <tbody>
        {rows.map((r) => (
          <tr key={r.label}>
            <th scope="row">{r.label}</th>
            <td>{r.file}</td>
            {current !== undefined && <td>{r.now}</td>}
          </tr>
        ))}
      </tbody>
    </table>
  );
}
