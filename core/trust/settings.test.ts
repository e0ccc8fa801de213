import { describe, expect, it } from 'vitest';
import { DEFAULT_TRUST_SETTINGS, trustSettingsSchema } from './settings';

describe('trust settings', () => {
  it('defaults are the documented ones (design.md, Trust model)', () => {
    expect(DEFAULT_TRUST_SETTINGS).toMatchObject({
      halfLifePositiveDays: 180, halfLifeNegativeDays: 360, asymmetry: 1.5, priorWeight: 10, baseRate: 0.5,
      promiseKeptResult: 1.5, promiseKeptEffort: 1, promiseKeptLatePositive: 0.3, promiseKeptLateNegative: 0.3,
      promiseBrokenResult: 2, promiseBrokenEffort: 1, promiseInContractFactor: 1.5,
      promiseRenegotiatedEarly: 0, promiseRenegotiatedLate: 0.5,
      incidentLow: 0.25, incidentMedium: 1, incidentHigh: 2.5, incidentCritical: 5, incidentHandledWell: 0.75,
      interactionPositive: 0.75, interactionNeutral: 0.25, interactionNegative: 0.75, advice: 1, reviewFactor: 1,
    });
  });

  it('fills in what is missing and rejects what is out of bounds or unknown', () => {
    expect(trustSettingsSchema.parse({ baseRate: 0.6 }).priorWeight).toBe(10);
    expect(trustSettingsSchema.safeParse({ baseRate: 1.2 }).success).toBe(false);
    expect(trustSettingsSchema.safeParse({ priorWeight: 0 }).success).toBe(false);
    expect(trustSettingsSchema.safeParse({ asymmetry: 0.5 }).success).toBe(false);
    expect(trustSettingsSchema.safeParse({ incidentLow: -1 }).success).toBe(false);
    expect(trustSettingsSchema.safeParse({ halfLifeNegativeDays: 1 }).success).toBe(false);
    expect(trustSettingsSchema.safeParse({ bogus: 1 }).success).toBe(false);
  });

  it('the defaults object cannot be changed by accident', () => {
    expect(Object.isFrozen(DEFAULT_TRUST_SETTINGS)).toBe(true);
  });
});
