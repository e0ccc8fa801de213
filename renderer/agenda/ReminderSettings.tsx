// Settings > Reminders: the agenda's adjustable numbers (warnings before a
// notice deadline, how far ahead it looks, when an open incident shows), the
// desktop app's daily reminder (on or off, at what time) and, in browser mode,
// the browser's notifications, only once the manager turns them on here (the
// browser then asks for permission).
import { Check } from 'lucide-react';
import { useForm } from 'react-hook-form';
import { useTranslation } from 'react-i18next';
import { toast } from 'sonner';
import type { z } from 'zod';
import type { AgendaSettings } from '../../core/agenda';
import { agendaSettingsUpdate, day } from '../../core/agenda/settings';
import { api } from '../api/client';
import { useJournalMutation } from '../api/mutation';
import { Button } from '../components/Button';
import { FormError } from '../components/FieldError';
import { Checkbox, NumberField, TextField } from '../components/fields';
import { applyServerIssues, asNumber, schemaResolver } from '../components/form';
import { Spinner } from '../components/Spinner';
import { useAgendaSettings } from './queries';

// The warnings are three fields (the first required, the others may stay empty)
// so each bad number gets its message beside its own field.
const schema = agendaSettingsUpdate
  .required({ upcomingDays: true, incidentOpenDays: true, remindersOn: true, reminderTime: true, browserNotificationsOn: true })
  .pick({ upcomingDays: true, incidentOpenDays: true, remindersOn: true, reminderTime: true, browserNotificationsOn: true })
  .extend({ warn1: day, warn2: day.nullable(), warn3: day.nullable() })
  // The journal refuses a repeated day (core/agenda/settings.ts warningDays): said here beside the repeat.
  .superRefine((v, ctx) => {
    const seen: (number | null)[] = [v.warn1];
    for (const name of ['warn2', 'warn3'] as const) {
      if (v[name] !== null && seen.includes(v[name])) ctx.addIssue({ code: 'custom', message: 'duplicateWarningDays', path: [name] });
      seen.push(v[name]);
    }
  });
type Values = z.input<typeof schema>;
const FIELDS = ['warn1', 'warn2', 'warn3', 'upcomingDays', 'incidentOpenDays', 'remindersOn', 'reminderTime', 'browserNotificationsOn'] as const;

/** The warning fields that hold a day, in order: the n-th day sent came from the n-th of these. */
function warnFields(v: Pick<Values, 'warn1' | 'warn2' | 'warn3'>): ('warn1' | 'warn2' | 'warn3')[] {
  return (['warn1', 'warn2', 'warn3'] as const).filter((name) => v[name] !== null && v[name] !== undefined);
}

export function ReminderSettings() {
  const settings = useAgendaSettings();
  if (!settings.data) return <Spinner />;
  return <ReminderForm key={JSON.stringify(settings.data)} settings={settings.data} />;
}

function ReminderForm({ settings }: { settings: AgendaSettings }) {
  const { t } = useTranslation('agenda');
  const desktop = Boolean(window.rapportShell);
  const [w1, w2, w3] = settings.noticeWarningDays;
  const form = useForm<Values, unknown, z.output<typeof schema>>({
    resolver: schemaResolver(schema),
    defaultValues: {
      warn1: w1 ?? 90, warn2: w2 ?? null, warn3: w3 ?? null,
      upcomingDays: settings.upcomingDays, incidentOpenDays: settings.incidentOpenDays,
      remindersOn: settings.remindersOn, reminderTime: settings.reminderTime, browserNotificationsOn: settings.browserNotificationsOn,
    },
  });
  const save = useJournalMutation(api.updateAgendaSettings, {
    said: () => t('reminders.saved'),
    fields: (error) => {
      if (applyServerIssues(error, form.setError, FIELDS)) return true;
      // The journal checks the warnings as one list: a message about its n-th day goes beside the field it came from.
      const sources = warnFields(form.getValues());
      return applyServerIssues<{ noticeWarningDays: number[] }>(error, (name, issue, options) => {
        const index = Number(String(name).split('.')[1]);
        form.setError(sources[index] ?? 'warn1', issue, options);
      }, ['noticeWarningDays']);
    },
  });
  const submit = form.handleSubmit(async ({ warn1, warn2, warn3, ...values }) => {
    // The browser asks once; refused, the setting stays off and says why.
    if (!desktop && values.browserNotificationsOn && !settings.browserNotificationsOn && typeof Notification !== 'undefined') {
      if ((await Notification.requestPermission()) !== 'granted') {
        toast.error(t('reminders.denied'));
        values.browserNotificationsOn = false;
      }
    }
    const noticeWarningDays = [warn1, warn2, warn3].filter((n): n is number => n !== null);
    save.mutate({ ...values, noticeWarningDays });
  });
  const { errors } = form.formState;
  const days = t('reminders.daysSuffix');
  return (
    <form className="setting-inline-form agenda-reminders" noValidate onSubmit={(e) => void submit(e)} data-testid="reminder-settings">
      <fieldset className="agenda-reminders__numbers">
        <legend className="field-label">{t('reminders.noticeWarnings')}</legend>
        <p className="field-hint">{t('reminders.noticeWarningsHint')}</p>
        <div className="agenda-reminders__row agenda-reminders__row--three">
          <NumberField integer label={t('reminders.warn1')} suffix={days} registration={form.register('warn1', asNumber)} error={errors.warn1} className="agenda-reminders__days" />
          <NumberField integer label={t('reminders.warn2')} suffix={days} registration={form.register('warn2', asNumber)} error={errors.warn2} className="agenda-reminders__days" />
          <NumberField integer label={t('reminders.warn3')} suffix={days} registration={form.register('warn3', asNumber)} error={errors.warn3} className="agenda-reminders__days" />
        </div>
        <div className="agenda-reminders__row">
          <NumberField integer label={t('reminders.upcomingDays')} hint={t('reminders.upcomingDaysHint')} suffix={days} registration={form.register('upcomingDays', asNumber)} error={errors.upcomingDays} className="agenda-reminders__days" />
          <NumberField integer label={t('reminders.incidentOpenDays')} hint={t('reminders.incidentOpenDaysHint')} suffix={days} registration={form.register('incidentOpenDays', asNumber)} error={errors.incidentOpenDays} className="agenda-reminders__days" />
        </div>
      </fieldset>
      <div className="agenda-reminders__row">
        {desktop ? (
          <>
            <Checkbox label={t('reminders.on')} registration={form.register('remindersOn')} error={errors.remindersOn} />
            <TextField label={t('reminders.time')} type="time" registration={form.register('reminderTime')} error={errors.reminderTime} className="agenda-reminders__time" />
          </>
        ) : (
          <Checkbox label={t('reminders.browserOn')} hint={t('reminders.browserText')} registration={form.register('browserNotificationsOn')} error={errors.browserNotificationsOn} />
        )}
      </div>
      <FormError error={save.failure} />
      <div className="agenda-reminders__actions">
        <Button type="submit" variant="secondary" icon={<Check size={15} aria-hidden="true" />} busy={save.isPending} disabled={!form.formState.isDirty}>
          {t('reminders.save')}
        </Button>
      </div>
    </form>
  );
}
