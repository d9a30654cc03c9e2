// The pathway once non-engagement is seen (FINDINGS.md, "Practice and process"): the manager discussion,
// supervision, the meetings, contingency plans, closure, and agencies withdrawing. Times are UK local;
// 2 February 2026 is a Monday.
import { describe, expect, it } from 'vitest';
import { finder } from '../support/assess.js';
import { aCase } from '../support/case-builder.js';

// An early help case (30 working days' limit) whose child was seen on 27 January: until 11 March only a
// refusal, or what a test adds, makes it non-engaging.
const seen = aCase()
  .openedOn('2026-01-26')
  .withPlan('early-help')
  .withChild('c1', '2019-05-01')
  .withAgency('hv')
  .withContact({ id: 'v0', at: '2026-01-27T10:00', seen: ['c1'], seenAlone: ['c1'], summaryGiven: true });
/** Refusal (serious) from 2 February 10:00 until 2 March 10:00. */
const refused = seen.withContact({
  id: 'r1',
  at: '2026-02-02T10:00',
  outcome: 'refused-entry',
  contingency: 'Return with the health visitor.',
});
const discussed = (at: string) =>
  refused.withEntry({ id: 'd1', kind: 'manager-discussion', at, urgency: 'within-days' });

describe('manager-discussion-due', () => {
  const found = finder('manager-discussion-due');

  it('is serious once a refusal has stood for 2 working days without a manager discussion', () => {
    const finding = found(refused.build(), '2026-02-04T09:00');
    expect(finding).toMatchObject({ severity: 'serious', since: '2026-02-04T00:00', evidence: ['r1'] });
    expect(finding?.explanation).toBe(
      'Serious concerns about engagement have stood since 2 February 2026 and no discussion with a line manager has been recorded since.',
    );
  });

  it('is not due after 1 working day', () => {
    expect(found(refused.build(), '2026-02-03T23:59')).toBeUndefined();
  });

  it('counts working days over a weekend after a refusal on a Friday', () => {
    const file = seen.withContact({ at: '2026-02-06T10:00', outcome: 'refused' }).build();
    expect(found(file, '2026-02-09T23:59')).toBeUndefined();
    expect(found(file, '2026-02-10T00:00')).toBeDefined();
  });

  it('counts from the Monday after a refusal on a Saturday: Monday and Tuesday are its 2 working days', () => {
    const file = seen.withContact({ at: '2026-02-07T10:00', outcome: 'refused' }).build();
    expect(found(file, '2026-02-10T23:59')).toBeUndefined();
    expect(found(file, '2026-02-11T00:00')?.since).toBe('2026-02-11T00:00');
  });

  it('is not raised while the only concern is a warning (one unanswered door)', () => {
    const file = seen
      .withContact({ at: '2026-02-02T10:00', outcome: 'no-answer-believed-in', contingency: 'Try again.' })
      .build();
    expect(found(file, '2026-02-10T12:00')).toBeUndefined();
  });

  it('is not answered by a discussion held before the refusal', () => {
    const file = seen
      .withEntry({ kind: 'manager-discussion', at: '2026-01-30T10:00' })
      .withContact({ at: '2026-02-02T10:00', outcome: 'refused' })
      .build();
    expect(found(file, '2026-02-04T09:00')).toBeDefined();
  });

  it('is answered by a manager discussion, on time or late', () => {
    expect(found(discussed('2026-02-03T10:00').build(), '2026-02-04T09:00')).toBeUndefined();
    const late = discussed('2026-02-04T11:00').build();
    expect(found(late, '2026-02-04T10:59')).toBeDefined();
    expect(found(late, '2026-02-04T11:00')).toBeUndefined();
  });
});

