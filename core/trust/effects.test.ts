import { describe, expect, it } from 'vitest';
import type { Entry } from '../types';
import { entryEffects } from './effects';

const base = { supplierId: 1, body: '', tags: [], private: false, side: 'supplier' as const, createdAt: '', updatedAt: '' };

describe('entryEffects', () => {
  it('gives each entry the jump it caused on its day', () => {
    const entries: Entry[] = [
      { ...base, id: 1, kind: 'advice', date: '2026-01-01', title: 'Idea' },
      { ...base, id: 2, kind: 'incident', date: '2026-01-01', title: 'Outage', severity: 'critical', resolvedOn: null, impact: '', rootCause: '', causedBy: 'supplier', handledWell: null },
    ];
    const effects = entryEffects(entries, { today: '2026-02-01' });
    // Same day: R = 1, S = 5 * 1.5 = 7.5, W = 10. T = (1 + 0.5 * 10) / 18.5 = 0.32432
    // Without the advice: T = 5 / 17.5 = 0.28571 -> effect +0.03861
    // Without the incident: T = 6 / 11 = 0.54545 -> effect -0.22113
    const byId = Object.fromEntries(effects.map((e) => [e.entryId, e.effect]));
    expect(byId[1]).toBeCloseTo(0.32432 - 0.28571, 4);
    expect(byId[2]).toBeCloseTo(0.32432 - 0.54545, 4);
  });
});
