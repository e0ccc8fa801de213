// The journal as both shells hold it: off their own thread. One worker
// writes (the JournalHost: every kind of method, backups, restore, imports);
// a reader answers the 'read' kind through a connection that refuses writes, so
// a read is not held up by a long import. The reader is started only beside
// a long call (an import, an export, a backup): otherwise the writer answers
// reads in its turn, between the steps of the portfolio it computes too, and
// a reader's thread would hold some 50 MB on a large journal. An idle reader
// rests again. SQLite's WAL lets the readers see every committed write at once.
// The shell's thread only passes messages: Electron's window and menus and
// the browser-mode server's request loop never wait on a query.
import fs from 'node:fs';
import path from 'node:path';
import { Worker } from 'node:worker_threads';
import type { MethodKind } from '../../core/contract';
import { JournalError, type ApiError, type ApiResult } from '../../core/errors';
import type { ConvertSetup, FromWorker, HostOptions, ToWorker, WorkerSetup } from '../protocol';

export interface WorkersOptions extends Omit<HostOptions, 'key'> {
  /** The bundled worker script (default: journal-worker.cjs beside this bundle). */
  workerFile?: string;
  /** How many reading workers (default DEFAULT_READERS; 0 sends every call to the writer). */
  readers?: number;
  /** Calls slower than this many ms are logged (default SLOW_CALL_MS in db/worker/entry.ts). */
  slowCallMs?: number;
  /** Readers that answered nothing for this long are let go (default READERS_REST_MS). */
  readersRestMs?: number;
  /** Start the readers with the journal, not only beside a long call (tests of several readers). */
  readersAtOpen?: boolean;
  /** Compute the overview's portfolio as soon as the journal is open, while the window is still loading. */
  warmPortfolio?: boolean;
}

/**
 * One reader: reads never wait behind a write, an import or the portfolio
 * the writer computes, and a second reader's thread (its heap, its cache)
 * bought no speed a manager could see (npm run bench -- --start).
 */
const DEFAULT_READERS = 1;

/**
 * A reader that has answered nothing for a minute is let go: its thread holds
 * some 45 MB on a large journal (npm run bench -- --dashboard). The next long
 * call starts it again (a few hundred ms; the writer answers reads meanwhile).
 */
const READERS_REST_MS = 60_000;

/** The overview's list is kept while the journal is unchanged (db/worker/unchanged.ts), per connection: the first reader keeps it. */
const KEPT_BY_FIRST_READER = 'listSuppliers';

const INTERNAL: ApiResult<unknown> = { ok: false, error: { code: 'internal', key: 'internal', issues: [] } };

/**
 * journal-worker.cjs beside this bundle; in the packaged app the unpacked copy
 * (electron-builder.yml). RAPPORT_JOURNAL_WORKER names a bundle elsewhere: the
 * unit tests run the shells from TypeScript, with a worker they built.
 */
export function defaultWorkerFile(): string {
  const given = process.env.RAPPORT_JOURNAL_WORKER?.trim();
  if (given) return given;
  const beside = path.join(__dirname, 'journal-worker.cjs');
  const unpacked = beside.replace(/\.asar([\\/])/, '.asar.unpacked$1');
  return unpacked !== beside && fs.existsSync(unpacked) ? unpacked : beside;
}

/** What a worker tells the pool besides its answers. */
interface WorkerEvents {
  /** It stopped with an error. */
  onDeath: () => void;
  /** The writer let go of a journal it found damaged. */
  onUnusable?: (problem: ApiError) => void;
  /** A reader met a damaged page. */
  onDamaged?: () => void;
}

/** One worker thread and the calls waiting for its answers. */
class WorkerHandle {
  private readonly worker: Worker;
  private readonly waiting = new Map<number, (result: ApiResult<unknown>) => void>();
  private nextId = 1;
  private exited = false;
  /** The worker's 'ready': its problem (null: open) and which of its keys opened the journal. */
  readonly ready: Promise<ApiError | null>;
  keyIndex: number | null = null;
  readonly done: Promise<void>;

