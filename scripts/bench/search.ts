// Figures for issue 15 (search): 100,000 entries with Dutch and English
// text, the p95 of 20 typical queries end to end (parse, rank, snippets), the
// time to build the index from scratch, and the file's size with and without
// it. Printed, never asserted. Run through scripts/bench.mjs (npm run bench).
import Database from 'better-sqlite3-multiple-ciphers';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { performance } from 'node:perf_hooks';
import { mulberry32 } from '../../core/synthetic/prng';
import type { WritableDB } from '../../db/worker/handles';
import { openJournal } from '../../db/worker/journal';
import { parseSearch } from '../../core/search';
import { RANK_ALL, matchPlan, rebuildSearchIndex, search } from '../../db/worker/search';

// A journal's words are not evenly spread: a few topics come back often, most
// rarely (Zipf). Sentences are cut from these, in both languages.
const TOPICS = [
  'backup', 'back-up', 'restore', 'SLA', 'servicedesk', 'reactietijd', 'response time', 'certificaat', 'certificate', 'webshop', 'portal',
  'e-mail', 'email', 'migratie', 'migration', 'datacenter', 'factuur', 'invoice', 'licenties', 'licences', 'café', 'roadmap', 'patch',
  'updates', 'storing', 'outage', 'switch', 'firewall', 'accountmanager', 'contactpersoon', 'disaster recovery', 'DR-test', 'contract',
  'verlenging', 'renewal', 'phishing', 'mailbox', 'opslag', 'storage', 'monitoring', 'nachtdienst', 'night shift', 'VPN', 'wachtwoord',
  'password', 'Office 365', 'SharePoint', 'Teams', 'laptop', 'werkplek', 'printer', 'telefonie', 'netwerk', 'network', 'wifi',
  'capaciteit', 'capacity', 'performance', 'traagheid', 'latency', 'database', 'Oracle', 'SAP', 'ERP', 'CRM', 'koppeling', 'interface',
  'API', 'rapportage', 'report', 'dashboard', 'KPI', 'boete', 'penalty', 'escalatie', 'escalation', 'change', 'wijziging', 'release',
  'testomgeving', 'acceptatie', 'productie', 'go-live', 'planning', 'budget', 'offerte', 'quotation', 'audit', 'ISO 27001', 'AVG',
  'GDPR', 'verwerkersovereenkomst', 'pentest', 'kwetsbaarheid', 'vulnerability', 'logging', 'SIEM', 'antivirus', 'endpoint',
  'onboarding', 'offboarding', 'training', 'documentatie', 'handleiding', 'coördinatie', 'financiële', 'inkoop', 'procurement',
];
const EN_FRAMES = ['We discussed the {a} and the {b} at length.', 'They promised to fix the {a} before the {b} review.', 'The {a} failed again; {b} is affected.', 'Good talk about {a}; follow-up on {b} next week.', 'Escalated the {a} issue to their manager.'];
const NL_FRAMES = ['Overleg gehad over de {a} en de {b}.', 'Ze zeggen toe de {a} voor de evaluatie van {b} op te lossen.', 'De {a} is weer mislukt; {b} heeft er last van.', 'Goed gesprek over {a}; volgende week verder over {b}.', 'De {a} is geëscaleerd naar hun manager.'];
const TITLES = ['Overleg', 'Meeting', 'Storing', 'Incident', 'Kwartaaloverleg', 'Quarterly review', 'Toezegging', 'Promise', 'Advies', 'Notitie', 'Call', 'Bezoek'];
const TAGS = ['sla', 'backup', 'security', 'factuur', 'migratie', 'netwerk', 'certificaat', 'contract', 'dr-test', 'opslag'];
const KINDS = ['interaction', 'note', 'advice', 'incident', 'promise', 'review'] as const;

export const QUERIES = [
  'backup restore', 'back-up', 'sla', 'certificaat', 'certificate webshop', 'e-mail', 'email migratie', '"disaster recovery"', 'cafe',
  'factuur -licenties', 'leverancier:"leverancier 12" tag:sla', 'kind:incident network', 'soort:toezegging contract', 'financiele coordinatie',
  'storing switch', 'phishing', 'opsl', 'monitoring nachtdienst', 'pentest', 'tag:dr-test restore',
];

