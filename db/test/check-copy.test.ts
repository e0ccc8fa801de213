// The check of a fresh backup copy runs in a worker thread (real worker, real
// SQLite files) and still refuses a damaged copy.
import Database from 'better-sqlite3-multiple-ciphers';
import fs from 'node:fs';
import { describe, expect, it } from 'vitest';
import { checkCopy } from '../worker/check-copy';
import { connect } from '../worker/lock/cipher';
import { tempFile } from './helpers';

function filledDatabase(): string {
  const file = tempFile();
  const db = new Database(file);
  db.pragma('journal_mode = WAL');
  db.exec('CREATE TABLE t (id INTEGER PRIMARY KEY, body TEXT NOT NULL); CREATE INDEX t_body ON t(body);');
  const insert = db.prepare('INSERT INTO t (body) VALUES (?)');
  db.transaction(() => {
    for (let i = 0; i < 5000; i++) insert.run(`row ${i} ${'x'.repeat(i % 50)}`);
  })();
  db.close();
  return file;
}

describe('checking a backup copy', () => {
  it('checks a locked copy in the worker thread too, with its key; a wrong key is refused', async () => {
    const file = tempFile();
    const key = 'ab'.repeat(32);
    const db = connect(file, { key });
    db.exec("CREATE TABLE t (body TEXT); INSERT INTO t VALUES ('geheim')");
    db.close();
    expect(await checkCopy(file, { key })).toBe('worker');
    await expect(checkCopy(file, { key: 'cd'.repeat(32) })).rejects.toMatchObject({ code: 'SQLITE_NOTADB' });
  });

  it('runs in a worker thread and leaves a self-contained file (no -wal needed)', async () => {
    const file = filledDatabase();
    expect(await checkCopy(file)).toBe('worker');
    const db = new Database(file, { readonly: true });
    expect(db.pragma('journal_mode', { simple: true })).toBe('delete');
    expect(db.prepare('SELECT count(*) AS n FROM t').get()).toEqual({ n: 5000 });
    db.close();
    expect(fs.existsSync(`${file}-wal`)).toBe(false);
  });

  it('refuses a copy whose pages are damaged', async () => {
    const file = filledDatabase();
    const db = new Database(file);
    db.pragma('journal_mode = DELETE');
    const pageSize = Number(db.pragma('page_size', { simple: true }));
    db.close();
    // Overwrite pages in the middle of the index with noise: the file still opens, the check does not pass.
    const fd = fs.openSync(file, 'r+');
    const size = fs.fstatSync(fd).size;
    fs.writeSync(fd, Buffer.alloc(pageSize * 3, 0x5a), 0, pageSize * 3, Math.floor(size / pageSize / 2) * pageSize);
    fs.closeSync(fd);
    await expect(checkCopy(file)).rejects.toThrow();
  });
});
