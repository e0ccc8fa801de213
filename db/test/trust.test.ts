import { describe, expect, it } from 'vitest';
import { DEFAULT_TRUST_SETTINGS } from '../../core/trust/settings';
import { V1_DEFAULTS } from '../../core/trust/upgrade';
import { Journal } from '../worker/journal';
import { call, freshJournal, ok } from './helpers';

const TODAY = '2026-06-30';

async function storyJournal() {
  const journal = await freshJournal(TODAY);
  const s = ok(journal, 'createSupplier', { name: 'Wolkendek Hosting' });
  const add = (input: object) => ok(journal, 'createEntry', { supplierId: s.id, ...input } as never);
  // Half a year of promises kept and good contact...
  for (let m = 1; m <= 5; m++) {
    const date = `2026-0${m}-05`;
    add({ kind: 'promise', date, title: `Monthly report ${m}`, dueOn: `2026-0${m}-20`, obligation: 'result', status: 'kept', settledOn: `2026-0${m}-18` });
    add({ kind: 'interaction', date: `2026-0${m}-10`, title: `Call ${m}`, channel: 'call', tone: 'positive' });
  }
  // ...then a broken contractual result promise and a critical incident.
  const broken = add({ kind: 'promise', date: '2026-06-01', title: 'Backups in a second data centre', dueOn: '2026-06-10', obligation: 'result', inContract: true, status: 'broken', settledOn: '2026-06-12' });
  const outage = add({ kind: 'incident', date: '2026-06-15', title: 'ERP down 19 hours', severity: 'critical', causedBy: 'supplier' });
  add({ kind: 'note', date: '2026-06-16', title: 'Our change board was late', side: 'ours' });
  return { journal, supplier: s, broken, outage };
}

describe('trust through the journal', () => {
  it('drops after a broken contractual promise and a critical incident, and names them first', async () => {
    const { journal, supplier, broken, outage } = await storyJournal();
    const view = ok(journal, 'getSupplierTrust', { supplierId: supplier.id, from: '2026-01-01', to: TODAY });
    const at = (d: string) => view.rows.find((r) => r.date === d)!.trust;
    expect(at('2026-05-31')).toBeGreaterThan(0.6);
    expect(at('2026-06-20')).toBeLessThan(at('2026-05-31') - 0.2);
    expect(view.movers.down.slice(0, 2).map((m) => m.entryId).sort()).toEqual([broken.id, outage.id].sort());
    expect(view.entries[outage.id]).toMatchObject({ title: 'ERP down 19 hours', kind: 'incident' });
    const marker = view.markers.find((m) => m.id === outage.id)!;
    expect(marker.effect).toBeLessThan(-0.1);
    // Our own conduct never counts in the supplier's trust.
    expect(view.markers.some((m) => m.title === 'Our change board was late')).toBe(false);
    expect(view.figures.sayDo).toMatchObject({ keptOnTime: 5, broken: 1 });
  });

  it('flags the eroding supplier in the portfolio', async () => {
    const { journal, supplier } = await storyJournal();
    ok(journal, 'createSupplier', { name: 'Quiet Print' });
    const view = ok(journal, 'getPortfolio', {});
    const row = view.suppliers.find((r) => r.id === supplier.id)!;
    expect(row.change90).toBeLessThan(-0.1);
    // the change is read on exact days: today against today - 90
    const exact = (d: string) => ok(journal, 'getSupplierTrust', { supplierId: supplier.id, from: d, to: d }).rows[0]!.trust;
    expect(row.change90).toBeCloseTo(exact(TODAY) - exact('2026-04-01'), 12);
    // the flag says why: the two entries that pulled most
    expect(row.flag).toMatchObject({ kind: 'eroding' });
    expect(row.flag!.kind === 'eroding' && row.flag!.pulls.map((p) => p.title).sort()).toEqual(['Backups in a second data centre', 'ERP down 19 hours']);
    expect(view.suppliers.find((r) => r.name === 'Quiet Print')!.flag).toBeNull();
    expect(view.suppliers.find((r) => r.name === 'Quiet Print')!.now.trust).toBeCloseTo(DEFAULT_TRUST_SETTINGS.baseRate, 6);
    expect(view.comparison.series[supplier.id]).toHaveLength(view.comparison.dates.length);
  });

  it('stores settings, validates them, resets them, and the series follows', async () => {
    const { journal, supplier } = await storyJournal();
    const before = ok(journal, 'getSupplierTrust', { supplierId: supplier.id, from: null, to: null }).now.trust;
    expect(ok(journal, 'updateTrustSettings', { asymmetry: 3 })).toMatchObject({ asymmetry: 3, priorWeight: 10 });
    const after = ok(journal, 'getSupplierTrust', { supplierId: supplier.id, from: null, to: null }).now.trust;
    expect(after).toBeLessThan(before);
    expect(call(journal, 'updateTrustSettings', { baseRate: 2 })).toMatchObject({ ok: false, error: { issues: [{ path: ['baseRate'], key: 'tooBig' }] } });
    expect(call(journal, 'updateTrustSettings', { colour: 1 } as never)).toMatchObject({ ok: false, error: { issues: [{ key: 'unknownField' }] } });
    expect(ok(journal, 'getTrustSettings', {}).asymmetry).toBe(3);
    expect(ok(journal, 'resetTrustSettings', {})).toEqual(DEFAULT_TRUST_SETTINGS);
  });

  it('draws a waterfall from one review to the next that adds up', async () => {
    const { journal, supplier } = await storyJournal();
    const r1 = ok(journal, 'createEntry', { supplierId: supplier.id, kind: 'review', date: '2026-03-31', title: 'Q1', scoreAbility: 4, scoreIntegrity: 4, scoreBenevolence: 4 });
    ok(journal, 'createEntry', { supplierId: supplier.id, kind: 'review', date: '2026-06-28', title: 'Q2', scoreAbility: 2, scoreIntegrity: 1, scoreBenevolence: 3 });
    const w = ok(journal, 'getReviewWaterfall', { supplierId: supplier.id, reviewId: r1.id });
    expect(w.to).toBe('2026-06-28');
    expect(w.nextReview?.title).toBe('Q2');
    expect(w.start + w.bars.reduce((sum, b) => sum + b.delta, 0)).toBeCloseTo(w.end, 9);
  });
});

