// What the preload really exposes, in the main window and in a print window,
// read by running it against a recording contextBridge; and what
// docs/security.md says it exposes. The two must be the same, name for name.
import fs from 'node:fs';
import path from 'node:path';
import { build } from 'esbuild';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { PRINT_WINDOW_ARG } from './bridge-methods';

const exposed = vi.hoisted(() => new Map<string, Record<string, unknown>>());
const invoked = vi.hoisted(() => [] as string[]);

vi.mock('electron', () => ({
  contextBridge: { exposeInMainWorld: (key: string, api: Record<string, unknown>) => exposed.set(key, api) },
  ipcRenderer: { invoke: (channel: string) => { invoked.push(channel); return Promise.resolve(null); } },
}));

async function runPreload(argv: string[]): Promise<{ rapport: string[]; rapportShell: string[] }> {
  exposed.clear();
  vi.resetModules();
  const saved = process.argv;
  process.argv = [...saved, ...argv];
  try {
    await import('./preload');
  } finally {
    process.argv = saved;
  }
  expect([...exposed.keys()].sort()).toEqual(['rapport', 'rapportShell']); // nothing else is exposed
  return { rapport: Object.keys(exposed.get('rapport')!), rapportShell: Object.keys(exposed.get('rapportShell')!) };
}

/** The table "What the preload exposes" in docs/security.md: window -> names in backticks per column. */
function documented(): Record<string, { rapport: string[]; rapportShell: string[] }> {
  const doc = fs.readFileSync(path.join(__dirname, '..', 'docs', 'security.md'), 'utf8');
  const start = doc.indexOf('<!-- preload-surface -->');
  const end = doc.indexOf('<!-- /preload-surface -->');
  expect(start).toBeGreaterThan(0);
  const rows = doc.slice(start, end).split('\n').filter((l) => /^\| \*\*(main|print)\*\*/.test(l));
  const names = (cell: string) => [...cell.matchAll(/`([A-Za-z]+)`/g)].map((m) => m[1]!);
  return Object.fromEntries(rows.map((row) => {
    const [, who, rapport, shell] = row.split('|').map((c) => c.trim());
    return [who!.replace(/\*/g, ''), { rapport: names(rapport!), rapportShell: names(shell!) }];
  }));
}

afterEach(() => {
  invoked.length = 0;
});

describe('the preload exposes what docs/security.md says, window by window', () => {
  it('main window: every contract method, and the shell with printToPdf, openJournal, openAttachment, saveAttachment, saveJournalArchive and chooseImportFile', async () => {
    const real = await runPreload([]);
    expect(documented().main).toEqual(real);
    expect(real.rapportShell).toEqual(['kind', 'platform', 'printToPdf', 'openJournal', 'openAttachment', 'saveAttachment', 'saveJournalArchive', 'chooseImportFile']);
  });

  it('print window: only the pack\'s reads, and a shell that can neither print nor open a journal', async () => {
    const real = await runPreload([PRINT_WINDOW_ARG]);
    expect(documented().print).toEqual(real);
    expect(real.rapport).not.toContain('createEntry');
    expect(real.rapport).not.toContain('restoreUpload');
    expect(real.rapportShell).toEqual(['kind', 'platform']);
  });

  it('each function sends only to its own fixed channel', async () => {
    await runPreload([]);
    const rapport = exposed.get('rapport') as Record<string, (input: unknown) => Promise<unknown>>;
    await rapport.listSuppliers!({});
    const shell = exposed.get('rapportShell') as Record<string, (input?: unknown) => Promise<unknown>>;
    await shell.printToPdf!({});
    await shell.openJournal!();
    await shell.openAttachment!({ id: 1 });
    await shell.saveAttachment!({ id: 1 });
    await shell.saveJournalArchive!();
    await shell.chooseImportFile!();
    // The channels main's handlers listen on (electron/ipc.ts, print.ts, open-journal.ts, attachment-files.ts, journal-archive.ts).
    expect(invoked).toEqual([
      'rapport:listSuppliers', 'rapport-shell:printToPdf', 'rapport-shell:openJournal', 'rapport-shell:openAttachment', 'rapport-shell:saveAttachment',
      'rapport-shell:saveJournalArchive', 'rapport-shell:chooseImportFile',
    ]);
    expect(Object.isFrozen(rapport)).toBe(true);
    expect(Object.isFrozen(exposed.get('rapportShell'))).toBe(true);
  });
});

describe('the preload bundle', () => {
  it('is built from plain lists only: no zod, no schemas, nothing but electron required', async () => {
    // As scripts/build.mjs bundles it; a value import from core/ would pull in zod and every schema.
    const out = await build({
      entryPoints: [path.join(__dirname, 'preload.ts')], bundle: true, platform: 'node', format: 'cjs',
      external: ['electron'], write: false, metafile: true, logLevel: 'silent',
    });
    const inputs = Object.keys(out.metafile.inputs).map((f) => path.relative(path.join(__dirname, '..'), path.resolve(f)));
    expect(inputs.sort()).toEqual(['electron/bridge-methods.ts', 'electron/channels.ts', 'electron/preload.ts']);
    expect([...out.outputFiles[0]!.text.matchAll(/require\("([^"]+)"\)/g)].map((m) => m[1])).toEqual(['electron']);
  });
});
