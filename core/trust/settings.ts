// Every number the trust engine uses, with the documented defaults (design.md,
// "Trust model", version 2). Weights are magnitudes: the sign comes from
// whether an evidence item is positive (r) or negative (s). Storage is the
// journal's job; settings stored by model version 1 are read through
// upgradeStoredSettings (./upgrade.ts).
import { z } from 'zod';

const weight = (def: number) => z.number().min(0).max(20).default(def);

/** The version of the trust model these settings drive. */
export const TRUST_MODEL_VERSION = 2;

export const trustSettingsSchema = z
  .object({
    /** Days after which evidence, good or bad, counts half. */
    halfLifeDays: z.number().min(7).max(3650).default(270),
    /** Every negative weight but a review's is multiplied by this (trust is easier to destroy than to build). */
    asymmetry: z.number().min(1).max(5).default(2.75),
    /** Prior weight W: how much evidence it takes to move trust away from the base rate. */
    priorWeight: z.number().min(0.5).max(200).default(10),
    /** Base rate a: trust with no (or only faded) evidence. */
    baseRate: z.number().min(0.05).max(0.95).default(0.5),

    promiseKeptResult: weight(1.5),
    promiseKeptEffort: weight(1),
    promiseKeptLatePositive: weight(0.3),
    promiseKeptLateNegative: weight(0.3),
    /** Added to a late promise's negative weight per day late (capped at the broken weight). */
    promiseKeptLatePerDay: z.number().min(0).max(1).default(0.02),
    promiseBrokenResult: weight(2),
    promiseBrokenEffort: weight(1),
    /** Broken (or overdue) promises that were in the contract weigh this much more. */
    promiseInContractFactor: z.number().min(1).max(5).default(1.5),
    /** Days overdue after which an open promise counts as fully broken (it phases in until then). */
    promiseOverduePhaseInDays: z.number().int().min(1).max(365).default(28),
    /** The share of a result promise's evidence that is ability (the rest is integrity). */
    resultPromiseAbilityShare: z.number().min(0).max(1).default(0.5),
    /** Renegotiated or withdrawn on or before the due date (or with no due date). */
    promiseRenegotiatedEarly: weight(0),
    /** Renegotiated or withdrawn after the due date had passed. */
    promiseRenegotiatedLate: weight(0.5),

    incidentLow: weight(0.25),
    incidentMedium: weight(1),
    incidentHigh: weight(2.5),
    incidentCritical: weight(5),
    incidentHandledWell: weight(0.75),
    incidentHandledBadly: weight(0.75),

    interactionPositive: weight(0.75),
    interactionNeutral: weight(0.25),
    interactionNegative: weight(0.75),

    advice: weight(1),

    /** Multiplies a review's total r = score - 1 and s = 5 - score (no asymmetry: a review is already balanced). */
    reviewFactor: z.number().min(0).max(5).default(1),
  })
  .strict();

export type TrustSettings = z.output<typeof trustSettingsSchema>;
export type TrustSettingsInput = z.input<typeof trustSettingsSchema>;

export const DEFAULT_TRUST_SETTINGS: TrustSettings = Object.freeze(trustSettingsSchema.parse({}));

/** A change to some settings: each field optional, no defaults filled in, unknown fields refused. */
export const trustSettingsUpdate = z
  .object(
    Object.fromEntries(
      Object.entries(trustSettingsSchema.shape).map(([key, field]) => [key, field.unwrap().optional()]),
    ) as { [K in keyof typeof trustSettingsSchema.shape]: z.ZodOptional<ReturnType<(typeof trustSettingsSchema.shape)[K]['unwrap']>> },
  )
  .strict();
