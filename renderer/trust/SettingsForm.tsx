// Every trust setting, with its bounds from the schema, a translated label and
// a one-line hint; errors beside the fields; save and reset to the defaults.
import { RotateCcw, Save } from 'lucide-react';
import { useId, useMemo, useState, type FormEvent } from 'react';
import { toast } from 'sonner';
import { DEFAULT_TRUST_SETTINGS, trustSettingsSchema, type TrustSettings } from '../../core/trust/settings';
import { Button } from '../components/Button';
import { ConfirmDialog } from '../components/ConfirmDialog';
import { FieldError, FormError, issuesByPath } from '../components/FieldError';
import type { FieldIssue } from '../../core/errors';
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

const stepOf = (key: SettingKey) => (key.endsWith('Days') ? 1 : key === 'priorWeight' ? 0.5 : key === 'promiseKeptLatePerDay' ? 0.01 : 0.05);
const unitOf = (key: SettingKey) =>
  key.endsWith('Days') ? 'days' : key === 'baseRate' || key === 'resultPromiseAbilityShare' ? 'share' : key === 'promiseKeptLatePerDay' ? 'perDay' : 'weight';

type Issue = Pick<FieldIssue, 'key' | 'params'>;

function validate(values: Record<SettingKey, string>): { parsed: Partial<TrustSettings>; issues: Partial<Record<SettingKey, Issue>> } {
  const parsed: Partial<TrustSettings> = {};
  const issues: Partial<Record<SettingKey, Issue>> = {};
  for (const key of Object.keys(values) as SettingKey[]) {
    const raw = values[key].trim().replace(',', '.');
    if (raw === '') { issues[key] = { key: 'required', params: {} }; continue; }
    const n = Number(raw);
    const { min, max } = boundsOf(key);
    if (!Number.isFinite(n)) issues[key] = { key: 'invalidType', params: {} };
    else if (n < min) issues[key] = { key: 'tooSmall', params: { min } };
    else if (n > max) issues[key] = { key: 'tooBig', params: { max } };
    else parsed[key] = n;
  }
  return { parsed, issues };
}

export function TrustSettingsForm({ settings }: { settings: TrustSettings }) {
  const text = useTrustText();
  const { t } = text;
  const id = useId();
  const initial = useMemo(
    () => Object.fromEntries((Object.keys(settings) as SettingKey[]).map((k) => [k, String(settings[k])])) as Record<SettingKey, string>,
    [settings],
  );
  const [values, setValues] = useState(initial);
  const [issues, setIssues] = useState<Partial<Record<SettingKey, Issue>>>({});
  const update = useUpdateTrustSettings();
  const reset = useResetTrustSettings();
  const serverIssues = issuesByPath(update.error);
  const dirty = (Object.keys(values) as SettingKey[]).some((k) => values[k] !== initial[k]);
  const isDefault = (Object.keys(DEFAULT_TRUST_SETTINGS) as SettingKey[]).every((k) => settings[k] === DEFAULT_TRUST_SETTINGS[k]);

  const submit = (event: FormEvent) => {
    event.preventDefault();
    const { parsed, issues: found } = validate(values);
    setIssues(found);
    if (Object.keys(found).length > 0) {
      const first = Object.keys(found)[0];
      document.getElementById(`${id}-${first}`)?.focus();
      return;
    }
    update.mutate(parsed, { onSuccess: () => toast.success(t('settings.saved')) });
  };

  return (
    <form className="trust-settings" onSubmit={submit} noValidate aria-labelledby={`${id}-title`} data-testid="trust-settings">
      <h2 id={`${id}-title`} className="howto__h2">{t('settings.title')}</h2>
      <p className="trust-note">{t('settings.intro')}</p>
      {update.isError && Object.keys(serverIssues).length === 0 && <FormError error={update.error} />}
      {SETTING_GROUPS.map((group) => (
        <fieldset key={group.key} className="trust-settings__group">
          <legend>{t(`settings.group.${group.key}`)}</legend>
          {group.fields.map((key) => {
            const { min, max } = boundsOf(key);
            const issue = issues[key] ?? serverIssues[key];
            const fieldId = `${id}-${key}`;
            return (
              <div key={key} className="setting-row">
                <label htmlFor={fieldId} className="setting-row__label">{t(`settings.field.${key}.label`)}</label>
                <div className="setting-row__input">
                  <input
                    id={fieldId}
                    className="input"
                    name={key}
                    type="number"
                    inputMode="decimal"
                    min={min}
                    max={max}
                    step={stepOf(key)}
                    value={values[key]}
                    aria-invalid={issue ? true : undefined}
                    aria-describedby={`${fieldId}-hint${issue ? ` ${fieldId}-error` : ''}`}
                    onChange={(e) => setValues((v) => ({ ...v, [key]: e.target.value }))}
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
        <Button type="submit" variant="primary" icon={<Save size={16} aria-hidden="true" />} busy={update.isPending} disabled={!dirty}>
          {t('settings.save')}
        </Button>
        <ConfirmDialog
          trigger={
            <Button variant="secondary" icon={<RotateCcw size={16} aria-hidden="true" />} disabled={isDefault && !dirty} busy={reset.isPending}>
              {t('settings.reset')}
            </Button>
          }
          title={t('settings.resetTitle')}
          description={t('settings.resetText')}
          confirmLabel={t('settings.resetConfirm')}
          onConfirm={() => reset.mutate(undefined, { onSuccess: () => toast.success(t('settings.resetDone')) })}
        />
      </div>
    </form>
  );
}
