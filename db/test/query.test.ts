// The `sql` tagged template (db/worker/query.ts): values are always bound, never
// text; fragments nest; names come only from the fixed list. Run on real
// SQLite connections.
import Database from 'better-sqlite3-multiple-ciphers';
import { afterEach, describe, expect, it } from 'vitest';
import { asWritable } from '../worker/handles';
import { all, get, run, sql, sqlId, sqlJoin, sqlParam, SQL_IDENTIFIERS, type SqlFragment, type SqlValue } from '../worker/query';
import { freshJournal, ok } from './helpers';

const placeholders = (q: SqlFragment) => (q.text.match(/\?/g) ?? []).length;

const dbs: Database.Database[] = [];
afterEach(() => dbs.splice(0).forEach((db) => db.close()));

function memory() {
  const db = new Database(':memory:');
  dbs.push(db);
  db.exec('CREATE TABLE suppliers (id INTEGER PRIMARY KEY, name TEXT NOT NULL)');
  return asWritable(db);
}

const INJECTION = "x'); DROP TABLE suppliers; --";

describe('sql', () => {
  it('turns each value into a bound ? and keeps the literal text as it is', () => {
    const q = sql`SELECT * FROM suppliers WHERE name = ${'Acme'} AND id > ${3}`;
    expect(q.text).toBe('SELECT * FROM suppliers WHERE name = ? AND id > ?');
    expect(q.params).toEqual(['Acme', 3]);
  });

  it('nests fragments: their text spliced in, their values in order', () => {
    const inner = sql`${1} + ${2}`;
    const middle = sql`(${inner}) * ${3}`;
    const q = sql`SELECT ${middle} AS n, ${'a'} AS s, ${sql`${4}`} AS m`;
    expect(q.text).toBe('SELECT (? + ?) * ? AS n, ? AS s, ? AS m');
    expect(q.params).toEqual([1, 2, 3, 'a', 4]);
    expect(get(memory(), q)).toEqual({ n: 9, s: 'a', m: 4 });
  });

  it('never puts a value into the text, whatever it holds', () => {
    const values: SqlValue[] = [INJECTION, "' OR '1'='1", '"; --', '?', '@name', 42, null, 10n, Buffer.from('bytes')];
    for (const v of values) {
      const q = sql`SELECT ${v} AS v`;
      expect(q.text).toBe('SELECT ? AS v');
      expect(q.params).toEqual([v]);
    }
  });

  it('keeps an injection attempt as data: stored and read back verbatim, the table still there', () => {
    const db = memory();
    run(db, sql`INSERT INTO suppliers (name) VALUES (${INJECTION})`);
    expect(all(db, sql`SELECT name FROM suppliers WHERE name = ${INJECTION}`)).toEqual([{ name: INJECTION }]);
    expect(all(db, sql`SELECT name FROM suppliers WHERE name = ${"' OR '1'='1"}`)).toEqual([]);
    expect(get(db, sql`SELECT count(*) AS n FROM suppliers`)).toEqual({ n: 1 });
  });

  it('counts one placeholder per value, through joins and nesting', () => {
    const kinds = ['note', 'promise', 'incident'];
    const where = sqlJoin([sql`e.supplier_id = ${7}`, sql`e.kind IN (${sqlJoin(kinds)})`, sql`e.date >= ${'2026-01-01'}`], sql` AND `);
    const q = sql`SELECT * FROM entries e WHERE ${where} ORDER BY e.date`;
    expect(q.text).toBe('SELECT * FROM entries e WHERE e.supplier_id = ? AND e.kind IN (?, ?, ?) AND e.date >= ? ORDER BY e.date');
    expect(placeholders(q)).toBe(q.params.length);
    expect(q.params).toEqual([7, 'note', 'promise', 'incident', '2026-01-01']);
    expect(sqlJoin([]).text).toBe('');
    expect(placeholders(sqlJoin([1, 2, 3, 4, 5]))).toBe(5);
  });

  it('refuses what it cannot bind instead of turning it into text', () => {
    const bad: unknown[] = [true, undefined, { a: 1 }, ['a', 'b'], () => 1];
    for (const v of bad) expect(() => sql`SELECT ${v as SqlValue}`).toThrow(TypeError);
  });

  it('takes a table or column name only from the fixed list, quoted', () => {
    expect(sql`SELECT ${sqlId('title')} FROM ${sqlId('entries')}`.text).toBe('SELECT "title" FROM "entries"');
    expect(SQL_IDENTIFIERS.has('root_cause')).toBe(true); // declared in core/entry-fields.ts
    for (const name of ['name; DROP TABLE entries', 'title"', 'sqlite_schema', '']) expect(() => sqlId(name)).toThrow(/not a known table or column/);
    expect(sqlParam('title').text).toBe('@title');
    expect(() => sqlParam('x; --')).toThrow(/not a known/);
  });

  it('gives fragments that cannot be changed after they are built', () => {
    const q = sql`SELECT ${1}`;
    expect(Object.isFrozen(q)).toBe(true);
    expect(() => (q.params as SqlValue[]).push(2)).toThrow();
  });
});

describe('the journal with sql-built queries', () => {
  it('finds entries by text and tag with quotes and SQL in them as plain text', async () => {
    const journal = await freshJournal();
    const s = ok(journal, 'createSupplier', { name: INJECTION });
    ok(journal, 'createEntry', { supplierId: s.id, kind: 'note', date: '2026-06-01', title: "It's 100% done", tags: ["o'brien"] });
    ok(journal, 'createEntry', { supplierId: s.id, kind: 'note', date: '2026-06-02', title: 'Other' });
    const find = (filter: object) => ok(journal, 'listEntries', { supplierId: s.id, ...filter }).map((e) => e.title);
    expect(find({ text: "it's 100%" })).toEqual(["It's 100% done"]);
    expect(find({ text: "' OR 1=1 --" })).toEqual([]);
    expect(find({ tag: "o'brien" })).toEqual(["It's 100% done"]);
    expect(find({ tag: "x' OR '1'='1" })).toEqual([]);
    expect(ok(journal, 'getSupplier', { id: s.id }).name).toBe(INJECTION);
    expect(ok(journal, 'listSuppliers', {}).map((x) => x.name)).toEqual([INJECTION]);
    journal.close();
  });
});
