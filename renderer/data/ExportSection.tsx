// Export: the whole journal as JSON, or one table as CSV in the separator
// Excel expects for the language on screen.
import { Braces, FileSpreadsheet } from 'lucide-react';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { toast } from 'sonner';
import type { ExportedFile } from '../../core/files';
import { api } from '../api/client';
import { Button } from '../components/Button';
import { downloadFile } from './files';
import { PlainExportNote } from '../lock/PlainExportNote';
import { errorText } from './format';

type What = 'json' | 'suppliers' | 'entries';

export function ExportSection() {
  const { t, i18n } = useTranslation('data');
  const [busy, setBusy] = useState<What | null>(null);

  const run = async (what: What) => {
    setBusy(what);
    try {
      const language = i18n.language === 'nl' ? 'nl' : 'en';
      const file: ExportedFile = what === 'json' ? await api.exportJson({}) : await api.exportCsv({ table: what, language });
      downloadFile(file);
      toast.success(t('export.done', { name: file.fileName }));
    } catch (err) {
      toast.error(errorText(t, err));
    } finally {
      setBusy(null);
    }
  };

  return (
    <section className="settings-card" aria-labelledby="data-export">
      <h2 id="data-export" className="section-title">{t('export.title')}</h2>
      <PlainExportNote />
      <div className="data-import-grid">
        <div className="data-import-item">
          <h3 className="data-subtitle">{t('export.jsonTitle')}</h3>
          <p className="section-text">{t('export.jsonText')}</p>
          <Button icon={<Braces size={16} aria-hidden="true" />} busy={busy === 'json'} onClick={() => void run('json')}>
            {t('export.json')}
          </Button>
        </div>
        <div className="data-import-item">
          <h3 className="data-subtitle">{t('export.csvTitle')}</h3>
          <p className="section-text">{t('export.csvText')}</p>
          <div className="data-actions">
            <Button icon={<FileSpreadsheet size={16} aria-hidden="true" />} busy={busy === 'suppliers'} onClick={() => void run('suppliers')}>
              {t('export.csvSuppliers')}
            </Button>
            <Button icon={<FileSpreadsheet size={16} aria-hidden="true" />} busy={busy === 'entries'} onClick={() => void run('entries')}>
              {t('export.csvEntries')}
            </Button>
          </div>
        </div>
      </div>
    </section>
  );
}
