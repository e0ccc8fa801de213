import { describe, expect, it } from 'vitest';
import { DEFAULT_TRUST_SETTINGS, trustSettingsSchema } from './settings';
import { readStoredSettings, storedSettingsSchemaFor, V1_DEFAULTS } from './upgrade';

describe('trust settings', () => {
  it('defaults are the documented ones (design.md, Trust model, version 2; asymmetry tuned, see README)', () => {
    expect(DEFAULT_TRUST_SETTINGS).toMatchObject({
      halfLifeDays: 270, asymmetry: 2.75, priorWeight: 10, baseRate: 0.5,
      promiseKeptResult: 1.5, promiseKeptEffort: 1, promiseKeptLatePositive: 0.3, promiseKeptLateNegative: 0.3,
      promiseKeptLatePerDay: 0.02, promiseBrokenResult: 2, promiseBrokenEffort: 1, promiseInContractFactor: 1.5,
      promiseOverduePhaseInDays: 28, resultPromiseAbilityShare: 0.5,
      promiseRenegotiatedEarly: 0, promiseRenegotiatedLate: 0.5,
      incidentLow: 0.25, incidentMedium: 1, incidentHigh: 2.5, incidentCritical: 5, incidentHandledWell: 0.75, incidentHandledBadly: 0.75,
      interactionPositive: 0.75, interactionNeutral: 0.25, interactionNegative: 0.75, advice: 1, reviewFactor: 1,
    });
  });

  it('fills in what is missing and rejects what is out of bounds or unknown', () => {
    expect(trustSettingsSchema.parse({ baseRate: 0.6 }).priorWeight).toBe(10);
    expect(trustSettingsSchema.safeParse({ baseRate: 1.2 }).success).toBe(false);
    expect(trustSettingsSchema.safeParse({ priorWeight: 0 }).success).toBe(false);
    expect(trustSettingsSchema.safeParse({ asymmetry: 0.5 }).success).toBe(false);
    expect(trustSettingsSchema.safeParse({ incidentLow: -1 }).success).toBe(false);
    expect(trustSettingsSchema.safeParse({ halfLifeDays: 1 }).success).toBe(false);
    expect(trustSettingsSchema.safeParse({ resultPromiseAbilityShare: 1.5 }).success).toBe(false);
    expect(trustSettingsSchema.safeParse({ bogus: 1 }).success).toBe(false);
  });

  it('the defaults object cannot be changed by accident', () => {
    expect(Object.isFrozen(DEFAULT_TRUST_SETTINGS)).toBe(true);
  });
});

describe('settings stored by model version 1', () => {

  it('never changed: the journal moves to the new defaults without a word', () => {
    expect(readStoredSettings(V1_DEFAULTS)).toEqual({ settings: DEFAULT_TRUST_SETTINGS, notice: null });
  });

  it('changed: the manager keeps what they set (two half-lives become their mean), the rest takes the new defaults, with a notice', () => {
    const stored = readStoredSettings({ ...V1_DEFAULTS, baseRate: 0.6, incidentHigh: 3, halfLifeNegativeDays: 400 });
    expect(stored!.settings).toEqual({ ...DEFAULT_TRUST_SETTINGS, baseRate: 0.6, incidentHigh: 3, halfLifeDays: 290 });
    expect(stored!.notice).toEqual({ fromVersion: 1, kept: { baseRate: 0.6, incidentHigh: 3, halfLifeDays: 290 } });
    // the old asymmetry default is not carried over as if the manager had chosen it
    expect(stored!.settings.asymmetry).toBe(DEFAULT_TRUST_SETTINGS.asymmetry);
  });

  it('version 2 settings are read as they are; anything else is not settings', () => {
    expect(readStoredSettings({ asymmetry: 2 })).toEqual({ settings: { ...DEFAULT_TRUST_SETTINGS, asymmetry: 2 }, notice: null });
    expect(readStoredSettings({ halfLifePositiveDays: 180, bogus: 1 })).toBeNull();
    expect(readStoredSettings('nonsense')).toBeNull();
    expect(storedSettingsSchemaFor(V1_DEFAULTS).safeParse(V1_DEFAULTS).success).toBe(true);
    expect(storedSettingsSchemaFor({ halfLifeDays: 5 }).safeParse({ halfLifeDays: 5 }).success).toBe(false);
  });
});
