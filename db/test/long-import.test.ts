// A 20,000-row spreadsheet import takes seconds. Meanwhile reads must still
// be answered (quickly, and never showing half an import), writes wait for
// it, and its progress can be asked.
import { describe, expect, it } from 'vitest';
import type { ImportProgress } from '../../core/files';
import { JournalHost } from '../worker/host';
import { value, tempFile } from './helpers';


function bigCsv(rows: number): string {
  const lines = ['Datum;Soort;Onderwerp;Omschrijving;Labels'];
  for (let i = 0; i < rows; i++) {
    const day = String((i % 28) + 1).padStart(2, '0');
    lines.push(`2025-${String((i % 12) + 1).padStart(2, '0')}-${day};notitie;Overleg ${i};Besproken: planning, capaciteit en de openstaande punten van week ${i % 52};overleg, planning`);
  }
  return `${lines.join('\r\n')}\r\n`;
}

const mapping = { date: 'Datum', kind: 'Soort', title: 'Onderwerp', body: 'Omschrijving', tags: 'Labels' };

describe('a long CSV import', () => {
  it('reads answer while it runs and never see half of it; writes wait; progress is told', async () => {
    const host = await JournalHost.open(tempFile(), { shell: 'browser' });
    const supplier = await value<{ id: number }>(host, 'createSupplier', { name: 'Noordlicht IT' });
    const before = await value<{ entryCount?: number }[]>(host, 'listSuppliers', {});

    const started = Date.now();
    const importing = host.answer('importCsv', { text: bigCsv(20_000), mapping, supplierId: supplier.id });
    let finished = false;
    void importing.then(() => (finished = true));
    const waiting = host.answer('createSupplier', { name: 'Written during the import' });
    await new Promise((resolve) => setTimeout(resolve, 0)); // the import has begun (calls made before that queue behind it)

    const latencies: number[] = [];
    const phases = new Set<string>();
    let readsDuring = 0;
    while (!finished) {
      const t0 = performance.now();
      const entries = await value<unknown[]>(host, 'listEntries', { supplierId: supplier.id });
      const progress = await value<ImportProgress>(host, 'getImportProgress');
      latencies.push(performance.now() - t0);
      if (!finished) {
        readsDuring += 1;
        expect(entries).toHaveLength(0); // all or nothing, for readers too
        if (progress.running && progress.phase) phases.add(progress.phase);
        expect(await value<unknown[]>(host, 'listSuppliers', {})).toHaveLength(before.length); // the write waits
      }
      await new Promise((resolve) => setTimeout(resolve, 5));
    }
    const took = Date.now() - started;
    expect(await importing).toMatchObject({ ok: true, value: { imported: 20_000, skippedRows: [] } });
    expect(await waiting).toMatchObject({ ok: true });
    expect(readsDuring).toBeGreaterThan(5);
    expect([...phases].sort()).toEqual(['checking', 'writing']);
    latencies.sort((a, b) => a - b);
    const p99 = latencies[Math.floor(latencies.length * 0.99)]!;
    console.log(`import ${took} ms; ${latencies.length} reads meanwhile, p50 ${latencies[Math.floor(latencies.length / 2)]!.toFixed(1)} ms, p99 ${p99.toFixed(1)} ms`);
    expect(p99).toBeLessThan(500); // the bench (npm run bench) measures it on the server; the target there is 200 ms

    // Afterwards every read sees the whole import, cached views included.
    const list = await value<{ id: number; entryCount: number }[]>(host, 'listSuppliers', {});
    expect(list.find((s) => s.id === supplier.id)).toMatchObject({ entryCount: 20_000 });
    expect(await value<ImportProgress>(host, 'getImportProgress')).toMatchObject({ running: false });
    host.close();
  }, 120_000);

  it('a bad row refuses the whole file: nothing written, through the second connection either', async () => {
    const host = await JournalHost.open(tempFile(), { shell: 'browser' });
    const supplier = await value<{ id: number }>(host, 'createSupplier', { name: 'Acme' });
    const text = `${bigCsv(3000)}2025-02-30;notitie;Impossible;;\r\n`;
    expect(await host.answer('importCsv', { text, mapping, supplierId: supplier.id })).toMatchObject({ ok: false, error: { key: 'csvImportInvalid' } });
    expect(await value<unknown[]>(host, 'listEntries', { supplierId: supplier.id })).toHaveLength(0);
    expect(await host.answer('importCsv', { text, mapping, supplierId: supplier.id, skipBadRows: true }))
      .toMatchObject({ ok: true, value: { imported: 3000, skippedRows: [3002] } });
    host.close();
  }, 60_000);
});