describe('flags, private entries and settings of model version 1', () => {
  it('a supplier gone quiet is "quiet", never "eroding", on the dashboard and its page', async () => {
    const journal = await freshJournal(TODAY);
    const s = ok(journal, 'createSupplier', { name: 'Stil BV', reviewIntervalMonths: 3 });
    for (let m = 1; m <= 12; m++) {
      const date = `2025-${String(m).padStart(2, '0')}-05`;
      ok(journal, 'createEntry', { supplierId: s.id, kind: 'interaction', date, title: `Call ${m}`, channel: 'call', tone: 'positive' });
      ok(journal, 'createEntry', { supplierId: s.id, kind: 'advice', date: `2025-${String(m).padStart(2, '0')}-15`, title: `Idea ${m}` });
    }
    const row = ok(journal, 'getPortfolio', {}).suppliers[0]!;
    expect(row.flag).toEqual({ kind: 'quiet', lastEntryOn: '2025-12-15', days: 197 });
    expect(ok(journal, 'getSupplierTrust', { supplierId: s.id, from: null, to: null }).flag).toEqual(row.flag);
    // an ended relationship carries no flag
    ok(journal, 'endSupplier', { id: s.id, endedOn: '2026-06-01' });
    expect(ok(journal, 'getPortfolio', {}).suppliers[0]!.flag).toBeNull();
  });

  it('left out, private entries count nowhere: the trust view is computed without them', async () => {
    const { journal, supplier } = await storyJournal();
    ok(journal, 'createEntry', { supplierId: supplier.id, kind: 'incident', date: '2026-06-20', title: 'Private worry', severity: 'high', private: true });
    const all = ok(journal, 'getSupplierTrust', { supplierId: supplier.id, from: '2026-01-01', to: TODAY });
    const without = ok(journal, 'getSupplierTrust', { supplierId: supplier.id, from: '2026-01-01', to: TODAY, includePrivate: false });
    expect(all.includesPrivate).toBe(true);
    expect(without.includesPrivate).toBe(false);
    expect(without.now.trust).toBeGreaterThan(all.now.trust);
    expect(without.markers.some((m) => m.private)).toBe(false);
    expect(Object.values(without.entries).some((e) => e.private)).toBe(false);
    // the same as a journal that never had it
    const { journal: twin, supplier: twinSupplier } = await storyJournal();
    expect(ok(twin, 'getSupplierTrust', { supplierId: twinSupplier.id, from: '2026-01-01', to: TODAY }).rows).toEqual(without.rows);
  });

  it('settings of model version 1: unchanged ones move to the new defaults, changed ones are kept with a notice until the manager acts', async () => {
    const journal = await freshJournal(TODAY);
    const v1 = V1_DEFAULTS;
    const store = (value: object) => journal.db.prepare("INSERT INTO settings (key, value) VALUES ('trust', ?) ON CONFLICT (key) DO UPDATE SET value = excluded.value").run(JSON.stringify(value));
    store(v1);
    expect(ok(journal, 'getTrustSettings', {})).toEqual(DEFAULT_TRUST_SETTINGS);
    expect(ok(journal, 'getTrustModelNotice', {})).toEqual({ notice: null });

    store({ ...v1, incidentCritical: 8 });
    expect(ok(journal, 'getTrustSettings', {})).toEqual({ ...DEFAULT_TRUST_SETTINGS, incidentCritical: 8 });
    expect(ok(journal, 'getTrustModelNotice', {})).toEqual({ notice: { fromVersion: 1, kept: { incidentCritical: 8 } } });
    expect(ok(journal, 'keepTrustSettings', {})).toEqual({ ...DEFAULT_TRUST_SETTINGS, incidentCritical: 8 });
    expect(ok(journal, 'getTrustModelNotice', {})).toEqual({ notice: null });
    expect(ok(journal, 'getTrustSettings', {}).incidentCritical).toBe(8);

    store({ ...v1, incidentCritical: 8 });
    expect(ok(journal, 'resetTrustSettings', {})).toEqual(DEFAULT_TRUST_SETTINGS);
    expect(ok(journal, 'getTrustModelNotice', {})).toEqual({ notice: null });
  });
});

