// A worker thread that holds one connection to the journal, so that no
// query ever runs on a shell's own thread (Electron's main process, the
// browser-mode server's request loop). Two roles:
//   - writer: the JournalHost (every method, backups, restore, imports);
//   - reader: a connection that refuses writes (a ReadableDB, db/worker/handles.ts,
//     held by a JournalReader), answering the read methods, each inside one
//     read transaction so it sees one consistent moment.
// Messages: in {type:'call', id, name, input} | {type:'close'};
// out {type:'ready', problem} once, then {type:'result', id, result}.
import { parentPort, workerData } from 'node:worker_threads';
import { isReadMethod } from '../../core/contract';
import { dispatchRead } from '../../core/dispatch';
import { JournalError, storageProblem, type ApiError, type ApiResult } from '../../core/errors';
import { JournalHost, type HostOptions } from './host';
import { JournalReader } from './journal-reads';
import { openReader } from './open';

/**
 * A call slower than this is logged with its name and time (the app's log:
 * the shell's stderr), so slowness shows up in use and not only in the
 * benchmark. Signal Desktop traces queries over 40 ms; a call is several.
 */
export const SLOW_CALL_MS = 100;

export interface WorkerSetup {
  role: 'writer' | 'reader';
  dataFile: string;
  options: HostOptions;
  /** Calls slower than this many ms are logged (default SLOW_CALL_MS). */
  slowCallMs?: number;
}

export type ToWorker = { type: 'call'; id: number; name: string; input: unknown } | { type: 'close' };
export type FromWorker = { type: 'ready'; problem: ApiError | null } | { type: 'result'; id: number; result: ApiResult<unknown> };

interface Answerer {
  call(name: string, input: unknown): Promise<ApiResult<unknown>> | ApiResult<unknown>;
  close(): void;
}

function openWriterRole(setup: WorkerSetup): Promise<{ answerer: Answerer; problem: ApiError | null }> {
  return JournalHost.open(setup.dataFile, setup.options).then((host) => ({
    answerer: host,
    problem: host.unusableReason?.toApiError() ?? null,
  }));
}

function openReaderRole(setup: WorkerSetup): { answerer: Answerer; problem: ApiError | null } {
  const db = openReader(setup.dataFile, setup.options);
  const journal = new JournalReader(db, { dataFile: setup.dataFile, shell: setup.options.shell });
  const readInOneMoment = db.transaction((name: string, input: unknown) => dispatchRead(journal, name, input));
  const answerer: Answerer = {
    call(name, input) {
      // The pool sends only reads here; anything else is a mistake of the pool, answered as such.
      if (!isReadMethod(name)) return { ok: false, error: { code: 'internal', key: 'internal', issues: [] } };
      return readInOneMoment.deferred(name, input);
    },
    close: () => db.close(),
  };
  return { answerer, problem: null };
}

async function main(): Promise<void> {
  const port = parentPort;
  if (!port) throw new Error('journal-worker runs only as a worker thread');
  const setup = workerData as WorkerSetup;
  const send = (message: FromWorker) => port.postMessage(message);
  let opened: { answerer: Answerer; problem: ApiError | null };
  try {
    opened = setup.role === 'writer' ? await openWriterRole(setup) : openReaderRole(setup);
  } catch (err) {
    const known = err instanceof JournalError ? err : (storageProblem(err) ?? new JournalError('conflict', 'cannotOpen'));
    send({ type: 'ready', problem: known.toApiError() });
    port.close();
    return;
  }
  const { answerer } = opened;
  const slowCallMs = setup.slowCallMs ?? SLOW_CALL_MS;
  port.on('message', (message: ToWorker) => {
    if (message.type === 'close') {
      answerer.close();
      port.close();
      return;
    }
    const started = performance.now();
    void Promise.resolve()
      .then(() => answerer.call(message.name, message.input))
      .catch((err: unknown): ApiResult<unknown> => {
        console.error(`[rapport] ${message.name} failed in the journal worker:`, err);
        return { ok: false, error: { code: 'internal', key: 'internal', issues: [] } };
      })
      .then((result) => {
        const took = performance.now() - started;
        if (took > slowCallMs) console.warn(`[rapport] slow call: ${message.name} took ${Math.round(took)} ms`);
        send({ type: 'result', id: message.id, result });
      });
  });
  send({ type: 'ready', problem: opened.problem });
}

void main();
