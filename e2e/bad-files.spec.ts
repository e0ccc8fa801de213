// Bad journal files: corrupt pages, truncation, zero bytes, a text file and a
// newer schema version each get a calm recovery screen that names the
// problem and the file, and the file is left unchanged byte for byte. From
// that screen the newest good backup brings the journal back. An empty file
// with no backup beside it is a first start cut short: a new journal.
import Database from 'better-sqlite3-multiple-ciphers';
import crypto from 'node:crypto';
import fs from 'node:fs';
import path from 'node:path';
import type { AppHandle } from './fixtures';
import { expect, isoDaysFromToday, test } from './fixtures';

const hash = (file: string) => crypto.createHash('sha256').update(fs.readFileSync(file)).digest('hex');

/** A journal with enough entries to span many pages. */
async function seed(app: AppHandle, name = 'Noordlicht IT') {
  const supplier = await app.call('createSupplier', { name });
  for (let i = 0; i < 40; i++) {
    await app.call('createEntry', {
      supplierId: supplier.id, kind: 'note', date: isoDaysFromToday(-i), title: `Note ${i}`, body: `Long notes about the relationship. `.repeat(40),
    });
  }
  // The start-up backup is made once the first screen has had its answers (a quiet moment): the recovery screen offers it.
  const backups = path.join(path.dirname(app.dataFile), 'backups');
  await expect.poll(() => fs.existsSync(backups) && fs.readdirSync(backups).some((name) => /-auto\.sqlite$/.test(name)), { timeout: 30_000 }).toBe(true);
  return supplier;
}

/** Removes the WAL and shared-memory files of a stopped journal (the server checkpoints on close). */
function dropSidecars(file: string) {
  for (const suffix of ['-wal', '-shm']) fs.rmSync(file + suffix, { force: true });
}

