// The count beside the sidebar's "Needs attention" link (routes.tsx): the
// items overdue or due this week. The same count leads the page title
// ("(3) Rapport"), so a browser tab shows it too.
import { useCallback, useEffect } from 'react';
import { useTranslation } from 'react-i18next';
import { useBrowserNotification } from './browser-notify';
import { useAgenda, useAgendaSettings } from './queries';
import '../styles/agenda.css';

const COUNTED = /^\(\d+\) /;

/** Keeps "(n) " in front of whatever title the screen sets. */
export function useTitleCount(count: number): void {
  useEffect(() => {
    const apply = () => {
      const bare = document.title.replace(COUNTED, '');
      const wanted = count > 0 ? `(${count}) ${bare}` : bare;
      if (document.title !== wanted) document.title = wanted;
    };
    apply();
    const title = document.querySelector('title');
    if (!title) return;
    const watcher = new MutationObserver(apply);
    watcher.observe(title, { childList: true, characterData: true, subtree: true });
    return () => {
      watcher.disconnect();
      document.title = document.title.replace(COUNTED, '');
    };
  }, [count]);
}

/** Mounted once, in the sidebar: also keeps the title's count and the browser's notification. */
export function AgendaCount() {
  const { t } = useTranslation('agenda');
  const agenda = useAgenda();
  const settings = useAgendaSettings();
  const count = agenda.data?.count ?? 0;
  useTitleCount(count);
  const title = useCallback((n: number) => t('reminders.notificationTitle', { count: n }), [t]);
  useBrowserNotification(agenda.data, settings.data?.browserNotificationsOn ?? false, title);
  if (count === 0) return null;
  return (
    <span className="side-count" data-testid="agenda-nav-count">
      <span aria-hidden="true">{count}</span>
      <span className="visually-hidden">{t('navCount', { count })}</span>
    </span>
  );
}
