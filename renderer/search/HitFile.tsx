// The attachment whose text matched a search hit (db/worker/search.ts), named
// under the hit in the search screen and the palette.
import { Paperclip } from 'lucide-react';
import { useTranslation } from 'react-i18next';

export function HitFile({ name }: { name: string | null }) {
  const { t } = useTranslation('search');
  if (name === null) return null;
  return (
    <span className="search-item__file">
      <Paperclip size={12} aria-hidden="true" />
      {t('hit.inFile', { name })}
    </span>
  );
}
