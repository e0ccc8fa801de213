// Slow journal calls show up in the app's log (the shell's stderr, where the
// worker threads' console goes), with their name and time. The real worker,
// bundled as the app bundles it; its threshold set so that every call is
// "slow" (0 ms) or none is.
import { kindOf } from '../../core/contract';
import { describe, expect, it, vi } from 'vitest';
import { JournalWorkers } from '../shell/workers';
import { tempFile } from './helpers';
import { useJournalWorkerBundle } from './worker-bundle';

const bundle = useJournalWorkerBundle();

/** What the workers wrote to stderr while `use` ran, once they have stopped (so their output has all arrived). */
async function stderrOf(slowCallMs: number, use: (workers: JournalWorkers) => Promise<void>): Promise<string> {
  const spy = vi.spyOn(process.stderr, 'write'); // still writes: the lines show in the test's output
  try {
    const workers = await JournalWorkers.open(tempFile(), { shell: 'browser', workerFile: bundle.file, slowCallMs });
    try {
      await use(workers);
    } finally {
      await workers.close();
    }
    return spy.mock.calls.map(([chunk]) => String(chunk)).join('');
  } finally {
    spy.mockRestore();
  }
}

async function someCalls(workers: JournalWorkers): Promise<void> {
  for (const [name, input] of [['createSupplier', { name: 'Noordlicht IT' }], ['listSuppliers', {}], ['getPortfolio', {}]] as const) {
    expect(await workers.route(name, kindOf(name)!, input)).toMatchObject({ ok: true });
  }
}

describe('slow journal calls', () => {
  it('a call slower than the threshold is logged with its name and time, by the writer and the readers', async () => {
    const log = await stderrOf(0, someCalls);
    for (const name of ['createSupplier', 'listSuppliers', 'getPortfolio']) {
      expect(log).toMatch(new RegExp(`\\[rapport\\] slow call: ${name} took \\d+ ms`));
    }
  });

  it('calls faster than the threshold are not logged', async () => {
    const log = await stderrOf(60_000, someCalls);
    expect(log).not.toContain('slow call');
  });
});
