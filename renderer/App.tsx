// The app: stored preferences (language, theme) are applied before any
// content is shown, then the frame with its routes.
import * as Tooltip from '@radix-ui/react-tooltip';
import { useLayoutEffect } from 'react';
import { useTranslation } from 'react-i18next';
import { Route, Routes } from 'react-router';
import { Toaster } from 'sonner';
import { usePreferences } from './api/queries';
import { FormError } from './components/FieldError';
import { Spinner } from './components/Spinner';
import { applyLanguage } from './i18n';
import { AppLayout } from './layout/AppLayout';
import { PortfolioReportRoute, SupplierReportRoute } from './report/ReportRoute';
import { NotFound } from './layout/NotFound';
import { Home } from './screens/Home';
import { HowTrustWorks } from './screens/HowTrustWorks';
import { Settings } from './screens/Settings';
import { SupplierForm } from './screens/SupplierForm';
import { SupplierPage } from './screens/SupplierPage';
import { Trash } from './screens/Trash';
import { applyTheme } from './theme';
import { CsvImport } from './data/CsvImport';
import { DataScreen } from './data/DataScreen';
import { JournalGate } from './data/JournalGate';
import './styles/app.css';

function StartupError({ error }: { error: unknown }) {
  const { t } = useTranslation();
  return (
    <div className="startup-error">
      <h1>{t('startup.title')}</h1>
      <FormError error={error} />
      <button type="button" className="btn btn-secondary btn-md" onClick={() => window.location.reload()}>
        {t('startup.retry')}
      </button>
    </div>
  );
}

/** An unusable journal file shows only the recovery screen (data/JournalGate). */
export function App() {
  return <JournalGate><JournalApp /></JournalGate>;
}

function JournalApp() {
  const preferences = usePreferences();

  // A layout effect runs before the browser paints, and the re-render that a
  // language change causes is flushed before paint too: the first frame with
  // content already has the stored language and theme.
  useLayoutEffect(() => {
    if (!preferences.data) return;
    applyLanguage(preferences.data.language);
    applyTheme(preferences.data.theme);
  }, [preferences.data]);

  if (!preferences.data) return preferences.isError ? <StartupError error={preferences.error} /> : <Spinner block />;

  return (
    <Tooltip.Provider delayDuration={400}>
      <Routes>
        <Route path="report/supplier/:supplierId" element={<SupplierReportRoute />} />
        <Route path="report/portfolio" element={<PortfolioReportRoute />} />
        <Route element={<AppLayout />}>
          <Route index element={<Home />} />
          <Route path="suppliers/new" element={<SupplierForm />} />
          <Route path="suppliers/:supplierId" element={<SupplierPage />} />
          <Route path="suppliers/:supplierId/edit" element={<SupplierForm />} />
          <Route path="trash" element={<Trash />} />
          <Route path="settings" element={<Settings />} />
          <Route path="data" element={<DataScreen />} />
          <Route path="data/import-csv" element={<CsvImport />} />
          <Route path="how-trust-works" element={<HowTrustWorks />} />
          <Route path="*" element={<NotFound />} />
        </Route>
      </Routes>
      <Toaster
        theme={preferences.data.theme}
        position="bottom-right"
        closeButton
        toastOptions={{ className: 'toast' }}
      />
    </Tooltip.Provider>
  );
}
