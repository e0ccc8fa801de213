// A worker thread that holds one connection to the journal, so that no
// query ever runs on a shell's own thread (Electron's main process, the
// browser-mode server's request loop). Two roles (db/protocol.ts):
//   - writer: the JournalHost (reads, writes, the file's own methods);
//   - reader: a connection that refuses writes (a ReadableDB, db/worker/handles.ts,
//     held by a JournalReader), answering the 'read' kind, each call inside
//     one read transaction so it sees one consistent moment.
// This file's `call` is the worker side's one entry for every method.
import { parentPort, workerData } from 'node:worker_threads';
import type { MethodKind } from '../../core/contract';
import { dispatch } from '../../core/dispatch';
import { JournalError, storageProblem, type ApiError, type ApiResult } from '../../core/errors';
import type { FromWorker, ToWorker, WorkerSetup } from '../protocol';
import { JournalHost } from './host';
import { JournalReader } from './journal-reads';
import { openReader } from './open';
import { keyFor, runConversion } from './lock/worker-role';

/**
 * A call slower than this is logged with its name and time (the app's log:
 * the shell's stderr), so slowness shows up in use and not only in the
 * benchmark. Signal Desktop traces queries over 40 ms; a call is several.
 */
export const SLOW_CALL_MS = 100;

const INTERNAL: ApiResult<unknown> = { ok: false, error: { code: 'internal', key: 'internal', issues: [] } };

type Call = (name: string, kind: MethodKind, input: unknown) => Promise<ApiResult<unknown>> | ApiResult<unknown>;

interface Opened {
  call: Call;
  close(): void;
  problem: ApiError | null;
  keyIndex?: number | null;
  /** SQLite met a damaged page: the writer reads the whole file now and lets go of it when it is damaged; a reader tells the pool. */
  damaged(): void;
}

/** A call that met a damaged page, thrown or answered. */
function metDamage(result: ApiResult<unknown>): boolean {
  return !result.ok && result.error.key === 'corruptJournal';
}

async function openWriterRole(setup: WorkerSetup, send: (message: FromWorker) => void): Promise<Opened> {
  const { key, keyIndex } = await keyFor(setup);
  const host = await JournalHost.open(setup.dataFile, { ...setup.options, key }, (problem) => send({ type: 'unusable', problem: problem.toApiError() }));
  return {
    call: (name, _kind, input) => host.answer(name, input), close: () => host.close(), problem: host.unusableReason?.toApiError() ?? null, keyIndex,
    damaged: () => void host.checkWholeNow(),
  };
}

function openReaderRole(setup: WorkerSetup, send: (message: FromWorker) => void): Opened {
  const db = openReader(setup.dataFile, { ...setup.options, key: setup.keys?.[0] ?? null });
  const journal = new JournalReader(db, { dataFile: setup.dataFile, shell: setup.options.shell });
  const readInOneMoment = db.transaction((name: string, input: unknown) => dispatch(journal, name, input, ['read']));
  return {
    // The pool sends only reads here; anything else is a mistake of the pool, answered as such.
    call: (name, kind, input) => (kind === 'read' ? readInOneMoment.deferred(name, input) : INTERNAL),
    close: () => db.close(),
    problem: null,
    damaged: () => send({ type: 'damaged' }),
  };
}

async function main(): Promise<void> {
  const port = parentPort;
  if (!port) throw new Error('the journal worker runs only as a worker thread');
  const setup = workerData as WorkerSetup;
  const send = (message: FromWorker) => port.postMessage(message);
  let opened: Opened;
  try {
    if (setup.role === 'convert') {
      // Converts, says how it went in its 'ready', and ends.
      await runConversion(setup);
      send({ type: 'ready', problem: null });
      port.close();
      return;
    }
    opened = setup.role === 'writer' ? await openWriterRole(setup, send) : openReaderRole(setup, send);
  } catch (err) {
    const known = err instanceof JournalError ? err : (storageProblem(err) ?? new JournalError('conflict', 'cannotOpen'));
    send({ type: 'ready', problem: known.toApiError() });
    port.close();
    return;
  }
  const slowCallMs = setup.slowCallMs ?? SLOW_CALL_MS;
  port.on('message', (message: ToWorker) => {
    if (message.type === 'close') {
      opened.close();
      port.close();
      return;
    }
    if (message.type === 'check') return opened.damaged();
    const started = performance.now();
    void Promise.resolve()
      .then(() => opened.call(message.name, message.kind, message.input))
      .catch((err: unknown): ApiResult<unknown> => {
        const known = storageProblem(err);
        if (known) return { ok: false, error: known.toApiError() };
        console.error(`[rapport] ${message.name} failed in the journal worker:`, err);
        return INTERNAL;
      })
      .then((result) => {
        if (metDamage(result)) opened.damaged();
        const took = performance.now() - started;
        if (took > slowCallMs) console.warn(`[rapport] slow call: ${message.name} took ${Math.round(took)} ms`);
        send({ type: 'result', id: message.id, result });
      });
  });
  send({ type: 'ready', problem: opened.problem, keyIndex: opened.keyIndex ?? null });
}

void main();
