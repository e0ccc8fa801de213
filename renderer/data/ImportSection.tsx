// Import on the data screen: a Rapport export (into an empty journal only),
// or entries from a spreadsheet (the CSV import screen).
import { FileSpreadsheet } from 'lucide-react';
import { useTranslation } from 'react-i18next';
import { LinkButton } from '../components/Button';
import { ImportJsonButton } from './ImportJson';

export function ImportSection({ empty, ready }: { empty: boolean; ready: boolean }) {
  const { t } = useTranslation('data');
  return (
    <section className="settings-card" aria-labelledby="data-import">
      <h2 id="data-import" className="section-title">{t('import.title')}</h2>
      <div className="data-import-grid">
        <div className="data-import-item">
          <h3 className="data-subtitle">{t('import.jsonTitle')}</h3>
          <p className="section-text">{empty ? t('import.jsonText') : t('import.jsonNotEmpty')}</p>
          <ImportJsonButton empty={empty} disabled={!ready} />
        </div>
        <div className="data-import-item">
          <h3 className="data-subtitle">{t('import.csvTitle')}</h3>
          <p className="section-text">{t('import.csvText')}</p>
          <LinkButton to="/data/import-csv" icon={<FileSpreadsheet size={16} aria-hidden="true" />}>
            {t('import.csvButton')}
          </LinkButton>
        </div>
        <div className="data-import-item">
          <h3 className="data-subtitle">{t('suppliersImport.title')}</h3>
          <p className="section-text">{t('suppliersImport.text')}</p>
          <LinkButton to="/data/import-suppliers" icon={<FileSpreadsheet size={16} aria-hidden="true" />}>
            {t('suppliersImport.button')}
          </LinkButton>
        </div>
      </div>
    </section>
  );
}
