// Settings > Reminders: the desktop app's daily reminder (on or off, at what
// time) and, in browser mode, the browser's notifications, only once the
// manager turns them on here (the browser then asks for permission).
import { Check } from 'lucide-react';
import { useForm } from 'react-hook-form';
import { useTranslation } from 'react-i18next';
import { toast } from 'sonner';
import { type z } from 'zod';
import type { AgendaSettings } from '../../core/agenda';
import { agendaSettingsUpdate } from '../../core/agenda/settings';
import { api } from '../api/client';
import { useJournalMutation } from '../api/queries';
import { Button } from '../components/Button';
import { Checkbox, TextField } from '../components/fields';
import { applyServerIssues, schemaResolver } from '../components/form';
import { Spinner } from '../components/Spinner';
import { useAgendaSettings } from './queries';

const schema = agendaSettingsUpdate.required({ remindersOn: true, reminderTime: true, browserNotificationsOn: true })
  .pick({ remindersOn: true, reminderTime: true, browserNotificationsOn: true });
type Values = z.input<typeof schema>;

export function ReminderSettings() {
  const settings = useAgendaSettings();
  if (!settings.data) return <Spinner />;
  return <ReminderForm key={JSON.stringify(settings.data)} settings={settings.data} />;
}

function ReminderForm({ settings }: { settings: AgendaSettings }) {
  const { t } = useTranslation('agenda');
  const desktop = Boolean(window.rapportShell);
  const form = useForm<Values, unknown, z.output<typeof schema>>({
    resolver: schemaResolver(schema),
    defaultValues: { remindersOn: settings.remindersOn, reminderTime: settings.reminderTime, browserNotificationsOn: settings.browserNotificationsOn },
  });
  const save = useJournalMutation(api.updateAgendaSettings, {
    onSuccess: () => toast.success(t('reminders.saved')),
    onError: (error) => applyServerIssues(error, form.setError, ['remindersOn', 'reminderTime', 'browserNotificationsOn']),
  });
  const submit = form.handleSubmit(async (values) => {
    // The browser asks once; refused, the setting stays off and says why.
    if (!desktop && values.browserNotificationsOn && !settings.browserNotificationsOn && typeof Notification !== 'undefined') {
      if ((await Notification.requestPermission()) !== 'granted') {
        toast.error(t('reminders.denied'));
        values.browserNotificationsOn = false;
      }
    }
    save.mutate(values);
  });
  const { errors } = form.formState;
  return (
    <form className="setting-inline-form agenda-reminders" noValidate onSubmit={(e) => void submit(e)} data-testid="reminder-settings">
      {desktop ? (
        <>
          <Checkbox label={t('reminders.on')} registration={form.register('remindersOn')} error={errors.remindersOn} />
          <TextField label={t('reminders.time')} type="time" registration={form.register('reminderTime')} error={errors.reminderTime} className="agenda-reminders__time" />
        </>
      ) : (
        <Checkbox label={t('reminders.browserOn')} hint={t('reminders.browserText')} registration={form.register('browserNotificationsOn')} error={errors.browserNotificationsOn} />
      )}
      <Button type="submit" variant="secondary" icon={<Check size={15} aria-hidden="true" />} busy={save.isPending} disabled={!form.formState.isDirty}>
        {t('reminders.save')}
      </Button>
    </form>
  );
}
