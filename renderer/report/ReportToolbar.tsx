// The toolbar above a printable page (the review pack, a meeting's minutes):
// back to where the manager came from, and print once the page is ready; in
// Electron also save it as PDF through the pack's print path (electron/print.ts).
import { ArrowLeft, FileDown, Printer } from 'lucide-react';
import { useTranslation } from 'react-i18next';
import { useNavigate } from 'react-router';
import type { PrintRequest } from '../../core/report';
import { canSavePdf, useSavePdf } from './savePdf';

export function ReportToolbar({ ready, saveAs }: { ready: boolean; saveAs?: { request: PrintRequest; saved: string; failed: string } }) {
  const navigate = useNavigate();
  const { t } = useTranslation('report');
  const saving = useSavePdf({ saved: saveAs?.saved ?? '', cancelled: t('dialog.cancelled'), failed: saveAs?.failed ?? '' });
  return (
    // In a header (a landmark): everything on the page is inside one.
    <header className="report-toolbar">
      <div className="report-toolbar__buttons" role="toolbar" aria-label={t('eyebrow')}>
        <button type="button" className="btn btn-ghost btn-sm" onClick={() => (window.history.length > 1 ? navigate(-1) : navigate('/'))}>
          <ArrowLeft size={16} aria-hidden="true" />
          {t('toolbar.back')}
        </button>
        <button type="button" className="btn btn-primary btn-sm" disabled={!ready} onClick={() => window.print()}>
          <Printer size={16} aria-hidden="true" />
          {t('toolbar.print')}
        </button>
        {saveAs && canSavePdf() && (
          <button type="button" className="btn btn-secondary btn-sm" disabled={!ready || saving.isPending} onClick={() => saving.mutate(saveAs.request)}>
            <FileDown size={16} aria-hidden="true" />
            {t('dialog.export')}
          </button>
        )}
      </div>
    </header>
  );
}
