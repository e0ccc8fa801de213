import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { addUp } from './addUp';

const tenths = (xs: readonly number[]) => xs.map((x) => Math.round(x * 1000) + 0);

describe('addUp: the parts shown sum to the change shown', () => {
  it('three thirds of a point show as 0.4 + 0.3 + 0.3, not 0.3 three times', () => {
    expect(tenths(addUp([0.01 / 3, 0.01 / 3, 0.01 / 3], 0.01))).toEqual([4, 3, 3]);
  });

  it('parts that already add up are shown as they round', () => {
    expect(tenths(addUp([-0.0523, 0.0211, -0.0002], -0.0314))).toEqual([-52, 21, 0]);
  });

  it('for any parts, the rounded parts sum to the rounded total and each is within a tenth of its value', () => {
    fc.assert(fc.property(fc.array(fc.double({ min: -0.5, max: 0.5, noNaN: true }), { minLength: 1, maxLength: 7 }), (parts) => {
      const total = parts.reduce((s, p) => s + p, 0);
      const shown = tenths(addUp(parts, total));
      expect(shown.reduce((s, n) => s + n, 0)).toBe(Math.round(total * 1000) + 0);
      parts.forEach((p, k) => expect(Math.abs(shown[k]! - p * 1000)).toBeLessThan(1 + 1e-9));
    }));
  });
});
