// "/data", Backups & data: the backups (with restore and undo), restore from
// a file, export (JSON, CSV) and import (a Rapport export, or entries from a
// spreadsheet).
import { DatabaseBackup, FileSpreadsheet, TriangleAlert, Undo2, X } from 'lucide-react';
import { useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { toast } from 'sonner';
import type { BackupSummary, RestoreResult } from '../../core/files';
import { api } from '../api/client';
import { useJournalInfo } from '../api/queries';
import { Button, LinkButton } from '../components/Button';
import { EmptyState } from '../components/EmptyState';
import { FormError } from '../components/FieldError';
import { PageHeader } from '../components/PageHeader';
import { Spinner } from '../components/Spinner';
import { ExportSection } from './ExportSection';
import { useDateTime } from '../i18n/format';
import { errorText, useFileSize } from './format';
import { useCurrentCounts } from './Holdings';
import { ImportJsonButton } from './ImportJson';
import { JournalFilesSection } from './JournalFiles';
import { useBackups, useJournalStatus, useRefreshEverything } from './queries';
import { RestoreDialog } from './RestoreDialog';
import { RestoreFromFile } from './RestoreFromFile';
import { useFormat } from '../i18n/format';
import '../styles/data.css';

type Banner = { state: 'restored'; from: string; undoName: string | null } | { state: 'undone' };

function UndoBanner({ banner, onUndo, undoing, onClose }: { banner: Banner; onUndo: () => void; undoing: boolean; onClose: () => void }) {
  const { t } = useTranslation('data');
  return (
    <div className="data-banner" role="status">
      <div className="data-banner-text">
        <strong>{banner.state === 'restored' ? t('banner.restored', { from: banner.from }) : t('banner.undone')}</strong>
        <span>{banner.state === 'restored' ? t('banner.restoredText') : t('banner.undoneText')}</span>
      </div>
      {banner.state === 'restored' && banner.undoName && (
        <Button variant="primary" size="sm" icon={<Undo2 size={15} aria-hidden="true" />} busy={undoing} onClick={onUndo}>
          {t('banner.undo')}
        </Button>
      )}
      <button type="button" className="icon-button" aria-label={t('common:actions.close')} onClick={onClose}>
        <X size={16} aria-hidden="true" />
      </button>
    </div>
  );
}

function BackupRow({ backup, onRestore }: { backup: BackupSummary; onRestore: (b: BackupSummary) => void }) {
  const { t } = useTranslation('data');
  const dateTime = useDateTime();
  const size = useFileSize();
  const format = useFormat();
  const when = dateTime(backup.createdAt);
  return (
    <tr>
      <th scope="row" className="backup-when">{when}</th>
      <td>
        <span className={`backup-kind backup-kind-${backup.kind}`}>{t(`kind.${backup.kind}`)}</span>
      </td>
      <td>
        {backup.ok ? (
          <>
            {t('backups.suppliers', { count: backup.suppliers ?? 0, formatted: format.number(backup.suppliers ?? 0) })}
            {' · '}
            {t('backups.entries', { count: backup.entries ?? 0, formatted: format.number(backup.entries ?? 0) })}
          </>
        ) : (
          <span className="badge badge-warning backup-unusable" title={t([`problem.${backup.problem ?? 'unreadable'}`, 'problem.unreadable'])}>
            <TriangleAlert size={12} aria-hidden="true" />
            {t('backups.unusable')}
          </span>
        )}
      </td>
      <td className="num">{size(backup.size)}</td>
      <td className="cell-actions">
        {backup.ok && (
          <Button size="sm" onClick={() => onRestore(backup)} aria-label={t('backups.restoreThis', { when })}>
            {t('backups.restore')}
          </Button>
        )}
      </td>
    </tr>
  );
}

export function DataScreen() {
  const { t } = useTranslation('data');
  const dateTime = useDateTime();
  const status = useJournalStatus();
  const backups = useBackups();
  const info = useJournalInfo();
  const current = useCurrentCounts();
  const refresh = useRefreshEverything();
  const [banner, setBanner] = useState<Banner | null>(null);
  const [undoing, setUndoing] = useState(false);
  const [making, setMaking] = useState(false);
  const [chosen, setChosen] = useState<BackupSummary | null>(null);
  const [restoring, setRestoring] = useState(false);
  const [restoreError, setRestoreError] = useState<unknown>(null);

  useEffect(() => {
    document.title = `${t('title')} · Rapport`;
    return () => {
      document.title = 'Rapport';
    };
  }, [t]);

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

      {banner && <UndoBanner banner={banner} undoing={undoing} onUndo={() => void undo()} onClose={() => setBanner(null)} />}

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
        {list.length > 0 && (
          <div className="table-card backup-table">
            <table className="table">
              <caption className="visually-hidden">{t('backups.title')}</caption>
              <thead>
                <tr>
                  <th scope="col">{t('backups.colWhen')}</th>
                  <th scope="col">{t('backups.colKind')}</th>
                  <th scope="col">{t('backups.colHolds')}</th>
                  <th scope="col" className="num">{t('backups.colSize')}</th>
                  <th scope="col"><span className="visually-hidden">{t('backups.colActions')}</span></th>
                </tr>
              </thead>
              <tbody>
                {list.map((b) => (
                  <BackupRow key={b.name} backup={b} onRestore={(chosenBackup) => { setRestoreError(null); setChosen(chosenBackup); }} />
                ))}
              </tbody>
            </table>
          </div>
        )}
      </section>

      <ExportSection />

      <JournalFilesSection />

      <section className="settings-card" aria-labelledby="data-import">
        <h2 id="data-import" className="section-title">{t('import.title')}</h2>
        <div className="data-import-grid">
          <div className="data-import-item">
            <h3 className="data-subtitle">{t('import.jsonTitle')}</h3>
            <p className="section-text">{empty ? t('import.jsonText') : t('import.jsonNotEmpty')}</p>
            <ImportJsonButton empty={empty} disabled={!info.data} />
          </div>
          <div className="data-import-item">
            <h3 className="data-subtitle">{t('import.csvTitle')}</h3>
            <p className="section-text">{t('import.csvText')}</p>
            <LinkButton to="/data/import-csv" icon={<FileSpreadsheet size={16} aria-hidden="true" />}>
              {t('import.csvButton')}
            </LinkButton>
          </div>
        </div>
      </section>

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
