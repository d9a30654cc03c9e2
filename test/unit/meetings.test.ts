// Meetings under a pack: which types and decisions it offers, what a recorded meeting must say (SX 1.7.21),
// and every action with whether it is overdue.
import { describe, expect, it } from 'vitest';
import type { Entry, Meeting } from '../../src/domain/entries.js';
import {
  isOverdue,
  meetingActions,
  meetingProblems,
  meetingTypesOf,
  pastDueProblems,
  scheduledMeetings,
} from '../../src/domain/meetings.js';
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
/** The day the meeting is recorded, UK time. */
const today = '2026-01-09';

describe('an action', () => {
  it('is overdue once its due date has passed, not on the day itself', () => {
    expect(isOverdue('2026-01-09', '2026-01-10')).toBe(true);
    expect(isOverdue('2026-01-10', '2026-01-10')).toBe(false);
    expect(isOverdue('2026-01-11', '2026-01-10')).toBe(false);
    expect(isOverdue(undefined, '2026-01-10')).toBe(false);
  });
});

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

describe("a case's meeting actions", () => {
  it('are listed newest meeting first, each meeting’s in order, overdue when their date has passed', () => {
    expect(meetingActions(file.entries, '2026-01-10')).toEqual([
      {
        meeting: 'e3',
        meetingAt: '2026-01-12T10:00',
        meetingType: 'professionals-meeting',
        index: 0,
        what: 'Ask the school',
        owner: 'csc',
        due: '2026-01-20',
        doneAt: null,
        overdue: false,
      },
      {
        meeting: 'e3',
        meetingAt: '2026-01-12T10:00',
        meetingType: 'professionals-meeting',
        index: 1,
        what: 'Check the GP',
        owner: 'w1',
        due: '2026-01-09',
        doneAt: null,
        overdue: true,
      },
      {
        meeting: 'e1',
        meetingAt: '2026-01-06T10:00',
        meetingType: 'multi-agency',
        index: 0,
        what: 'Joint visit',
        owner: 'w1',
        due: '2026-01-08',
        doneAt: null,
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

describe('actions marked done', () => {
  const update = (action: number, done: boolean, at: string, extra: Record<string, unknown> = {}) =>
    ({ id: `u${at}`, kind: 'action-update', at, meeting: 'e3', action, done, ...extra }) as Entry;

  it('a done action is never overdue; reopening it makes it overdue again', () => {
    const done = [...file.entries, update(1, true, '2026-01-13T09:00')];
    expect(meetingActions(done, '2026-01-14').find((a) => a.what === 'Check the GP')).toEqual(
      expect.objectContaining({ doneAt: '2026-01-13T09:00', overdue: false }),
    );
    const reopened = [...done, update(1, false, '2026-01-14T09:00')];
    expect(meetingActions(reopened, '2026-01-14').find((a) => a.what === 'Check the GP')).toEqual(
      expect.objectContaining({ doneAt: null, overdue: true }),
    );
  });

  it('the latest update in time wins, whatever the order of the file', () => {
    const entries = [
      ...file.entries,
      update(1, false, '2026-01-14T09:00'),
      update(1, true, '2026-01-13T09:00'),
    ];
    expect(meetingActions(entries, '2026-01-15').find((a) => a.what === 'Check the GP')?.doneAt).toBeNull();
  });

  it('only the action named is done, and an update naming a correction counts for the meeting', () => {
    const corrected = [
      ...file.entries,
      {
        ...meeting({
          id: 'e4',
          at: '2026-01-12T10:00',
          type: 'professionals-meeting',
          actions: [
            { what: 'Ask the school', owner: 'csc', due: '2026-01-20' },
            { what: 'Check the GP', owner: 'w1', due: '2026-01-09' },
          ],
        }),
        amends: 'e3',
      } as Entry,
      update(0, true, '2026-01-13T09:00', { meeting: 'e4' }),
    ];
    const actions = meetingActions(corrected, '2026-01-14');
    expect(actions.filter((a) => a.doneAt !== null).map((a) => a.what)).toEqual(['Ask the school']);
  });
});

describe('meetings arranged', () => {
  const arranged = (id: string, at: string, due: string, type = 'multi-agency') =>
    ({ id, kind: 'meeting-scheduled', at, type, due, invited: ['csc'] }) as Entry;

  it('soonest first; held once a meeting of its type is recorded after it was arranged', () => {
    const entries = [
      ...file.entries,
      arranged('s1', '2026-01-02T09:00', '2026-01-06T10:00'),
      arranged('s2', '2026-01-13T09:00', '2026-01-27T10:00', 'professionals-meeting'),
      arranged('s3', '2026-01-13T09:00', '2026-01-20T10:00', 'multi-agency'),
    ];
    const now = new Date('2026-01-22T12:00:00Z');
    expect(scheduledMeetings(entries, now).map((m) => [m.id, m.heldAs, m.awaitingRecord])).toEqual([
      ['s1', 'e1', false],
      ['s3', null, true],
      ['s2', null, false],
    ]);
  });
});

describe('what a meeting must say', () => {
  it('excluding the parents needs a reason (SX 1.7.21)', () => {
    expect(meetingProblems(meeting({ parentsExcluded: true }), packs.sussex, owners, today)).toEqual([
      { path: 'reason', message: 'Enter why the parents were excluded from the meeting' },
    ]);
    expect(
      meetingProblems(
        meeting({ parentsExcluded: true, reason: 'Threats at the last visit' }),
        packs.sussex,
        owners,
        today,
      ),
    ).toEqual([]);
  });

  it('its type and decision must be ones the pack names', () => {
    const barnsley = meetingProblems(
      meeting({ type: 'legal-planning', decision: 'legal' }),
      packs.barnsley,
      owners,
      today,
    );
    expect(barnsley.map((p) => p.path)).toEqual(['type', 'decision']);
    expect(
      meetingProblems(
        meeting({ type: 'team-around-family', decision: 'step-down' }),
        packs.barnsley,
        owners,
        today,
      ),
    ).toEqual([]);
    expect(
      meetingProblems(
        meeting({ type: 'childrens-hearing', decision: 'reporter-referral' }),
        packs['forth-valley'],
        owners,
        today,
      ),
    ).toEqual([]);
  });

  it('each action needs an owner on the case and a due date', () => {
    const actions = [{ what: 'Visit', owner: 'nobody', due: '2026-01-10' }, { what: 'Call' }];
    expect(
      meetingProblems(meeting({ actions }), packs['milton-keynes'], owners, today).map((p) => p.path),
    ).toEqual(['actions[0].owner', 'actions[1].owner', 'actions[1].due']);
  });

  it('a new action is due today or later, UK time', () => {
    const actions = [
      { what: 'Visit', owner: 'w1', due: '2026-01-08' },
      { what: 'Call', owner: 'w1', due: today },
      { what: 'Write', owner: 'w1', due: '2026-02-01' },
    ];
    expect(meetingProblems(meeting({ actions }), packs['milton-keynes'], owners, today)).toEqual([
      { path: 'actions[0].due', message: 'The date action 1 is due must be today or in the future' },
    ]);
  });

  it('a correction keeps the dates its actions had, even past ones, but gives none a new past date', () => {
    const amended = meeting({
      actions: [
        { what: 'Visit', owner: 'w1', due: '2026-01-05' },
        { what: 'Call', owner: 'w1', due: '2026-01-06' },
      ],
    });
    const corrected = meeting({
      actions: [
        { what: 'Visit the family', owner: 'w1', due: '2026-01-05' },
        { what: 'Call', owner: 'w1', due: '2026-01-07' },
        { what: 'Write', owner: 'w1', due: '2026-01-08' },
      ],
    });
    expect(pastDueProblems(corrected, today, amended).map((p) => p.path)).toEqual([
      'actions[1].due',
      'actions[2].due',
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
