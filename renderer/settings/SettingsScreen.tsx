// "/settings": language and theme (applied at once), the manager's name for
// the review packs, and where the journal file lives.
import { Check, Monitor, Moon, Sun } from 'lucide-react';
import { useState, type ReactNode } from 'react';
import { useForm } from 'react-hook-form';
import { useTranslation } from 'react-i18next';
import type { z } from 'zod';
import { preferencesInput, type PreferencesInput } from '../../core/schemas';
import type { Language, Preferences, Theme } from '../../core/types';
import { api } from '../api/client';
import { useJournalMutation } from '../api/mutation';
import { useJournalInfo, usePreferences } from '../api/queries';
import { Button } from '../components/Button';
import { FormError } from '../components/FieldError';
import { applyServerIssues, schemaResolver } from '../components/form';
import { TextField } from '../components/fields';
import { PageHeader } from '../components/PageHeader';
import { Spinner } from '../components/Spinner';
import { applyLanguage } from '../i18n';
import { useFormat } from '../i18n/format';
import { applyTheme } from '../theme';
import { ReminderSettings } from '../agenda/ReminderSettings';
import { LockSettings } from '../lock/LockSettings';

function Choice<V extends string>({ name, legend, value, options, onChange, disabled }: {
  name: string;
  legend: string;
  value: V;
  options: { value: V; label: string; icon?: ReactNode }[];
  onChange: (value: V) => void;
  disabled?: boolean;
}) {
  return (
    <fieldset className="setting-choice" disabled={disabled}>
      <legend className="setting-label">{legend}</legend>
      <div className="segmented">
        {options.map((o) => (
          <label key={o.value} className="segment">
            <input type="radio" name={name} value={o.value} checked={value === o.value} onChange={() => onChange(o.value)} />
            <span className="segment-face">
              {o.icon}
              {o.label}
            </span>
          </label>
        ))}
      </div>
    </fieldset>
  );
}

function ManagerName({ preferences }: { preferences: Preferences }) {
  const { t } = useTranslation();
  const form = useForm<PreferencesInput, unknown, z.output<typeof preferencesInput>>({
    resolver: schemaResolver(preferencesInput),
    defaultValues: { managerName: preferences.managerName },
  });
  const save = useJournalMutation((input: PreferencesInput) => api.updatePreferences(input), {
    said: () => t('settings.nameSaved'),
    fields: (error) => applyServerIssues(error, form.setError, ['managerName']),
    onSuccess: (saved) => form.reset({ managerName: saved.managerName }),
  });
  return (
    <>
      <form className="setting-inline-form" noValidate onSubmit={form.handleSubmit((values) => save.mutate({ managerName: values.managerName }))}>
        <TextField
          label={t('settings.managerName')}
          hint={t('settings.managerNameHint')}
          registration={form.register('managerName')}
          error={form.formState.errors.managerName}
          autoComplete="name"
          className="setting-name"
        />
        <Button type="submit" variant="secondary" icon={<Check size={15} aria-hidden="true" />} busy={save.isPending} disabled={!form.formState.isDirty}>
          {t('actions.save')}
        </Button>
      </form>
      <FormError error={save.failure} />
    </>
  );
}

