// The journal file a shell has open, and switching to another: both shells
// hold one JournalSession, and its `call` is the shell side's one entry for
// every method. It answers the 'session' kind (recent files, open, create)
// itself and sends every other call, with its kind, to the open journal's
// workers. A switch opens the new file first and only then lets go of the
// old one, so a file that cannot be opened leaves the manager where they were.
import fs from 'node:fs';
import path from 'node:path';
import { kindOf, type ParsedInputOf, type SessionHandlers } from '../../core/contract';
import { dispatchAsync } from '../../core/dispatch';
import { JournalError, type ApiResult } from '../../core/errors';
import type { JournalFiles, JournalPathCheck } from '../../core/files';
import { INPUT_TOO_DEEP, MAX_INPUT_DEPTH, nestsDeeperThan } from '../../core/nesting';
import { journalPathProblem, RecentJournals, resolveJournalPath } from './journal-files';
import { JournalWorkers, type WorkersOptions } from './workers';

export interface SessionOptions extends WorkersOptions {
  /** Where the list of recent journals is kept (the app's settings folder). */
  settingsDir: string;
  /**
   * Browser mode: the page may name any path (the manager types it). The
   * desktop app: only a file on the recent list; others come from the File
   * menu's native dialogs (switchTo), so no path crosses from the page.
   */
  pagesMayTypePaths: boolean;
}

export class JournalSession implements SessionHandlers {
  private readonly recent: RecentJournals;
  /** Switches wait for each other. */
  private switching: Promise<unknown> = Promise.resolve();

  private constructor(
    private workers: JournalWorkers,
    private readonly options: SessionOptions,
  ) {
    this.recent = new RecentJournals(options.settingsDir);
  }

  static async open(dataFile: string, options: SessionOptions): Promise<JournalSession> {
    const session = new JournalSession(await JournalWorkers.open(dataFile, options), options);
    if (session.workers.isOpen) session.recent.remember(session.workers.dataFile);
    return session;
  }

  get dataFile(): string {
    return this.workers.dataFile;
  }

  get unusableReason(): JournalError | null {
    return this.workers.unusableReason;
  }

  /** Every call of either shell: an ApiResult, never thrown. */
  async call(name: string, input: unknown): Promise<ApiResult<unknown>> {
    // Before the input crosses to a worker: its structured clone would overflow the stack (core/nesting.ts).
    if (nestsDeeperThan(input, MAX_INPUT_DEPTH)) return { ok: false, error: INPUT_TOO_DEEP };
    const kind = kindOf(name);
    if (kind === 'session') return dispatchAsync(this, name, input, ['session']);
    // An unknown name goes to the worker too, whose gate answers it as unknown.
    return this.workers.route(name, kind ?? 'write', input);
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
    return path.dirname(this.workers.dataFile);
  }

  private files(): JournalFiles {
    const current = this.workers.dataFile;
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
    if (!create && file === this.workers.dataFile) return { file, problem: 'journalAlreadyOpen' };
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
      const next = await JournalWorkers.open(file, this.options);
      if (!next.isOpen) {
        const problem = next.unusableReason ?? new JournalError('conflict', 'cannotOpen');
        await next.close();
        throw problem;
      }
      const previous = this.workers;
      this.workers = next;
      this.recent.remember(next.dataFile);
      await previous.close();
    };
    const done = this.switching.then(run, run);
    this.switching = done.catch(() => undefined);
    return done;
  }

  close(): Promise<void> {
    return this.workers.close();
  }
}
