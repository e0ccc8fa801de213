// Settings stored by trust model version 1 (two half-lives, asymmetry 1.5,
// reviews with asymmetry). A journal keeps them until the manager acts; the
// engine reads them as version 2: values the manager had changed are kept,
// everything else takes version 2's defaults (design.md, "Trust model").
import { z } from 'zod';
import { trustSettingsSchema, type TrustSettings } from './settings';

/** Version 1's defaults: what a journal that never changed its settings stored. */
export const V1_DEFAULTS = Object.freeze({
  halfLifePositiveDays: 180, halfLifeNegativeDays: 360, asymmetry: 1.5, priorWeight: 10, baseRate: 0.5,
  promiseKeptResult: 1.5, promiseKeptEffort: 1, promiseKeptLatePositive: 0.3, promiseKeptLateNegative: 0.3,
  promiseBrokenResult: 2, promiseBrokenEffort: 1, promiseInContractFactor: 1.5, promiseRenegotiatedEarly: 0,
  promiseRenegotiatedLate: 0.5, incidentLow: 0.25, incidentMedium: 1, incidentHigh: 2.5, incidentCritical: 5,
  incidentHandledWell: 0.75, interactionPositive: 0.75, interactionNeutral: 0.25, interactionNegative: 0.75, advice: 1,
  reviewFactor: 1,
} as const);
type V1Key = keyof typeof V1_DEFAULTS;

// Version 1's fields had version 2's bounds; its two half-lives those of halfLifeDays.
const halfLife = trustSettingsSchema.shape.halfLifeDays.unwrap().optional();
const v1Schema = z
  .object(Object.fromEntries(Object.keys(V1_DEFAULTS).map((k) => [
    k, k.startsWith('halfLife') ? halfLife : trustSettingsSchema.shape[k as Exclude<V1Key, 'halfLifePositiveDays' | 'halfLifeNegativeDays'>].unwrap().optional(),
  ])) as Record<V1Key, typeof halfLife>)
  .strict()
  .refine((v) => v.halfLifePositiveDays !== undefined || v.halfLifeNegativeDays !== undefined, { error: 'notVersion1' });

/** What a journal's own settings kept when the model moved to version 2. */
export interface ModelNotice {
  fromVersion: 1;
  /** The manager's own values, kept. The rest took version 2's defaults. */
  kept: Partial<TrustSettings>;
}

export interface StoredSettings {
  settings: TrustSettings;
  /** Set while the journal still holds version-1 settings the manager had changed. */
  notice: ModelNotice | null;
}

/** Stored settings of either version, or null when they are neither. */
export function readStoredSettings(raw: unknown): StoredSettings | null {
  const v2 = trustSettingsSchema.safeParse(raw);
  if (v2.success) return { settings: v2.data, notice: null };
  const v1 = v1Schema.safeParse(raw);
  if (!v1.success) return null;
  const old = { ...V1_DEFAULTS, ...stripUndefined(v1.data) };
  const kept: Record<string, number> = {};
  const v2Keys = new Set(Object.keys(trustSettingsSchema.shape));
  for (const key of Object.keys(V1_DEFAULTS) as V1Key[]) {
    if (v2Keys.has(key) && old[key] !== V1_DEFAULTS[key]) kept[key] = old[key];
  }
  // Two half-lives become one: their mean, when the manager had set either.
  if (old.halfLifePositiveDays !== V1_DEFAULTS.halfLifePositiveDays || old.halfLifeNegativeDays !== V1_DEFAULTS.halfLifeNegativeDays) {
    kept.halfLifeDays = Math.round((old.halfLifePositiveDays + old.halfLifeNegativeDays) / 2);
  }
  const settings = trustSettingsSchema.safeParse(kept);
  if (!settings.success) return null;
  const keptValues = Object.fromEntries(Object.keys(kept).map((k) => [k, settings.data[k as keyof TrustSettings]]));
  return { settings: settings.data, notice: Object.keys(kept).length === 0 ? null : { fromVersion: 1, kept: keptValues } };
}

/** The schema stored settings are checked against (an import's, say): version 1's when they carry its half-lives. */
export function storedSettingsSchemaFor(raw: unknown): z.ZodType {
  const v1 = typeof raw === 'object' && raw !== null && ('halfLifePositiveDays' in raw || 'halfLifeNegativeDays' in raw);
  return v1 ? v1Schema : trustSettingsSchema;
}

function stripUndefined<T extends object>(o: T): { [K in keyof T]: Exclude<T[K], undefined> } {
  return Object.fromEntries(Object.entries(o).filter(([, v]) => v !== undefined)) as never;
}