export function SettingsScreen() {
  const { t } = useTranslation();
  const format = useFormat();
  const preferences = usePreferences();
  const info = useJournalInfo();

  // The choice shown at once, in the same event as the click: a controlled
  // radio whose value waited for the mutation's next render would spring back
  // for a moment (and a quick second click could be lost). A failure takes it back.
  const [chosen, setChosen] = useState<PreferencesInput>({});
  const update = useJournalMutation((input: PreferencesInput) => api.updatePreferences(input), {
    onMutate: (input) => {
      // Show the choice at once; the stored preference follows.
      if (input.language !== undefined) applyLanguage(input.language);
      if (input.theme !== undefined) applyTheme(input.theme);
    },
    onError: (_error, input) => {
      setChosen((shown) => withoutKeys(shown, input));
      if (preferences.data) {
        applyLanguage(preferences.data.language);
        applyTheme(preferences.data.theme);
      }
    },
  });

  if (preferences.isPending) return <Spinner block />;
  if (preferences.isError) return <div className="page"><FormError error={preferences.error} /></div>;
  const prefs = preferences.data;
  const language = chosen.language !== undefined ? chosen.language : prefs.language;
  const theme = chosen.theme ?? prefs.theme;
  const projection = chosen.projection ?? prefs.projection;
  const choose = (input: PreferencesInput) => {
    setChosen((shown) => ({ ...shown, ...input }));
    update.mutate(input);
  };

  return (
    <div className="page page-narrow">
      <PageHeader title={t('settings.title')} subtitle={t('settings.subtitle')} />

      <section className="settings-card" aria-labelledby="set-look">
        <h2 id="set-look" className="section-title">{t('settings.appearance')}</h2>
        <Choice<'system' | Language>
          name="language"
          legend={t('settings.language')}
          value={language ?? 'system'}
          options={[
            { value: 'system', label: t('settings.languageSystem') },
            { value: 'nl', label: 'Nederlands' },
            { value: 'en', label: 'English' },
          ]}
          onChange={(v) => choose({ language: v === 'system' ? null : v })}
        />
        <Choice<Theme>
          name="theme"
          legend={t('settings.theme')}
          value={theme}
          options={[
            { value: 'system', label: t('settings.themeSystem'), icon: <Monitor size={15} aria-hidden="true" /> },
            { value: 'light', label: t('settings.themeLight'), icon: <Sun size={15} aria-hidden="true" /> },
            { value: 'dark', label: t('settings.themeDark'), icon: <Moon size={15} aria-hidden="true" /> },
          ]}
          onChange={(v) => choose({ theme: v })}
        />
        <Choice<'on' | 'off'>
          name="projection"
          legend={t('settings.projection')}
          value={projection ? 'on' : 'off'}
          options={[
            { value: 'on', label: t('settings.projectionOn') },
            { value: 'off', label: t('settings.projectionOff') },
          ]}
          onChange={(v) => choose({ projection: v === 'on' })}
        />
        <p className="section-text">{t('settings.projectionHint')}</p>
      </section>

      <section className="settings-card" aria-labelledby="set-you">
        <h2 id="set-you" className="section-title">{t('settings.you')}</h2>
        <ManagerName preferences={prefs} />
      </section>

      <section className="settings-card" aria-labelledby="set-lock">
        <h2 id="set-lock" className="section-title">{t('lock:settings.title')}</h2>
        <LockSettings />
      </section>

      <section className="settings-card" aria-labelledby="set-reminders">
        <h2 id="set-reminders" className="section-title">{t('agenda:reminders.title')}</h2>
        <p className="section-text">{t('agenda:reminders.text')}</p>
        <ReminderSettings />
      </section>

      <section className="settings-card" aria-labelledby="set-data">
        <h2 id="set-data" className="section-title">{t('settings.data')}</h2>
        <p className="section-text">{t('settings.dataText')}</p>
        {info.isPending && <Spinner />}
        {info.isError && <FormError error={info.error} />}
        {info.data && (
          <dl className="facts">
            <div>
              <dt>{t('settings.dataFile')}</dt>
              <dd><code className="path">{info.data.dataFile}</code></dd>
            </div>
            <div>
              <dt>{t('settings.contents')}</dt>
              <dd>
                {t('settings.suppliersCount', { count: info.data.suppliers, formatted: format.number(info.data.suppliers) })}
                {' · '}
                {t('settings.entriesCount', { count: info.data.entries, formatted: format.number(info.data.entries) })}
              </dd>
            </div>
            <div>
              <dt>{t('settings.shell')}</dt>
              <dd>{info.data.shell === 'electron' ? t('settings.shellElectron') : t('settings.shellBrowser')}</dd>
            </div>
          </dl>
        )}
      </section>
    </div>
  );
}

function withoutKeys(shown: PreferencesInput, input: PreferencesInput): PreferencesInput {
  const left = { ...shown };
  for (const key of Object.keys(input) as (keyof PreferencesInput)[]) delete left[key];
  return left;
}
