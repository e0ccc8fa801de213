// The locked journal's limits (core/lock.ts), apart so the app's first
// screen (its passphrase offer) can name them without loading zod.

/** The idle times the manager can choose (minutes); null is never. */
export const LOCK_AFTER_MINUTES = [1, 5, 10, 15, 30, 60, 240] as const;
export const DEFAULT_LOCK_AFTER_MINUTES = 15;

export const MIN_PASSPHRASE = 8;
export const MAX_PASSPHRASE = 1024;
