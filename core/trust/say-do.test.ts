import { describe, expect, it } from 'vitest';
import { promise } from './fixtures';
import { settledBy } from '../facts/promises';
import { sayDoCounted, tallySayDo } from './say-do';

const AT = '2025-06-01';

describe('the say/do ratio', () => {
  const promises = [
    promise(1, '2025-01-01', { status: 'kept', settledOn: '2025-01-10' }),
    promise(2, '2025-01-01', { status: 'kept', settledOn: '2025-03-10' }),
    promise(3, '2025-01-01', { status: 'kept_late', settledOn: '2025-02-10' }),
    promise(4, '2025-01-01', { status: 'broken', settledOn: '2025-04-10' }),
    promise(5, '2025-01-01', { status: 'withdrawn', settledOn: '2025-04-10' }),
    promise(6, '2025-05-01', { dueOn: '2025-05-15' }), // open, overdue
    promise(7, '2025-05-01', { dueOn: '2025-07-01' }), // open, not yet due
    promise(8, '2025-05-01', { status: 'kept', settledOn: '2025-06-20', dueOn: '2025-05-20' }), // kept after AT: open and overdue on AT
  ];

  it('is kept on time over kept, late, broken and overdue; renegotiated and withdrawn left out', () => {
    // 2 / (2 + 1 + 1 + 2) = 1/3
    expect(tallySayDo(promises, AT)).toEqual({
      sayDo: { keptOnTime: 2, keptLate: 1, broken: 1, overdue: 2, renegotiated: 1, ratio: 1 / 3 },
      open: 3,
    });
  });

  it('leaves out promises settled before a period, but counts those still open in it', () => {
    // From March: promise 1 (kept in January) and 3 (late, February) belong to an earlier period.
    expect(tallySayDo(promises, AT, '2025-03-01')).toEqual({
      sayDo: { keptOnTime: 1, keptLate: 0, broken: 1, overdue: 2, renegotiated: 1, ratio: 1 / 4 },
      open: 3,
    });
  });

  it('is null when nothing was settled or fell due', () => {
    expect(tallySayDo([], AT).sayDo.ratio).toBeNull();
    expect(tallySayDo([promise(1, '2025-05-01', { dueOn: '2025-07-01' }), promise(2, '2025-05-01', { status: 'renegotiated', settledOn: '2025-05-02' })], AT))
      .toMatchObject({ sayDo: { ratio: null, renegotiated: 1 }, open: 1 });
  });

  it('counts what the ratio is taken over: kept, late, broken and overdue, not renegotiated or withdrawn', () => {
    const { sayDo } = tallySayDo(promises, AT);
    // "2 of 6 kept on time": the figure beside the ratio, in the app and in the pack.
    expect(sayDoCounted(sayDo)).toBe(6);
    expect(sayDo.keptOnTime / sayDoCounted(sayDo)).toBe(sayDo.ratio);
    expect(sayDoCounted(tallySayDo(promises, AT, '2025-03-01').sayDo)).toBe(4);
    expect(sayDoCounted(tallySayDo([promise(1, '2025-05-01', { status: 'withdrawn', settledOn: '2025-05-02' })], AT).sayDo)).toBe(0);
  });

  it('reads a promise as settled only from its settling day', () => {
    const kept = promise(1, '2025-01-01', { status: 'kept', settledOn: '2025-03-10' });
    expect(settledBy(kept, '2025-03-09')).toBe(false);
    expect(settledBy(kept, '2025-03-10')).toBe(true);
    expect(settledBy(promise(2, '2025-01-01'), AT)).toBe(false);
  });
});
