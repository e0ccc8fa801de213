// Migrations in the order they run. Append a new file here; never edit one
// that has shipped: a journal at version N has run exactly files 1..N.
import initial from './001_initial.sql';

export interface Migration {
  version: number;
  name: string;
  sql: string;
}

export const MIGRATIONS: readonly Migration[] = [{ version: 1, name: 'initial', sql: initial }];

export const LATEST_VERSION = MIGRATIONS[MIGRATIONS.length - 1]!.version;
