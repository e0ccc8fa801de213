// The whole window when the journal file cannot be used: what is wrong in
// plain words, that the file has not been changed, where it is, and the ways
// back: the newest good backup, another file, or another journal.
import { useQueryClient } from '@tanstack/react-query';
import { ArchiveRestore, CircleCheck, FolderOpen, LifeBuoy, ShieldCheck } from 'lucide-react';
import { useLayoutEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { BackupSummary, JournalStatus, RestoreResult } from '../../core/files';
import { api, shellKind } from '../api/client';
import { useJournalMutation } from '../api/mutation';
import { Button } from '../components/Button';
import { FormError } from '../components/FieldError';
import { useDocumentTitle } from '../layout/documentTitle';
import { applyLanguage } from '../i18n';
import { useFormat } from '../i18n/format';
import { applyTheme } from '../theme';
import { useDateTime } from '../i18n/format';
import { RestoreFromFile } from './RestoreFromFile';
import '../styles/data.css';

/** Problem keys with their own explanation on this screen; anything else falls back to errors:<key>. */
const KNOWN = new Set(['corrupt', 'empty', 'notADatabase', 'notAJournal', 'newerDatabase', 'unreadable', 'missing', 'corruptJournal', 'journalBusy', 'noPermission', 'readOnlyJournal', 'ioError', 'cannotOpen', 'wrongKey', 'notEncrypted', 'keyFileDamaged']);

export function RecoveryScreen({ status }: { status: JournalStatus }) {
  const { t } = useTranslation('data');
  const format = useFormat();
  const dateTime = useDateTime();
  const client = useQueryClient();
  const [restored, setRestored] = useState<{ result: RestoreResult; from: string } | null>(null);

  // No preferences can be read from an unusable journal: follow the system.
  useLayoutEffect(() => {
    applyLanguage(null);
    applyTheme('system');
  }, []);
  useDocumentTitle(t('recovery.docTitle'));

  const key = status.problem?.key ?? 'cannotOpen';
  const params = status.problem?.params ?? {};
  const explanation = KNOWN.has(key) ? t(`recovery.problem.${key}`, params) : t([`errors:${key}`, 'recovery.problem.cannotOpen'], params);
  const good = status.newestGoodBackup;
  // A desktop shell may offer to pick another journal file; browser mode is started on one file.
  const shell = window.rapportShell;
  const openAnother = shell ? () => void shell.openJournal() : null;

  // Nothing is fetched again yet: "Open the journal" starts every read afresh.
  const restoreNewest = useJournalMutation((backup: BackupSummary) => api.restoreBackup({ name: backup.name }), {
    refresh: false,
    failure: 'inline',
    onSuccess: (result, backup) => setRestored({ result, from: t('banner.fromBackup', { when: dateTime(backup.createdAt) }) }),
  });

  const openJournal = () => {
    // Every query starts again from the restored journal (status first, then preferences and screens).
    void client.resetQueries();
  };

  if (restored) {
    return (
      <main className="recovery" aria-labelledby="recovery-title">
        <div className="recovery-card">
          <div className="recovery-icon recovery-icon-good" aria-hidden="true"><CircleCheck size={30} /></div>
          <h1 id="recovery-title" className="recovery-title">{t('recovery.doneTitle')}</h1>
          <p className="recovery-lead">{t('recovery.doneText', { from: restored.from })}</p>
          {restored.result.setAside && (
            <div className="recovery-facts">
              <p>{t('recovery.setAside')}</p>
              <code className="path">{restored.result.setAside}</code>
            </div>
          )}
          <div className="recovery-actions">
            <Button variant="primary" size="lg" autoFocus onClick={openJournal}>{t('recovery.open')}</Button>
          </div>
        </div>
      </main>
    );
  }

  return (
    <main className="recovery" aria-labelledby="recovery-title">
      <div className="recovery-card">
        <div className="recovery-icon" aria-hidden="true"><LifeBuoy size={30} /></div>
        <h1 id="recovery-title" className="recovery-title">{t('recovery.title')}</h1>
        <p className="recovery-lead" data-testid="recovery-problem">{explanation}</p>

        <div className="recovery-safe">
          <ShieldCheck size={18} aria-hidden="true" />
          <p>{t('recovery.unchanged')}</p>
        </div>

        <div className="recovery-facts">
          <p>{t('recovery.file')}</p>
          <code className="path" data-testid="recovery-file">{status.dataFile}</code>
        </div>

        <h2 className="recovery-subtitle">{t('recovery.whatNow')}</h2>
        <ul className="recovery-options">
          <li className="recovery-option">
            <div className="recovery-option-text">
              <h3>{t('recovery.newestTitle')}</h3>
              {good ? (
                <p>
                  {t('recovery.newestText', {
                    when: dateTime(good.createdAt),
                    suppliers: t('backups.suppliers', { count: good.suppliers ?? 0, formatted: format.number(good.suppliers ?? 0) }),
                    entries: t('backups.entries', { count: good.entries ?? 0, formatted: format.number(good.entries ?? 0) }),
                  })}
                  {good.newestEntryOn && <> {t('recovery.newestEntry', { date: format.date(good.newestEntryOn) })}</>}
                </p>
              ) : (
                <p>{t('recovery.noBackup', { dir: status.backupsDir })}</p>
              )}
            </div>
            {good && (
              <Button variant="primary" icon={<ArchiveRestore size={16} aria-hidden="true" />} busy={restoreNewest.isPending} onClick={() => restoreNewest.mutate(good)}>
                {t('recovery.restoreNewest')}
              </Button>
            )}
          </li>
          <li className="recovery-option">
            <div className="recovery-option-text">
              <h3>{t('recovery.fileTitle')}</h3>
              <p>{t('recovery.fileText')}</p>
            </div>
            <RestoreFromFile note={t('recovery.keptAside')} refresh={false} onRestored={(result, name) => setRestored({ result, from: t('banner.fromFile', { name }) })} />
          </li>
          <li className="recovery-option">
            <div className="recovery-option-text">
              <h3>{t('recovery.otherTitle')}</h3>
              {openAnother ? (
                <p>{t('recovery.otherPick')}</p>
              ) : shellKind === 'electron' ? (
                <p>{t('recovery.otherElectron')}</p>
              ) : (
                <>
                  <p>{t('recovery.otherBrowser')}</p>
                  <code className="path">npm run serve -- --data &lt;{t('recovery.otherFile')}&gt;</code>
                </>
              )}
            </div>
            {openAnother && (
              <Button icon={<FolderOpen size={16} aria-hidden="true" />} onClick={() => void openAnother()}>
                {t('recovery.otherButton')}
              </Button>
            )}
          </li>
        </ul>
        <FormError error={restoreNewest.failure} />
        <p className="recovery-note">{t('recovery.backupsAt')} <code className="path">{status.backupsDir}</code></p>
      </div>
    </main>
  );
}
