// The journal file a shell has open, and switching to another: both shells
// hold one JournalSession, and its `call` is the shell side's one entry for
// every method. It answers the 'session' kind (recent files, open, create)
// itself, the 'lock' kind through the journal's lock (db/shell/lock/: the key,
// unlocking, locking), and sends every other call, with its kind, to the open
// journal's workers; while the journal is locked there are none, and those
// calls are refused ('journalLocked'). A switch opens the new file first and
// only then lets go of the old one, so a file that cannot be opened leaves
// the manager where they were; a locked one is switched to, and asks for its
// passphrase or recovery key.
import fs from 'node:fs';
import path from 'node:path';
import { transferDirIn } from '../common/transfers';
import { kindOf, type ParsedInputOf, type SessionHandlers } from '../../core/contract';
import { dispatchAsync } from '../../core/dispatch';
import { JournalError, type ApiResult } from '../../core/errors';
import type { JournalFiles, JournalPathCheck } from '../../core/files';
import { INPUT_TOO_DEEP, MAX_INPUT_DEPTH, nestsDeeperThan } from '../../core/nesting';
import type { ConvertSetup } from '../protocol';
import { journalPathProblem, RecentJournals, resolveJournalPath } from './journal-files';
import { JournalLock, type Keychain, type LockTarget } from './lock/journal-lock';
import { JournalWorkers, type WorkersOptions } from './workers';

export interface SessionOptions extends WorkersOptions {
  /** The desktop app: the system's keychain (electron/keychain.ts) keeps a new journal's key. */
  keychain?: Keychain;
  /** RAPPORT_PASSPHRASE: unlocks the journal opened at start (and locks a new one with it). */
  passphrase?: string;
  /** Where the list of recent journals is kept (the app's settings folder). */
  settingsDir: string;
  /**
   * Browser mode: the page may name any path (the manager types it). The
   * desktop app: only a file on the recent list; others come from the File
   * menu's native dialogs (switchTo), so no path crosses from the page.
   */
  pagesMayTypePaths: boolean;
}

/** One journal file: its lock, and its workers while it is unlocked. */
class OpenJournal implements LockTarget {
  workers: JournalWorkers | null = null;
  readonly lock: JournalLock;
  /** What the workers get: never the keychain or a passphrase. */
  private readonly options: WorkersOptions;

  constructor(
    readonly dataFile: string,
    options: SessionOptions,
    passphrase: string | undefined,
  ) {
    const { keychain: _keychain, passphrase: _passphrase, settingsDir: _settings, pagesMayTypePaths: _paths, ...workers } = options;
    this.options = { ...workers, transferDir: transferDirIn(options.settingsDir) };
    this.lock = new JournalLock(this, {
      shell: options.shell, ...(options.keychain ? { keychain: options.keychain } : {}), ...(passphrase !== undefined ? { passphrase } : {}),
    });
  }

  async openWorkers(keys: Buffer[]): Promise<{ problem: JournalError | null; keyIndex: number | null }> {
    await this.closeWorkers();
    this.workers = await JournalWorkers.open(this.dataFile, this.options, keys);
    return { problem: this.workers.unusableReason, keyIndex: this.workers.keyIndex };
  }

  async closeWorkers(): Promise<void> {
    const workers = this.workers;
    this.workers = null;
    await workers?.close();
  }

  convert(plan: ConvertSetup): Promise<void> {
    return JournalWorkers.convert(this.dataFile, this.options, plan);
  }

  /** Why the journal cannot be used (null: open, or locked). */
  get problem(): JournalError | null {
    return this.workers?.unusableReason ?? null;
  }

  async close(): Promise<void> {
    this.lock.close();
    await this.closeWorkers();
  }
}

const LOCKED: ApiResult<never> = { ok: false, error: { code: 'unavailable', key: 'journalLocked', issues: [] } };

export class JournalSession implements SessionHandlers {
  private readonly recent: RecentJournals;
  /** Switches wait for each other. */
  private switching: Promise<unknown> = Promise.resolve();

  private constructor(
    private journal: OpenJournal,
    private readonly options: SessionOptions,
  ) {
    this.recent = new RecentJournals(options.settingsDir);
  }

  /** Opens the journal at `dataFile` (locked, when it is and no key is at hand). Throws for a wrong RAPPORT_PASSPHRASE, the file untouched. */
  static async open(dataFile: string, options: SessionOptions): Promise<JournalSession> {
    const journal = new OpenJournal(path.resolve(dataFile), options, options.passphrase);
    try {
      await journal.lock.start();
    } catch (err) {
      await journal.close();
      throw err;
    }
    const session = new JournalSession(journal, options);
    if (journal.lock.isLocked || journal.problem === null) session.recent.remember(journal.dataFile);
    return session;
  }

