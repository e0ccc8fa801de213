// The messages between a shell's thread (db/shell/) and the journal's worker
// threads (db/worker/): types only, so either side may import it. A call
// carries its method's kind as core/contract.ts declares it, and each side
// routes on that alone.
import type { MethodKind } from '../core/contract';
import type { ApiError, ApiResult } from '../core/errors';

/** How the journal is opened and kept (passed to every worker). */
export interface HostOptions {
  shell: 'electron' | 'browser';
  nativeBinding?: string;
  today?: () => string;
  /** Make an automatic backup at start and check once an hour for the daily one (off in unit tests). */
  autoBackups?: boolean;
  /** Compute the overview's list and portfolio as soon as the journal is open, while the window is still loading. */
  warmPortfolio?: boolean;
}

export interface WorkerSetup {
  /** The writer holds the JournalHost (every kind but session); a reader answers the 'read' kind only. */
  role: 'writer' | 'reader';
  dataFile: string;
  options: Omit<HostOptions, 'today'>;
  /** Calls slower than this many ms are logged (default SLOW_CALL_MS of db/worker/entry.ts). */
  slowCallMs?: number;
}

export type ToWorker =
  | { type: 'call'; id: number; name: string; kind: MethodKind; input: unknown }
  | { type: 'close' }
  /** To the writer: SQLite met a damaged page (in a reader): read the whole file now, and let go of it when it is damaged. */
  | { type: 'check' };

export type FromWorker =
  | { type: 'ready'; problem: ApiError | null }
  | { type: 'result'; id: number; result: ApiResult<unknown> }
  /** The writer found the journal it opened unusable after all (damaged, db/worker/host.ts verifyIntegrity). */
  | { type: 'unusable'; problem: ApiError }
  /** A reader met a damaged page: the pool asks the writer to check the whole file ('check'). */
  | { type: 'damaged' };