const damages: { name: string; damage: (file: string) => void; message: RegExp }[] = [
  {
    name: 'corrupt pages',
    damage: (file) => {
      const bytes = fs.readFileSync(file);
      const pageSize = bytes.readUInt16BE(16) === 1 ? 65536 : bytes.readUInt16BE(16);
      // Scribble over the start of every page but the first (the b-tree page headers).
      for (let offset = pageSize; offset < bytes.length; offset += pageSize) bytes.fill(0xab, offset, offset + 64);
      fs.writeFileSync(file, bytes);
    },
    message: /The journal file is damaged/,
  },
  {
    name: 'truncation',
    damage: (file) => {
      const size = fs.statSync(file).size;
      fs.truncateSync(file, Math.floor(size / 2));
    },
    message: /The journal file is damaged/,
  },
  { name: 'zero bytes', damage: (file) => fs.writeFileSync(file, ''), message: /The journal file is empty \(0 bytes\)/ },
  {
    name: 'a text file',
    damage: (file) => fs.writeFileSync(file, 'Dear supplier,\nthis is a letter, not a journal.\n'.repeat(200)),
    message: /This file is not a Rapport journal/,
  },
  {
    name: 'a newer user_version',
    damage: (file) => {
      const db = new Database(file);
      db.pragma('user_version = 999');
      db.close();
      dropSidecars(file);
    },
    message: /written by a newer version of Rapport \(database version 999/,
  },
];

for (const { name, damage, message } of damages) {
  test(`${name}: a clear recovery screen, and the file is unchanged byte for byte`, async ({ app }) => {
    await seed(app);
    let before = '';
    await app.restart(() => {
      dropSidecars(app.dataFile);
      damage(app.dataFile);
      before = hash(app.dataFile);
    });
    const page = app.page;
    await expect(page.getByRole('heading', { name: 'Your journal could not be opened', level: 1 })).toBeVisible();
    await expect(page.getByTestId('recovery-problem')).toHaveText(message);
    await expect(page.getByText('Rapport has not changed this file in any way')).toBeVisible();
    await expect(page.getByTestId('recovery-file')).toHaveText(app.dataFile);
    // Only the recovery screen: no sidebar, nothing that could write to the journal.
    await expect(page.getByRole('complementary')).toHaveCount(0);
    await expect(page.getByRole('link', { name: 'New supplier' })).toHaveCount(0);
    // The automatic backup made when the journal was first opened is offered.
    await expect(page.getByRole('button', { name: 'Restore this backup' })).toBeVisible();
    // The journal methods answer "unavailable" and nothing has touched the file.
    const info = await app.api('getJournalInfo', {});
    expect(info.ok).toBe(false);
    expect(hash(app.dataFile)).toBe(before);
  });
}

test('in Dutch, the recovery screen speaks Dutch', async ({ app }) => {
  await app.restart(() => fs.writeFileSync(app.dataFile, 'geen journaal'));
  await app.page.addInitScript(() => Object.defineProperty(navigator, 'language', { get: () => 'nl-NL' }));
  await app.page.reload();
  await expect(app.page.getByRole('heading', { name: 'Je journaal kon niet worden geopend', level: 1 })).toBeVisible();
  await expect(app.page.getByTestId('recovery-problem')).toHaveText(/Dit bestand is geen Rapport-journaal/);
});

test('restoring the newest good backup from the recovery screen brings the journal back', async ({ app }) => {
  await seed(app, 'Wolkendek Hosting');
  const backup = await app.call('backupNow', {});
  let damaged = '';
  await app.restart(() => {
    dropSidecars(app.dataFile);
    fs.truncateSync(app.dataFile, 0);
    damaged = hash(app.dataFile);
  });
  const page = app.page;
  await expect(page.getByTestId('recovery-problem')).toHaveText(/empty \(0 bytes\)/);
  const option = page.getByRole('listitem').filter({ hasText: 'Restore the newest good backup' });
  await expect(option).toContainText('holds 1 supplier and 40 entries');
  await option.getByRole('button', { name: 'Restore this backup' }).click();

  await expect(page.getByRole('heading', { name: 'Your journal is back', level: 1 })).toBeVisible();
  const setAside = (await page.locator('.recovery-facts code').textContent())!;
  expect(setAside).toContain(`${app.dataFile}.unusable-`);
  // The unusable file was moved aside untouched.
  expect(hash(setAside)).toBe(damaged);

  await page.getByRole('button', { name: 'Open my journal' }).click();
  await expect(page.getByRole('list', { name: 'Active' }).getByRole('link', { name: 'Wolkendek Hosting' })).toBeVisible();
  const suppliers = await app.call('listSuppliers', { includeEnded: true });
  expect(suppliers.map((s) => s.name)).toEqual(['Wolkendek Hosting']);
  expect((await app.call('getJournalInfo', {})).entries).toBe(backup.entries);
});

test('a first start cut short (an empty file, no backup yet) is a journal not yet made: the app opens on a new one', async ({ app }) => {
  await app.restart(() => {
    dropSidecars(app.dataFile);
    fs.rmSync(path.join(path.dirname(app.dataFile), 'backups'), { recursive: true, force: true });
    fs.writeFileSync(app.dataFile, '');
  });
  const page = app.page;
  await expect(page.getByRole('heading', { name: 'Welcome to Rapport' })).toBeVisible();
  await expect(page.getByRole('heading', { name: 'Your journal could not be opened' })).toHaveCount(0);
  expect(fs.statSync(app.dataFile).size).toBeGreaterThan(0);
  // Made under a temporary name and renamed into place: nothing of that is left beside it.
  expect(fs.readdirSync(path.dirname(app.dataFile)).filter((n) => n.includes('.creating-'))).toEqual([]);
  await app.call('createSupplier', { name: 'Noordlicht IT' });
  expect((await app.call('listSuppliers', { includeEnded: true })).map((s) => s.name)).toEqual(['Noordlicht IT']);
});

/** Scribbles over the page header of `table`'s first b-tree page (its root): the schema still reads, that table does not. */
function damageTable(file: string, table: string) {
  const db = new Database(file, { readonly: true });
  const { rootpage } = db.prepare('SELECT rootpage FROM sqlite_master WHERE name = ?').get(table) as { rootpage: number };
  const pageSize = db.pragma('page_size', { simple: true }) as number;
  db.close();
  const fd = fs.openSync(file, 'r+');
  fs.writeSync(fd, Buffer.alloc(64, 0xab), 0, 64, (rootpage - 1) * pageSize);
  fs.closeSync(fd);
}

test('a journal damaged where the first screen reads shows the recovery screen by itself, the file untouched', async ({ app }) => {
  await seed(app, 'Zeewind Logistiek');
  let before = '';
  await app.restart(() => {
    dropSidecars(app.dataFile);
    damageTable(app.dataFile, 'entries');
    before = hash(app.dataFile);
  });
  // The first read that meets the damaged page has the file read whole, and the app shows what it found.
  await expect(app.page.getByRole('heading', { name: 'Your journal could not be opened', level: 1 })).toBeVisible();
  await expect(app.page.getByTestId('recovery-problem')).toHaveText(/The journal file is damaged/);
  await expect(app.page.getByRole('button', { name: 'Restore this backup' }).first()).toBeVisible();
  expect(hash(app.dataFile)).toBe(before);
});

test('a journal damaged where the first screen does not read opens, then shows the recovery screen once the whole-file check finds it', async ({ app }) => {
  await seed(app, 'Zeewind Logistiek');
  let before = '';
  await app.restart(() => {
    dropSidecars(app.dataFile);
    damageTable(app.dataFile, 'entry_search_data');
    before = hash(app.dataFile);
  });
  const page = app.page;
  const supplier = page.getByRole('list', { name: 'Active' }).getByRole('link', { name: 'Zeewind Logistiek' });
  await expect(supplier).toBeVisible();
  // The check runs once no call has come for a moment: asked now and then, the status turns unusable.
  await expect.poll(async () => (await app.call('getJournalStatus', {})).state, { intervals: [1_500], timeout: 30_000 }).toBe('unusable');
  // The manager's next step shows the recovery screen, not a screen of errors.
  await supplier.click();
  await expect(page.getByRole('heading', { name: 'Your journal could not be opened', level: 1 })).toBeVisible();
  await expect(page.getByTestId('recovery-problem')).toHaveText(/The journal file is damaged/);
  expect(hash(app.dataFile)).toBe(before);
});
