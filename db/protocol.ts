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
  /**
   * The key of a locked journal (64 hex digits), handed to each worker in its
   * setup and held only in memory; null or absent for a plain journal. The
   * shell's lock (db/shell/lock/) sets it; nothing else may.
   */
  key?: string | null;
  /** Where exports to download and uploads to import are kept (db/common/transfers.ts); none: the system's temp folder. */
  transferDir?: string;
}

/**
 * A change of the key a journal is locked with (db/worker/lock/convert.ts's
 * ConvertPlan): keys as 64 hex digits (null: plain), the key files as the
 * plain objects db/common/lock/key-file.ts writes.
 */
export interface ConvertSetup {
  from: string | null;
  to: string | null;
  keyFileBefore: object | null;
  keyFileDuring: object;
  keyFileAfter: object | null;
}

export interface WorkerSetup {
  /**
   * The writer holds the JournalHost (every kind but session); a reader
   * answers the 'read' kind only; 'convert' changes the journal's key (the
   * others closed meanwhile) and ends.
   */
  role: 'writer' | 'reader' | 'convert';
  dataFile: string;
  options: Omit<HostOptions, 'today' | 'key'>;
  /**
   * The keys the journal may be locked with, held only in memory (the
   * shell's lock unwrapped them): the writer opens it with the one that
   * fits (db/worker/lock/settle.ts) and says which in its 'ready'; a reader
   * gets that one. Empty for a plain journal.
   */
  keys?: string[];
  convert?: ConvertSetup;
  /** Calls slower than this many ms are logged (default SLOW_CALL_MS of db/worker/entry.ts). */
  slowCallMs?: number;
}

export type ToWorker =
  | { type: 'call'; id: number; name: string; kind: MethodKind; input: unknown }
  | { type: 'close' }
  /** To the writer: SQLite met a damaged page (in a reader): read the whole file now, and let go of it when it is damaged. */
  | { type: 'check' };

export type FromWorker =
  // keyIndex: which of WorkerSetup.keys opened the journal (null: none, a plain journal).
  | { type: 'ready'; problem: ApiError | null; keyIndex?: number | null }
  | { type: 'result'; id: number; result: ApiResult<unknown> }
  /** The writer found the journal it opened unusable after all (damaged, db/worker/host.ts verifyIntegrity). */
  | { type: 'unusable'; problem: ApiError }
  /** A reader met a damaged page: the pool asks the writer to check the whole file ('check'). */
  | { type: 'damaged' };
