// The attachments' limits (core/attachments.ts), apart so the error
// messages (core/errors.ts) can name them without importing the schemas.

/** One file may be at most this large: a contract, a report, a mail with its attachments. */
export const MAX_ATTACHMENT_BYTES = 50 * 1024 * 1024;
/** All attachments of a journal together (each content counted once). */
export const MAX_JOURNAL_ATTACHMENT_BYTES = 2 * 1024 * 1024 * 1024;

/** The limits as the errors name them ("50 MB", "2 GB"). */
export function formatLimit(bytes: number): string {
  const gb = bytes / 1024 ** 3;
  return gb >= 1 ? `${Math.round(gb * 10) / 10} GB` : `${Math.round(bytes / 1024 ** 2)} MB`;
}

