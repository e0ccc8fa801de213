// Export: the whole journal as JSON, or one table as CSV in the separator
// Excel expects for the language on screen.
import { Braces, FileSpreadsheet } from 'lucide-react';
import { useTranslation } from 'react-i18next';
import { api } from '../api/client';
import { useJournalMutation } from '../api/mutation';
import { Button } from '../components/Button';
import { downloadFile, exportJournal } from './files';
import { PlainExportNote } from '../lock/PlainExportNote';

type What = 'json' | 'suppliers' | 'entries';

export function ExportSection() {
  const { t, i18n } = useTranslation('data');
  const exporting = useJournalMutation(
    (what: What): Promise<{ fileName: string } | null> =>
      what === 'json' ? exportJournal() : api.exportCsv({ table: what, language: i18n.language === 'nl' ? 'nl' : 'en' }).then(downloadFile),
    { refresh: false, said: (file) => (file ? t('export.done', { name: file.fileName }) : null) },
  );
  const busy = exporting.isPending ? exporting.variables : null;
  const run = (what: What) => exporting.mutate(what);

  return (
    <section className="settings-card" aria-labelledby="data-export">
      <h2 id="data-export" className="section-title">{t('export.title')}</h2>
      <PlainExportNote />
      <div className="data-import-grid">
        <div className="data-import-item">
          <h3 className="data-subtitle">{t('export.jsonTitle')}</h3>
          <p className="section-text">{t('export.jsonText')}</p>
          <Button icon={<Braces size={16} aria-hidden="true" />} busy={busy === 'json'} onClick={() => run('json')}>
            {t('export.json')}
          </Button>
        </div>
        <div className="data-import-item">
          <h3 className="data-subtitle">{t('export.csvTitle')}</h3>
          <p className="section-text">{t('export.csvText')}</p>
          <div className="data-actions">
            <Button icon={<FileSpreadsheet size={16} aria-hidden="true" />} busy={busy === 'suppliers'} onClick={() => run('suppliers')}>
              {t('export.csvSuppliers')}
            </Button>
            <Button icon={<FileSpreadsheet size={16} aria-hidden="true" />} busy={busy === 'entries'} onClick={() => run('entries')}>
              {t('export.csvEntries')}
            </Button>
          </div>
        </div>
      </div>
    </section>
  );
}
