// Attachments inside the journal file (core/attachments.ts, migration 012):
// the content stored once per SHA-256, linked to an entry or a supplier.
// Removing a link puts it in the trash; emptying the trash frees every
// content no link uses any more (purgeUnlinkedContent).
import crypto from 'node:crypto';
import {
  MAX_ATTACHMENT_BYTES, MAX_JOURNAL_ATTACHMENT_BYTES, formatLimit,
  type AddedAttachment, type Attachment, type AttachmentContent, type AttachmentTarget,
} from '../../core/attachments';
import { JournalError } from '../../core/errors';
import type { ExportedAttachment, ExportedAttachmentFile } from '../../core/export-format';
import type { ReadableDB, WritableDB } from './handles';

const now = () => new Date().toISOString();

const COLUMNS = `a.id, a.entry_id AS entryId, a.supplier_id AS supplierId, a.name, a.type, b.size, b.sha256, a.added_at AS addedAt`;

export const sha256Hex = (content: Uint8Array): string => crypto.createHash('sha256').update(content).digest('hex');

export function tooLarge(): JournalError {
  const max = formatLimit(MAX_ATTACHMENT_BYTES);
  return new JournalError('validation', 'attachmentTooLarge', [{ path: ['contentBase64'], key: 'attachmentTooLarge', params: { max } }]);
}

function journalFull(): JournalError {
  const max = formatLimit(MAX_JOURNAL_ATTACHMENT_BYTES);
  return new JournalError('conflict', 'attachmentsFull', [{ path: [], key: 'attachmentsFull', params: { max } }]);
}

function attachmentNotFound(): JournalError {
  return new JournalError('not_found', 'attachmentNotFound');
}

/** The link's target must be there and not in the trash. */
function checkTarget(db: ReadableDB, target: AttachmentTarget): void {
  if ('entryId' in target) {
    const live = db.prepare('SELECT 1 FROM entries e JOIN suppliers s ON s.id = e.supplier_id WHERE e.id = ? AND e.deleted_at IS NULL AND s.deleted_at IS NULL').get(target.entryId);
    if (!live) throw new JournalError('not_found', 'entryNotFound');
  } else {
    const live = db.prepare('SELECT 1 FROM suppliers WHERE id = ? AND deleted_at IS NULL').get(target.supplierId);
    if (!live) throw new JournalError('not_found', 'supplierNotFound');
  }
}

/** The blob with this content, stored when new; callers hold the transaction. */
export function storeContent(db: WritableDB, content: Uint8Array, hash = sha256Hex(content)): { blobId: number; storedNew: boolean } {
  if (content.byteLength > MAX_ATTACHMENT_BYTES) throw tooLarge();
  const existing = db.prepare('SELECT id FROM attachment_blobs WHERE sha256 = ?').pluck().get(hash) as number | undefined;
  if (existing !== undefined) return { blobId: existing, storedNew: false };
  const used = db.prepare('SELECT coalesce(sum(size), 0) FROM attachment_blobs').pluck().get() as number;
  if (used + content.byteLength > MAX_JOURNAL_ATTACHMENT_BYTES) throw journalFull();
  const info = db.prepare('INSERT INTO attachment_blobs (sha256, size, content) VALUES (?, ?, ?)').run(hash, content.byteLength, content);
  return { blobId: Number(info.lastInsertRowid), storedNew: true };
}

/** A link row; callers hold the transaction. */
export function insertLink(
  db: WritableDB, blobId: number, link: { entryId: number | null; supplierId: number | null; name: string; type: string; addedAt: string },
): number {
  const info = db
    .prepare('INSERT INTO attachments (blob_id, entry_id, supplier_id, name, type, added_at) VALUES (?, ?, ?, ?, ?, ?)')
    .run(blobId, link.entryId, link.supplierId, link.name, link.type, link.addedAt);
  return Number(info.lastInsertRowid);
}