  constructor(file: string, setup: WorkerSetup, on: WorkerEvents) {
    const { onDeath, onUnusable = () => {}, onDamaged = () => {} } = on;
    this.worker = new Worker(file, { workerData: setup });
    let settleReady: (problem: ApiError | null) => void = () => undefined;
    this.ready = new Promise((resolve) => (settleReady = resolve));
    this.worker.on('message', (message: FromWorker) => {
      if (message.type === 'ready') {
        this.keyIndex = message.keyIndex ?? null;
        settleReady(message.problem);
      } else if (message.type === 'unusable') onUnusable(message.problem);
      else if (message.type === 'damaged') onDamaged();
      else {
        this.waiting.get(message.id)?.(message.result);
        this.waiting.delete(message.id);
      }
    });
    this.worker.on('error', (err) => console.error(`[rapport] the journal's ${setup.role} worker failed:`, err));
    this.done = new Promise((resolve) => {
      this.worker.once('exit', (code) => {
        this.exited = true;
        settleReady({ code: 'unavailable', key: 'cannotOpen', issues: [] });
        // Whatever was asked of a worker that stopped gets an answer, never silence.
        for (const answer of this.waiting.values()) answer(INTERNAL);
        this.waiting.clear();
        if (code !== 0) onDeath();
        resolve();
      });
    });
  }

  get alive(): boolean {
    return !this.exited;
  }

  /** Calls not yet answered: the pool sends a read to the reader with the fewest. */
  get load(): number {
    return this.waiting.size;
  }

  send(name: string, kind: MethodKind, input: unknown): Promise<ApiResult<unknown>> {
    if (this.exited) return Promise.resolve(INTERNAL);
    const id = this.nextId++;
    return new Promise((resolve) => {
      this.waiting.set(id, resolve);
      this.worker.postMessage({ type: 'call', id, name, kind, input } satisfies ToWorker);
    });
  }

  /** Asks the writer to read the whole file now (a reader met a damaged page). */
  check(): void {
    if (!this.exited) this.worker.postMessage({ type: 'check' } satisfies ToWorker);
  }

  /** Closes the connection in the worker, then waits for it to end (stopped outright if it hangs). */
  async close(): Promise<void> {
    if (this.exited) return;
    this.worker.postMessage({ type: 'close' } satisfies ToWorker);
    const timer = setTimeout(() => void this.worker.terminate(), 10_000);
    await this.done;
    clearTimeout(timer);
  }
}

export class JournalWorkers {
  private writer: WorkerHandle;
  private readers: WorkerHandle[] = [];
  private problem: JournalError | null = null;
  private closed = false;
  /** The readers being started, if any; and a count that tells a start it was overtaken (closed, or restarted). */
  private readersStarting: Promise<void> = Promise.resolve();
  private readerGeneration = 0;
  private readonly file: string;
  /** The key the journal opened with (hex; null: plain), once the writer is ready. */
  private key: string | null = null;
  /** Whether readers are being started; when a reader last answered; the timer that lets idle readers go. */
  private startingReaders = false;
  private lastRead = Date.now();
  private restTimer: NodeJS.Timeout | null = null;

  private constructor(
    readonly dataFile: string,
    private readonly options: WorkersOptions,
    /** The keys the journal may be locked with (hex), from the shell's lock; held in memory only, dropped at close. */
    private keys: string[],
  ) {
    this.file = options.workerFile ?? defaultWorkerFile();
    this.writer = this.startWriter();
  }

  /**
   * Opens the journal in its workers, or records why it cannot be opened
   * (the file is then never written to). `keys`: those a locked journal may
   * be locked with (the writer finds the one that opens it); none for a plain one.
   */
  static async open(dataFile: string, options: WorkersOptions, keys: readonly Buffer[] = []): Promise<JournalWorkers> {
    const workers = new JournalWorkers(path.resolve(dataFile), options, keys.map((k) => k.toString('hex')));
    await workers.settle();
    return workers;
  }

  /**
   * Converts the journal at `dataFile` (no workers of its own open) to
   * another key in a worker of its own: db/worker/lock/convert.ts.
   */
  static async convert(dataFile: string, options: WorkersOptions, plan: ConvertSetup): Promise<void> {
    const host: WorkerSetup['options'] = { shell: options.shell, ...(options.nativeBinding ? { nativeBinding: options.nativeBinding } : {}) };
    const worker = new WorkerHandle(options.workerFile ?? defaultWorkerFile(), { role: 'convert', dataFile: path.resolve(dataFile), options: host, convert: plan }, { onDeath: () => undefined });
    const problem = await worker.ready;
    await worker.done;
    if (problem) throw new JournalError(problem.code, problem.key, problem.issues);
  }

