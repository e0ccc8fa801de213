// The toolbar above a printable page (the review pack, a meeting's minutes):
// back to where the manager came from, and print once the page is ready.
import { ArrowLeft, Printer } from 'lucide-react';
import { useTranslation } from 'react-i18next';
import { useNavigate } from 'react-router';

export function ReportToolbar({ ready }: { ready: boolean }) {
  const navigate = useNavigate();
  const { t } = useTranslation('report');
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
      </div>
    </header>
  );
}
