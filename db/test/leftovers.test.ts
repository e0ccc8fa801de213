// A backup cut short by a kill leaves its temporary ".partial" file behind;
// the next start removes it (and only such files).
import { spawn } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { backupFileName, backupsDir, listBackups } from '../worker/backups';
import { JournalHost } from '../worker/host';
import { value, tempFile } from './helpers';

const CHILD = path.join(path.dirname(fileURLToPath(import.meta.url)), 'fixtures', 'backup-then-hang.mjs');


describe('leftover temporary backup files', () => {
  it('a start-up backup killed half-way leaves a .partial file, which the next start removes', async () => {
    const file = tempFile();
    const first = await JournalHost.open(file, { shell: 'browser' });
    const s = await value<{ id: number }>(first, 'createSupplier', { name: 'Acme' });
    for (let i = 0; i < 300; i++) await value(first, 'createEntry', { supplierId: s.id, kind: 'note', date: '2026-01-05', title: `Note ${i}`, body: 'x'.repeat(2000) });
    const kept = await value<{ name: string }>(first, 'backupNow');
    first.close();

    // Killed while copying, exactly as backupNow names its temporary file.
    const dir = backupsDir(file);
    const partial = path.join(dir, `.${backupFileName('auto', new Date())}.partial`);
    const child = spawn(process.execPath, [CHILD, file, partial], { stdio: ['ignore', 'pipe', 'inherit'] });
    await new Promise<void>((resolve, reject) => {
      child.stdout!.on('data', (d: Buffer) => d.toString().includes('copying') && resolve());
      child.once('exit', (code) => reject(new Error(`child exited early (${code})`)));
    });
    child.kill('SIGKILL');
    await new Promise((resolve) => child.once('exit', resolve));
    expect(fs.existsSync(partial)).toBe(true);
    // Also what a killed restore leaves beside the data file, and files that are not ours.
    const restoreLeft = path.join(path.dirname(file), `.rapport-restore-4242-1767225600000.sqlite.partial`);
    const restoringLeft = `${file}.restoring-2026-01-01T00-00-00-000Z`;
    const migrationLeft = path.join(dir, '.before-migration-v3-2026-01-01T00-00-00-000Z.sqlite.partial');
    const notOurs = [path.join(dir, 'notes.partial'), path.join(path.dirname(file), 'my.sqlite.partial')];
    for (const f of [restoreLeft, restoringLeft, migrationLeft, ...notOurs]) fs.writeFileSync(f, 'x');

    const host = await JournalHost.open(file, { shell: 'browser' });
    expect(fs.existsSync(partial)).toBe(false);
    expect(fs.existsSync(restoreLeft)).toBe(false);
    expect(fs.existsSync(restoringLeft)).toBe(false);
    expect(fs.existsSync(migrationLeft)).toBe(false);
    for (const f of notOurs) expect(fs.existsSync(f), f).toBe(true);
    expect(listBackups(file).map((b) => b.name)).toEqual([kept.name]);
    expect(await value<unknown[]>(host, 'listSuppliers', {})).toHaveLength(1);
    host.close();
  });
});
