// Changing the key a journal is locked with, on real files: plain to locked,
// to another key, back to plain. Each time the journal and every backup open
// with the new key only, hold exactly what they held, and the key file says so.
import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { sameJournalContent } from '../../core/export-format';
import { keyId, newKey } from '../common/lock/key-crypto';
import { isPlainSqlite, readKeyFile } from '../common/lock/key-file';
import { planConversion } from '../shell/lock/plans';
import { backupNow, backupsDir } from '../worker/backups';
import { exportJson } from '../worker/export';
import { openJournal } from '../worker/journal';
import { convertJournal, opensWith, type ConvertPlan } from '../worker/lock/convert';
import { tempFile } from './helpers';
import { buildRichJournal } from './safety-helpers';

const hex = (b: Buffer) => b.toString('hex');

async function exportOf(file: string, key: string | null): Promise<string> {
  const journal = await openJournal(file, { shell: 'browser', key });
  try {
    return exportJson(journal.db);
  } finally {
    journal.close();
  }
}

describe('converting a journal to another key', () => {
  it('locks a plain journal and its backups, changes the key, and unlocks it for good; the export never changes', async () => {
    const file = tempFile();
    const journal = await openJournal(file, { shell: 'browser', today: () => '2026-06-15' });
    buildRichJournal(journal);
    await backupNow(journal.db, file, 'manual');
    await backupNow(journal.db, file, 'auto');
    const before = exportJson(journal.db);
    journal.close();
    const backups = () => fs.readdirSync(backupsDir(file)).map((n) => path.join(backupsDir(file), n));
    expect(backups()).toHaveLength(2);

    const k1 = newKey();
    const lock1 = { key: k1, wrapped: { keychain: 'd3JhcHBlZA==' } };
    await convertJournal({ ...planConversion(null, null, lock1, 15), dataFile: file } as ConvertPlan);
    expect(isPlainSqlite(file)).toBe(false);
    for (const b of [file, ...backups()]) expect(opensWith(b, hex(k1))).toBe(true);
    expect(readKeyFile(file)).toEqual({ format: 'rapport-journal-key', version: 1, cipher: 'sqlcipher-4', lockAfterMinutes: 15, keys: [{ id: keyId(k1), keychain: 'd3JhcHBlZA==' }] });
    expect(sameJournalContent(await exportOf(file, hex(k1)), before)).toBe(true);

    const k2 = newKey();
    await convertJournal({ ...planConversion(readKeyFile(file), k1, { key: k2, wrapped: { keychain: 'b3RoZXI=' } }, 15), dataFile: file } as ConvertPlan);
    for (const b of [file, ...backups()]) {
      expect(opensWith(b, hex(k2))).toBe(true);
      expect(opensWith(b, hex(k1))).toBe(false);
    }
    expect(readKeyFile(file)!.keys.map((k) => k.id)).toEqual([keyId(k2)]);
    expect(sameJournalContent(await exportOf(file, hex(k2)), before)).toBe(true);

    await convertJournal({ ...planConversion(readKeyFile(file), k2, null, 15), dataFile: file } as ConvertPlan);
    for (const b of [file, ...backups()]) expect(isPlainSqlite(b)).toBe(true);
    expect(readKeyFile(file)).toBeNull();
    expect(sameJournalContent(await exportOf(file, null), before)).toBe(true);
    // Nothing of the work left beside it.
    expect(fs.readdirSync(path.dirname(file)).sort()).toEqual(['backups', 'rapport.sqlite']);
  });
});
