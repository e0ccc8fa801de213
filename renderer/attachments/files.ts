// An attachment's bytes handed to the manager: opened in a new tab where the
// browser shows the type safely (a PDF, a picture, plain text), saved as a
// download otherwise. Anything that could run in the app's origin (HTML, SVG)
// is never opened, only saved.
import type { AttachmentContent } from '../../core/attachments';
import { MAX_ATTACHMENT_BYTES, formatLimit } from '../../core/attachment-limits';
import { downloadBlob } from '../data/files';

const SHOWN_INLINE = new Set(['application/pdf', 'image/png', 'image/jpeg', 'image/gif', 'image/webp', 'text/plain']);
/** A mail file (.eml) is text: it opens as plain text, never as a page. */
const SHOWN_AS_TEXT = new Set(['message/rfc822']);

const baseType = (type: string) => type.split(';')[0]!.trim().toLowerCase();
export const canOpenInline = (type: string) => SHOWN_INLINE.has(baseType(type)) || SHOWN_AS_TEXT.has(baseType(type));

function blobOf(file: AttachmentContent): Blob {
  if (SHOWN_AS_TEXT.has(baseType(file.type))) return new Blob([bytesOf(file)], { type: 'text/plain; charset=utf-8' });
  return new Blob([bytesOf(file)], { type: canOpenInline(file.type) ? file.type : 'application/octet-stream' });
}

function bytesOf(file: AttachmentContent): Uint8Array<ArrayBuffer> {
  const binary = atob(file.contentBase64);
  const bytes = new Uint8Array(binary.length);
  for (let i = 0; i < binary.length; i++) bytes[i] = binary.charCodeAt(i);
  return bytes;
}

/** Saves the file under its name (the browser's Downloads, or Electron's save dialog). */
export function saveFile(file: AttachmentContent): void {
  downloadBlob(blobOf(file), file.name);
}

/** Opens the file in a new tab when its type is shown safely, else saves it. */
export function openFile(file: AttachmentContent): void {
  if (!canOpenInline(file.type)) return saveFile(file);
  const url = URL.createObjectURL(blobOf(file));
  window.open(url, '_blank', 'noopener');
  window.setTimeout(() => URL.revokeObjectURL(url), 60_000);
}

/** A file over the limit, found before its bytes are read and sent. */
export const overLimit = (file: File) => file.size > MAX_ATTACHMENT_BYTES;
export const limitText = () => formatLimit(MAX_ATTACHMENT_BYTES);

/** A size in B, kB, MB as the manager reads it. */
export function sizeText(bytes: number, number: (value: number, options?: Intl.NumberFormatOptions) => string): string {
  if (bytes < 1024) return `${number(bytes)} B`;
  if (bytes < 1024 ** 2) return `${number(bytes / 1024, { maximumFractionDigits: 0 })} kB`;
  return `${number(bytes / 1024 ** 2, { maximumFractionDigits: 1 })} MB`;
}

/** Mail files: dropped on a supplier they become a draft interaction instead of an attachment. */
export const isMailFile = (file: File) => /\.(eml|msg)$/i.test(file.name);
