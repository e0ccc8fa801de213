// Browser mode opened without the token (a bookmark, a new tab): say how to
// get in instead of showing an app whose every call is refused.
import { useTranslation } from 'react-i18next';
import '../styles/app.css';

export function NeedsLink() {
  const { t } = useTranslation();
  return (
    <div className="startup-error" role="alert">
      <h1>{t('needsLink.title')}</h1>
      <p>{t('needsLink.body')}</p>
    </div>
  );
}
