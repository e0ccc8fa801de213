// Conversions to another key, killed (SIGKILL) at every step and at random
// moments: locking a plain journal, changing its key, unlocking it for good.
// After each kill the next start (the writer's settling,
// db/worker/lock/settle.ts, with the keys the shell would hand it) finds one
// journal that opens, with exactly the export it had before; its backups all
// open with the journal's key (or are plain with a plain journal), and the
// key file names that one key. A plain journal is never left behind a lock
// that finished: once the new journal is in place, nothing plain remains.
import { build } from 'esbuild';
import { spawn } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { sameJournalContent } from '../../core/export-format';
import { keyId, newKey } from '../common/lock/key-crypto';
import { isPlainSqlite, readKeyFile } from '../common/lock/key-file';
import { candidateKeys, planConversion } from '../shell/lock/plans';
import { backupNow } from '../worker/backups';
import { backupFiles } from '../worker/backups/names';
import { removeLeftoverPartials } from '../worker/backups/leftovers';
import { exportJson } from '../worker/export';
import { openJournal } from '../worker/journal';
import { CONVERT_STEPS, opensWith } from '../worker/lock/convert';
import { settleJournal } from '../worker/lock/settle';
import { tempDir } from './temp';
import { buildRichJournal } from './safety-helpers';

let child = '';
beforeAll(async () => {
  // Bundled as the app is, inside node_modules so the driver is found.
  child = path.resolve('node_modules/.cache/rapport-tests', `convert-until-${process.pid}-${Date.now()}.cjs`);
  await build({
    entryPoints: ['db/test/fixtures/convert-until.ts'], outfile: child, bundle: true, platform: 'node', format: 'cjs',
    target: 'node20', loader: { '.sql': 'text' }, external: ['better-sqlite3-multiple-ciphers'], logLevel: 'warning',
  });
}, 60_000);
afterAll(() => fs.rmSync(child, { force: true }));

function run(dataFile: string, planFile: string, stopAt: string): Promise<{ code: number | null; signal: string | null; err: string }> {
  return new Promise((resolve, reject) => {
    const p = spawn(process.execPath, [child, dataFile, planFile, stopAt], { stdio: ['ignore', 'ignore', 'pipe'] });
    let err = '';
    p.stderr.on('data', (c: Buffer) => (err += c.toString()));
    p.on('error', reject);
    p.on('close', (code, signal) => resolve({ code, signal, err }));
  });
}

type Kind = 'lock' | 'rekey' | 'unlockForGood';
const hex = (b: Buffer | null) => (b ? b.toString('hex') : null);

/** A journal with two backups in a new folder, plain or locked with `key`; its export. */
async function journalWith(key: Buffer | null): Promise<{ file: string; before: string }> {
  const file = path.join(tempDir('rapport-convert-kill-'), 'rapport.sqlite');
  const journal = await openJournal(file, { shell: 'browser', today: () => '2026-06-15', key: hex(key) });
  buildRichJournal(journal);
  await backupNow(journal.db, file, 'manual', { key: hex(key) });
  await backupNow(journal.db, file, 'auto', { key: hex(key), now: new Date('2026-06-14T10:00:00Z') });
  const before = exportJson(journal.db);
  journal.close();
  return { file, before };
}

/** Each conversion from what it starts with: the plan the shell makes, as JSON for the child. */
async function prepare(kind: Kind) {
  const k1 = newKey();
  const k2 = newKey();
  const lockWith = (key: Buffer) => ({ key, wrapped: { keychain: Buffer.from(`wrapped ${keyId(key)}`).toString('base64') } });
  const from = kind === 'lock' ? null : k1;
  const to = kind === 'unlockForGood' ? null : kind === 'lock' ? k1 : k2;
  const { file, before } = await journalWith(from);
  const keyFileBefore = from ? planConversion(null, null, lockWith(from), 15).keyFileAfter : null;
  if (keyFileBefore) fs.writeFileSync(`${file}.key`, JSON.stringify(keyFileBefore));
  const plan = planConversion(keyFileBefore as never, from, to ? lockWith(to) : null, 15);
  const planFile = path.join(path.dirname(file), '..', `${path.basename(path.dirname(file))}-plan.json`);
  fs.writeFileSync(planFile, JSON.stringify(plan));
  return { file, before, from, to, planFile };
}

