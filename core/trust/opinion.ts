// Subjective-logic opinion from decayed evidence sums (design.md, point 4).
export interface Opinion {
  /** T = b + a*u */
  trust: number;
  /** b: proven trust, the lower edge of the band. */
  belief: number;
  /** d */
  disbelief: number;
  /** 1 - d: plausible trust, the upper edge of the band. */
  plausibility: number;
  /** u = W / (R + S + W) */
  uncertainty: number;
}

/** Trust from sums R, S. Tiny negative sums (rounding after a retraction) read as zero. */
export function trustOf(R: number, S: number, W: number, a: number): number {
  const r = R > 0 ? R : 0;
  const s = S > 0 ? S : 0;
  return (r + a * W) / (r + s + W);
}

export function opinionOf(R: number, S: number, W: number, a: number): Opinion {
  const r = R > 0 ? R : 0;
  const s = S > 0 ? S : 0;
  const total = r + s + W;
  const belief = r / total;
  const disbelief = s / total;
  const uncertainty = W / total;
  return { trust: belief + a * uncertainty, belief, disbelief, plausibility: 1 - disbelief, uncertainty };
}

/** Decay factor for evidence `age` days old with half-life `h`. */
export function decay(age: number, h: number): number {
  return Math.pow(2, -age / h);
}
