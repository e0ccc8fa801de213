// Connections as the compiler sees them (after Signal Desktop's ReadableDB /
// WritableDB): a function that only reads takes a ReadableDB, one that
// writes a WritableDB. Only the functions that open a connection decide
// which it is (db/worker/open.ts, db/worker/inspect-file.ts). A reader's statements have
// no run() and it has no exec(), so a write through a reading worker's
// connection (db/worker/entry.ts) fails to typecheck, not only at run
// time (its connection is also query_only).
import type Database from 'better-sqlite3-multiple-ciphers';

declare const readableBrand: unique symbol;
declare const writableBrand: unique symbol;

/** A prepared statement as a reader holds it: read, never run. */
export interface ReadStatement<Result = unknown> {
  readonly source: string;
  readonly reader: boolean;
  get(...params: unknown[]): Result | undefined;
  all(...params: unknown[]): Result[];
  iterate(...params: unknown[]): IterableIterator<Result>;
  pluck(toggleState?: boolean): ReadStatement;
  raw(toggleState?: boolean): ReadStatement;
  columns(): ReturnType<Database.Statement['columns']>;
}

/** A connection that may only read. */
export type ReadableDB = Omit<Database.Database, 'prepare' | 'exec' | 'loadExtension' | 'unsafeMode'> & {
  prepare<Result = unknown>(source: string): ReadStatement<Result>;
  readonly [readableBrand]: true;
};

/** A connection that may write (and read: every WritableDB is a ReadableDB). */
export type WritableDB = Database.Database & { readonly [readableBrand]: true; readonly [writableBrand]: true };

/** Declares a freshly opened connection one that only reads. */
export const asReadable = (db: Database.Database): ReadableDB => db as unknown as ReadableDB;

/** Declares a freshly opened connection one that writes. */
export const asWritable = (db: Database.Database): WritableDB => db as unknown as WritableDB;