describe('supervision-overdue', () => {
  const found = finder('supervision-overdue');

  it('is a warning when a case with serious findings has had no supervision in 20 working days since it opened', () => {
    const finding = found(refused.build(), '2026-02-24T09:00');
    expect(finding).toMatchObject({ severity: 'warning', since: '2026-02-24T00:00', evidence: ['r1'] });
    expect(finding?.explanation).toMatch(
      /not been discussed in supervision since it opened on 26 January 2026\.$/,
    );
    expect(found(refused.build(), '2026-02-23T23:59')).toBeUndefined();
  });

  it('counts from the last supervision', () => {
    const file = refused.withEntry({ id: 's1', kind: 'supervision', at: '2026-01-27T10:00' }).build();
    expect(found(file, '2026-02-24T23:59')).toBeUndefined();
    const finding = found(file, '2026-02-25T09:00');
    expect(finding).toMatchObject({ since: '2026-02-25T00:00', evidence: ['s1'] });
    expect(finding?.explanation).toMatch(
      /last discussed in supervision on 27 January 2026, more than 20 working days ago/,
    );
  });

  it('counts a serious finding that is not about engagement, such as hostility to staff', () => {
    const file = seen.withEntry({
      id: 'i1',
      kind: 'incident',
      at: '2026-01-28T10:00',
      threats: ['shouting'],
    });
    expect(found(file.build(), '2026-02-24T09:00')).toMatchObject({
      since: '2026-02-24T00:00',
      evidence: ['i1'],
    });
  });

  it('is not raised on a case without serious findings, however long since supervision', () => {
    expect(found(seen.build(), '2026-03-09T12:00')).toBeUndefined();
    expect(found(refused.build(), '2026-03-03T12:00')).toBeUndefined();
  });

  it('is answered by a supervision the moment it is recorded', () => {
    const file = refused.withEntry({ kind: 'supervision', at: '2026-02-25T10:00' }).build();
    expect(found(file, '2026-02-25T09:59')).toBeDefined();
    expect(found(file, '2026-02-25T10:00')).toBeUndefined();
  });
});

describe('multi-agency-meeting-due', () => {
  const found = finder('multi-agency-meeting-due');
  const meeting = (type: 'core-group' | 'team-around-family', at: string) =>
    discussed('2026-02-03T10:00').withEntry({ kind: 'meeting', at, type });

  it('is serious when concerns are still active 10 working days after the manager discussion', () => {
    const file = discussed('2026-02-03T10:00').build();
    expect(found(file, '2026-02-16T23:59')).toBeUndefined();
    const finding = found(file, '2026-02-17T09:00');
    expect(finding).toMatchObject({ severity: 'serious', since: '2026-02-17T00:00', evidence: ['d1'] });
    expect(finding?.explanation).toBe(
      'Concerns about engagement are still active 10 working days after the manager discussion on 3 February 2026, and no team around the family, multi-agency meeting or core group has been held since.',
    );
  });

  it('is not raised when the child is seen and the concerns end within the 10 days', () => {
    const unseen = aCase()
      .openedOn('2026-01-05')
      .withChild('c1', '2019-05-01')
      .withEntry({ kind: 'manager-discussion', at: '2026-02-04T10:00' });
    expect(found(unseen.build(), '2026-02-18T12:00')).toBeDefined();
    const file = unseen.withContact({ at: '2026-02-10T10:00', seen: ['c1'], seenAlone: ['c1'] }).build();
    expect(found(file, '2026-02-18T12:00')).toBeUndefined();
  });

  it('is answered by a core group held in time, or a team around the family held late', () => {
    expect(found(meeting('core-group', '2026-02-16T10:00').build(), '2026-02-17T09:00')).toBeUndefined();
    const late = meeting('team-around-family', '2026-02-18T10:00').build();
    expect(found(late, '2026-02-18T09:59')).toBeDefined();
    expect(found(late, '2026-02-18T10:00')).toBeUndefined();
  });
});

