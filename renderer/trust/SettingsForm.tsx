// Every trust setting, with its bounds from the schema, a translated label and
// a one-line hint; checked with the core's schema, errors beside the fields;
// save and reset to the defaults.
import { RotateCcw, Save } from 'lucide-react';
import { useEffect, useId, useMemo } from 'react';
import { useForm } from 'react-hook-form';
import { z } from 'zod';
import { DEFAULT_TRUST_SETTINGS, trustSettingsSchema, type TrustSettings } from '../../core/trust/settings';
import { Button } from '../components/Button';
import { ConfirmDialog } from '../components/ConfirmDialog';
import { FieldError, FormError } from '../components/FieldError';
import { applyServerIssues, decodeIssue, parseNumberInput, schemaResolver } from '../components/form';
import { formatNumberInput } from '../i18n/format';
import { useResetTrustSettings, useUpdateTrustSettings } from './queries';
import { useTrustText } from './text';

export type SettingKey = keyof TrustSettings;

export const SETTING_GROUPS: { key: string; fields: SettingKey[] }[] = [
  { key: 'model', fields: ['halfLifeDays', 'asymmetry', 'priorWeight', 'baseRate'] },
  {
    key: 'promises',
    fields: [
      'promiseKeptResult', 'promiseKeptEffort', 'promiseKeptLatePositive', 'promiseKeptLateNegative', 'promiseKeptLatePerDay',
      'promiseBrokenResult', 'promiseBrokenEffort', 'promiseInContractFactor', 'promiseOverduePhaseInDays', 'resultPromiseAbilityShare',
      'promiseRenegotiatedEarly', 'promiseRenegotiatedLate',
    ],
  },
  { key: 'incidents', fields: ['incidentLow', 'incidentMedium', 'incidentHigh', 'incidentCritical', 'incidentHandledWell', 'incidentHandledBadly'] },
  { key: 'contact', fields: ['interactionPositive', 'interactionNeutral', 'interactionNegative', 'advice'] },
  { key: 'reviews', fields: ['reviewFactor'] },
];

/** min and max of a setting, read from the schema. */
export function boundsOf(key: SettingKey): { min: number; max: number } {
  const field = trustSettingsSchema.shape[key].unwrap();
  return { min: field.minValue ?? 0, max: field.maxValue ?? Number.MAX_SAFE_INTEGER };
}

const unitOf = (key: SettingKey) =>
  key.endsWith('Days') ? 'days' : key === 'baseRate' || key === 'resultPromiseAbilityShare' ? 'share' : key === 'promiseKeptLatePerDay' ? 'perDay' : 'weight';

/** A setting as typed, in the language on screen, to the number the schema checks ('' is no value: required). */
function readNumber(value: unknown): unknown {
  return parseNumberInput(value) ?? undefined;
}

/** The core's settings schema over the form's text values. */
const settingsForm = z.object(
  Object.fromEntries(Object.entries(trustSettingsSchema.shape).map(([key, field]) => [key, z.preprocess(readNumber, field.unwrap())])),
) as unknown as z.ZodType<TrustSettings, Record<SettingKey, string>>;

export function TrustSettingsForm({ settings }: { settings: TrustSettings }) {
  const text = useTrustText();
  const { t } = text;
  const id = useId();
  const language = text.lang;
  // Shown as the app's language writes numbers ("2,75" in Dutch), whatever the browser's.
  const initial = useMemo(
    () => Object.fromEntries((Object.keys(settings) as SettingKey[]).map((k) => [k, formatNumberInput(settings[k], language)])) as Record<SettingKey, string>,
    [settings, language],
  );
  const form = useForm<Record<SettingKey, string>, unknown, TrustSettings>({ resolver: schemaResolver(settingsForm), defaultValues: initial });
  const { errors, isDirty } = form.formState;
  // Saved settings or another language: the fields show them, unless the manager is typing.
  useEffect(() => {
    if (!form.formState.isDirty) form.reset(initial);
  }, [form, initial]);
  const update = useUpdateTrustSettings((error) => applyServerIssues(error, form.setError, Object.keys(settings)));
  const reset = useResetTrustSettings();
  const isDefault = (Object.keys(DEFAULT_TRUST_SETTINGS) as SettingKey[]).every((k) => settings[k] === DEFAULT_TRUST_SETTINGS[k]);

  const submit = form.handleSubmit((values) => update.mutate(values));

  return (
    <form className="trust-settings" onSubmit={submit} noValidate aria-labelledby={`${id}-title`} data-testid="trust-settings">
      <h2 id={`${id}-title`} className="howto__h2">{t('settings.title')}</h2>
      <p className="trust-note">{t('settings.intro')}</p>
      <FormError error={update.failure} />
      {SETTING_GROUPS.map((group) => (
        <fieldset key={group.key} className="trust-settings__group">
          <legend>{t(`settings.group.${group.key}`)}</legend>
          {group.fields.map((key) => {
            const { min, max } = boundsOf(key);
            const issue = decodeIssue(errors[key]);
            const fieldId = `${id}-${key}`;
            return (
              <div key={key} className="setting-row">
                <label htmlFor={fieldId} className="setting-row__label">{t(`settings.field.${key}.label`)}</label>
                <div className="setting-row__input">
                  <input
                    id={fieldId}
                    className="input"
                    type="text"
                    inputMode="decimal"
                    autoComplete="off"
                    aria-invalid={issue ? true : undefined}
                    aria-describedby={`${fieldId}-hint${issue ? ` ${fieldId}-error` : ''}`}
                    {...form.register(key)}
                  />
                  <span className="setting-row__unit">{t(`settings.unit.${unitOf(key)}`)}</span>
                </div>
                <p id={`${fieldId}-hint`} className="setting-row__hint">
                  {t(`settings.field.${key}.hint`)}{' '}
                  <span className="trust-muted">{t('settings.bounds', { min: text.number(min), max: text.number(max), def: text.number(DEFAULT_TRUST_SETTINGS[key]) })}</span>
                </p>
                <FieldError id={`${fieldId}-error`} issue={issue} />
              </div>
            );
          })}
        </fieldset>
      ))}
      <div className="trust-settings__actions">
        <Button type="submit" variant="primary" icon={<Save size={16} aria-hidden="true" />} busy={update.isPending} disabled={!isDirty}>
          {t('settings.save')}
        </Button>
        <ConfirmDialog
          trigger={
            <Button variant="secondary" icon={<RotateCcw size={16} aria-hidden="true" />} disabled={isDefault && !isDirty} busy={reset.isPending}>
              {t('settings.reset')}
            </Button>
          }
          title={t('settings.resetTitle')}
          description={t('settings.resetText')}
          confirmLabel={t('settings.resetConfirm')}
          onConfirm={() => reset.mutate()}
        />
      </div>
    </form>
  );
}
