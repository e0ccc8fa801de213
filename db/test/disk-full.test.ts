// A full disk: on a 2 MB tmpfs, filled to the last byte, writes fail with a
// clear error and the journal stays intact (integrity_check ok, everything
// written before still there), and works again once space is freed.
//
// Mounting needs root with CAP_SYS_ADMIN (Linux): see ./tmpfs.ts.
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { dispatch } from '../../core/dispatch';
import { JournalError, storageProblem } from '../../core/errors';
import type { JournalExport } from '../../core/export-format';
import { backupNow, backupsDir } from '../worker/backups';
import { exportJson } from '../worker/export';
import { importCsv } from '../worker/import';
import { openJournal } from '../worker/journal';
import { ok } from './helpers';
import { buildRichJournal, dumpHash } from './safety-helpers';
import { canMount, fill, mountTmpfs, unmount } from './tmpfs';

if (!canMount) console.warn('[disk-full] cannot mount a tmpfs here (needs Linux, root and CAP_SYS_ADMIN): the disk-full test is not run');

describe('disk full', () => {
  // Runs only where a tmpfs can be mounted (./tmpfs.ts canMount; the reason is printed when it cannot).
  it.runIf(canMount)('writes fail with a clear error and the journal stays intact', { timeout: 60_000 }, async () => {
    const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'rapport-full-'));
    expect(mountTmpfs(dir, '2m')).toBe(true);
    try {
      const file = path.join(dir, 'rapport.sqlite');
      let journal = await openJournal(file, { shell: 'browser', today: () => '2026-06-15' });
      const { supplierIds } = buildRichJournal(journal);
      const before = JSON.parse(exportJson(journal.db)) as JournalExport;
      const filler = fill(dir);

      // 1. Through the gate, as the app writes: sooner or later a write is refused, and nothing half-written stays.
      const created: number[] = [];
      let refusal: { code: string; key: string } | null = null;
      for (let i = 0; i < 500 && !refusal; i++) {
        const r = dispatch(journal, 'createEntry', { supplierId: supplierIds[0]!, kind: 'note', date: '2026-06-01', title: `Big ${i}`, body: 'x'.repeat(20_000) });
        if (r.ok) created.push((r.value as { id: number }).id);
        else refusal = r.error;
      }
      expect(refusal).not.toBeNull();
      console.log(`[disk-full] the gate answered ${JSON.stringify(refusal)} after ${created.length} successful writes`);

      // 2. The same failure, caught where it happens, has a clear name.
      let raw: unknown = null;
      try {
        journal.db.transaction(() => {
          for (let i = 0; i < 50; i++) {
            journal.db.prepare("INSERT INTO entries (supplier_id, kind, date, title, body, created_at, updated_at) VALUES (?, 'note', '2026-06-01', 'Raw', ?, 'n', 'n')")
              .run(supplierIds[0], 'y'.repeat(20_000));
          }
        })();
      } catch (err) {
        raw = err;
      }
      expect((raw as { code?: string }).code).toBe('SQLITE_FULL');
      expect(storageProblem(raw)).toMatchObject({ code: 'conflict', key: 'diskFull' });

      // 3. The importer and the backup say 'diskFull' and leave nothing behind.
      const hash = dumpHash(journal.db);
      const csv = `date,title,body\n${Array.from({ length: 50 }, (_, i) => `2026-06-0${(i % 9) + 1},Row ${i},${'z'.repeat(20_000)}`).join('\n')}\n`;
      const importError = (() => {
        try {
          importCsv(journal.db, csv, { date: 'date', title: 'title', body: 'body' }, { supplierId: supplierIds[0]! });
          return null;
        } catch (err) {
          return err;
        }
      })();
      expect(importError).toBeInstanceOf(JournalError);
      expect(importError).toMatchObject({ code: 'conflict', key: 'diskFull' });
      expect(dumpHash(journal.db)).toBe(hash);
      await expect(backupNow(journal.db, file, 'manual')).rejects.toMatchObject({ key: 'diskFull' });
      const leftovers = fs.existsSync(backupsDir(file)) ? fs.readdirSync(backupsDir(file)) : [];
      expect(leftovers).toEqual([]);

      // 4. Intact while still full: sound, and everything written before is there.
      expect(journal.db.pragma('integrity_check', { simple: true })).toBe('ok');
      const during = JSON.parse(exportJson(journal.db)) as JournalExport;
      expect(during.suppliers).toEqual(before.suppliers);
      expect(during.entries.slice(0, before.entries.length)).toEqual(before.entries);
      expect(during.entries.map((e) => e.id).slice(before.entries.length)).toEqual(created);
      journal.close();

      // 5. Space freed: the journal opens, is sound, holds the same, and takes writes again.
      fs.rmSync(filler);
      journal = await openJournal(file, { shell: 'browser', today: () => '2026-06-15' });
      expect(journal.db.pragma('integrity_check', { simple: true })).toBe('ok');
      expect(JSON.parse(exportJson(journal.db))).toMatchObject({ suppliers: during.suppliers, entries: during.entries });
      ok(journal, 'createEntry', { supplierId: supplierIds[0]!, kind: 'note', date: '2026-06-02', title: 'After' });
      expect((await backupNow(journal.db, file, 'manual')).problem).toBeNull();
      journal.close();
    } finally {
      unmount(dir);
      fs.rmSync(dir, { recursive: true, force: true });
    }
  });
});
