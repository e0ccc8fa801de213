// Shown parts that add up to the total shown: each part and the total are
// shown to a tenth of a point, and rounded one by one they can miss the total
// by a tenth. The total is rounded as it is; the parts are rounded down and the
// tenths still missing go to the parts that lost most (largest remainder), so
// the parts on screen sum exactly to the change on screen.

/** A tenth of a percentage point, in trust units. */
const TENTH = 0.001;

/** `parts` rounded to tenths of a point so that they sum to `total` rounded the same way. */
export function addUp(parts: readonly number[], total: number): number[] {
  const target = Math.round(total / TENTH);
  const floors = parts.map((p) => Math.floor(p / TENTH));
  let missing = target - floors.reduce((s, f) => s + f, 0);
  const order = parts.map((p, k) => ({ k, rest: p / TENTH - floors[k]! })).sort((x, y) => y.rest - x.rest || x.k - y.k);
  const tenths = [...floors];
  // The parts sum to the total, so `missing` is within the number of parts; the loop guards anyway.
  for (let i = 0; missing > 0 && parts.length > 0; i++, missing--) tenths[order[i % parts.length]!.k]! += 1;
  for (let i = order.length - 1; missing < 0 && parts.length > 0; i--, missing++) tenths[order[(i + order.length) % order.length]!.k]! -= 1;
  return tenths.map((n) => n * TENTH);
}
