// The app: stored preferences (language, theme) are applied before any
// content is shown, then the frame with its routes.
import * as Tooltip from '@radix-ui/react-tooltip';
import { Suspense, useLayoutEffect } from 'react';
import { useTranslation } from 'react-i18next';
import { Route, Routes } from 'react-router';
import { Toaster } from 'sonner';
import { usePreferences } from './api/queries';
import { FormError } from './components/FieldError';
import { Spinner } from './components/Spinner';
import { applyLanguage } from './i18n';
import { AppLayout } from './layout/AppLayout';
import { useDocumentTitle } from './layout/documentTitle';
import { ROUTES, type AppRoute } from './routes';
import { applyTheme } from './theme';
import { JournalGate } from './data/JournalGate';
import { LockGate } from './lock/LockGate';
import { rememberLook } from './lock/queries';
import './styles/app.css';

/** A route's screen, under the window title the routes table gives it. */
function Screen({ route }: { route: AppRoute }) {
  const { t } = useTranslation();
  useDocumentTitle(route.title ? t(route.title) : null);
  const Shown = route.screen;
  return <Shown />;
}

const routeOf = (route: AppRoute) =>
  route.path === '' ? <Route key="index" index element={<Screen route={route} />} /> : <Route key={route.path} path={route.path} element={<Screen route={route} />} />;

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
        {ROUTES.filter((r) => r.bare).map(routeOf)}
        <Route element={<AppLayout />}>{ROUTES.filter((r) => !r.bare).map(routeOf)}</Route>
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