describe('the overview lines the journal keeps (migration 010, db/worker/overview.ts)', () => {
  const linesOf = (journal: Awaited<ReturnType<typeof freshJournal>>) =>
    new Map((journal.db.prepare('SELECT supplier_id AS id, basis, line FROM overview_lines').all() as { id: number; basis: string; line: string }[]).map((r) => [r.id, r]));

  it('reads a kept line instead of computing it; an edit takes away only its supplier\'s line', async () => {
    const journal = await freshJournal(TODAY);
    const acme = ok(journal, 'createSupplier', { name: 'Acme' });
    const beta = ok(journal, 'createSupplier', { name: 'Beta' });
    const first = ok(journal, 'getPortfolio', {});
    expect(first.suppliers.map((r) => r.name)).toEqual(['Acme', 'Beta']);
    expect([...linesOf(journal).keys()].sort()).toEqual([acme.id, beta.id]);
    // A kept line is what the overview shows: marked by hand here, it comes back as marked.
    journal.db.prepare("UPDATE overview_lines SET line = json_set(line, '$.row.category', 'kept') WHERE supplier_id = ?").run(beta.id);
    expect(ok(journal, 'getPortfolio', {}).suppliers[1]!.category).toBe('kept');
    const betaLine = linesOf(journal).get(beta.id)!.line;

    ok(journal, 'createEntry', { supplierId: acme.id, kind: 'advice', date: '2026-06-01', title: 'Idea' });
    expect(linesOf(journal).has(acme.id)).toBe(false);
    const afterEntry = ok(journal, 'getPortfolio', {});
    expect(afterEntry.suppliers[0]!.now.trust).toBeGreaterThan(first.suppliers[0]!.now.trust);
    // Beta's line was not computed again: still the one marked by hand.
    expect(linesOf(journal).get(beta.id)!.line).toBe(betaLine);
    expect(afterEntry.suppliers[1]!.category).toBe('kept');
  });

  it('computes every line again for other trust settings or another day, and follows a supplier\'s own fields and its trash', async () => {
    const journal = await freshJournal(TODAY);
    const s = ok(journal, 'createSupplier', { name: 'Acme' });
    ok(journal, 'createEntry', { supplierId: s.id, kind: 'advice', date: '2026-06-01', title: 'Idea' });
    const before = ok(journal, 'getPortfolio', {});
    ok(journal, 'updateTrustSettings', { advice: 3 });
    const afterSettings = ok(journal, 'getPortfolio', {});
    expect(afterSettings.suppliers[0]!.now.trust).toBeGreaterThan(before.suppliers[0]!.now.trust);

    // The same journal read on a later day (as the app started again then): every line is of another day.
    const later = new Journal(journal.db, { dataFile: journal.db.name, shell: 'browser', today: () => '2026-12-31' });
    const decayed = ok(later, 'getPortfolio', {});
    expect(decayed.today).toBe('2026-12-31');
    expect(decayed.suppliers[0]!.now.trust).toBeLessThan(afterSettings.suppliers[0]!.now.trust);

    ok(journal, 'updateSupplier', { ...ok(journal, 'getSupplier', { id: s.id }), name: 'Acme Renamed' });
    expect(ok(journal, 'getPortfolio', {}).suppliers[0]!.name).toBe('Acme Renamed');
    const entry = ok(journal, 'listEntries', { supplierId: s.id })[0]!;
    ok(journal, 'deleteEntry', { id: entry.id });
    expect(ok(journal, 'getPortfolio', {}).suppliers[0]!.entryCount).toBe(0);
    ok(journal, 'restoreFromTrash', { type: 'entry', id: entry.id });
    expect(ok(journal, 'getPortfolio', {}).suppliers[0]!.entryCount).toBe(1);
  });
});
