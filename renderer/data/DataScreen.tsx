// "/data", Backups & data: the backups (with restore and undo), restore from
// a file, export (JSON, CSV) and import (a Rapport export, or entries from a
// spreadsheet). Its parts: RestoredBanner, BackupTable, ExportSection,
// JournalFilesSection, ImportSection, RestoreDialog.
import { DatabaseBackup } from 'lucide-react';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { BackupSummary } from '../../core/files';
import { api } from '../api/client';
import { useJournalMutation } from '../api/mutation';
import { useJournalInfo } from '../api/queries';
import { Button } from '../components/Button';
import { EmptyState } from '../components/EmptyState';
import { FormError } from '../components/FieldError';
import { PageHeader } from '../components/PageHeader';
import { Spinner } from '../components/Spinner';
import { ExportSection } from './ExportSection';
import { useDateTime } from '../i18n/format';
import { BackupTable } from './BackupTable';
import { useCurrentCounts } from './Holdings';
import { ImportSection } from './ImportSection';
import { JournalFilesSection } from './JournalFiles';
import { dataKeys, useBackups, useJournalStatus } from './queries';
import { RestoreDialog } from './RestoreDialog';
import { RestoreFromFile } from './RestoreFromFile';
import { RestoredBanner, type RestoredState } from './RestoredBanner';
import '../styles/data.css';

export function DataScreen() {
  const { t } = useTranslation('data');
  const dateTime = useDateTime();
  const status = useJournalStatus();
  const backups = useBackups();
  const info = useJournalInfo();
  const current = useCurrentCounts();
  const [banner, setBanner] = useState<RestoredState | null>(null);
  const [chosen, setChosen] = useState<BackupSummary | null>(null);

  const makeBackup = useJournalMutation(() => api.backupNow({}), {
    refresh: [dataKeys.backups],
    said: (made) => t('backups.made', { when: dateTime(made.createdAt) }),
  });
  const restoreChosen = useJournalMutation((backup: BackupSummary) => api.restoreBackup({ name: backup.name }), {
    failure: 'inline',
    onSuccess: (result, backup) => {
      setChosen(null);
      setBanner({ state: 'restored', from: t('banner.fromBackup', { when: dateTime(backup.createdAt) }), undoName: result.undoName });
    },
  });
  const undo = useJournalMutation((name: string) => api.restoreBackup({ name }), { onSuccess: () => setBanner({ state: 'undone' }) });

  const list = backups.data ?? [];
  const empty = info.data ? info.data.suppliers === 0 && info.data.entries === 0 : false;

  return (
    <div className="page data-page">
      <PageHeader title={t('title')} subtitle={t('subtitle')} />

      {banner && (
        <RestoredBanner
          banner={banner}
          undoing={undo.isPending}
          onUndo={() => banner.state === 'restored' && banner.undoName && undo.mutate(banner.undoName)}
          onClose={() => setBanner(null)}
        />
      )}

      <section className="settings-card" aria-labelledby="data-backups">
        <div className="data-section-head">
          <div>
            <h2 id="data-backups" className="section-title">{t('backups.title')}</h2>
            <p className="section-text">{t('backups.text')}</p>
            {status.data && (
              <p className="section-text">
                {t('backups.folder')} <code className="path">{status.data.backupsDir}</code>
              </p>
            )}
          </div>
          <div className="data-actions">
            <Button variant="primary" icon={<DatabaseBackup size={16} aria-hidden="true" />} busy={makeBackup.isPending} onClick={() => makeBackup.mutate()}>
              {t('backups.makeNow')}
            </Button>
            <RestoreFromFile
              current={current}
              note={t('restore.note')}
              onRestored={(result, name) => setBanner({ state: 'restored', from: t('banner.fromFile', { name }), undoName: result.undoName })}
            />
          </div>
        </div>

        {backups.isPending && <Spinner />}
        {backups.isError && <FormError error={backups.error} />}
        {backups.isSuccess && list.length === 0 && (
          <EmptyState icon={<DatabaseBackup size={26} />} title={t('backups.noneTitle')}>
            <p>{t('backups.noneText')}</p>
          </EmptyState>
        )}
        {list.length > 0 && <BackupTable list={list} onRestore={(backup) => { restoreChosen.reset(); setChosen(backup); }} />}
      </section>

      <ExportSection />

      <JournalFilesSection />

      <ImportSection empty={empty} ready={Boolean(info.data)} />

      <RestoreDialog
        open={chosen !== null}
        onOpenChange={(open) => !open && setChosen(null)}
        title={t('restore.backupTitle', { when: chosen ? dateTime(chosen.createdAt) : '' })}
        summary={chosen}
        fileLabel={t('holdings.inBackup')}
        current={current}
        note={t('restore.note')}
        busy={restoreChosen.isPending}
        error={restoreChosen.failure}
        onConfirm={() => (chosen ? restoreChosen.mutateAsync(chosen).catch(() => undefined) : Promise.resolve())}
      />
    </div>
  );
}
