// Desktop reminders: once a day at the time the manager set (and at start,
// for what became due while the app was closed, at most once a day across
// restarts: the day last shown is kept in the app's settings folder,
// db/shell/shell-state.ts), a native notification that
// names the most urgent items; clicking it opens the agenda. The dock or
// taskbar badge carries the count where the platform has one. Switched off
// in the settings (the journal's agenda settings), never asked of the OS here.
import { app, Notification } from 'electron';
import type { AgendaItem, AgendaSettings, AgendaView } from '../core/agenda';
import { wordsFor } from '../core/catalogue';
import { todayIso } from '../core/dates';
import type { ApiResult } from '../core/errors';
import type { Language } from '../core/types';

type Call = (name: string, input: unknown) => Promise<ApiResult<unknown>>;

export interface ReminderOptions {
  /** The journal's gate (JournalSession.call). */
  call: Call;
  /** Shows the window on the agenda. */
  openAgenda: () => void;
  /** The journal's language (its preference, else the system's), read when a notification is made. */
  language: () => Language;
  now?: () => Date;
  /** How often the badge is brought up to date (default 5 minutes). */
  badgeEveryMs?: number;
  /**
   * Where the local day a notification was last shown is kept between runs
   * (the shell's settings folder). Without it the one at start shows at every start.
   */
  lastShown?: { get(): string | null; set(day: string): void };
}

/** Why the agenda is read: the badge only, the notification at start (once a day), or the daily one at the set time. */
export type ReminderOccasion = 'badge' | 'start' | 'daily';

export interface Reminders {
  /** Reads the agenda again: the badge, and (at start or at the daily time) a notification. */
  check(occasion: ReminderOccasion): Promise<void>;
  stop(): void;
}

/** Milliseconds from `now` to the next `HH:MM` on the local clock (tomorrow's when today's has passed). */
export function msUntilNext(time: string, now: Date): number {
  const [h, m] = time.split(':').map(Number);
  const next = new Date(now);
  next.setHours(h!, m!, 0, 0);
  if (next.getTime() <= now.getTime()) next.setDate(next.getDate() + 1);
  return next.getTime() - now.getTime();
}

/** The notification's title and body: the count, and the three most urgent items (overdue first, soonest first). */
export function reminderText(view: AgendaView, language: Language): { title: string; body: string } {
  const t = wordsFor(language);
  const urgent: AgendaItem[] = view.groups.filter((g) => g.group === 'overdue' || g.group === 'thisWeek').flatMap((g) => g.items);
  const lines = urgent.slice(0, 3).map((i) => {
    const words = { kind: t(`reminder.kind.${i.kind}`), supplier: i.supplierName, title: i.title };
    return i.title ? t('reminder.lineTitled', words) : t('reminder.line', words);
  });
  if (urgent.length > 3) lines.push(t('reminder.more', { count: urgent.length - 3 }));
  // The title is the one browser mode's notification has (agenda:reminders.notificationTitle).
  return { title: t('agenda:reminders.notificationTitle', { count: view.count }), body: lines.join('\n') };
}

export function startReminders(options: ReminderOptions): Reminders {
  const now = options.now ?? (() => new Date());
  let timer: NodeJS.Timeout | null = null;
  let stopped = false;

  const read = async <T>(name: string, input: unknown): Promise<T | null> => {
    const result = await options.call(name, input);
    return result.ok ? (result.value as T) : null;
  };

  const check = async (occasion: ReminderOccasion) => {
    const today = todayIso(now());
    const settings = await read<AgendaSettings>('getAgendaSettings', {});
    const view = await read<AgendaView>('getAgenda', { today });
    if (stopped || !settings || !view) return;
    // setBadgeCount answers false where the platform has no badge (most Linux desktops): nothing else to do there.
    app.setBadgeCount(settings.remindersOn ? view.count : 0);
    if (occasion === 'badge' || !settings.remindersOn || view.count === 0 || !Notification.isSupported()) return;
    // A restart (or ten) on one day shows the start notification once; the daily one at the set time always comes.
    if (occasion === 'start' && options.lastShown?.get() === today) return;
    const { title, body } = reminderText(view, options.language());
    const notification = new Notification({ title, body });
    notification.on('click', () => options.openAgenda());
    notification.show();
    options.lastShown?.set(today);
  };

  const schedule = async () => {
    if (stopped) return;
    const settings = await read<AgendaSettings>('getAgendaSettings', {});
    if (stopped) return;
    timer = setTimeout(() => {
      void check('daily').finally(() => void schedule());
    }, msUntilNext(settings?.reminderTime ?? '09:00', now()));
  };

  const badge = setInterval(() => void check('badge'), options.badgeEveryMs ?? 300_000);
  void check('start').then(schedule);

  return {
    check,
    stop: () => {
      stopped = true;
      if (timer) clearTimeout(timer);
      clearInterval(badge);
    },
  };
}
