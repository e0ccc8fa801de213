// Entry templates in the journal (core/templates.ts, migration 015): listed,
// saved, renamed or changed, moved to the trash and back, exported and
// imported. A name is one template's only: two that differ only in case are
// refused, in the manager's language, beside the name field.
import { JournalError } from '../../core/errors';
import { TEMPLATE_NAME_MAX, templateNameKey, templateValues, type EntryTemplate, type TemplateValues } from '../../core/templates';
import type { ReadableDB, WritableDB } from './handles';

const now = () => new Date().toISOString();

interface TemplateRow {
  id: number;
  name: string;
  kind: EntryTemplate['kind'];
  entry_values: string;
  created_at: string;
  updated_at: string;
}

const fromRow = (r: TemplateRow): EntryTemplate => ({
  id: r.id,
  name: r.name,
  kind: r.kind,
  // Parsed again: a value a later version adds to a field's default reads as the schema gives it.
  values: templateValues.parse(JSON.parse(r.entry_values)) as TemplateValues,
  createdAt: r.created_at,
  updatedAt: r.updated_at,
});

export function templateNotFound(): JournalError {
  return new JournalError('not_found', 'templateNotFound');
}

function nameTaken(name: string): JournalError {
  return new JournalError('conflict', 'templateNameTaken', [{ path: ['name'], key: 'templateNameTaken', params: { name } }]);
}

/** Live templates, by name as a person sorts them. */
export function listTemplates(db: ReadableDB): EntryTemplate[] {
  const rows = db.prepare<TemplateRow>('SELECT * FROM entry_templates WHERE deleted_at IS NULL').all();
  return rows.map(fromRow).sort((a, b) => a.name.localeCompare(b.name, undefined, { sensitivity: 'base' }) || a.id - b.id);
}

export function readTemplate(db: ReadableDB, id: number): EntryTemplate {
  const row = db.prepare<TemplateRow>('SELECT * FROM entry_templates WHERE id = ? AND deleted_at IS NULL').get(id);
  if (!row) throw templateNotFound();
  return fromRow(row);
}

/** Refuses a name another live template has (case aside); callers hold the transaction. */
function checkName(db: ReadableDB, name: string, exceptId: number | null): void {
  const other = db.prepare<number>('SELECT id FROM entry_templates WHERE name_key = ? AND deleted_at IS NULL AND id IS NOT ?').pluck().get(templateNameKey(name), exceptId);
  if (other !== undefined) throw nameTaken(name);
}

/** One template row with its id kept (an import) or a new one; callers hold the transaction and check the name. */
export function insertTemplateRow(
  db: WritableDB, t: { name: string; values: TemplateValues }, id: number | null, createdAt: string, updatedAt: string,
): number {
  const info = db
    .prepare('INSERT INTO entry_templates (id, name, name_key, kind, entry_values, created_at, updated_at) VALUES (?, ?, ?, ?, ?, ?, ?)')
    .run(id, t.name, templateNameKey(t.name), t.values.kind, JSON.stringify(t.values), createdAt, updatedAt);
  return Number(info.lastInsertRowid);
}

export function createTemplate(db: WritableDB, input: { name: string; values: TemplateValues }): EntryTemplate {
  const id = db.transaction(() => {
    checkName(db, input.name, null);
    const stamp = now();
    return insertTemplateRow(db, input, null, stamp, stamp);
  })();
  return readTemplate(db, id);
}

/** A rename, or new values, or both. */
export function updateTemplate(db: WritableDB, input: { id: number; name: string; values: TemplateValues }): EntryTemplate {
  return db.transaction(() => {
    readTemplate(db, input.id);
    checkName(db, input.name, input.id);
    db.prepare('UPDATE entry_templates SET name = ?, name_key = ?, kind = ?, entry_values = ?, updated_at = ? WHERE id = ?')
      .run(input.name, templateNameKey(input.name), input.values.kind, JSON.stringify(input.values), now(), input.id);
    return readTemplate(db, input.id);
  })();
}

/** To the trash (restorable). */
export function deleteTemplate(db: WritableDB, id: number): { deleted: true } {
  const info = db.prepare('UPDATE entry_templates SET deleted_at = ? WHERE id = ? AND deleted_at IS NULL').run(now(), id);
  if (info.changes === 0) throw templateNotFound();
  return { deleted: true };
}

/** Back from the trash, unless a live template has taken its name meanwhile. */
export function restoreTemplate(db: WritableDB, id: number): void {
  db.transaction(() => {
    const name = db.prepare('SELECT name FROM entry_templates WHERE id = ? AND deleted_at IS NOT NULL').pluck().get(id) as string | undefined;
    if (name === undefined) throw templateNotFound();
    checkName(db, name, id);
    db.prepare('UPDATE entry_templates SET deleted_at = NULL, updated_at = ? WHERE id = ?').run(now(), id);
  })();
}

export function purgeTrashedTemplates(db: WritableDB): number {
  return db.prepare('DELETE FROM entry_templates WHERE deleted_at IS NOT NULL').run().changes;
}

/** Trash rows for the trash screen. */
export function trashedTemplates(db: ReadableDB): { id: number; name: string; kind: EntryTemplate['kind']; deletedAt: string }[] {
  return db.prepare<{ id: number; name: string; kind: EntryTemplate['kind']; deletedAt: string }>(
    'SELECT id, name, kind, deleted_at AS deletedAt FROM entry_templates WHERE deleted_at IS NOT NULL',
  ).all();
}

/** For an export: the live templates, by id. */
export function exportTemplates(db: ReadableDB): EntryTemplate[] {
  return db.prepare<TemplateRow>('SELECT * FROM entry_templates WHERE deleted_at IS NULL ORDER BY id').all().map(fromRow);
}

/**
 * An import's templates: with their ids into an empty journal, or beside the
 * ones here. There a template with a name already here is left out when it
 * fills in the same, and otherwise added as "Name (2)". Callers hold the transaction.
 */
export function importTemplates(db: WritableDB, templates: readonly EntryTemplate[], keepIds: boolean): number {
  let written = 0;
  for (const t of templates) {
    if (keepIds) {
      insertTemplateRow(db, t, t.id, t.createdAt, t.updatedAt);
      written += 1;
      continue;
    }
    const same = db.prepare('SELECT entry_values FROM entry_templates WHERE name_key = ? AND deleted_at IS NULL').pluck().get(templateNameKey(t.name)) as string | undefined;
    if (same !== undefined && same === JSON.stringify(t.values)) continue;
    let name = t.name;
    for (let n = 2; db.prepare('SELECT 1 FROM entry_templates WHERE name_key = ? AND deleted_at IS NULL').get(templateNameKey(name)); n++) {
      const suffix = ` (${n})`;
      name = `${t.name.slice(0, TEMPLATE_NAME_MAX - suffix.length).trimEnd()}${suffix}`;
    }
    insertTemplateRow(db, { name, values: t.values }, null, t.createdAt, t.updatedAt);
    written += 1;
  }
  return written;
}
