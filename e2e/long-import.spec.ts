// A big spreadsheet in Chromium: the screen shows how far the import is once
// it takes more than a second, and the journal keeps answering reads
// meanwhile. 80,000 rows, so that it surely takes more than a second (20,000
// take about one here; npm run bench times those).
import fs from 'node:fs';
import path from 'node:path';
import { expect, test } from './fixtures';

function bigCsv(rows: number): string {
  const lines = ['Datum;Soort;Onderwerp;Omschrijving'];
  for (let i = 0; i < rows; i++) {
    lines.push(`2025-${String((i % 12) + 1).padStart(2, '0')}-${String((i % 28) + 1).padStart(2, '0')};notitie;Overleg ${i};Planning en capaciteit, week ${i % 52}`);
  }
  return `${lines.join('\r\n')}\r\n`;
}

test('a big import shows its progress, and reads answer while it runs', async ({ app }) => {
  test.setTimeout(180_000);
  const supplier = await app.call('createSupplier', { name: 'Noordlicht IT' });
  const csv = path.join(path.dirname(app.dataFile), 'big.csv');
  fs.writeFileSync(csv, bigCsv(80_000));
  const page = app.page;
  await page.reload();
  await page.getByRole('link', { name: 'Backups & data' }).click();
  await page.getByRole('link', { name: 'Import entries from a spreadsheet…' }).click();
  await page.getByTestId('csv-file-input').setInputFiles(csv);
  await expect(page.getByLabel('Title', { exact: true })).toHaveValue('Onderwerp');

  await page.getByRole('button', { name: 'Preview' }).click();
  await expect(page.getByText('80,000 rows can be imported')).toBeVisible({ timeout: 60_000 });
  await expect(page.getByTestId('import-progress')).toHaveCount(0);

  await page.getByRole('button', { name: /Import 80,?000 entries/ }).click();
  await expect(page.getByTestId('import-progress')).toContainText(/(Checking rows|Writing entries): [\d,]+ of 80,000/);
  // Reads while the import runs: answered, and without a half import in them.
  // How long they wait is the benchmark's to measure (scripts/bench-import.mjs); here: that they are answered meanwhile.
  let answeredDuring = 0;
  while (await page.getByTestId('import-progress').isVisible()) {
    const read = await app.call('getSupplier', { id: supplier.id });
    // Still running after the read answered: the read was answered during the import, and saw none of it.
    if ((await app.call('getImportProgress', {})).running) {
      answeredDuring += 1;
      expect(read.entryCount).toBe(0);
    }
  }
  await expect(page.getByText('Imported 80,000 entries.')).toBeVisible({ timeout: 60_000 });
  expect(answeredDuring).toBeGreaterThan(2);
  expect((await app.call('getSupplier', { id: supplier.id })).entryCount).toBe(80_000);
});