describe('professionals-meeting-due', () => {
  const found = finder('professionals-meeting-due');

  /** A second refusal keeps the concerns active until 23 March. */
  const met = refused
    .withEntry({ id: 'm1', kind: 'meeting', at: '2026-02-03T10:00', type: 'multi-agency' })
    .withContact({ id: 'r2', at: '2026-02-23T10:00', outcome: 'refused' });

  it('is serious when concerns are still active 20 working days after a multi-agency meeting', () => {
    expect(found(met.build(), '2026-03-02T23:59')).toBeUndefined();
    const finding = found(met.build(), '2026-03-03T09:00');
    expect(finding).toMatchObject({ severity: 'serious', since: '2026-03-03T00:00', evidence: ['m1'] });
    expect(finding?.explanation).toMatch(
      /20 working days after the multi-agency meeting on 3 February 2026, and no hard to engage professionals meeting or child protection consultation has been held since\.$/,
    );
  });

  it('is not raised when the concerns ended before the 20 days were up', () => {
    const file = refused.withEntry({ kind: 'meeting', at: '2026-02-03T10:00', type: 'multi-agency' }).build();
    expect(found(file, '2026-03-03T09:00')).toBeUndefined();
  });

  it('is answered by a professionals meeting, or a child protection consultation held late', () => {
    const held = met
      .withEntry({ kind: 'meeting', at: '2026-02-27T10:00', type: 'professionals-meeting' })
      .build();
    expect(found(held, '2026-03-03T09:00')).toBeUndefined();
    const late = met
      .withEntry({ kind: 'meeting', at: '2026-03-04T10:00', type: 'child-protection-consultation' })
      .build();
    expect(found(late, '2026-03-04T09:59')).toBeDefined();
    expect(found(late, '2026-03-04T10:00')).toBeUndefined();
  });
});

describe('no-contingency-plan', () => {
  const found = finder('no-contingency-plan');
  const visit = (contact = {}) =>
    refused.withContact({ id: 'v2', at: '2026-02-05T10:00', seen: ['c1'], ...contact });

  it('is a warning for a planned visit recorded without a contingency plan while the family refuses', () => {
    const finding = found(visit().build(), '2026-02-05T12:00');
    expect(finding).toMatchObject({ severity: 'warning', since: '2026-02-05T10:00', evidence: ['v2'] });
    expect(finding?.explanation).toBe(
      '1 planned contact since 5 February 2026 was recorded without a plan for what to do if the child could not be seen.',
    );
    expect(found(visit().build(), '2026-03-05T10:00')).toBeUndefined();
  });

  it('is not raised for an unplanned contact, or a planned one before the concerns began', () => {
    expect(found(visit({ planned: false }).build(), '2026-02-05T12:00')).toBeUndefined();
    expect(found(seen.build(), '2026-01-28T12:00')).toBeUndefined();
  });

  // MK 5.1.9.23: the contingency is considered before the contact, which is when the visit is planned.
  const plannedVisit = (plan = {}) =>
    refused.withEntry({
      id: 'p1',
      kind: 'visit-plan',
      at: '2026-02-04T16:00',
      agency: 'csc',
      worker: 'w1',
      due: '2026-02-05T10:00',
      contingency: 'If nobody answers, return the next morning with the health visitor.',
      ...plan,
    });
  const visitAfterPlan = (plan = {}) =>
    plannedVisit(plan).withContact({ id: 'v2', at: '2026-02-05T10:30', seen: ['c1'] });

  it('is not raised for a planned visit that follows its visit plan with a contingency', () => {
    expect(found(visitAfterPlan().build(), '2026-02-05T12:00')).toBeUndefined();
  });

  it('counts the visit plan of a colleague from the same agency, on the day the visit was due', () => {
    const file = visitAfterPlan({ worker: 'w2' }).withWorker('w2', 'csc').build();
    expect(found(file, '2026-02-05T12:00')).toBeUndefined();
  });

  it('is raised when the visit plan has no contingency, is for another day, is another agency’s or came after', () => {
    const none = visitAfterPlan({ contingency: undefined });
    const otherDay = visitAfterPlan({ due: '2026-02-06T10:00' });
    const otherAgency = visitAfterPlan({ agency: 'hv', worker: undefined });
    const after = refused.withContact({ id: 'v2', at: '2026-02-05T10:30', seen: ['c1'] }).withEntry({
      kind: 'visit-plan',
      at: '2026-02-05T11:00',
      due: '2026-02-05T10:00',
      contingency: 'Written after the visit.',
    });
    for (const file of [none, otherDay, otherAgency, after])
      expect(found(file.build(), '2026-02-05T12:00')?.evidence).toEqual(['v2']);
  });

  it('is answered by a correction recording the contingency plan', () => {
    const file = visit()
      .withContact({
        at: '2026-02-05T10:00',
        amends: 'v2',
        seen: ['c1'],
        contingency: 'Call before the next visit.',
      })
      .build();
    expect(found(file, '2026-02-05T12:00')).toBeUndefined();
  });
});