  /** Which of the keys given at open the journal opened with (null: a plain journal, or not opened). */
  get keyIndex(): number | null {
    return this.key === null ? null : this.keys.indexOf(this.key);
  }

  get isOpen(): boolean {
    return this.problem === null;
  }

  get unusableReason(): JournalError | null {
    return this.problem;
  }

  private hostOptions(): WorkerSetup['options'] {
    const { workerFile: _file, readers: _readers, slowCallMs: _slow, today: _today, readersRestMs: _rest, readersAtOpen: _atOpen, warmPortfolio: _warm, ...host } = this.options;
    return host;
  }

  private startWriter(): WorkerHandle {
    // The writer keeps the overview's portfolio (db/worker/overview.ts) and makes it ready at start; a reader warms the list.
    const options = this.hostOptions();
    // A writer that died (it should not) is started again at the next call: the file is transactional.
    const keys = this.key ? [this.key] : this.keys;
    return new WorkerHandle(this.file, { role: 'writer', dataFile: this.dataFile, options, keys, slowCallMs: this.options.slowCallMs }, {
      onDeath: () => {
        if (!this.closed) console.error('[rapport] the journal worker stopped unexpectedly; it is started again at the next call.');
      },
      onUnusable: (problem) => this.letGo(problem),
    });
  }

  /** Found damaged after it opened: the readers let go of it too, and every read is answered as the writer answers it. */
  private letGo(problem: ApiError): void {
    this.problem = new JournalError(problem.code, problem.key, problem.issues);
    void this.closeReaders();
  }

  /** Waits for the writer; the portfolio is made ready while the window loads, the readers start when needed. */
  private async settle(): Promise<void> {
    const problem = await this.writer.ready;
    this.problem = problem ? new JournalError(problem.code, problem.key, problem.issues) : null;
    const index = this.writer.keyIndex;
    this.key = index === null ? null : (this.keys[index] ?? null);
    await this.closeReaders();
    // The first screen's slowest answers, kept by the writer while nothing is written, asked now while the window
    // loads. The portfolio first: a new day's lines take a second on a large journal, and the writer answers
    // reads between its steps (these two, the shell's own first questions, the window's).
    if (this.options.warmPortfolio && !this.problem) {
      void this.writer.send('getPortfolio', 'write', {});
      void this.writer.send('listSuppliers', 'read', { includeEnded: true });
      void this.writer.send('getAgenda', 'read', { supplierId: null, includePrivate: true });
    }
    // Not waited for: until the readers are up, the writer answers the reads.
    if (this.options.readersAtOpen) this.readersStarting = this.startReaders();
  }

  /** Resolves once the reading workers are up (or could not start): until then the writer answers reads. */
  whenReadersReady(): Promise<void> {
    return this.readersStarting;
  }

  private async closeReaders(): Promise<void> {
    this.readerGeneration += 1;
    const old = this.readers;
    this.readers = [];
    await Promise.all(old.map((r) => r.close()));
    // Readers still starting find themselves overtaken and close: waited for too, so no connection is left on the file (a restore needs that).
    await this.readersStarting;
  }

  private async startReaders(warm = true): Promise<void> {
    if (this.problem || this.closed) return;
    this.startingReaders = true;
    try {
      await this.openReaders(warm);
    } finally {
      this.startingReaders = false;
    }
    this.lastRead = Date.now();
    this.restLater();
  }

  /** Lets the readers go once they have answered nothing for the rest time, checked again until then. */
  private restLater(): void {
    if (this.restTimer) clearTimeout(this.restTimer);
    this.restTimer = null;
    if (this.readers.length === 0 || this.closed) return;
    const restMs = this.options.readersRestMs ?? READERS_REST_MS;
    const wait = Math.max(0, this.lastRead + restMs - Date.now());
    this.restTimer = setTimeout(() => {
      this.restTimer = null;
      const busy = this.readers.some((r) => r.load > 0);
      if (busy || Date.now() - this.lastRead < restMs) this.restLater();
      else void this.closeReaders();
    }, wait + 10);
    // The rest is no reason to keep a process alive.
    this.restTimer.unref();
  }

