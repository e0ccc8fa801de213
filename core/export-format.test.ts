// The export format's checker, without a database: what it accepts, what it
// refuses and how it names each problem.
import { describe, expect, it } from 'vitest';
import { SUPPLIER_KEYS, checkExport, nulPaths, sameJournalContent, withoutExportedAt, type JournalExport } from './export-format';

const stamp = '2026-11-27T10:00:00.000Z';
const minimal = (): Record<string, unknown> => ({
  format: 'rapport-journal', version: 1, exportedAt: stamp, app: { schemaVersion: 1 },
  settings: { 'pref.language': 'nl', trust: { halfLifePositiveDays: 180 } },
  suppliers: [{ id: 3, name: 'Acme', status: 'active', endedOn: null, createdAt: stamp, updatedAt: stamp }],
  entries: [{ id: 7, supplierId: 3, kind: 'note', date: '2026-01-01', title: 'Hi', tags: ['B', 'a', 'a'], createdAt: stamp, updatedAt: stamp }],
});

describe('checkExport', () => {
  it('accepts a minimal file, fills defaults, sorts and orders keys as an export does', () => {
    const data = minimal();
    (data.settings as Record<string, unknown>).trust = undefined;
    delete (data.settings as Record<string, unknown>).trust;
    const result = checkExport(data);
    expect(result.ok).toBe(true);
    if (!result.ok) return;
    expect(Object.keys(result.value.suppliers[0]!)).toEqual(SUPPLIER_KEYS);
    expect(result.value.entries[0]).toEqual({
      id: 7, supplierId: 3, kind: 'note', date: '2026-01-01', title: 'Hi', body: '', tags: ['a', 'b'], private: false, side: 'supplier', followUpOn: null,
      createdAt: stamp, updatedAt: stamp,
    });
  });

  it('refuses what is not an export, or from a newer format', () => {
    expect(checkExport(null)).toMatchObject({ ok: false, key: 'notAnExport' });
    expect(checkExport([1, 2])).toMatchObject({ ok: false, key: 'notAnExport' });
    expect(checkExport({ ...minimal(), version: 2 })).toMatchObject({ ok: false, key: 'exportTooNew', issues: [{ path: ['version'] }] });
  });

  it('names each problem by its path', () => {
    const data = minimal();
    const entries = data.entries as Record<string, unknown>[];
    entries.push({ ...entries[0], id: 7, date: '2026-02-30' });
    entries.push({ ...entries[0], id: 8, supplierId: 99 });
    entries.push({ ...entries[0], id: 9, kind: 'promise', dueOn: '2025-01-01' });
    entries.push({ ...entries[0], id: 10, title: 'x\u0000y' });
    (data.suppliers as Record<string, unknown>[]).push({ id: 3, name: '', status: 'ended', endedOn: null, createdAt: 'yesterday', updatedAt: stamp, extra: 1 });
    (data.settings as Record<string, unknown>)['pref.colour'] = 'red';
    (data.settings as Record<string, unknown>)['pref.theme'] = 'neon';
    const result = checkExport(data);
    expect(result.ok).toBe(false);
    if (result.ok) return;
    const named = result.issues.map((i) => `${i.path.join('.')}:${i.key}`);
    expect(named).toEqual(expect.arrayContaining([
      'entries.1.date:invalidDate', 'entries.2.supplierId:unknownSupplier', 'entries.3.dueOn:dueBeforeMade', 'entries.4.title:invalidCharacter',
      'suppliers.1:unknownField', 'suppliers.1.name:required', 'suppliers.1.createdAt:invalidTimestamp', 'settings.pref.colour:unknownField',
      'settings.pref.theme:invalidChoice',
    ]));
  });

  it('catches duplicate ids, a bad end date and bad trust settings', () => {
    const data = minimal();
    (data.suppliers as Record<string, unknown>[]).push({ id: 3, name: 'Twin', status: 'active', endedOn: '2026-01-01', createdAt: stamp, updatedAt: stamp });
    (data.settings as Record<string, unknown>).trust = { halfLifePositiveDays: -5 };
    const result = checkExport(data);
    if (result.ok) throw new Error('accepted');
    const named = result.issues.map((i) => `${i.path.join('.')}:${i.key}`);
    expect(named).toEqual(expect.arrayContaining(['suppliers.1.id:duplicateId', 'suppliers.1.endedOn:activeHasNoEndDate']));
    expect(named.some((n) => n.startsWith('settings.trust.halfLifePositiveDays'))).toBe(true);
  });

  it('refuses a "__proto__" key instead of letting it reach an object', () => {
    const text = JSON.stringify(minimal()).replace('"name":"Acme"', '"name":"Acme","__proto__":{"id":1}');
    const result = checkExport(JSON.parse(text));
    expect(result).toMatchObject({ ok: false, issues: [{ path: ['suppliers', 0], key: 'unknownField', params: { fields: '__proto__' } }] });
    const settings = JSON.parse(JSON.stringify(minimal()).replace('"pref.language"', '"__proto__"'));
    expect(checkExport(settings).ok).toBe(false);
  });

  it('caps the problem list', () => {
    const data = minimal();
    data.entries = Array.from({ length: 500 }, (_, i) => ({ id: i + 1, supplierId: 3, kind: 'note', date: 'bad', title: 'x', createdAt: stamp, updatedAt: stamp }));
    const result = checkExport(data);
    if (result.ok) throw new Error('accepted');
    expect(result.issues).toHaveLength(201);
    expect(result.issues.at(-1)).toEqual({ path: [], key: 'moreProblems', params: { count: 300 } });
  });

  it('compares exports without their export time', () => {
    const a = { ...minimal(), exportedAt: '2026-01-01T00:00:00Z' } as unknown as JournalExport;
    const b = { ...minimal(), exportedAt: '2026-02-01T00:00:00Z' } as unknown as JournalExport;
    expect(withoutExportedAt(a)).toEqual(withoutExportedAt(b));
    expect(sameJournalContent(JSON.stringify(a), JSON.stringify(b))).toBe(true);
    expect(sameJournalContent(JSON.stringify(a), JSON.stringify({ ...b, settings: {} }))).toBe(false);
  });

  it('finds NUL characters anywhere', () => {
    expect(nulPaths({ a: ['x', 'y\u0000'], b: { c: '\u0000' } })).toEqual([['a', 1], ['b', 'c']]);
    expect(nulPaths('clean')).toEqual([]);
  });
});
