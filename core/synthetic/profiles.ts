// How a synthetic supplier behaves, per phase of its life. Rates are per week
// at the profile's natural pace; generate() scales them to the requested
// entries per week. Numbers follow design.md's calibration text.
export type SupplierProfile = 'steady' | 'turnsBad' | 'quiet';
export type Profile = SupplierProfile | 'mix';
export const PROFILES = ['steady', 'turnsBad', 'quiet', 'mix'] as const satisfies readonly Profile[];

export interface Behaviour {
  /** Interactions per week and their tone: positive, neutral, negative. */
  contactsPerWeek: number;
  tone: readonly [number, number, number];
  promisesPerWeek: number;
  /** Outcome weights: kept, kept late, broken, renegotiated. */
  outcome: readonly [number, number, number, number];
  incidentsPerWeek: number;
  /** Severity weights: low, medium, high, critical. */
  severity: readonly [number, number, number, number];
  handledWell: number;
  advicePerWeek: number;
  notesPerWeek: number;
  /** Our own promises per week (client-conduct log) and how often we keep them. */
  ourPromisesPerWeek: number;
  ourKept: number;
  /** Mean review score (1-5); reviews come every reviewIntervalMonths. */
  reviewScore: number;
}

const WEEKS_PER_MONTH = 52 / 12;

/** Weekly contact, two promises a month (nine in ten kept), an incident every two months, mostly low. */
export const STEADY: Behaviour = {
  contactsPerWeek: 1,
  tone: [0.3, 0.6, 0.1],
  promisesPerWeek: 2 / WEEKS_PER_MONTH,
  outcome: [0.9, 0.05, 0.03, 0.02],
  incidentsPerWeek: 0.5 / WEEKS_PER_MONTH,
  severity: [0.7, 0.25, 0.05, 0],
  handledWell: 0.6,
  advicePerWeek: 0.1,
  notesPerWeek: 0.1,
  ourPromisesPerWeek: 0.1,
  ourKept: 0.85,
  reviewScore: 4,
};

/**
 * The bad year: four in ten promises late or broken, incidents twice as often
 * and more severe. The manager's reviews and the tone of contact follow.
 */
export const TURNED_BAD: Behaviour = {
  ...STEADY,
  tone: [0.15, 0.6, 0.25],
  outcome: [0.58, 0.2, 0.2, 0.02],
  incidentsPerWeek: 2 * STEADY.incidentsPerWeek,
  severity: [0.35, 0.4, 0.2, 0.05],
  handledWell: 0.3,
  advicePerWeek: 0.03,
  reviewScore: 2.5,
};

/** Nothing at all: no contact, no promises, no incidents. */
export const SILENT: Behaviour = {
  ...STEADY,
  contactsPerWeek: 0,
  promisesPerWeek: 0,
  incidentsPerWeek: 0,
  advicePerWeek: 0,
  notesPerWeek: 0,
  ourPromisesPerWeek: 0,
  reviewScore: 0,
};

/** Behaviour of a profile on day `dayIndex` (0 = first day of the journal). */
export function behaviourOn(profile: SupplierProfile, dayIndex: number): Behaviour {
  switch (profile) {
    case 'steady': return STEADY;
    case 'turnsBad': return dayIndex >= TURNS_BAD_FROM_DAY ? TURNED_BAD : STEADY;
    case 'quiet': return dayIndex >= QUIET_FROM_DAY ? SILENT : STEADY;
  }
}

/** The day a turnsBad supplier turns (its second year; it does not recover). */
export const TURNS_BAD_FROM_DAY = 365;

/** The day a quiet supplier goes silent (after a steady first year). */
export const QUIET_FROM_DAY = 365;

/** Entries per week a behaviour makes at its natural pace (reviews aside). */
export function naturalEntriesPerWeek(b: Behaviour = STEADY): number {
  return b.contactsPerWeek + b.promisesPerWeek + b.incidentsPerWeek + b.advicePerWeek + b.notesPerWeek + b.ourPromisesPerWeek;
}
