// The minutes sent to the supplier: what was agreed per point and the actions,
// never a private entry, a private note, a private action or the trust flag.
import { describe, expect, it } from 'vitest';
import { minutesOf } from './minutes';
import type { Meeting, MeetingAction, MeetingPoint } from './types';

const point = (id: number, over: Partial<MeetingPoint> = {}): MeetingPoint => ({
  id, position: id, source: 'free', entryId: null, entryGone: false, entryPrivate: false, title: `Point ${id}`, detail: '', purpose: 'raise',
  notes: `Notes ${id}`, notesPrivate: false, outcome: 'discussed', carriedFrom: null, ...over,
});
const action = (id: number, over: Partial<MeetingAction> = {}): MeetingAction => ({
  id, pointId: null, kind: 'promise', title: `Action ${id}`, side: 'supplier', owner: 'Eva', obligation: 'result', inContract: false, dueOn: '2027-01-15',
  private: false, entryId: null, status: null, handledWell: null, createdAt: '2026-12-07T10:00:00.000Z', ...over,
});

const meeting = (points: MeetingPoint[], actions: MeetingAction[]): Meeting => ({
  id: 1, supplierId: 1, supplierName: 'Noordlicht IT', status: 'finished', date: '2026-12-07', language: 'en', attendeesOurs: ['Sanne'], attendeesTheirs: ['Eva'],
  currentPoint: 0, summary: 'Our own summary', scoreAbility: 2, scoreIntegrity: null, scoreBenevolence: null, decision: null, decisionReason: '', points, actions,
  minutesEntryId: null, reviewEntryId: null, decisionEntryId: null, finishedAt: null, createdAt: '', updatedAt: '',
});

describe('the minutes', () => {
  it('keep out private notes, points of private entries with their actions, private actions and the flag', () => {
    const m = minutesOf(meeting(
      [point(1), point(2, { notesPrivate: true }), point(3, { entryPrivate: true, entryId: 9 }), point(4, { source: 'flag' })],
      [action(1, { pointId: 1 }), action(2, { pointId: 3 }), action(3, { private: true }), action(4, { kind: 'settle', title: 'Old promise', status: 'kept', side: null })],
    ));
    expect(m.points).toEqual([{ title: 'Point 1', outcome: 'discussed', notes: 'Notes 1' }, { title: 'Point 2', outcome: 'discussed', notes: '' }]);
    expect(m.actions.map((a) => a.title)).toEqual(['Action 1', 'Old promise']);
    expect(JSON.stringify(m)).not.toMatch(/Our own summary|Notes 2|Point 3|Point 4|Action 2|Action 3/);
  });
});