  /** Starts the readers (not started yet, or resting) unless they are up or starting. */
  private wakeReaders(): void {
    if (this.readers.length > 0 || this.startingReaders || this.problem || this.closed) return;
    if ((this.options.readers ?? DEFAULT_READERS) === 0) return;
    // Not warmed: the list is read when it is asked for, not beside the writer's work.
    this.readersStarting = this.startReaders(false);
  }

  /** Whether reading workers are up (they rest when idle): for the tests. */
  get readersUp(): number {
    return this.readers.filter((r) => r.alive).length;
  }

  private async openReaders(warm: boolean): Promise<void> {
    const generation = ++this.readerGeneration;
    const count = this.options.readers ?? DEFAULT_READERS;
    const setup: WorkerSetup = {
      role: 'reader', dataFile: this.dataFile, options: { ...this.hostOptions(), autoBackups: false },
      keys: this.key ? [this.key] : [], slowCallMs: this.options.slowCallMs,
    };
    // A reader that meets a damaged page has the writer read the whole file: the journal is let go of when it is damaged.
    const started = Array.from({ length: count }, () => new WorkerHandle(this.file, setup, { onDeath: () => undefined, onDamaged: () => this.writer.check() }));
    const problems = await Promise.all(started.map((r) => r.ready));
    if (generation !== this.readerGeneration || this.closed) {
      // Overtaken while starting (the journal closed, or a restore began): these readers are not wanted.
      await Promise.all(started.map((r) => r.close()));
      return;
    }
    // A reader that cannot open leaves its reads to the writer, which answers them as before.
    this.readers = started.filter((r, i) => problems[i] === null && r.alive);
    for (const [i, r] of started.entries()) if (problems[i] !== null) void r.close();
    if (warm && this.options.warmPortfolio) this.warm();
  }

  /** The start screen's list, read while the window is still loading (the writer makes the portfolio ready). */
  private warm(): void {
    void this.readers[0]?.send(KEPT_BY_FIRST_READER, 'read', { includeEnded: true });
  }

  private readerFor(name: string): WorkerHandle | null {
    const alive = this.readers.filter((r) => r.alive);
    if (alive.length === 0) return null;
    if (name === KEPT_BY_FIRST_READER && alive[0] === this.readers[0]) return alive[0]!;
    return alive.reduce((best, r) => (r.load < best.load ? r : best));
  }

  /**
   * Sends a call of the session (db/shell/session.ts) to the worker its kind
   * names: a read to the least busy reader (the writer while none is up),
   * anything else to the writer; a swap closes the readers first and opens
   * them again on whatever file is then in place.
   */
  async route(name: string, kind: MethodKind, input: unknown): Promise<ApiResult<unknown>> {
    if (this.closed) return { ok: false, error: { code: 'unavailable', key: 'cannotOpen', issues: [] } };
    const reader = kind === 'read' ? this.readerFor(name) : null;
    if (reader) {
      this.lastRead = Date.now();
      return reader.send(name, kind, input);
    }
    // A long call has a reader started beside it; until it is up the writer answers reads between the call's steps.
    if (kind === 'file') this.wakeReaders();
    if (!this.writer.alive) {
      this.writer = this.startWriter();
      await this.settle();
    }
    if (kind !== 'swap') return this.writer.send(name, kind, input);
    // A restore replaces the file only when no other connection holds it
    // (db/worker/backups/restore.ts): the readers close first; the next long
    // call starts one on whatever file is then in place. Meanwhile the writer answers reads.
    await this.closeReaders();
    const result = await this.writer.send(name, kind, input);
    const status = await this.writer.send('getJournalStatus', 'status', undefined);
    const state = status.ok ? (status.value as { state: string; problem: { key: string } | null }) : null;
    this.problem = state?.state === 'open' ? null : new JournalError('unavailable', state?.problem?.key ?? 'cannotOpen');
    if (this.options.readersAtOpen) {
      this.readersStarting = this.startReaders();
      await this.readersStarting;
    }
    return result;
  }

  /** Closes every connection and ends the workers. */
  async close(): Promise<void> {
    if (this.closed) return;
    this.closed = true;
    if (this.restTimer) clearTimeout(this.restTimer);
    await this.readersStarting;
    // The readers first, then the writer: the last connection to close folds the WAL into the file, and that is the one that may write.
    await this.closeReaders();
    await this.writer.close();
    // The key is dropped with the workers that held it.
    this.keys = [];
    this.key = null;
  }
}
