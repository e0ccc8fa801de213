// Figures for issue 25 item 3 (attachments in the search): the 100,000-entry
// journal of scripts/bench/search.ts, then 200 files of 5 MB attached to the
// entries of 20 suppliers, each with ~60 KB of text indexed (as a PDF report's
// text would be). Printed, never asserted: the search p95 with the files'
// text indexed (target < 30 ms) and listing a supplier's entries with the
// files there (target < 50 ms), each beside the same figure without them.
// Run through scripts/bench.mjs (npm run bench, or npm run bench -- --attachments).
import crypto from 'node:crypto';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { performance } from 'node:perf_hooks';
import { mulberry32 } from '../../core/synthetic/prng';
import { insertLink, storeContent } from '../../db/worker/attachments';
import type { WritableDB } from '../../db/worker/handles';
import { openJournal, type Journal } from '../../db/worker/journal';
import { search } from '../../db/worker/search';
import { QUERIES, fillJournal } from './search';

const FILES = 200;
const FILE_BYTES = 5 * 1024 * 1024;
const SUPPLIERS_WITH_FILES = 20;
const TEXT_WORDS = 8_000;
/** Words a report holds and the entries do not, and words both hold. */
const REPORT_WORDS = ['beschikbaarheid', 'availability', 'uptime', 'incidenten', 'responstijd', 'boeteclausule', 'kwartaal', 'SLA', 'backup', 'storing', 'certificaat', 'penalty'];
const FILE_QUERIES = ['boeteclausule', 'beschikbaarheid uptime', 'responstijd', 'rapport123', 'availability backup', 'kwartaal storing'];

function p(values: number[], q: number): number {
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.min(sorted.length - 1, Math.ceil(q * sorted.length) - 1)]!;
}

const base = { supplierId: null, kinds: [], from: null, to: null, includePrivate: true, includeTrash: false, limit: 50 };

function searchTimes(db: WritableDB, queries: readonly string[]): number[] {
  for (const query of queries) search(db, { ...base, query }); // warm the page cache
  const times: number[] = [];
  for (const query of queries) {
    for (let run = 0; run < 10; run++) {
      const t = performance.now();
      search(db, { ...base, query });
      times.push(performance.now() - t);
    }
  }
  return times;
}

/** Listing each of the suppliers with files, 5 times: what the journal screen asks when it opens. */
function listTimes(journal: Journal): number[] {
  const list = (s: number) => journal.listEntries({ supplierId: s, kinds: [], tag: null, from: null, to: null, text: '' });
  for (let s = 1; s <= SUPPLIERS_WITH_FILES; s++) list(s);
  const times: number[] = [];
  for (let run = 0; run < 5; run++) {
    for (let s = 1; s <= SUPPLIERS_WITH_FILES; s++) {
      const t = performance.now();
      list(s);
      times.push(performance.now() - t);
    }
  }
  return times;
}

function attachFiles(db: WritableDB): void {
  const rng = mulberry32(25);
  const entriesOf = db.prepare('SELECT id FROM entries WHERE supplier_id = ? ORDER BY id LIMIT 10').pluck();
  const putText = db.prepare('INSERT INTO attachment_text (blob_id, text) VALUES (?, ?)');
  for (let i = 0; i < FILES; i++) {
    const supplier = 1 + (i % SUPPLIERS_WITH_FILES);
    const entryId = (entriesOf.all(supplier) as number[])[Math.floor(i / SUPPLIERS_WITH_FILES)]!;
    const words = Array.from({ length: TEXT_WORDS }, () => REPORT_WORDS[Math.floor(rng() * REPORT_WORDS.length)]!);
    words.push(`rapport${i}`);
    // Each file its own content (random bytes do not compress, as a PDF's mostly do not).
    const content = crypto.randomBytes(FILE_BYTES);
    db.transaction(() => {
      const { blobId } = storeContent(db, content);
      insertLink(db, blobId, { entryId, supplierId: null, name: `SLA-rapport ${i}.pdf`, type: 'application/pdf', addedAt: new Date().toISOString() });
      putText.run(blobId, words.join(' '));
    })();
  }
}

const ms = (values: number[]) => `p50 ${p(values, 0.5).toFixed(1)} ms, p95 ${p(values, 0.95).toFixed(1)} ms`;

export async function main(): Promise<void> {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'rapport-bench-attachments-'));
  // Removed when the bench ends, also on a failure (RAPPORT_BENCH_KEEP keeps it to look at).
  if (!process.env.RAPPORT_BENCH_KEEP) process.on('exit', () => fs.rmSync(dir, { recursive: true, force: true }));
  const file = path.join(dir, 'attachments.sqlite');
  let journal = await openJournal(file, { shell: 'browser' });
  fillJournal(journal.db, 100_000);
  const searchBefore = searchTimes(journal.db, QUERIES);
  const listBefore = listTimes(journal);

  const t0 = performance.now();
  attachFiles(journal.db);
  const attachMs = performance.now() - t0;
  journal.close();
  const t1 = performance.now();
  journal = await openJournal(file, { shell: 'browser' });
  const openMs = performance.now() - t1;
  const searchAfter = searchTimes(journal.db, QUERIES);
  const searchFiles = searchTimes(journal.db, FILE_QUERIES);
  const listAfter = listTimes(journal);
  const found = search(journal.db, { ...base, query: 'rapport123' }).groups.flatMap((g) => g.hits).map((h) => h.file);
  journal.close();

  console.log(`\nAttachments: ${FILES} files of ${FILE_BYTES / 1024 / 1024} MB (${(fs.statSync(file).size / 1024 ** 3).toFixed(2)} GB file) on the entries of ${SUPPLIERS_WITH_FILES} suppliers, ~${TEXT_WORDS.toLocaleString('en')} words of text each, in a journal of 100,000 entries`);
  console.log(`  attached and indexed in ${(attachMs / 1000).toFixed(1)} s; the journal opened again in ${openMs.toFixed(0)} ms; \`rapport123\` finds ${JSON.stringify(found)}`);
  console.log(`  search, the 20 typical queries x 10: without files ${ms(searchBefore)}; with their text indexed ${ms(searchAfter)}   (target p95 < 30 ms)`);
  console.log(`  search, 6 queries of words in the files x 10: ${ms(searchFiles)}   (target p95 < 30 ms)`);
  if (process.env.RAPPORT_BENCH_KEEP) console.log(`  kept: ${file}`);
  console.log(`  listing a supplier's entries (20 suppliers x 5): without files ${ms(listBefore)}; with 10 files of 5 MB each ${ms(listAfter)}   (target < 50 ms)`);
}