function p(values: number[], q: number): number {
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.min(sorted.length - 1, Math.ceil(q * sorted.length) - 1)]!;
}

const mb = (bytes: number) => `${(bytes / 1024 / 1024).toFixed(1)} MB`;

/** 200 suppliers and `total` entries of Dutch and English text (the same every run), the index kept by the triggers. */
export function fillJournal(db: WritableDB, total: number): void {
  const rng = mulberry32(15);
  const pick = <T>(xs: readonly T[]) => xs[Math.floor(rng() * xs.length)]!;
  // Zipf: the n-th topic comes about 1/n as often as the first.
  const weights = TOPICS.map((_, i) => 1 / (i + 1));
  const sum = weights.reduce((a, b) => a + b, 0);
  const topic = () => {
    let x = rng() * sum;
    for (let i = 0; i < TOPICS.length; i++) if ((x -= weights[i]!) <= 0) return TOPICS[i]!;
    return TOPICS[TOPICS.length - 1]!;
  };
  db.transaction(() => {
    const supplier = db.prepare("INSERT INTO suppliers (name, category, notes, created_at, updated_at) VALUES (?, 'IT', '', 'now', 'now')");
    for (let s = 1; s <= 200; s++) supplier.run(`Leverancier ${s}`);
    const entry = db.prepare(
      `INSERT INTO entries (supplier_id, kind, date, title, body, private, channel, tone, obligation, in_contract, status, severity, caused_by, score_ability, created_at, updated_at)
       VALUES (@s, @kind, @date, @title, @body, @private, @channel, @tone, @obligation, @inContract, @status, @severity, @causedBy, @score, 'now', 'now')`,
    );
    const tag = db.prepare('INSERT OR IGNORE INTO entry_tags (entry_id, tag) VALUES (?, ?)');
    for (let i = 0; i < total; i++) {
      const kind = pick(KINDS);
      const body = Array.from({ length: 1 + Math.floor(rng() * 4) }, () =>
        pick(rng() < 0.5 ? EN_FRAMES : NL_FRAMES).replace('{a}', topic()).replace('{b}', topic())).join(' ');
      const day = new Date(Date.UTC(2020, 0, 1) + Math.floor(rng() * 6 * 365) * 86_400_000).toISOString().slice(0, 10);
      const info = entry.run({
        s: 1 + Math.floor(rng() * 200), kind, date: day, title: `${pick(TITLES)} ${topic()}`, body, private: rng() < 0.1 ? 1 : 0,
        channel: kind === 'interaction' ? 'meeting' : null, tone: kind === 'interaction' ? 'neutral' : null,
        obligation: kind === 'promise' ? 'result' : null, inContract: kind === 'promise' ? 0 : null, status: kind === 'promise' ? 'open' : null,
        severity: kind === 'incident' ? 'medium' : null, causedBy: kind === 'incident' ? 'supplier' : null, score: kind === 'review' ? 3 : null,
      });
      if (rng() < 0.5) tag.run(info.lastInsertRowid, pick(TAGS));
    }
  })();
}

