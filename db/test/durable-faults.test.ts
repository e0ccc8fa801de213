// A full disk and a read-only folder at each step of the durable writes: a
// new journal being made, the recent list, a restore over an unusable
// journal. Each says what went wrong in words (translated keys naming the
// file), leaves what was there as it was, and leaves no temporary file. On a
// real small file system (./tmpfs.ts), filled to the last byte or remounted
// read-only.
import crypto from 'node:crypto';
import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { writeFileDurably } from '../common/durable-file';
import { RecentJournals } from '../shell/journal-files';
import { backupsDir } from '../worker/backups';
import { JournalHost } from '../worker/host';
import { canMount, fill, remountReadOnly, withTmpfs } from './tmpfs';
import { value, thrown } from './helpers';

if (!canMount) console.warn('[durable-faults] cannot mount a tmpfs here (needs Linux, root and CAP_SYS_ADMIN): these tests are not run');

const hash = (f: string) => crypto.createHash('sha256').update(fs.readFileSync(f)).digest('hex');


/** Every file in `dir` and below, but the filler: what a failed step must not have added to. */
function filesIn(dir: string): string[] {
  return (fs.readdirSync(dir, { recursive: true }) as string[]).filter((n) => n !== 'filler.bin').sort();
}

/** A journal with a supplier and a backup in `dir`, then made unusable (text written over it), closed. */
async function unusableJournalWithBackup(dir: string): Promise<{ file: string; backup: string }> {
  const file = path.join(dir, 'rapport.sqlite');
  const host = await JournalHost.open(file, { shell: 'browser' });
  await value(host, 'createSupplier', { name: 'Acme' });
  const backup = await value<{ name: string }>(host, 'backupNow');
  host.close();
  fs.writeFileSync(file, 'not a journal any more');
  return { file, backup: backup.name };
}

describe.runIf(canMount)('a full disk', () => {
  it('a new journal cannot be made: a clear error naming the file, and nothing left behind', { timeout: 30_000 }, () =>
    withTmpfs('1m', async (dir) => {
      const filler = fill(dir);
      const file = path.join(dir, 'rapport.sqlite');
      const host = await JournalHost.open(file, { shell: 'browser' });
      expect(host.isOpen).toBe(false);
      expect(host.unusableReason).toMatchObject({ key: 'fileDiskFull', issues: [{ params: { file } }] });
      host.close();
      expect(filesIn(dir)).toEqual([]);

      // A file with no data (a first start cut short) stays as it was until there is room.
      fs.rmSync(filler);
      fs.writeFileSync(file, '');
      fill(dir);
      const again = await JournalHost.open(file, { shell: 'browser' });
      expect(again.unusableReason).toMatchObject({ key: 'fileDiskFull' });
      again.close();
      expect(filesIn(dir)).toEqual(['rapport.sqlite']);
      expect(fs.statSync(file).size).toBe(0);
    }));

  it('the recent list keeps its previous contents, and no temporary file stays', { timeout: 30_000 }, () =>
    withTmpfs('256k', (dir) => {
      const recent = new RecentJournals(dir);
      recent.remember('/home/sanne/rapport.sqlite', new Date('2026-06-01T10:00:00Z'));
      const list = path.join(dir, 'recent-journals.json');
      const before = fs.readFileSync(list, 'utf8');
      fill(dir);
      const error = thrown(() => writeFileDurably(list, JSON.stringify({ recent: [{ file: '/x'.repeat(4000), openedAt: 'now' }] })));
      expect(error).toMatchObject({ key: 'fileDiskFull', issues: [{ params: { file: list } }] });
      recent.remember('/home/sanne/other.sqlite'); // a convenience: it warns, and the list stays whole
      expect(fs.readFileSync(list, 'utf8')).toBe(before);
      expect(filesIn(dir)).toEqual(['recent-journals.json']);
    }));

  it('restoring a backup over an unusable journal: refused with a clear error, the journal neither replaced nor moved aside', { timeout: 60_000 }, () =>
    withTmpfs('2m', async (dir) => {
      const { file, backup } = await unusableJournalWithBackup(dir);
      const before = hash(file);
      const files = filesIn(dir);
      const host = await JournalHost.open(file, { shell: 'browser' });
      expect(host.unusableReason).toMatchObject({ key: 'notADatabase' });
      fill(dir);
      const r = await host.answer('restoreBackup', { name: backup });
      expect(r).toMatchObject({ ok: false, error: { key: 'fileDiskFull', issues: [{ params: { file } }] } });
      host.close();
      expect(hash(file)).toBe(before);
      expect(filesIn(dir)).toEqual(files);
    }));
});

describe.runIf(canMount)('a read-only folder', () => {
  it('a new journal, the recent list and a restore each say so, and change nothing', { timeout: 60_000 }, () =>
    withTmpfs('2m', async (dir) => {
      const { file, backup } = await unusableJournalWithBackup(dir);
      new RecentJournals(dir).remember(file);
      const list = path.join(dir, 'recent-journals.json');
      const before = { journal: hash(file), list: hash(list), files: filesIn(dir) };
      expect(remountReadOnly(dir)).toBe(true);

      const fresh = path.join(dir, 'new.sqlite');
      const made = await JournalHost.open(fresh, { shell: 'browser' });
      expect(made.unusableReason).toMatchObject({ key: 'fileReadOnly', issues: [{ params: { file: fresh } }] });
      made.close();

      expect(thrown(() => writeFileDurably(list, '{}'))).toMatchObject({ key: 'fileReadOnly', issues: [{ params: { file: list } }] });

      const host = await JournalHost.open(file, { shell: 'browser' });
      const r = await host.answer('restoreBackup', { name: backup });
      expect(r).toMatchObject({ ok: false, error: { key: 'fileReadOnly', issues: [{ params: { file } }] } });
      host.close();

      expect({ journal: hash(file), list: hash(list), files: filesIn(dir) }).toEqual(before);
      expect(filesIn(backupsDir(file)).length).toBe(1);
    }));
});
