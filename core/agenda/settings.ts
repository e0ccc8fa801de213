// The agenda's adjustable numbers, kept in the journal (settings key 'agenda').
import { z } from 'zod';

/** A number of days the agenda counts (the settings form uses it too). */
export const day = z.number().int().min(1).max(365);

/**
 * The warnings as the manager sets them: each day at most once (two warnings
 * on the same day would be one warning that looks like two). A repeated day
 * is refused at its own place in the list, so the form can say it beside
 * that field.
 */
export const warningDays = z.array(day).min(1).max(5).superRefine((days, ctx) => {
  days.forEach((d, i) => {
    if (days.indexOf(d) < i) ctx.addIssue({ code: 'custom', message: 'duplicateWarningDays', path: [i] });
  });
});

export const agendaSettingsSchema = z.object({
  /** Warn this many days before a notice deadline (and a contract end); the largest is when it first shows.
   * Stored settings from before duplicates were refused are read with the duplicate dropped. */
  noticeWarningDays: z.array(day).min(1).max(5).default([90, 30, 7])
    .transform((days) => [...new Set(days)].sort((a, b) => b - a)),
  /** Promises, reviews and follow-ups show this many days ahead. */
  upcomingDays: z.number().int().min(1).max(365).default(30),
  /** An incident still open after this many days needs attention. */
  incidentOpenDays: z.number().int().min(1).max(365).default(14),
  /** Desktop reminders: a notification once a day at `reminderTime` (local), and at start. */
  remindersOn: z.boolean().default(true),
  reminderTime: z.string().regex(/^([01]\d|2[0-3]):[0-5]\d$/, { error: 'invalidTime' }).default('09:00'),
  /** Browser mode: the browser's notifications, only once the manager turns them on. */
  browserNotificationsOn: z.boolean().default(false),
});

export type AgendaSettings = z.output<typeof agendaSettingsSchema>;

export const DEFAULT_AGENDA_SETTINGS: AgendaSettings = agendaSettingsSchema.parse({});

/** A partial update, checked field by field. */
export const agendaSettingsUpdate = z.object({
  noticeWarningDays: warningDays,
  upcomingDays: z.number().int().min(1).max(365),
  incidentOpenDays: z.number().int().min(1).max(365),
  remindersOn: z.boolean(),
  reminderTime: z.string().regex(/^([01]\d|2[0-3]):[0-5]\d$/, { error: 'invalidTime' }),
  browserNotificationsOn: z.boolean(),
}).partial().strict();

/** Stored settings as the journal reads them: anything unreadable falls back to the defaults, field by field. */
export function readAgendaSettings(stored: unknown): AgendaSettings {
  const raw = typeof stored === 'object' && stored !== null ? (stored as Record<string, unknown>) : {};
  const out: Record<string, unknown> = {};
  for (const key of Object.keys(agendaSettingsSchema.shape) as (keyof AgendaSettings)[]) {
    const one = agendaSettingsSchema.shape[key].safeParse(raw[key]);
    out[key] = one.success ? one.data : DEFAULT_AGENDA_SETTINGS[key];
  }
  return out as AgendaSettings;
}
