import { describe, expect, it } from 'vitest';
import { addMonths, isIsoDate, toDayNumber, fromDayNumber } from './dates';
import { issueFromZod } from './errors';
import { entryInput, supplierInput } from './schemas';

const issues = (schema: { safeParse(v: unknown): { success: boolean; error?: { issues: unknown[] } } }, value: unknown) => {
  const r = schema.safeParse(value);
  return r.success ? [] : r.error!.issues.map((i) => issueFromZod(i as never));
};

describe('dates', () => {
  it('accepts real calendar days only', () => {
    expect(isIsoDate('2024-02-29')).toBe(true);
    expect(isIsoDate('2025-02-29')).toBe(false);
    expect(isIsoDate('2025-1-05')).toBe(false);
    expect(isIsoDate('2025-13-01')).toBe(false);
  });
  it('converts day numbers both ways and adds months without overflow', () => {
    expect(fromDayNumber(toDayNumber('2026-11-27'))).toBe('2026-11-27');
    expect(addMonths('2026-01-31', 1)).toBe('2026-02-28');
    expect(addMonths('2026-11-30', 3)).toBe('2027-02-28');
  });
});

describe('schemas', () => {
  it('fills defaults a user expects', () => {
    const e = entryInput.parse({ supplierId: 1, kind: 'promise', date: '2026-01-01', title: ' Deliver plan ', tags: [' Backup '] });
    expect(e).toMatchObject({ title: 'Deliver plan', tags: ['backup'], private: false, side: 'supplier', status: 'open', obligation: 'effort', inContract: false });
    expect(supplierInput.parse({ name: 'Acme' })).toMatchObject({ reviewIntervalMonths: 3, contacts: [], category: '' });
  });

  it('names the field and a translation key for every problem', () => {
    expect(issues(supplierInput, { name: 'x'.repeat(121) })).toEqual([{ path: ['name'], key: 'tooLong', params: { max: 120 } }]);
    expect(issues(supplierInput, {})).toEqual([{ path: ['name'], key: 'required', params: {} }]);
    expect(issues(supplierInput, { name: 'A', noticeMonths: -1 })).toEqual([{ path: ['noticeMonths'], key: 'tooSmall', params: { min: 0 } }]);
    expect(issues(entryInput, { supplierId: 1, kind: 'interaction', date: '2026-01-01', title: 'x', tone: 'furious' }))
      .toEqual([{ path: ['tone'], key: 'invalidChoice', params: {} }]);
    expect(issues(entryInput, { supplierId: 1, kind: 'note', date: '2026-01-01', title: 'x', tags: ['a,b'] }))
      .toEqual([{ path: ['tags', 0], key: 'tagComma', params: {} }]);
  });
});
