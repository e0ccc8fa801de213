import { describe, expect, it } from 'vitest';
import { downsample, lttbIndices } from './downsample';

const xs = (n: number) => Array.from({ length: n }, (_, i) => i);

describe('LTTB downsampling', () => {
  it('returns the input when it is not longer than the threshold', () => {
    const data = xs(50).map((i) => ({ x: i, y: Math.sin(i) }));
    expect(downsample(data, (d) => d.x, (d) => d.y, 50)).toEqual(data);
    expect(downsample(data, (d) => d.x, (d) => d.y, 80)).toEqual(data);
    expect(lttbIndices(10, (i) => i, (i) => i, 2)).toEqual(xs(10));
  });

  it('keeps the first and the last point and returns exactly the threshold', () => {
    const data = xs(1000).map((i) => ({ x: i, y: Math.random() }));
    const out = downsample(data, (d) => d.x, (d) => d.y, 100);
    expect(out).toHaveLength(100);
    expect(out[0]).toBe(data[0]);
    expect(out[out.length - 1]).toBe(data[999]);
  });

  it('keeps x in order', () => {
    const data = xs(500).map((i) => ({ x: i * 3, y: Math.cos(i / 7) }));
    const out = downsample(data, (d) => d.x, (d) => d.y, 60);
    for (let k = 1; k < out.length; k++) expect(out[k]!.x).toBeGreaterThan(out[k - 1]!.x);
  });

  it('picks the extremes: a single spike and a single dip survive', () => {
    const data = xs(2000).map((i) => ({ x: i, y: i === 700 ? 10 : i === 1500 ? -10 : 0.5 }));
    const out = downsample(data, (d) => d.x, (d) => d.y, 40);
    expect(out.some((d) => d.x === 700)).toBe(true);
    expect(out.some((d) => d.x === 1500)).toBe(true);
  });

  it('keeps the indices it is told to keep (marker dates stay exact)', () => {
    const data = xs(1000).map((i) => ({ x: i, y: i / 1000 }));
    const out = downsample(data, (d) => d.x, (d) => d.y, 20, new Set([333, 334, 777]));
    expect(out.map((d) => d.x)).toEqual(expect.arrayContaining([333, 334, 777]));
    expect(out.length).toBeLessThanOrEqual(23);
  });
});
