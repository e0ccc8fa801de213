// The app frame: skip link, sidebar, and the routed screen in <main>.
import { Suspense, useEffect, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Outlet, useLocation } from 'react-router';
import { ShortcutsHelp } from '../components/ShortcutsHelp';
import { Spinner } from '../components/Spinner';
import { CommandPalette } from '../search/CommandPalette';
import { Sidebar } from './Sidebar';
import { PassphraseOffer } from '../lock/PassphraseOffer';
import { MailDraftsProvider } from '../attachments/MailDrafts';
import { WindowDrop } from '../attachments/WindowDrop';

export function AppLayout() {
  const { t } = useTranslation();
  const [help, setHelp] = useState(false);
  const main = useRef<HTMLElement>(null);
  const location = useLocation();
  const first = useRef(true);

  // After a navigation that left focus nowhere (e.g. a saved form), start at the new screen.
  useEffect(() => {
    if (first.current) {
      first.current = false;
      return;
    }
    const id = window.setTimeout(() => {
      const active = document.activeElement;
      if (!active || active === document.body) main.current?.focus({ preventScroll: true });
    }, 0);
    main.current?.scrollTo?.({ top: 0 });
    return () => window.clearTimeout(id);
  }, [location.pathname]);

  return (
    <MailDraftsProvider>
    <div className="app-frame">
      <a
        href="#main"
        className="skip-link"
        onClick={(event) => {
          // The router lives in the hash: move focus without touching the URL.
          event.preventDefault();
          main.current?.focus();
        }}
      >
        {t('skipToContent')}
      </a>
      <Sidebar onShowShortcuts={() => setHelp(true)} />
      <main id="main" ref={main} className="main" tabIndex={-1}>
        {/* A new journal offers a passphrase on the overview (renderer/lock/). */}
        {location.pathname === '/' && <PassphraseOffer />}
        <Suspense fallback={<Spinner block />}>
          <Outlet />
        </Suspense>
      </main>
      <ShortcutsHelp open={help} onOpenChange={setHelp} />
      <CommandPalette />
      <WindowDrop />
    </div>
    </MailDraftsProvider>
  );
}
