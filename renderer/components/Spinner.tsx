// A calm loading indicator; `label` is read by screen readers.
import { useTranslation } from 'react-i18next';

/** <Spinner label?="Loading…" block? />: block centres it in the available space. */
export function Spinner({ label, block }: { label?: string; block?: boolean }) {
  const { t } = useTranslation();
  return (
    <div className={block ? 'spinner-block' : 'spinner-inline'} role="status">
      <span className="spinner" aria-hidden="true" />
      <span className="visually-hidden">{label ?? t('loading')}</span>
    </div>
  );
}
