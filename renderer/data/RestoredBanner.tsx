// After a restore: what was restored, and the undo (a backup of the journal
// as it was just before); after an undo, that it was undone.
import { Undo2, X } from 'lucide-react';
import { useTranslation } from 'react-i18next';
import { Button } from '../components/Button';

export type RestoredState = { state: 'restored'; from: string; undoName: string | null } | { state: 'undone' };

export function RestoredBanner({ banner, onUndo, undoing, onClose }: { banner: RestoredState; onUndo: () => void; undoing: boolean; onClose: () => void }) {
  const { t } = useTranslation('data');
  return (
    <div className="data-banner" role="status">
      <div className="data-banner-text">
        <strong>{banner.state === 'restored' ? t('banner.restored', { from: banner.from }) : t('banner.undone')}</strong>
        <span>{banner.state === 'restored' ? t('banner.restoredText') : t('banner.undoneText')}</span>
      </div>
      {banner.state === 'restored' && banner.undoName && (
        <Button variant="primary" size="sm" icon={<Undo2 size={15} aria-hidden="true" />} busy={undoing} onClick={onUndo}>
          {t('banner.undo')}
        </Button>
      )}
      <button type="button" className="icon-button" aria-label={t('common:actions.close')} onClick={onClose}>
        <X size={16} aria-hidden="true" />
      </button>
    </div>
  );
}
