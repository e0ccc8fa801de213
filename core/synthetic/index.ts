export { generate } from './generate';
export type { GenerateOptions, SyntheticJournal } from './generate';
export { behaviourOn, naturalEntriesPerWeek, PROFILES, QUIET_FROM_DAY, STEADY, TURNED_BAD, TURNS_BAD_FROM_DAY } from './profiles';
export type { Behaviour, Profile, SupplierProfile } from './profiles';
export { createRng, mixSeed, mulberry32 } from './prng';
export type { Rng } from './prng';
