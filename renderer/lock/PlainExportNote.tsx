// Where a file is made from the journal (JSON, CSV, the review pack, a
// calendar): it is plain text by nature, and an encrypted journal says so.
import { ShieldAlert } from 'lucide-react';
import { useTranslation } from 'react-i18next';
import { useLockState } from './queries';

export function PlainExportNote() {
  const { t } = useTranslation('data');
  const state = useLockState();
  if (!state.data || state.data.protection === 'none') return null;
  return (
    <p className="lock-export-note" data-testid="plain-export-note">
      <ShieldAlert size={16} aria-hidden="true" />
      <span>{t('export.plain')}</span>
    </p>
  );
}
