// Browser mode: once a day, a browser notification with the count, only when
// the manager turned it on in the settings (and the browser allowed it).
import { useEffect } from 'react';
import type { AgendaView } from '../../core/agenda';

const SHOWN_KEY = 'rapport-agenda-notified';

export function useBrowserNotification(view: AgendaView | undefined, on: boolean, title: (count: number) => string): void {
  useEffect(() => {
    if (!view || !on || window.rapportShell || typeof Notification === 'undefined' || Notification.permission !== 'granted') return;
    if (view.count === 0 || window.localStorage.getItem(SHOWN_KEY) === view.today) return;
    window.localStorage.setItem(SHOWN_KEY, view.today);
    const n = new Notification(title(view.count));
    n.onclick = () => {
      window.focus();
      window.location.hash = '#/agenda';
    };
  }, [view, on, title]);
}
