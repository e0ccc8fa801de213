// Every declared supplier field (core/supplier-fields.ts) survives every path
// a manager's data takes: the table the migrations build, create and update,
// the JSON export and both imports, the CSV export, and the search index for
// the fields declared searchable. Each field carries a value other than its
// empty one, so a path that drops or mangles a field fails here by name.
import fs from 'node:fs';
import path from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { parseCsv, unguardCell } from '../../core/csv';
import { supplierColumnTitle, supplierFieldByTitle } from '../../core/csv-columns';
import { guessSupplierColumns } from '../../core/supplier-csv';
import { SUPPLIER_KEYS } from '../../core/export-format';
import type { SupplierInput } from '../../core/schemas';
import { SUPPLIER_FIELD_LIST, type NamedSupplierField, type SupplierValues } from '../../core/supplier-fields';
import type { Supplier } from '../../core/types';
import { exportCsv, exportJson } from '../worker/export';
import { importJson } from '../worker/import';
import type { Journal } from '../worker/journal';
import { SUPPLIER_COLUMNS } from '../worker/rows';
import { freshJournal, ok } from './helpers';

const opened: Journal[] = [];

/** A journal in a temp folder that is removed after the test, passed or failed. */
async function journal(): Promise<Journal> {
  const j = await freshJournal();
  opened.push(j);
  return j;
}

afterEach(() => {
  for (const j of opened.splice(0)) {
    if (j.db.open) j.close();
    fs.rmSync(path.dirname(j.db.name), { recursive: true, force: true });
  }
});

/** A value of the field other than its empty one; `variant` gives a second such value (for the update path). */
function sample(f: NamedSupplierField, variant = 0): unknown {
  switch (f.type) {
    case 'text':
      // Separators, quotes, a formula start and non-ASCII: what CSV and JSON must carry unchanged; a word of its own for search.
      return `=${f.name}${variant}; "quoted", ünï word${f.name}${variant}`.slice(0, f.max);
    case 'date':
      return variant ? '2026-04-01' : '2026-03-10';
    case 'months':
      return [7, 5, 2].filter((n) => n !== f.empty && f.schema.safeParse(n).success)[variant];
    case 'amount':
      return variant ? 99.25 : 168000.5;
    case 'currency':
      return variant ? 'USD' : 'GBP';
    case 'yesNo':
      return variant ? f.empty : !f.empty;
    case 'contacts':
      return [{ name: 'Anouk "de" Vries', role: `Account manager word${f.name}${variant}`, email: 'anouk@helder.example', phone: '+31 30 123 4567' }];
  }
}

const input = (variant = 0) => Object.fromEntries(SUPPLIER_FIELD_LIST.map((f) => [f.name, sample(f, variant)])) as SupplierInput;

/** The declared fields of a supplier, nothing else (no id, status or timestamps). */
const declared = (s: Supplier): SupplierValues =>
  Object.fromEntries(SUPPLIER_FIELD_LIST.map((f) => [f.name, s[f.name]])) as SupplierValues;