export function addAttachment(
  db: WritableDB, input: { target: AttachmentTarget; name: string; type: string; contentBase64: string },
): AddedAttachment {
  const content = Buffer.from(input.contentBase64, 'base64');
  if (content.byteLength > MAX_ATTACHMENT_BYTES) throw tooLarge();
  const hash = sha256Hex(content);
  return db.transaction(() => {
    checkTarget(db, input.target);
    const { blobId, storedNew } = storeContent(db, content, hash);
    const entryId = 'entryId' in input.target ? input.target.entryId : null;
    const supplierId = 'supplierId' in input.target ? input.target.supplierId : null;
    const linkId = insertLink(db, blobId, { entryId, supplierId, name: input.name, type: input.type, addedAt: now() });
    return { ...readAttachment(db, linkId), storedNew };
  })();
}

/** One attachment that is not in the trash. */
export function readAttachment(db: ReadableDB, id: number): Attachment {
  const row = db.prepare<Attachment>(`SELECT ${COLUMNS} FROM attachments a JOIN attachment_blobs b ON b.id = a.blob_id WHERE a.id = ? AND a.deleted_at IS NULL`).get(id);
  if (!row) throw attachmentNotFound();
  return row;
}

/** An entry's or a supplier's attachments, oldest first (the trash left out). */
export function listAttachments(db: ReadableDB, target: AttachmentTarget): Attachment[] {
  const [column, value] = 'entryId' in target ? ['entry_id', target.entryId] : ['supplier_id', target.supplierId];
  return db
    .prepare<Attachment>(`SELECT ${COLUMNS} FROM attachments a JOIN attachment_blobs b ON b.id = a.blob_id WHERE a.${column} = ? AND a.deleted_at IS NULL ORDER BY a.added_at, a.id`)
    .all(value);
}

export function attachmentContent(db: ReadableDB, id: number): AttachmentContent {
  const row = db
    .prepare<{ name: string; type: string; content: Buffer }>('SELECT a.name, a.type, b.content FROM attachments a JOIN attachment_blobs b ON b.id = a.blob_id WHERE a.id = ? AND a.deleted_at IS NULL')
    .get(id);
  if (!row) throw attachmentNotFound();
  return { name: row.name, type: row.type, contentBase64: row.content.toString('base64') };
}

export function renameAttachment(db: WritableDB, id: number, name: string): Attachment {
  const info = db.prepare('UPDATE attachments SET name = ? WHERE id = ? AND deleted_at IS NULL').run(name, id);
  if (info.changes === 0) throw attachmentNotFound();
  return readAttachment(db, id);
}

/** To the trash: the content stays until the trash is emptied. */
export function removeAttachment(db: WritableDB, id: number): { deleted: true } {
  const info = db.prepare('UPDATE attachments SET deleted_at = ? WHERE id = ? AND deleted_at IS NULL').run(now(), id);
  if (info.changes === 0) throw attachmentNotFound();
  return { deleted: true };
}

export function restoreAttachment(db: WritableDB, id: number): void {
  const info = db.prepare('UPDATE attachments SET deleted_at = NULL WHERE id = ? AND deleted_at IS NOT NULL').run(id);
  if (info.changes === 0) throw attachmentNotFound();
}

/** Emptying the trash: the removed links go, then every content no link uses (callers hold the transaction). */
export function purgeTrashedAttachments(db: WritableDB): number {
  const links = db.prepare('DELETE FROM attachments WHERE deleted_at IS NOT NULL').run().changes;
  db.prepare('DELETE FROM attachment_blobs WHERE id NOT IN (SELECT blob_id FROM attachments)').run();
  return links;
}

/** Trash rows for the trash screen: removed attachments whose entry or supplier is still there. */
export interface TrashedAttachment {
  id: number;
  name: string;
  supplierName: string;
  deletedAt: string;
}

export function trashedAttachments(db: ReadableDB): TrashedAttachment[] {
  return db
    .prepare<TrashedAttachment>(
      `SELECT a.id, a.name, s.name AS supplierName, a.deleted_at AS deletedAt
       FROM attachments a
       LEFT JOIN entries e ON e.id = a.entry_id
       JOIN suppliers s ON s.id = coalesce(a.supplier_id, e.supplier_id)
       WHERE a.deleted_at IS NOT NULL AND s.deleted_at IS NULL AND (e.id IS NULL OR e.deleted_at IS NULL)`,
    )
    .all();
}

