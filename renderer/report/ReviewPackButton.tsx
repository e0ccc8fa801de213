// The "Review pack" button. Its dialog (options and a live preview of the
// pack, with the pack's charts) loads when first opened, not with the app.
import { FileText } from 'lucide-react';
import { lazy, Suspense, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { buttonClass } from '../components/Button';

const ReviewPackDialog = lazy(() => import('./ReviewPackDialog').then((m) => ({ default: m.ReviewPackDialog })));

/** For one supplier, or (no supplierId) for all. */
export function ReviewPackButton({ supplierId = null, supplierName, className }: { supplierId?: number | null; supplierName?: string; className?: string }) {
  const { t } = useTranslation('report');
  const [open, setOpen] = useState(false);
  // Mounted from the first opening on, so that closing it animates like every other dialog.
  const [opened, setOpened] = useState(false);
  return (
    <>
      <button type="button" className={className ?? buttonClass({ variant: 'secondary' })} onClick={() => { setOpened(true); setOpen(true); }}>
        <FileText size={16} aria-hidden="true" /> {t('dialog.open')}
      </button>
      {opened && (
        <Suspense fallback={null}>
          <ReviewPackDialog open={open} onOpenChange={setOpen} supplierId={supplierId} supplierName={supplierName} />
        </Suspense>
      )}
    </>
  );
}