describe('every declared supplier field', () => {
  it('has its column in the table the migrations build, and the table no other', async () => {
    const j = await journal();
    const columns = (j.db.prepare('SELECT name FROM pragma_table_info(?)').pluck().all('suppliers') as string[]).sort();
    expect(columns).toEqual(['id', ...SUPPLIER_COLUMNS, 'status', 'ended_on', 'deleted_at', 'created_at', 'updated_at'].sort());
    expect(columns).toContain('contract_ref');
  });

  it('is stored and read back, and the update path writes it too', async () => {
    const j = await journal();
    const created = ok(j, 'createSupplier', input());
    expect(declared(created)).toEqual(input());
    expect(declared(ok(j, 'getSupplier', { id: created.id }))).toEqual(input());
    expect(declared(ok(j, 'listSuppliers', { includeEnded: true })[0]!)).toEqual(input());
    const updated = ok(j, 'updateSupplier', { ...input(1), id: created.id });
    expect(declared(updated)).toEqual(input(1));
    expect(declared(ok(j, 'getSupplier', { id: created.id }))).toEqual(input(1));
  });

  it('is in the JSON export, in declared order, and comes back through both imports', async () => {
    const source = await journal();
    const created = ok(source, 'createSupplier', input());
    const text = exportJson(source.db);
    const [exported] = (JSON.parse(text) as { suppliers: Record<string, unknown>[] }).suppliers;
    expect(Object.keys(exported!)).toEqual(SUPPLIER_KEYS);
    expect(exported).toMatchObject(input() as Record<string, unknown>);

    const empty = await journal();
    importJson(empty.db, text, { mode: 'replace-empty' });
    expect(declared(ok(empty, 'getSupplier', { id: created.id }))).toEqual(input());

    const other = await journal();
    ok(other, 'createSupplier', { name: 'Already here' });
    importJson(other.db, text, { mode: 'add-as-new' });
    const added = ok(other, 'listSuppliers', { includeEnded: true }).find((s) => s.name === input().name)!;
    expect(declared(added)).toEqual(input());
  });

  it('imports with its empty value from an export written before it existed', async () => {
    const source = await journal();
    ok(source, 'createSupplier', { name: 'Acme' });
    const data = JSON.parse(exportJson(source.db)) as { suppliers: Record<string, unknown>[] };
    // Every field but the required name, left out one at a time: a file from before it was added.
    for (const f of SUPPLIER_FIELD_LIST.filter((x) => x.name !== 'name')) {
      const { [f.name]: _left, ...older } = data.suppliers[0]!;
      const target = await journal();
      importJson(target.db, JSON.stringify({ ...data, suppliers: [older] }), { mode: 'replace-empty' });
      expect(ok(target, 'listSuppliers', { includeEnded: true })[0]![f.name], f.name).toEqual(f.empty);
    }
  });

  for (const language of ['en', 'nl'] as const) {
    it(`is a column of the suppliers' CSV export, its cell written for a spreadsheet (${language})`, async () => {
      const j = await journal();
      ok(j, 'createSupplier', input());
      const parsed = parseCsv(exportCsv(j.db, 'suppliers', { language }));
      if (!parsed.ok) throw new Error('the export does not parse');
      const [header, row] = parsed.records;
      expect(header!.cells).toEqual(SUPPLIER_KEYS.map((k) => supplierColumnTitle(k, language)));
      // Every column's title is read back as its field by the supplier-list import.
      expect(guessSupplierColumns(header!.cells, supplierFieldByTitle())).toEqual(
        Object.fromEntries(SUPPLIER_FIELD_LIST.filter((f) => f.type !== 'contacts').map((f) => [f.name, supplierColumnTitle(f.name, language)])),
      );
      const cell = (name: string) => unguardCell(row!.cells[header!.cells.indexOf(supplierColumnTitle(name, language))]!);
      const [yes, no] = language === 'nl' ? ['ja', 'nee'] : ['yes', 'no'];
      for (const f of SUPPLIER_FIELD_LIST) {
        const v = sample(f);
        const expected = f.type === 'yesNo' ? (v ? yes : no)
          : f.type === 'amount' ? (language === 'nl' ? String(v).replace('.', ',') : String(v))
          : f.type === 'date' && language === 'nl' ? String(v).split('-').reverse().join('-')
          : f.type === 'contacts' ? 'Anouk "de" Vries (Account manager wordcontacts0) <anouk@helder.example> +31 30 123 4567'
          : String(v);
        expect(cell(f.name), f.name).toBe(expected);
      }
    });
  }

  it('declared searchable is found by the search, also after an update; the index reads exactly those columns', async () => {
    const j = await journal();
    const searchable = SUPPLIER_FIELD_LIST.filter((f) => f.search);
    expect(searchable.map((f) => f.name)).toContain('name');
    const found = (word: string) => ok(j, 'search', { query: word }).suppliers.map((s) => s.supplierId);
    const s = ok(j, 'createSupplier', input());
    for (const f of searchable) expect(found(`word${f.name}0`), f.name).toEqual([s.id]);
    ok(j, 'updateSupplier', { ...input(1), id: s.id });
    for (const f of searchable) {
      expect(found(`word${f.name}1`), f.name).toEqual([s.id]);
      expect(found(`word${f.name}0`), f.name).toEqual([]);
    }
    // The migrations' view and update trigger name exactly the declared searchable columns.
    const schema = (name: string) => j.db.prepare('SELECT sql FROM sqlite_schema WHERE name = ?').pluck().get(name) as string;
    const wanted = searchable.map((f) => f.column).sort();
    const read = SUPPLIER_COLUMNS.filter((c) => new RegExp(`\\bs\\.${c}\\b`).test(schema('supplier_search_source'))).sort();
    expect(read).toEqual(wanted);
    const watched = /AFTER UPDATE OF ([\w\s,]+?) ON suppliers/.exec(schema('supplier_search_update'))![1]!.split(',').map((c) => c.trim()).sort();
    expect(watched).toEqual(wanted);
  });

  it('that the export holds is documented, in order, in docs/export-format.md', () => {
    const doc = fs.readFileSync(path.join(__dirname, '../../docs/export-format.md'), 'utf8');
    const table = doc.slice(doc.indexOf('## Supplier'), doc.indexOf('## Entry'));
    // The first cell of each row names one or more fields: | `contractStart`, `contractEnd` | ...
    const documented = table.split('\n').filter((l) => l.startsWith('| `')).flatMap((l) => [...l.split('|')[1]!.matchAll(/`(\w+)`/g)].map((m) => m[1]));
    expect(documented).toEqual(SUPPLIER_KEYS);
  });
});
