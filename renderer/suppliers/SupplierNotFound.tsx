// A supplier page for a supplier that is not there (a wrong id, or deleted).
import { SearchX } from 'lucide-react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { buttonClass } from '../components/Button';

export function SupplierNotFound({ message }: { message?: string }) {
  const { t } = useTranslation('journal');
  return (
    <div className="supplier-page">
      <div className="j-empty" role="alert">
        <SearchX size={28} aria-hidden="true" />
        <h1 className="j-empty__title">{t('page.notFound')}</h1>
        <p className="muted">{message ?? t('errors:supplierNotFound')}</p>
        <Link to="/" className={buttonClass({ variant: 'secondary' })}>
          {t('page.home')}
        </Link>
      </div>
    </div>
  );
}
