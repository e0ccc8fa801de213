// The journal's key in a worker thread (db/worker/entry.ts): the writer's
// step before the JournalHost opens (which of the keys the shell handed over
// opens the journal, and settling a conversion a cut stopped), and the
// worker that converts the journal to another key.
import type { WorkerSetup } from '../../protocol';
import type { KeyHex } from './cipher';
import { convertJournal, type ConvertPlan } from './convert';
import { settleJournal } from './settle';

export async function keyFor(setup: WorkerSetup): Promise<{ key: KeyHex | null; keyIndex: number | null }> {
  const keys = setup.keys ?? [];
  const key = await settleJournal(setup.dataFile, keys, setup.options);
  return { key, keyIndex: key === null ? null : keys.indexOf(key) };
}

export async function runConversion(setup: WorkerSetup): Promise<void> {
  if (!setup.convert) throw new Error('a convert worker needs its plan');
  await convertJournal({ ...setup.convert, dataFile: setup.dataFile, nativeBinding: setup.options.nativeBinding } as ConvertPlan);
}
