// Every number the trust engine uses, with the documented defaults (design.md,
// "Trust model"). Weights are magnitudes: the sign comes from whether an
// evidence item is positive (r) or negative (s). Storage is the journal's job.
import { z } from 'zod';

const weight = (def: number) => z.number().min(0).max(20).default(def);

export const trustSettingsSchema = z
  .object({
    /** Days after which positive evidence counts half. */
    halfLifePositiveDays: z.number().min(7).max(3650).default(180),
    /** Days after which negative evidence counts half: mistakes are remembered longer. */
    halfLifeNegativeDays: z.number().min(7).max(3650).default(360),
    /** Every negative weight is multiplied by this (trust is easier to destroy than to build). */
    asymmetry: z.number().min(1).max(5).default(1.5),
    /** Prior weight W: how much evidence it takes to move trust away from the base rate. */
    priorWeight: z.number().min(0.5).max(200).default(10),
    /** Base rate a: trust with no (or only faded) evidence. */
    baseRate: z.number().min(0.05).max(0.95).default(0.5),

    promiseKeptResult: weight(1.5),
    promiseKeptEffort: weight(1),
    promiseKeptLatePositive: weight(0.3),
    promiseKeptLateNegative: weight(0.3),
    promiseBrokenResult: weight(2),
    promiseBrokenEffort: weight(1),
    /** Broken (or overdue) promises that were in the contract weigh this much more. */
    promiseInContractFactor: z.number().min(1).max(5).default(1.5),
    /** Renegotiated or withdrawn on or before the due date (or with no due date). */
    promiseRenegotiatedEarly: weight(0),
    /** Renegotiated or withdrawn after the due date had passed. */
    promiseRenegotiatedLate: weight(0.5),

    incidentLow: weight(0.25),
    incidentMedium: weight(1),
    incidentHigh: weight(2.5),
    incidentCritical: weight(5),
    incidentHandledWell: weight(0.75),

    interactionPositive: weight(0.75),
    interactionNeutral: weight(0.25),
    interactionNegative: weight(0.75),

    advice: weight(1),

    /** Multiplies a review's total r = score - 1 and s = 5 - score. */
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
