// Largest-Triangle-Three-Buckets (Steinarsson 2013): thin a series to about
// the chart's pixel width while keeping its shape (peaks and troughs stay).
// Recharts slows down past a few thousand points, and more points than pixels
// draw nothing the eye can see anyway.

/**
 * Indices of the points LTTB keeps out of `n` points whose x and y are given
 * by the accessors. Always keeps the first and the last point. Returns every
 * index when n <= threshold (or threshold < 3).
 */
export function lttbIndices(n: number, x: (i: number) => number, y: (i: number) => number, threshold: number): number[] {
  const target = Math.floor(threshold);
  if (n <= target || target < 3) return Array.from({ length: n }, (_, i) => i);
  const out: number[] = [0];
  // Buckets between the first and the last point.
  const every = (n - 2) / (target - 2);
  let a = 0;
  for (let b = 0; b < target - 2; b++) {
    // Average of the next bucket: the third corner of the triangle.
    const nextStart = Math.floor((b + 1) * every) + 1;
    const nextEnd = Math.min(Math.floor((b + 2) * every) + 1, n);
    let avgX = 0;
    let avgY = 0;
    const len = nextEnd - nextStart;
    for (let j = nextStart; j < nextEnd; j++) {
      avgX += x(j);
      avgY += y(j);
    }
    if (len > 0) {
      avgX /= len;
      avgY /= len;
    } else {
      avgX = x(n - 1);
      avgY = y(n - 1);
    }
    // The point in this bucket that spans the largest triangle with a and the average.
    const start = Math.floor(b * every) + 1;
    const end = Math.floor((b + 1) * every) + 1;
    const ax = x(a);
    const ay = y(a);
    let best = start;
    let bestArea = -1;
    for (let j = start; j < end; j++) {
      const area = Math.abs((ax - avgX) * (y(j) - ay) - (ax - x(j)) * (avgY - ay));
      if (area > bestArea) {
        bestArea = area;
        best = j;
      }
    }
    out.push(best);
    a = best;
  }
  out.push(n - 1);
  return out;
}

/** LTTB over objects: keeps the points whose indices LTTB picks, plus any index in `keep` (e.g. marker dates). */
export function downsample<T>(
  data: readonly T[],
  x: (d: T) => number,
  y: (d: T) => number,
  threshold: number,
  keep: ReadonlySet<number> = new Set(),
): T[] {
  if (data.length <= threshold && keep.size === 0) return data.slice();
  const picked = new Set(lttbIndices(data.length, (i) => x(data[i]!), (i) => y(data[i]!), threshold));
  for (const i of keep) if (i >= 0 && i < data.length) picked.add(i);
  return [...picked].sort((p, q) => p - q).map((i) => data[i]!);
}
