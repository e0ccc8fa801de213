// Attachments: files kept inside the journal (design.md, "Capture"). Their
// content is stored once per SHA-256 and linked to an entry or a supplier
// (db/worker/attachments.ts); these are the limits and the shapes every
// shell and the screens share.
import { z } from 'zod';
import { id } from './schema-parts';

/** One file may be at most this large: a contract, a report, a mail with its attachments. */
export const MAX_ATTACHMENT_BYTES = 50 * 1024 * 1024;
/** All attachments of a journal together (each content counted once). */
export const MAX_JOURNAL_ATTACHMENT_BYTES = 2 * 1024 * 1024 * 1024;

/** The limits as the errors name them ("50 MB", "2 GB"). */
export function formatLimit(bytes: number): string {
  const gb = bytes / 1024 ** 3;
  return gb >= 1 ? `${Math.round(gb * 10) / 10} GB` : `${Math.round(bytes / 1024 ** 2)} MB`;
}

/** Base64 of a file at the limit, with room for padding: longer text cannot be a file within it. */
const MAX_BASE64 = Math.ceil(MAX_ATTACHMENT_BYTES / 3) * 4 + 4;

/** No folder separators and no control characters (code points below 32): a name, never a path. */
const plainName = (name: string) => !/[/\\]/.test(name) && [...name].every((c) => c.charCodeAt(0) >= 32);
export const attachmentName = z.string().trim().min(1).max(255).refine(plainName, { error: 'invalidFileName' });
/** A media type as a browser reports it ('' when it does not know). */
const mediaType = z.string().max(200).regex(/^([\w.+-]+\/[\w.+-]+(;.*)?)?$/, { error: 'invalid' });

/** What an attachment hangs on: an entry or a supplier, never both. */
export const attachmentTarget = z.union([
  z.object({ entryId: id }).strict(),
  z.object({ supplierId: id }).strict(),
]);
export type AttachmentTarget = z.output<typeof attachmentTarget>;

export const addAttachmentInput = z
  .object({
    target: attachmentTarget,
    name: attachmentName,
    type: mediaType.default(''),
    // Over the limit: refused with the named error before the content is decoded.
    contentBase64: z.string().max(MAX_BASE64, { error: 'attachmentTooLarge' }).regex(/^[A-Za-z0-9+/]*={0,2}$/, { error: 'invalidContent' }),
  })
  .strict();

export const renameAttachmentInput = z.object({ id, name: attachmentName }).strict();

export interface Attachment {
  id: number;
  entryId: number | null;
  supplierId: number | null;
  name: string;
  type: string;
  size: number;
  /** SHA-256 of the content, hex: the same file attached twice has one. */
  sha256: string;
  addedAt: string;
}

export interface AddedAttachment extends Attachment {
  /** False when the journal already held this content: it cost no space again. */
  storedNew: boolean;
}

export interface AttachmentContent {
  name: string;
  type: string;
  contentBase64: string;
}
