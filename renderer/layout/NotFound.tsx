// Any address the app does not know.
import { Compass } from 'lucide-react';
import { useTranslation } from 'react-i18next';
import { LinkButton } from '../components/Button';
import { EmptyState } from '../components/EmptyState';

export function NotFound() {
  const { t } = useTranslation();
  return (
    <div className="page">
      <EmptyState
        icon={<Compass size={28} />}
        title={t('notFound.title')}
        level={1}
        actions={<LinkButton to="/" variant="primary">{t('notFound.home')}</LinkButton>}
      >
        <p>{t('notFound.text')}</p>
      </EmptyState>
    </div>
  );
}
