// Opening, making and switching journal files (db/shell/session.ts,
// db/shell/journal-files.ts), with the real worker threads and real files.
import fs from 'node:fs';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import type { ApiResult } from '../../core/errors';
import type { JournalFiles, JournalPathCheck } from '../../core/files';
import { RecentJournals, resolveJournalPath } from '../shell/journal-files';
import { JournalSession } from '../shell/session';
import { tempDir } from './temp';
import { useJournalWorkerBundle } from './worker-bundle';
import { value } from './helpers';

const bundle = useJournalWorkerBundle();
const sessions: JournalSession[] = [];

afterAll(async () => {
  await Promise.all(sessions.map((s) => s.close()));
});

function folder(): string {
  return tempDir('rapport-session-');
}

async function open(dir: string, pagesMayTypePaths = true, file = path.join(dir, 'rapport.sqlite')): Promise<JournalSession> {
  const session = await JournalSession.open(file, { shell: 'browser', workerFile: bundle.file, readers: 1, settingsDir: path.join(dir, 'settings'), pagesMayTypePaths });
  sessions.push(session);
  return session;
}


describe('what a typed path means', () => {
  it('a bare name lives beside the open journal, ~ is home, .sqlite is added; a relative folder path is refused', () => {
    expect(resolveJournalPath('Leveranciers 2027', '/data/rapport', '/home/an')).toBe('/data/rapport/Leveranciers 2027.sqlite');
    expect(resolveJournalPath('  inkoop.db ', '/data/rapport', '/home/an')).toBe('/data/rapport/inkoop.db');
    expect(resolveJournalPath('~/Documenten/journaal', '/data/rapport', '/home/an')).toBe('/home/an/Documenten/journaal.sqlite');
    expect(resolveJournalPath('/srv/x/../y/rapport.sqlite', '/data', '/home/an')).toBe('/srv/y/rapport.sqlite');
    expect(resolveJournalPath('sub/journaal', '/data', '/home/an')).toBeNull();
    expect(resolveJournalPath('   ', '/data', '/home/an')).toBeNull();
    expect(resolveJournalPath('a\0b', '/data', '/home/an')).toBeNull();
  });

  it('the recent list keeps the newest first, without doubles, at most 8, and survives a damaged list file', () => {
    const dir = folder();
    const recent = new RecentJournals(dir);
    for (let i = 0; i < 10; i++) recent.remember(`/j/${i}.sqlite`, new Date(2026, 0, i + 1));
    recent.remember('/j/3.sqlite', new Date(2026, 1, 1));
    const files = recent.read().map((r) => r.file);
    expect(files[0]).toBe('/j/3.sqlite');
    expect(files).toHaveLength(8);
    expect(new Set(files).size).toBe(8);
    fs.writeFileSync(path.join(dir, 'recent-journals.json'), '{ half a fi');
    expect(recent.read()).toEqual([]);
  });
});

describe('switching journal files', () => {
  it('makes a new journal where the prompt said, switches to it, and lists the one before as recent', async () => {
    const dir = folder();
    const session = await open(dir);
    await value(session, 'createSupplier', { name: 'Noordlicht IT' });
    const check = await value<JournalPathCheck>(session, 'checkJournalPath', { path: 'Inkoop 2027', create: true });
    expect(check).toEqual({ file: path.join(dir, 'Inkoop 2027.sqlite'), problem: null });

    expect(await value(session, 'createJournalFile', { path: 'Inkoop 2027' })).toEqual({ file: check.file });
    expect(fs.existsSync(check.file)).toBe(true);
    expect(await value<unknown[]>(session, 'listSuppliers', {})).toEqual([]);
    const files = await value<JournalFiles>(session, 'getJournalFiles');
    expect(files.current).toBe(check.file);
    expect(files.recent.map((r) => r.file)).toEqual([path.join(dir, 'rapport.sqlite')]);

    // And back: the first journal as it was.
    await value(session, 'openJournalFile', { path: path.join(dir, 'rapport.sqlite') });
    expect((await value<{ name: string }[]>(session, 'listSuppliers', {})).map((s) => s.name)).toEqual(['Noordlicht IT']);
  });

  it('refuses, with the reason and without switching: an existing file to create, a missing or foreign file to open', async () => {
    const dir = folder();
    const session = await open(dir);
    await value(session, 'createSupplier', { name: 'Blijft open' });
    const notes = path.join(dir, 'boodschappen.sqlite');
    fs.writeFileSync(notes, 'melk, brood, kaas\n');
    const before = fs.readFileSync(notes);

    const refusals: [string, unknown, string][] = [
      ['createJournalFile', { path: 'rapport' }, 'journalFileExists'],
      ['createJournalFile', { path: path.join(dir, 'geen-map', 'x.sqlite') }, 'journalFolderMissing'],
      ['openJournalFile', { path: 'bestaat-niet' }, 'journalFileMissing'],
      ['openJournalFile', { path: notes }, 'notADatabase'],
      ['openJournalFile', { path: 'sub/rel' }, 'journalPathInvalid'],
      ['openJournalFile', { path: '' }, 'validation'],
    ];
    for (const [name, input, key] of refusals) {
      const result = (await session.call(name, input)) as ApiResult<unknown>;
      expect(result.ok, `${name} ${JSON.stringify(input)}`).toBe(false);
      if (!result.ok) expect(result.error.key, `${name} ${JSON.stringify(input)}`).toBe(key);
    }
    expect(fs.readFileSync(notes).equals(before)).toBe(true);
    expect(session.dataFile).toBe(path.join(dir, 'rapport.sqlite'));
    expect((await value<{ name: string }[]>(session, 'listSuppliers', {})).map((s) => s.name)).toEqual(['Blijft open']);
  });

  it('in the desktop app the page may only reopen a recent file: no typed path, no new file', async () => {
    const dir = folder();
    const other = path.join(dir, 'ander.sqlite');
    const first = await open(dir, false, other); // opened once, so it is on the recent list
    await first.close();
    const session = await open(dir, false);
    expect((await value<JournalFiles>(session, 'getJournalFiles')).canTypePaths).toBe(false);
    expect(await session.call('createJournalFile', { path: 'nieuw' })).toMatchObject({ ok: false, error: { key: 'journalNotOnRecentList' } });
    const elsewhere = path.join(folder(), 'elders.sqlite');
    await (await open(path.dirname(elsewhere), true, elsewhere)).close(); // a real journal, but not on this app's list
    expect(await session.call('openJournalFile', { path: elsewhere })).toMatchObject({ ok: false, error: { key: 'journalNotOnRecentList' } });
    expect(await session.call('openJournalFile', { path: other })).toMatchObject({ ok: true });
    expect(session.dataFile).toBe(other);
  });
});
