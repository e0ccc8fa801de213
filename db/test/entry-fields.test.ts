// Every declared entry field survives every path a user's data takes: the
// database, the engine's own read, the JSON export and import, and the CSV
// export and import. Each field carries a value other than its default, so a
// field that a path drops or mangles fails here by name.
import { describe, expect, it } from 'vitest';
import { CSV_FIELDS, parseCsv } from '../../core/csv';
import { guessDateFormat, guessMapping } from '../../core/csv-mapping';
import { ENTRY_KINDS, FIELDS_OF_KIND, COMMON_FIELD_LIST, type NamedField } from '../../core/entry-fields';
import type { EntryInput } from '../../core/schemas';
import type { Entry, EntryKind } from '../../core/types';
import { exportCsv, exportJson } from '../worker/export';
import { importCsv, importJson } from '../worker/import';
import { ENTRY_COLUMNS } from '../worker/rows';
import { trustEntries } from '../worker/trust';
import { freshJournal, ok } from './helpers';

const DATE = '2026-03-01';

/** A value of the field that is not its default (and that the kind's rules accept). */
function sample(f: NamedField): unknown {
  const fallback = f.type === 'date' || f.type === 'text' ? undefined : f.schema.parse(undefined);
  switch (f.type) {
    case 'choice':
      return f.values!.find((v) => v !== fallback);
    case 'date':
      return f.name === 'date' ? DATE : '2026-03-10';
    case 'text':
      // Separators, quotes, a formula start and non-ASCII: what CSV and JSON must carry unchanged.
      return `=${f.name}; "quoted", ünï ${f.name === 'ticketRef' ? 'INC-2024-0042' : 'text'}`;
    case 'yesNo':
      return !fallback;
    case 'yesNoUnknown':
      return false;
    case 'score':
      return 4;
    case 'tags':
      return ['alpha', 'beta'];
  }
}

function input(kind: EntryKind, supplierId: number): EntryInput {
  const values = Object.fromEntries([...COMMON_FIELD_LIST, ...FIELDS_OF_KIND[kind]].map((f) => [f.name, sample(f)]));
  return { ...values, supplierId, kind } as EntryInput;
}

/** The declared fields of an entry, nothing else (no ids or timestamps). */
const declared = (e: Entry) =>
  Object.fromEntries([...COMMON_FIELD_LIST, ...FIELDS_OF_KIND[e.kind]].map((f) => [f.name, (e as unknown as Record<string, unknown>)[f.name]]));

async function journalWithEveryField() {
  const journal = await freshJournal();
  const supplier = ok(journal, 'createSupplier', { name: 'Acme' });
  const entries = ENTRY_KINDS.map((kind) => ok(journal, 'createEntry', input(kind, supplier.id)));
  return { journal, supplier, entries };
}

describe('every declared entry field', () => {
  it('has its column in the table the migrations build, and the table no other', async () => {
    const journal = await freshJournal();
    const columns = (journal.db.prepare('SELECT name FROM pragma_table_info(?)').pluck().all('entries') as string[]).sort();
    expect(columns).toEqual([...ENTRY_COLUMNS, 'id', 'deleted_at', 'created_at', 'updated_at'].sort());
    expect(columns).toContain('ticket_ref');
    journal.close();
  });

  it('is stored and read back, and the update path writes it too', async () => {
    const { journal, supplier, entries } = await journalWithEveryField();
    for (const e of entries) {
      const { supplierId: _s, kind: _k, ...expected } = input(e.kind, supplier.id) as unknown as Record<string, unknown>;
      expect(declared(e), e.kind).toEqual(expected);
      expect(declared(ok(journal, 'getEntry', { id: e.id }))).toEqual(declared(e));
    }
    const incident = entries.find((e) => e.kind === 'incident')!;
    const updated = ok(journal, 'updateEntry', { ...(input('incident', supplier.id) as Extract<EntryInput, { kind: 'incident' }>), id: incident.id, ticketRef: 'CHG-7' });
    expect(updated).toMatchObject({ kind: 'incident', ticketRef: 'CHG-7' });
    journal.close();
  });

  it("reaches the trust engine's read with every field but the free texts", async () => {
    const { journal, entries } = await journalWithEveryField();
    const read = trustEntries(journal.db, null);
    for (const e of entries) {
      const mine = read.find((r) => r.id === e.id)!;
      for (const f of [...COMMON_FIELD_LIST, ...FIELDS_OF_KIND[e.kind]]) {
        const value = (mine as unknown as Record<string, unknown>)[f.name];
        if (f.type === 'tags') expect(value, f.name).toEqual([]);
        else if (f.type === 'text' && f.name !== 'title') expect(value, f.name).toBe('');
        else expect(value, `${e.kind}.${f.name}`).toEqual((e as unknown as Record<string, unknown>)[f.name]);
      }
    }
    journal.close();
  });

  it('round-trips through the JSON export and import', async () => {
    const { journal, entries } = await journalWithEveryField();
    const text = exportJson(journal.db);
    const target = await freshJournal();
    importJson(target.db, text);
    for (const e of entries) expect(declared(ok(target, 'getEntry', { id: e.id }))).toEqual(declared(e));
    const exported = JSON.parse(text) as { entries: Record<string, unknown>[] };
    expect(exported.entries.find((e) => e.kind === 'incident')).toMatchObject({ ticketRef: '=ticketRef; "quoted", ünï INC-2024-0042' });
    journal.close();
    target.close();
  });

  for (const language of ['en', 'nl'] as const) {
    it(`round-trips through the CSV export and import (${language})`, async () => {
      const { journal, entries } = await journalWithEveryField();
      const csv = exportCsv(journal.db, 'entries', { language });
      const parsed = parseCsv(csv);
      if (!parsed.ok) throw new Error('unparsable');
      const header = parsed.records[0]!.cells;
      expect(header).toContain(language === 'nl' ? 'Ticketnummer' : 'Ticket reference');
      const target = await freshJournal();
      const other = ok(target, 'createSupplier', { name: 'Acme' });
      // The export's own titles name every field, in either language: no mapping step.
      const { mapping } = guessMapping(header);
      expect(Object.keys(mapping).sort()).toEqual([...CSV_FIELDS].sort());
      expect(importCsv(target.db, csv, mapping, { supplierId: other.id, dateFormat: guessDateFormat(parsed.records.flatMap((r) => r.cells)) }).imported).toBe(entries.length);
      const back = ok(target, 'listEntries', { supplierId: other.id });
      for (const e of entries) expect(declared(back.find((b) => b.kind === e.kind)!)).toEqual(declared(e));
      journal.close();
      target.close();
    });
  }
});