describe('closure-blocked', () => {
  const found = finder('closure-blocked');

  it('is critical when the case is closed while the family refuses, without a decision to close', () => {
    const file = refused
      .withEntry({ id: 'x1', kind: 'closure', at: '2026-02-10T10:00', reason: 'No further action' })
      .build();
    const finding = found(file, '2026-02-10T12:00');
    expect(finding).toMatchObject({ severity: 'critical', since: '2026-02-10T10:00', evidence: ['x1'] });
    expect(finding?.explanation).toBe(
      'The case was closed on 10 February 2026 while the family was not engaging, without a multi-agency decision to close.',
    );
  });

  it('is raised when one agency ends its involvement', () => {
    const file = refused.withEntry({ kind: 'involvement-end', at: '2026-02-10T10:00', agency: 'hv' }).build();
    expect(found(file, '2026-02-10T12:00')?.explanation).toMatch(
      /^An agency ended its involvement on 10 February 2026/,
    );
  });

  it('is not raised for a closure after the concerns have ended', () => {
    const file = refused.withEntry({ kind: 'closure', at: '2026-03-03T10:00' }).build();
    expect(found(file, '2026-03-03T12:00')).toBeUndefined();
  });

  it('is not answered by a decision to close taken before the concerns began', () => {
    const file = seen
      .withEntry({ kind: 'meeting', at: '2026-01-28T10:00', type: 'team-around-family', decision: 'close' })
      .withContact({ at: '2026-02-02T10:00', outcome: 'refused' })
      .withEntry({ kind: 'closure', at: '2026-02-10T10:00' })
      .build();
    expect(found(file, '2026-02-10T12:00')).toBeDefined();
  });

  it('is answered by a multi-agency meeting’s decision to close, or by reopening the case', () => {
    const decided = refused.withEntry({
      kind: 'meeting',
      at: '2026-02-09T10:00',
      type: 'multi-agency',
      decision: 'close',
    });
    expect(
      found(decided.withEntry({ kind: 'closure', at: '2026-02-10T10:00' }).build(), '2026-02-10T12:00'),
    ).toBeUndefined();
    const reopened = refused
      .withEntry({ kind: 'closure', at: '2026-02-10T10:00' })
      .withEntry({ kind: 'reopening', at: '2026-02-12T10:00' })
      .build();
    expect(found(reopened, '2026-02-12T09:59')).toBeDefined();
    expect(found(reopened, '2026-02-12T10:00')).toBeUndefined();
  });
});

describe('everyone-withdrawing (an agency ending involvement)', () => {
  const found = finder('everyone-withdrawing');
  const ended = (at: string) =>
    refused.withEntry({ id: 'x1', kind: 'involvement-end', at, agency: 'hv', reason: 'Family declined' });

  it('is critical for 28 days when an agency ends its involvement while the family refuses', () => {
    const finding = found(ended('2026-02-10T10:00').build(), '2026-02-10T12:00');
    expect(finding).toMatchObject({ severity: 'critical', since: '2026-02-10T10:00', evidence: ['x1'] });
    expect(finding?.explanation).toBe(
      'Health Visiting ended its involvement on 10 February 2026 while the family was not engaging.',
    );
    expect(found(ended('2026-02-10T10:00').build(), '2026-03-10T09:59')).toBeDefined();
    expect(found(ended('2026-02-10T10:00').build(), '2026-03-10T10:00')).toBeUndefined();
  });

  it('is not raised when an agency ends its involvement with a family that engages', () => {
    const file = seen.withEntry({ kind: 'involvement-end', at: '2026-01-28T10:00', agency: 'hv' }).build();
    expect(found(file, '2026-01-28T12:00')).toBeUndefined();
  });
  it('is not raised when a multi-agency meeting decided to close before the agency left', () => {
    const decided = refused
      .withEntry({
        kind: 'meeting',
        at: '2026-02-09T10:00',
        type: 'multi-agency',
        attendees: ['csc', 'hv'],
        decision: 'close',
      })
      .withEntry({
        id: 'x1',
        kind: 'involvement-end',
        at: '2026-02-10T10:00',
        agency: 'hv',
        reason: 'Agreed at the meeting',
      })
      .build();
    expect(found(decided, '2026-02-10T12:00')).toBeUndefined();
  });
});
