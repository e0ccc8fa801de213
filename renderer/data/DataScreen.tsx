// "/data", Backups & data: the backups (with restore and undo), restore from
// a file, export (JSON, CSV) and import (a Rapport export, or entries from a
// spreadsheet). Its parts: RestoredBanner, BackupTable, ExportSection,
// JournalFilesSection, ImportSection, RestoreDialog.
import { DatabaseBackup } from 'lucide-react';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { toast } from 'sonner';
import type { BackupSummary, RestoreResult } from '../../core/files';
import { api } from '../api/client';
import { useJournalInfo } from '../api/queries';
import { Button } from '../components/Button';
import { EmptyState } from '../components/EmptyState';
import { FormError } from '../components/FieldError';
import { PageHeader } from '../components/PageHeader';
import { Spinner } from '../components/Spinner';
import { ExportSection } from './ExportSection';
import { useDateTime } from '../i18n/format';
import { BackupTable } from './BackupTable';
import { errorText } from './format';
import { useCurrentCounts } from './Holdings';
import { ImportSection } from './ImportSection';
import { JournalFilesSection } from './JournalFiles';
import { useBackups, useJournalStatus, useRefreshEverything } from './queries';
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
  const refresh = useRefreshEverything();
  const [banner, setBanner] = useState<RestoredState | null>(null);
  const [undoing, setUndoing] = useState(false);
  const [making, setMaking] = useState(false);
  const [chosen, setChosen] = useState<BackupSummary | null>(null);
  const [restoring, setRestoring] = useState(false);
  const [restoreError, setRestoreError] = useState<unknown>(null);

  const afterRestore = async (result: RestoreResult, from: string) => {
    setBanner({ state: 'restored', from, undoName: result.undoName });
    await refresh();
  };

  const makeBackup = async () => {
    setMaking(true);
    try {
      const made = await api.backupNow({});
      toast.success(t('backups.made', { when: dateTime(made.createdAt) }));
      await refresh();
    } catch (err) {
      toast.error(errorText(t, err));
    } finally {
      setMaking(false);
    }
  };

  const restoreChosen = async () => {
    if (!chosen) return;
    setRestoring(true);
    setRestoreError(null);
    try {
      const result = await api.restoreBackup({ name: chosen.name });
      const from = t('banner.fromBackup', { when: dateTime(chosen.createdAt) });
      setChosen(null);
      await afterRestore(result, from);
    } catch (err) {
      setRestoreError(err);
    } finally {
      setRestoring(false);
    }
  };

  const undo = async () => {
    if (banner?.state !== 'restored' || !banner.undoName) return;
    setUndoing(true);
    try {
      await api.restoreBackup({ name: banner.undoName });
      setBanner({ state: 'undone' });
      await refresh();
    } catch (err) {
      toast.error(errorText(t, err));
    } finally {
      setUndoing(false);
    }
  };

  const list = backups.data ?? [];
  const empty = info.data ? info.data.suppliers === 0 && info.data.entries === 0 : false;

  return (
    <div className="page data-page">
      <PageHeader title={t('title')} subtitle={t('subtitle')} />

      {banner && <RestoredBanner banner={banner} undoing={undoing} onUndo={() => void undo()} onClose={() => setBanner(null)} />}

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
            <Button variant="primary" icon={<DatabaseBackup size={16} aria-hidden="true" />} busy={making} onClick={() => void makeBackup()}>
              {t('backups.makeNow')}
            </Button>
            <RestoreFromFile current={current} note={t('restore.note')} onRestored={(result, name) => afterRestore(result, t('banner.fromFile', { name }))} />
          </div>
        </div>

        {backups.isPending && <Spinner />}
        {backups.isError && <FormError error={backups.error} />}
        {backups.isSuccess && list.length === 0 && (
          <EmptyState icon={<DatabaseBackup size={26} />} title={t('backups.noneTitle')}>
            <p>{t('backups.noneText')}</p>
          </EmptyState>
        )}
        {list.length > 0 && <BackupTable list={list} onRestore={(chosenBackup) => { setRestoreError(null); setChosen(chosenBackup); }} />}
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
        busy={restoring}
        error={restoreError}
        onConfirm={() => void restoreChosen()}
      />
    </div>
  );
}
