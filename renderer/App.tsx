// The app: stored preferences (language, theme) are applied before any
// content is shown, then the frame with its routes.
import * as Tooltip from '@radix-ui/react-tooltip';
import { lazy, Suspense, useLayoutEffect } from 'react';
import { useTranslation } from 'react-i18next';
import { Route, Routes } from 'react-router';
import { Toaster } from 'sonner';
import { usePreferences } from './api/queries';
import { FormError } from './components/FieldError';
import { Spinner } from './components/Spinner';
import { applyLanguage } from './i18n';
import { AppLayout } from './layout/AppLayout';
import { NotFound } from './layout/NotFound';
import { Home } from './screens/Home';
import { applyTheme } from './theme';
import { JournalGate } from './data/JournalGate';
import { LockGate } from './lock/LockGate';
import { rememberLook } from './lock/queries';
import './styles/app.css';

// Only the start screen is in the first bundle: every other screen loads
// when first opened (a few milliseconds from disk), so the app starts sooner.
const SupplierPage = lazy(() => import('./screens/SupplierPage').then((m) => ({ default: m.SupplierPage })));
const SupplierForm = lazy(() => import('./screens/SupplierForm').then((m) => ({ default: m.SupplierForm })));
const AgendaScreen = lazy(() => import('./agenda/AgendaScreen').then((m) => ({ default: m.AgendaScreen })));
const Trash = lazy(() => import('./screens/Trash').then((m) => ({ default: m.Trash })));
const Settings = lazy(() => import('./screens/Settings').then((m) => ({ default: m.Settings })));
const DataScreen = lazy(() => import('./data/DataScreen').then((m) => ({ default: m.DataScreen })));
const CsvImport = lazy(() => import('./data/CsvImport').then((m) => ({ default: m.CsvImport })));
const SearchScreen = lazy(() => import('./search/SearchScreen').then((m) => ({ default: m.SearchScreen })));
const HowTrustWorks = lazy(() => import('./screens/HowTrustWorks').then((m) => ({ default: m.HowTrustWorks })));
const SupplierReportRoute = lazy(() => import('./report/ReportRoute').then((m) => ({ default: m.SupplierReportRoute })));
const PortfolioReportRoute = lazy(() => import('./report/ReportRoute').then((m) => ({ default: m.PortfolioReportRoute })));

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

/** A locked journal shows only the unlock screen (lock/LockGate), an unusable one only the recovery screen (data/JournalGate). */
export function App() {
  return <LockGate><JournalGate><JournalApp /></JournalGate></LockGate>;
}

function JournalApp() {
  const preferences = usePreferences();
  const { t } = useTranslation();

  // A layout effect runs before the browser paints, and the re-render that a
  // language change causes is flushed before paint too: the first frame with
  // content already has the stored language and theme.
  useLayoutEffect(() => {
    if (!preferences.data) return;
    applyLanguage(preferences.data.language);
    applyTheme(preferences.data.theme);
    rememberLook({ language: preferences.data.language, theme: preferences.data.theme });
  }, [preferences.data]);

  if (!preferences.data) return preferences.isError ? <StartupError error={preferences.error} /> : <Spinner block />;

  return (
    <Tooltip.Provider delayDuration={400}>
      <Suspense fallback={<Spinner block />}>
      <Routes>
        <Route path="report/supplier/:supplierId" element={<SupplierReportRoute />} />
        <Route path="report/portfolio" element={<PortfolioReportRoute />} />
        <Route element={<AppLayout />}>
          <Route index element={<Home />} />
          <Route path="agenda" element={<AgendaScreen />} />
          <Route path="suppliers/new" element={<SupplierForm />} />
          <Route path="suppliers/:supplierId" element={<SupplierPage />} />
          <Route path="suppliers/:supplierId/edit" element={<SupplierForm />} />
          <Route path="trash" element={<Trash />} />
          <Route path="settings" element={<Settings />} />
          <Route path="data" element={<DataScreen />} />
          <Route path="data/import-csv" element={<CsvImport />} />
          <Route path="how-trust-works" element={<HowTrustWorks />} />
          <Route path="search" element={<SearchScreen />} />
          <Route path="*" element={<NotFound />} />
        </Route>
      </Routes>
      </Suspense>
      <Toaster
        theme={preferences.data.theme}
        position="bottom-right"
        closeButton
        containerAriaLabel={t('toast.region')}
        toastOptions={{ className: 'toast', closeButtonAriaLabel: t('toast.close') }}
      />
    </Tooltip.Provider>
  );
}
