import { describe, expect, it } from 'vitest';
import { againstItsWording } from './against';
import { topMovers } from './explain';
import { incident, review } from './fixtures';
import { DEFAULT_TRUST_SETTINGS } from './settings';
import { trustAt } from './series';
import type { Entry } from '../types';

describe('an entry that moves trust against what it says', () => {
  it('is named only when the move goes against its balance of good and bad', () => {
    expect(againstItsWording('review', 5 / 3, 7 / 3, 0.014, 0.3)).toEqual({ direction: 'up', share: 5 / 12, trustBefore: 0.3, byScore: true });
    expect(againstItsWording('review', 3, 1, -0.02, 0.85)).toMatchObject({ direction: 'down', share: 0.75 });
    expect(againstItsWording('review', 3, 1, 0.02, 0.5)).toBeNull();
    expect(againstItsWording('incident', 0, 2.5, -0.05, 0.6)).toBeNull();
    // A small incident handled well (+0.75 against -0.625) reads as bad news: lowering trust is no surprise, lifting it is.
    expect(againstItsWording('incident', 0.75, 0.625, -0.005, 0.69)).toBeNull();
    expect(againstItsWording('incident', 0.75, 0.625, 0.004, 0.4)).toMatchObject({ direction: 'up', byScore: false });
    expect(againstItsWording('review', 2, 2, 0.01, 0.3)).toBeNull();
    expect(againstItsWording('promise', 0.3, -0.5, 0.01, 0.3)).toBeNull();
  });

  it('a disappointing review (3, 2, 3) after trust fell to about 30% lifts it, and says it is its 42% against that trust', () => {
    const entries: Entry[] = [
      incident(1, '2025-01-10', { severity: 'critical' }),
      incident(2, '2025-01-20', { severity: 'critical' }),
      incident(3, '2025-02-01', { severity: 'high' }),
      review(4, '2025-03-01', { scoreAbility: 3, scoreIntegrity: 2, scoreBenevolence: 3 }),
    ];
    const before = trustAt(entries.slice(0, 3), '2025-03-01', { today: '2025-03-01' }).overall.trust;
    expect(before).toBeLessThan(0.4);
    const movers = topMovers(entries, '2025-02-15', '2025-03-02', { today: '2025-03-02', settings: DEFAULT_TRUST_SETTINGS });
    const lifted = movers.up.find((m) => m.entryId === 4)!;
    expect(lifted.delta).toBeGreaterThan(0);
    expect(lifted.against).toMatchObject({ direction: 'up', byScore: true });
    expect(lifted.against!.share).toBeCloseTo(5 / 12, 6);
    expect(lifted.against!.trustBefore).toBeCloseTo(before, 1);
    expect(lifted.against!.trustBefore).toBeLessThan(lifted.against!.share);
  });
});
