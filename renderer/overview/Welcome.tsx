// The first screen of an empty journal: what Rapport does, and two ways in.
import { BookOpen, Plus } from 'lucide-react';
import { useQueryClient } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';
import { useNavigate } from 'react-router';
import { api } from '../api/client';
import { useJournalMutation } from '../api/mutation';
import { Button, LinkButton } from '../components/Button';
import { FormError } from '../components/FieldError';
import i18n from '../i18n';
import { ImportJsonButton } from '../data/ImportJson';
import { portfolioQuery } from '../trust/queries';

/** The example journal in the language on screen. */
function loadExampleInUiLanguage() {
  return api.loadExampleJournal({ language: i18n.language === 'nl' ? 'nl' : 'en' });
}

export function Welcome() {
  const { t } = useTranslation();
  const navigate = useNavigate();
  const client = useQueryClient();
  const loadExample = useJournalMutation(async () => {
    const loaded = await loadExampleInUiLanguage();
    // The overview's portfolio is asked for now, beside the lists the write makes stale, not after them.
    void client.prefetchQuery(portfolioQuery);
    return loaded;
  }, {
    failure: 'inline',
    said: (result) => t('welcome.loaded', { count: result.suppliers }),
    // The overview first: the whole portfolio is what the example shows off,
    // and it needs no further round trip (the refetch already has the suppliers).
    onSuccess: () => void navigate('/'),
  });

  return (
    <div className="welcome">
      <div className="welcome-card">
        <img src="./favicon.svg" alt="" width={56} height={56} className="welcome-icon" />
        <h1 className="welcome-title">{t('welcome.title')}</h1>
        <p className="welcome-lead">{t('welcome.lead')}</p>
        <p className="welcome-text">{t('welcome.text')}</p>
        <div className="welcome-actions">
          <LinkButton to="/suppliers/new" variant="primary" size="lg" icon={<Plus size={18} aria-hidden="true" />}>
            {t('welcome.addFirst')}
          </LinkButton>
          <Button size="lg" icon={<BookOpen size={18} aria-hidden="true" />} busy={loadExample.isPending} onClick={() => loadExample.mutate()}>
            {t('welcome.loadExample')}
          </Button>
          <ImportJsonButton size="lg" />
        </div>
        <p className="welcome-note">{t('welcome.private')}</p>
        <FormError error={loadExample.failure} />
      </div>
    </div>
  );
}
