// Meetings under a pack: which types and decisions it offers, what a recorded meeting must say (SX 1.7.21),
// and every action with whether it is overdue.
import { describe, expect, it } from 'vitest';
import type { Meeting } from '../../src/domain/entries.js';
import { isOverdue, meetingActions, meetingProblems, meetingTypesOf } from '../../src/domain/meetings.js';
import { packs } from '../../src/domain/packs/index.js';
import { aCase } from '../support/case-builder.js';

const meeting = (more: Partial<Meeting> = {}): Meeting => ({
  id: 'e9',
  kind: 'meeting',
  at: '2026-01-09T10:00',
  type: 'multi-agency',
  ...more,
});
const owners = new Set(['w1', 'csc']);

describe('an action', () => {
  it('is overdue once its due date has passed, not on the day itself', () => {
    expect(isOverdue('2026-01-09', '2026-01-10')).toBe(true);
    expect(isOverdue('2026-01-10', '2026-01-10')).toBe(false);
    expect(isOverdue('2026-01-11', '2026-01-10')).toBe(false);
    expect(isOverdue(undefined, '2026-01-10')).toBe(false);
  });
});

describe("a case's meeting actions", () => {
  const file = aCase()
    .withEntry({
      kind: 'meeting',
      at: '2026-01-06T10:00',
      type: 'multi-agency',
      actions: [{ what: 'Joint visit', owner: 'w1', due: '2026-01-08' }],
    })
    .withContact({ at: '2026-01-07T10:00' })
    .withEntry({
      kind: 'meeting',
      at: '2026-01-12T10:00',
      type: 'professionals-meeting',
      actions: [
        { what: 'Ask the school', owner: 'csc', due: '2026-01-20' },
        { what: 'Check the GP', owner: 'w1', due: '2026-01-09' },
      ],
    })
    .build();

  it('are listed newest meeting first, each meeting’s in order, overdue when their date has passed', () => {
    expect(meetingActions(file.entries, '2026-01-10')).toEqual([
      {
        meeting: 'e3',
        meetingAt: '2026-01-12T10:00',
        meetingType: 'professionals-meeting',
        what: 'Ask the school',
        owner: 'csc',
        due: '2026-01-20',
        overdue: false,
      },
      {
        meeting: 'e3',
        meetingAt: '2026-01-12T10:00',
        meetingType: 'professionals-meeting',
        what: 'Check the GP',
        owner: 'w1',
        due: '2026-01-09',
        overdue: true,
      },
      {
        meeting: 'e1',
        meetingAt: '2026-01-06T10:00',
        meetingType: 'multi-agency',
        what: 'Joint visit',
        owner: 'w1',
        due: '2026-01-08',
        overdue: true,
      },
    ]);
  });

  it('are read as corrected: a correction of a meeting replaces its actions', () => {
    const corrected = [
      ...file.entries,
      {
        ...meeting({
          id: 'e4',
          at: '2026-01-06T10:00',
          actions: [{ what: 'Joint visit with police', owner: 'w1', due: '2026-01-30' }],
        }),
        amends: 'e1',
      },
    ];
    const actions = meetingActions(corrected, '2026-01-10');
    expect(actions.filter((a) => a.meeting === 'e1')).toEqual([
      expect.objectContaining({ what: 'Joint visit with police', overdue: false }),
    ]);
    expect(actions).toHaveLength(3);
  });
});

describe('what a meeting must say', () => {
  it('excluding the parents needs a reason (SX 1.7.21)', () => {
    expect(meetingProblems(meeting({ parentsExcluded: true }), packs.sussex, owners)).toEqual([
      { path: 'reason', message: 'Enter why the parents were excluded from the meeting' },
    ]);
    expect(
      meetingProblems(
        meeting({ parentsExcluded: true, reason: 'Threats at the last visit' }),
        packs.sussex,
        owners,
      ),
    ).toEqual([]);
  });

  it('its type and decision must be ones the pack names', () => {
    const barnsley = meetingProblems(
      meeting({ type: 'legal-planning', decision: 'legal' }),
      packs.barnsley,
      owners,
    );
    expect(barnsley.map((p) => p.path)).toEqual(['type', 'decision']);
    expect(
      meetingProblems(meeting({ type: 'team-around-family', decision: 'step-down' }), packs.barnsley, owners),
    ).toEqual([]);
    expect(
      meetingProblems(
        meeting({ type: 'childrens-hearing', decision: 'reporter-referral' }),
        packs['forth-valley'],
        owners,
      ),
    ).toEqual([]);
  });

  it('each action needs an owner on the case and a due date', () => {
    const actions = [{ what: 'Visit', owner: 'nobody', due: '2026-01-10' }, { what: 'Call' }];
    expect(meetingProblems(meeting({ actions }), packs['milton-keynes'], owners).map((p) => p.path)).toEqual([
      'actions[0].owner',
      'actions[1].owner',
      'actions[1].due',
    ]);
  });
});

describe('the meeting types offered', () => {
  it('are the pack’s own, by its names', () => {
    expect(meetingTypesOf(packs.barnsley)).toEqual([
      { type: 'team-around-family', name: 'Team around the Family meeting' },
    ]);
    expect(meetingTypesOf(packs['milton-keynes']).find((m) => m.type === 'team-around-family')?.name).toBe(
      'Family Support Meeting',
    );
  });

  it('are every type, by our labels, for a pack that names none (R7)', () => {
    expect(packs.rochdale.meetings).toEqual([]);
    expect(meetingTypesOf(packs.rochdale).map((m) => m.type)).toContain('strategy-discussion');
  });
});
