import { describe, expect, it } from 'vitest';
import { resolvedDateIssue, settledDateIssue } from './entry-rules';
import { entryInput } from './schemas';

describe('the date rules between an entry and its outcome', () => {
  it('a promise settled before it was made is refused beside the settled date; the same day or later is fine', () => {
    expect(settledDateIssue('2026-05-10', '2026-05-09')).toEqual({ path: ['settledOn'], key: 'settledBeforeMade', params: {} });
    expect(settledDateIssue('2026-05-10', '2026-05-10')).toBeNull();
    expect(settledDateIssue('2026-05-10', null)).toBeNull();
  });
  it('an incident resolved before it started is refused beside the resolved date', () => {
    expect(resolvedDateIssue('2026-05-10', '2025-12-31')).toEqual({ path: ['resolvedOn'], key: 'resolvedBeforeStart', params: {} });
    expect(resolvedDateIssue('2026-05-10', '2026-06-01')).toBeNull();
  });
  it('the entry schema asks the same rule', () => {
    const promise = entryInput.safeParse({ supplierId: 1, kind: 'promise', date: '2026-05-10', title: 'Back-uptest', status: 'kept', settledOn: '2026-05-01' });
    expect(promise.success).toBe(false);
    if (!promise.success) expect(promise.error.issues.map((i) => [i.path.join('.'), i.message])).toContainEqual(['settledOn', 'settledBeforeMade']);
  });
});
