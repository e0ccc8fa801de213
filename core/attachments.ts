// Attachments: files kept inside the journal (design.md, "Capture"). Their
// content is stored once per SHA-256 and linked to an entry or a supplier
// (db/worker/attachments.ts); these are the limits and the shapes every
// shell and the screens share.
import { z } from 'zod';
import { id } from './schema-parts';
import { entryInput } from './schemas';
import { MAX_ATTACHMENT_BYTES } from './attachment-limits';

export { MAX_ATTACHMENT_BYTES, MAX_JOURNAL_ATTACHMENT_BYTES, formatLimit } from './attachment-limits';

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


/** The file itself, as the page sends it. */
const attachedFile = z
  .object({
    name: attachmentName,
    type: mediaType.default(''),
    // Over the limit: refused with the named error before the content is decoded.
    contentBase64: z.string().max(MAX_BASE64, { error: 'attachmentTooLarge' }).regex(/^[A-Za-z0-9+/]*={0,2}$/, { error: 'invalidContent' }),
  })
  .strict();

export const addAttachmentInput = attachedFile.extend({ target: attachmentTarget });

/** An entry written with a file kept on it (a mail saved from its draft). */
export const saveMailEntryInput = z.object({ entry: entryInput, mail: attachedFile }).strict();

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

/**
 * What the desktop shell's openAttachment and saveAttachment answer
 * (electron/attachment-files.ts): opened, or saved where (null: the manager
 * cancelled); or why not: `mustSave` (a type that would run rather than open:
 * it can only be saved), `noProgram` (nothing on this computer opens the type),
 * `failed`, `forbidden`, `invalid`, or the journal's error key.
 */
export type AttachmentFileResult = { ok: true; saved?: string | null } | { ok: false; error: string };

export interface AttachmentContent {
  name: string;
  type: string;
  contentBase64: string;
}
