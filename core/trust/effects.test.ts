import { describe, expect, it } from 'vitest';
import type { Entry } from '../types';
import { entryEffects } from './effects';
import { incident, promise } from './fixtures';
import { trustAt } from './series';
import { DEFAULT_TRUST_SETTINGS } from './settings';

const A = DEFAULT_TRUST_SETTINGS.asymmetry;

const base = { supplierId: 1, body: '', tags: [], private: false, side: 'supplier' as const, followUpOn: null, createdAt: '', updatedAt: '' };

describe('entryEffects', () => {
  it('gives each entry the jump it caused on its day', () => {
    const entries: Entry[] = [
      { ...base, id: 1, kind: 'advice', date: '2026-01-01', title: 'Idea' },
      incident(2, '2026-01-01', { ...base, title: 'Outage', severity: 'critical' }),
    ];
    const effects = entryEffects(entries, { today: '2026-02-01' });
    // Same day: R = 1, S = 5A, W = 10. T = 6 / (11 + 5A)
    // Without the advice: T = 5 / (10 + 5A); without the incident: T = 6 / 11
    const T = 6 / (11 + 5 * A);
    const byId = Object.fromEntries(effects.map((e) => [e.entryId, e.effect]));
    expect(byId[1]).toBeCloseTo(T - 5 / (10 + 5 * A), 10);
    expect(byId[2]).toBeCloseTo(T - 6 / 11, 10);
  });

  it('an overdue promise phasing in makes one marker, on its first overdue day, with the effect of all its days', () => {
    const p = promise(1, '2026-01-01', { dueOn: '2026-01-10' });
    const effects = entryEffects([p], { today: '2026-03-01' });
    expect(effects).toHaveLength(1);
    expect(effects[0]).toMatchObject({ entryId: 1, date: '2026-01-11' });
    expect(effects[0]!.reasons.map((r) => r.key)).toEqual(['overduePromise']);
    // each of its 28 days adds 2A/28 to S (decayed a day between them), and the marker adds up each day's jump
    const w = (2 * A) / 28;
    let S = 0;
    let sum = 0;
    for (let k = 0; k < 28; k++) {
      S = S * Math.pow(2, -1 / DEFAULT_TRUST_SETTINGS.halfLifeDays) + w;
      sum += 5 / (10 + S) - 5 / (10 + S - w);
    }
    expect(effects[0]!.effect).toBeCloseTo(sum, 10);
    expect(5 / (10 + S)).toBeCloseTo(trustAt([p], '2026-02-07', { today: '2026-03-01' }).overall.trust, 10);
  });
});