  get dataFile(): string {
    return this.journal.dataFile;
  }

  /** Where the shell sends downloads from and puts uploads (db/common/transfers.ts). */
  get transferDir(): string {
    return transferDirIn(this.options.settingsDir);
  }

  get unusableReason(): JournalError | null {
    return this.journal.problem;
  }

  get isLocked(): boolean {
    return this.journal.lock.isLocked;
  }

  /** The recovery key of a journal made locked at start by RAPPORT_PASSPHRASE, once (the command line prints it). */
  takeMadeRecoveryKey(): string | null {
    return this.journal.lock.takeMadeRecoveryKey();
  }

  /** Every call of either shell: an ApiResult, never thrown. */
  async call(name: string, input: unknown): Promise<ApiResult<unknown>> {
    // Before the input crosses to a worker: its structured clone would overflow the stack (core/nesting.ts).
    if (nestsDeeperThan(input, MAX_INPUT_DEPTH)) return { ok: false, error: INPUT_TOO_DEEP };
    const kind = kindOf(name);
    if (kind === 'session') return dispatchAsync(this, name, input, ['session']);
    const { lock, workers } = this.journal;
    // Asking whether it is locked is no use of the journal: the idle clock runs on.
    if (name !== 'getLockState') lock.touch();
    if (kind === 'lock') return dispatchAsync(lock, name, input, ['lock']);
    if (!workers) return LOCKED;
    // An unknown name goes to the worker too, whose gate answers it as unknown.
    return workers.route(name, kind ?? 'write', input);
  }

  async getJournalFiles(): Promise<JournalFiles> {
    return this.files();
  }

  async checkJournalPath({ path: typed, create }: ParsedInputOf<'checkJournalPath'>): Promise<JournalPathCheck> {
    return this.check(typed, create);
  }

  openJournalFile({ path: typed }: ParsedInputOf<'openJournalFile'>): Promise<{ file: string }> {
    return this.switchByPage(typed, false);
  }

  createJournalFile({ path: typed }: ParsedInputOf<'createJournalFile'>): Promise<{ file: string }> {
    return this.switchByPage(typed, true);
  }

  private folder(): string {
    return path.dirname(this.journal.dataFile);
  }

  private files(): JournalFiles {
    const current = this.journal.dataFile;
    return {
      current,
      folder: this.folder(),
      // Only whether each is still there: opening every recent journal to check it would cost a read of each.
      recent: this.recent.read().filter((r) => r.file !== current).map((r) => ({ ...r, exists: fs.existsSync(r.file) })),
      canTypePaths: this.options.pagesMayTypePaths,
    };
  }

  private check(typed: string, create: boolean): JournalPathCheck {
    const file = resolveJournalPath(typed, this.folder());
    if (!file) return { file: '', problem: 'journalPathInvalid' };
    if (!create && file === this.journal.dataFile) return { file, problem: 'journalAlreadyOpen' };
    return { file, problem: journalPathProblem(file, create, this.options) };
  }

  private async switchByPage(typed: string, create: boolean): Promise<{ file: string }> {
    const { file, problem } = this.check(typed, create);
    if (problem) throw new JournalError('conflict', problem, [{ path: ['path'], key: problem, params: { file } }]);
    const onRecentList = this.recent.read().some((r) => r.file === file);
    if (!this.options.pagesMayTypePaths && (create || !onRecentList)) throw new JournalError('conflict', 'journalNotOnRecentList');
    await this.switchTo(file);
    return { file };
  }

  /**
   * Opens `file` (made when it does not exist) and, once it is open, closes
   * the journal that was. A file that cannot be used is refused and nothing
   * changes. The shell reloads its page after.
   */
  switchTo(file: string): Promise<void> {
    const run = async () => {
      // RAPPORT_PASSPHRASE is for the journal opened at start, not for another one.
      const next = new OpenJournal(path.resolve(file), this.options, undefined);
      try {
        await next.lock.start();
      } catch (err) {
        await next.close();
        throw err;
      }
      if (!next.lock.isLocked && next.problem) {
        const problem = next.problem;
        await next.close();
        throw problem;
      }
      const previous = this.journal;
      this.journal = next;
      this.recent.remember(next.dataFile);
      await previous.close();
    };
    const done = this.switching.then(run, run);
    this.switching = done.catch(() => undefined);
    return done;
  }

  close(): Promise<void> {
    return this.journal.close();
  }
}
