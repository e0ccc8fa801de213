// The check of a fresh backup copy (made self-contained, then quick_check):
// run in a worker thread, because quick_check reads the whole file and held
// the app's main thread for about 0.4 s on a 16 MB journal (at start, before
// the first screen's answers). Should a worker not start (or not load
// the driver), the same check runs here instead: a copy is never left
// unchecked. A locked journal's copy is checked with its key.
import { Worker } from 'node:worker_threads';
import { JournalError } from '../../core/errors';
import { connect, type KeyHex } from './lock/cipher';

interface CheckOptions {
  nativeBinding?: string;
  /** The copy's key (a locked journal's copy is locked with it). */
  key?: KeyHex | null;
}

/**
 * What the worker runs: plain CommonJS, so no extra file has to be bundled or
 * packaged. The key is set as lock/cipher.ts applyKey sets it (64 hex digits, checked there).
 */
const WORKER_SOURCE = `
const { parentPort, workerData } = require('node:worker_threads');
const Database = require(workerData.module);
const db = new Database(workerData.file, { fileMustExist: true, nativeBinding: workerData.nativeBinding });
try {
  if (workerData.key) {
    if (!/^[0-9a-f]{64}$/.test(workerData.key)) throw new Error('not a 32-byte hex key');
    db.pragma("cipher = 'sqlcipher'");
    db.pragma('legacy = 4');
    db.pragma('key = ' + JSON.stringify("x'" + workerData.key + "'"));
  }
  db.pragma('journal_mode = DELETE');
  parentPort.postMessage(String(db.pragma('quick_check', { simple: true })));
} finally {
  db.close();
}
`;

function checkHere(file: string, options: CheckOptions): string {
  const copy = connect(file, { fileMustExist: true, nativeBinding: options.nativeBinding, key: options.key });
  try {
    copy.pragma('journal_mode = DELETE');
    return String(copy.pragma('quick_check', { simple: true }));
  } finally {
    copy.close();
  }
}

/**
 * The driver's own path. In the packaged desktop app it sits in
 * app.asar.unpacked (electron-builder.yml); a worker may not read inside the
 * asar archive, so it is pointed at the unpacked copy.
 */
function moduleForWorker(): string {
  return require.resolve('better-sqlite3-multiple-ciphers').replace(/\.asar([\\/])/, '.asar.unpacked$1');
}

function checkInWorker(file: string, options: CheckOptions): Promise<string> {
  return new Promise((resolve, reject) => {
    const worker = new Worker(WORKER_SOURCE, {
      eval: true,
      workerData: { file, module: moduleForWorker(), nativeBinding: options.nativeBinding, key: options.key ?? null },
    });
    let answer: string | null = null;
    worker.once('message', (result: string) => (answer = result));
    worker.once('error', reject);
    worker.once('exit', (code) => (answer !== null ? resolve(answer) : reject(new Error(`check worker exited with ${code}`))));
  });
}

/**
 * Turns the copy at `file` into a self-contained rollback-journal file and
 * checks it. Throws backupUnverified when the check finds a problem, or the
 * storage error that stopped it. Says where the check ran.
 */
export async function checkCopy(file: string, options: CheckOptions = {}): Promise<'worker' | 'here'> {
  let result: string;
  let where: 'worker' | 'here' = 'worker';
  try {
    result = await checkInWorker(file, options);
  } catch {
    // The worker could not run the check (or the copy could not be opened there): do it here, with its real error.
    where = 'here';
    result = checkHere(file, options);
  }
  if (result !== 'ok') throw new JournalError('conflict', 'backupUnverified', [{ path: [], key: 'backupUnverified', params: { detail: result } }]);
  return where;
}