/** An exported content without its bytes: where to read them (blobId), one at a time. */
export interface ExportedContentRef {
  sha256: string;
  size: number;
  blobId: number;
}

/** The attachments' links of what an export holds (the trash left out) and each content once, by reference (callers hold the read transaction). */
export function exportAttachmentRefs(
  db: ReadableDB, supplierIds: Set<number>, entryIds: Set<number>,
): { attachments: ExportedAttachment[]; contents: ExportedContentRef[] } {
  const links = db
    .prepare<ExportedAttachment & { blobId: number; size: number }>(
      `SELECT a.id, a.entry_id AS entryId, a.supplier_id AS supplierId, a.name, a.type, a.added_at AS addedAt, b.sha256, b.id AS blobId, b.size
       FROM attachments a JOIN attachment_blobs b ON b.id = a.blob_id WHERE a.deleted_at IS NULL ORDER BY a.id`,
    )
    .all()
    .filter((a) => (a.entryId !== null ? entryIds.has(a.entryId) : supplierIds.has(a.supplierId!)));
  const contents = new Map<string, ExportedContentRef>();
  for (const { blobId, sha256, size } of links) if (!contents.has(sha256)) contents.set(sha256, { sha256, size, blobId });
  const attachments = links.map(({ blobId: _blob, size: _size, ...a }) => a);
  return { attachments, contents: [...contents.values()].sort((a, b) => (a.sha256 < b.sha256 ? -1 : 1)) };
}

/** One stored content's bytes, checked against its hash and size (an export never writes what the journal does not hold). */
export function readContent(db: ReadableDB, ref: ExportedContentRef): Buffer {
  const row = db.prepare<{ content: Buffer }>('SELECT content FROM attachment_blobs WHERE id = ? AND sha256 = ?').get(ref.blobId, ref.sha256);
  if (!row || row.content.byteLength !== ref.size) throw new JournalError('conflict', 'exportChanged');
  return row.content;
}

/** A content read from an export must be what its entry says: the same size and SHA-256. */
export function checkContent(content: Uint8Array, file: { sha256: string; size: number }, index: number): void {
  if (content.byteLength !== file.size || sha256Hex(content) !== file.sha256) {
    throw new JournalError('validation', 'attachmentHashMismatch', [{ path: ['attachmentFiles', index, 'sha256'], key: 'attachmentHashMismatch', params: {} }]);
  }
}

/** An import's attachments, linked to the ids their entries and suppliers got here (callers hold the transaction). */
export function importAttachments(
  db: WritableDB, links: ExportedAttachment[], files: ExportedAttachmentFile[],
  ids: { entry: (id: number) => number | undefined; supplier: (id: number) => number | undefined },
): number {
  const blobIds = new Map<string, number>();
  const stored = db.prepare('SELECT id FROM attachment_blobs WHERE sha256 = ?').pluck();
  files.forEach((file, i) => {
    if (file.contentBase64 === undefined) {
      // Content outside the JSON (a journal archive): already stored, checked, by importArchive.
      const blobId = stored.get(file.sha256) as number | undefined;
      if (blobId === undefined) throw new JournalError('validation', 'missingAttachmentFile', [{ path: ['attachmentFiles', i, 'sha256'], key: 'missingAttachmentFile', params: {} }]);
      blobIds.set(file.sha256, blobId);
      return;
    }
    const content = Buffer.from(file.contentBase64, 'base64');
    checkContent(content, file, i);
    blobIds.set(file.sha256, storeContent(db, content, file.sha256).blobId);
  });
  for (const a of links) {
    const entryId = a.entryId === null ? null : (ids.entry(a.entryId) ?? null);
    const supplierId = a.supplierId === null ? null : (ids.supplier(a.supplierId) ?? null);
    // checkExport has already refused a link to what the file does not hold.
    if (entryId === null && supplierId === null) throw new JournalError('validation', 'validation');
    insertLink(db, blobIds.get(a.sha256)!, { entryId, supplierId, name: a.name, type: a.type, addedAt: a.addedAt });
  }
  return links.length;
}