export async function main(): Promise<void> {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'rapport-bench-search-'));
  // Removed when the bench ends, also on a failure (RAPPORT_BENCH_KEEP keeps it to look at).
  if (!process.env.RAPPORT_BENCH_KEEP) process.on('exit', () => fs.rmSync(dir, { recursive: true, force: true }));
  const file = path.join(dir, 'search.sqlite');
  const journal = await openJournal(file, { shell: 'browser' });
  const db = journal.db;
  const total = 100_000;
  const t0 = performance.now();
  fillJournal(db, total);
  const writeMs = performance.now() - t0;
  console.log(`\nSearch: 200 suppliers, ${total.toLocaleString('en')} entries with Dutch and English text (written, index kept by the triggers, in ${(writeMs / 1000).toFixed(1)} s)`);

  const t1 = performance.now();
  rebuildSearchIndex(db);
  const rebuildMs = performance.now() - t1;
  console.log(`  index built from scratch (both tables)  ${(rebuildMs / 1000).toFixed(2)} s   (target < 5 s)`);

  const base = { supplierId: null, kinds: [], from: null, to: null, includePrivate: true, includeTrash: false, limit: 50 };
  for (const query of QUERIES) search(db, { ...base, query }); // warm the page cache
  // The total count alone (part of every search above): the count(*) on the index with the same MATCH.
  const countMs = (query: string) => {
    const m = parseSearch(query);
    const plan = m.ok && m.query.match ? matchPlan(db, { ...m.query, match: m.query.match }, { ...base, kinds: m.query.kinds }) : null;
    if (!plan) return '-';
    const count = db.prepare('SELECT count(*) FROM entry_search WHERE entry_search MATCH ?').pluck();
    const t = performance.now();
    for (let i = 0; i < 5; i++) count.get(plan.match);
    return `${((performance.now() - t) / 5).toFixed(1)} ms`;
  };
  const all: number[] = [];
  const rows: string[] = [];
  for (const query of QUERIES) {
    const times: number[] = [];
    let found = 0;
    let total = 0;
    for (let run = 0; run < 10; run++) {
      const t = performance.now();
      const r = search(db, { ...base, query });
      found = r.groups.reduce((n, g) => n + g.hits.length, 0);
      total = r.total;
      times.push(performance.now() - t);
    }
    all.push(...times);
    const how = total > RANK_ALL ? 'newest' : 'ranked';
    rows.push(`    ${query.padEnd(36)} median ${p(times, 0.5).toFixed(1).padStart(6)} ms   ${String(found).padStart(3)} shown of ${total.toLocaleString('en').padStart(6)} (${how}; the count alone ${countMs(query)})`);
  }
  console.log(`  20 typical queries x 10 runs, end to end (parse, count, rank, first 50 with snippets; over ${RANK_ALL.toLocaleString('en')} matches newest first):`);
  console.log(`    p50 ${p(all, 0.5).toFixed(1)} ms, p95 ${p(all, 0.95).toFixed(1)} ms, worst ${Math.max(...all).toFixed(1)} ms   (target p95 < 30 ms)`);
  for (const r of rows) console.log(r);
  const perCall = (text: string) => {
    const t = performance.now();
    for (let s = 1; s <= 20; s++) journal.listEntries({ supplierId: s, kinds: [], tag: null, from: null, to: null, text });
    return ((performance.now() - t) / 20).toFixed(1);
  };
  perCall('backup');
  const filtered = perCall('backup');
  const narrow = perCall('phishing');
  console.log(`  the journal's own text filter (one supplier, ~500 entries): \`backup\` (in 80%) ${filtered} ms, \`phishing\` ${narrow} ms per call; the list without a filter ${perCall('')} ms`);

  // Sizes: compacted copies, one of them without the search objects.
  const withIndex = path.join(dir, 'with.sqlite');
  const without = path.join(dir, 'without.sqlite');
  db.prepare('VACUUM INTO ?').run(withIndex);
  journal.close();
  fs.copyFileSync(withIndex, without);
  const bare = new Database(without);
  const objects = bare.prepare("SELECT type, name FROM sqlite_schema WHERE name LIKE '%search%' AND type IN ('trigger', 'view')").all() as { type: string; name: string }[];
  for (const o of objects) bare.exec(`DROP ${o.type.toUpperCase()} ${o.name}`);
  bare.exec('DROP TABLE entry_search; DROP TABLE supplier_search; VACUUM');
  bare.close();
  const sizeWith = fs.statSync(withIndex).size;
  const sizeWithout = fs.statSync(without).size;
  console.log(`  file size: ${mb(sizeWithout)} without the index, ${mb(sizeWith)} with it (+${(((sizeWith - sizeWithout) / sizeWithout) * 100).toFixed(0)}%)`);
  if (process.env.RAPPORT_BENCH_KEEP) console.log(`  kept: ${withIndex}`);
}
