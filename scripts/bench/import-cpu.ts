// The CPU time of writing a 20,000-row spreadsheet import in-process (no
// server, no other client): the part of the import's time that load on a
// shared machine does not blur, so two versions compare fairly. Printed,
// never asserted. Run through scripts/bench.mjs (npm run bench -- --import-cpu).
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { supplierInput } from '../../core/schemas';
import { openJournal } from '../../db/worker/journal';
import { importCsv } from '../../db/worker/import';

function csv(rows: number): string {
  const lines = ['Datum;Soort;Onderwerp;Omschrijving;Labels'];
  for (let i = 0; i < rows; i++) {
    lines.push(`2025-${String((i % 12) + 1).padStart(2, '0')}-${String((i % 28) + 1).padStart(2, '0')};notitie;Overleg ${i};Besproken: planning, capaciteit en de openstaande punten van week ${i % 52};overleg, planning`);
  }
  return lines.join('\r\n');
}

export async function main(runs = 3): Promise<void> {
  const text = csv(20_000);
  const mapping = { date: 'Datum', kind: 'Soort', title: 'Onderwerp', body: 'Omschrijving', tags: 'Labels' };
  const cpu: number[] = [];
  for (let run = 0; run < runs; run++) {
    const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'rapport-bench-importcpu-'));
    try {
      const journal = await openJournal(path.join(dir, 'rapport.sqlite'), { shell: 'browser' });
      const supplier = journal.createSupplier(supplierInput.parse({ name: 'Noordlicht IT' }));
      const before = process.cpuUsage();
      importCsv(journal.db, text, mapping, { supplierId: supplier.id });
      const used = process.cpuUsage(before);
      cpu.push(Math.round((used.user + used.system) / 1000));
      journal.close();
    } finally {
      fs.rmSync(dir, { recursive: true, force: true });
    }
  }
  cpu.sort((a, b) => a - b);
  console.log(`A 20,000-row CSV import written in-process, CPU time (${runs} runs): median ${cpu[Math.floor(runs / 2)]} ms, best ${cpu[0]} ms, worst ${cpu[runs - 1]} ms`);
}