/** The next start, as the shell and the writer take it: the keys the keychain unwraps, then settling. */
async function nextStart(file: string, from: Buffer | null, to: Buffer | null) {
  removeLeftoverPartials(file);
  const keyFile = fs.existsSync(`${file}.key`) ? readKeyFile(file) : null;
  const unwrapped = [to, from].filter((k): k is Buffer => k !== null && (keyFile?.keys.some((w) => w.id === keyId(k)) ?? false));
  const keys = candidateKeys(keyFile, unwrapped).map((k) => k.toString('hex'));
  const key = await settleJournal(file, keys);
  const journal = await openJournal(file, { shell: 'browser', key });
  try {
    return { key, exported: exportJson(journal.db) };
  } finally {
    journal.close();
  }
}

async function checkAfterKill(kind: Kind, stopAt: string): Promise<'old' | 'new'> {
  const { file, before, from, to, planFile } = await prepare(kind);
  const result = await run(file, planFile, stopAt);
  expect(result.err).toBe('');
  const { key, exported } = await nextStart(file, from, to);
  expect(sameJournalContent(exported, before), `${kind} killed at ${stopAt}: the export changed`).toBe(true);
  const which = key === hex(to) ? 'new' : 'old';
  expect(key, `${kind} killed at ${stopAt}`).toBe(which === 'new' ? hex(to) : hex(from));
  // Every backup follows the journal's key; the key file names only it (none for a plain journal).
  for (const b of backupFiles(file)) expect(opensWith(b.file, key), `${kind} at ${stopAt}: ${b.name}`).toBe(true);
  expect(backupFiles(file)).toHaveLength(2);
  const keyFile = fs.existsSync(`${file}.key`) ? readKeyFile(file) : null;
  if (key === null) expect(keyFile).toBeNull();
  else expect(keyFile!.keys.map((k) => k.id)).toEqual([keyId(Buffer.from(key, 'hex'))]);
  expect(isPlainSqlite(file)).toBe(key === null);
  // Nothing of the conversion left beside it.
  expect(fs.readdirSync(path.dirname(file)).filter((n) => n.startsWith('.'))).toEqual([]);
  fs.rmSync(planFile, { force: true });
  return which;
}

/** The steps each conversion passes, in its order (two backups). */
function stopsFor(kind: Kind): string[] {
  const backups = ['backupConverted:1', 'backupConverted:2'];
  const journal = ['journalCopied', 'journalVerified', 'journalSwapped'];
  return kind === 'unlockForGood' ? ['keyFileDuring', ...backups, ...journal, 'keyFileAfter'] : ['keyFileDuring', ...journal, ...backups, 'keyFileAfter'];
}

describe.each<Kind>(['lock', 'rekey', 'unlockForGood'])('%s, killed', (kind) => {
  it('at every step: one journal opens, with the same export; the change is whole or not made', { timeout: 180_000 }, async () => {
    expect(new Set(stopsFor(kind).map((s) => s.split(':')[0]))).toEqual(new Set(CONVERT_STEPS));
    const outcomes: string[] = [];
    for (const stop of stopsFor(kind)) outcomes.push(`${stop}=${await checkAfterKill(kind, stop)}`);
    // Before the new journal is in place the change is undone; from then on it is finished.
    const swapped = kind === 'unlockForGood' ? 5 : 3;
    expect(outcomes).toEqual(stopsFor(kind).map((s, i) => `${s}=${i < swapped ? 'old' : 'new'}`));
  });

  it('at random moments', { timeout: 180_000 }, async () => {
    for (const ms of [5, 40, 120, 300]) await checkAfterKill(kind, `after:${ms}`);
  });
});
