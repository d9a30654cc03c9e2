// Hostility and staff safety (FINDINGS.md): the risk-to-staff warning, incidents reaching a manager and
// the other agencies, safe visit planning, whereabouts, and debriefs. Times are UK local; 2 February 2026
// is a Monday.
import { describe, expect, it } from 'vitest';
import { finder } from '../support/assess.js';
import { aCase } from '../support/case-builder.js';

const family = aCase().openedOn('2026-01-26').withChild('c1', '2019-05-01').withAgency('hv');

describe('hostility-to-staff', () => {
  const found = finder('hostility-to-staff');

  it('is raised as serious when a parent shouted at a worker', () => {
    const file = family
      .withEntry({ id: 'i1', kind: 'incident', at: '2026-02-02T14:00', threats: ['shouting'] })
      .build();
    const finding = found(file, '2026-02-03T12:00');
    expect(finding).toMatchObject({ severity: 'serious', since: '2026-02-02T14:00', evidence: ['i1'] });
    expect(finding?.explanation).toBe(
      '1 record of threatening behaviour towards staff since 2 February 2026: shouting.',
    );
  });

  it('is critical once violence is threatened at a visit, and dates from the first hostility', () => {
    const file = family
      .withContact({ id: 'v1', at: '2026-02-02T14:00', threats: ['swearing'] })
      .withContact({
        id: 'v2',
        at: '2026-02-09T14:00',
        outcome: 'refused-entry',
        threats: ['threat-of-violence'],
      })
      .build();
    const finding = found(file, '2026-02-10T12:00');
    expect(finding).toMatchObject({
      severity: 'critical',
      since: '2026-02-02T14:00',
      evidence: ['v1', 'v2'],
    });
    expect(finding?.explanation).toMatch(
      /^2 records .* since 2 February 2026: swearing and threat of violence\.$/,
    );
  });

  it('holds for 365 days after the last hostility and not a minute longer', () => {
    const file = family
      .withEntry({ id: 'i1', kind: 'incident', at: '2026-02-02T14:00', threats: ['covert-threat'] })
      .build();
    expect(found(file, '2027-02-02T13:59')).toBeDefined();
    expect(found(file, '2027-02-02T14:00')).toBeUndefined();
  });

  it('is not raised by a hostile manner recorded without any threat', () => {
    const file = family
      .withContact({ at: '2026-02-02T14:00', behaviours: ['hostility', 'confrontation'] })
      .build();
    expect(found(file, '2026-02-03T12:00')).toBeUndefined();
  });

  it('is answered by a correction that removes the threat from the record', () => {
    const file = family
      .withContact({ id: 'v1', at: '2026-02-02T14:00', threats: ['physical-violence'] })
      .withContact({ id: 'v1c', at: '2026-02-02T14:00', amends: 'v1', threats: [] })
      .build();
    expect(found(file, '2026-02-03T12:00')).toBeUndefined();
  });
});

describe('incident-not-escalated', () => {
  const found = finder('incident-not-escalated');

  const incident = (at: string, told?: string, alerted?: string) =>
    family.withEntry({
      id: 'i1',
      kind: 'incident',
      at,
      threats: ['threat-of-violence'],
      ...(told && { managerNotifiedAt: told }),
      ...(alerted && { agenciesAlertedAt: alerted }),
    });

  it('is critical from the next day when no manager was told on the day of a threat', () => {
    const file = incident('2026-02-02T14:00').build();
    const finding = found(file, '2026-02-03T09:00');
    expect(finding).toMatchObject({ severity: 'critical', since: '2026-02-03T00:00', evidence: ['i1'] });
    expect(finding?.explanation).toBe(
      'The incident on 2 February 2026 (threat of violence) is not escalated: no manager was told that working day.',
    );
    expect(found(file, '2026-02-04T09:00')?.explanation).toMatch(
      /: no manager was told that working day and the other agencies were not alerted within a working day\.$/,
    );
  });

  it('names every incident not escalated as its evidence, not only the first', () => {
    const file = incident('2026-02-02T14:00')
      .withEntry({ id: 'i2', kind: 'incident', at: '2026-02-04T11:00', threats: ['physical-violence'] })
      .build();
    expect(found(file, '2026-02-06T09:00')?.evidence).toEqual(['i1', 'i2']);
  });

  it('is not raised when the manager is told late on the same working day', () => {
    const file = incident('2026-02-02T14:00', '2026-02-02T23:00', '2026-02-02T16:00').build();
    expect(found(file, '2026-02-03T09:00')).toBeUndefined();
  });

  it('stands only until the manager is told the next morning', () => {
    const file = incident('2026-02-02T14:00', '2026-02-03T08:30', '2026-02-02T16:00').build();
    expect(found(file, '2026-02-03T08:29')).toBeDefined();
    expect(found(file, '2026-02-03T08:30')).toBeUndefined();
  });

  it('is raised over the weekend for a Friday evening incident first told to a manager on Monday', () => {
    const file = incident('2026-02-06T19:00', '2026-02-09T08:30', '2026-02-09T09:00').build();
    expect(found(file, '2026-02-07T10:00')?.since).toBe('2026-02-07T00:00');
  });

  it('is not raised for a Saturday incident told to a manager on Monday, the same working day', () => {
    const file = incident('2026-02-07T19:00', '2026-02-09T08:30', '2026-02-10T09:00').build();
    expect(found(file, '2026-02-09T12:00')).toBeUndefined();
    expect(found(file, '2026-02-10T08:00')).toBeUndefined();
  });

  it('allows the other agencies to be alerted up to the end of the next working day, and no later', () => {
    const monday = incident('2026-02-06T19:00', '2026-02-06T19:30', '2026-02-09T17:00').build();
    expect(found(monday, '2026-02-09T16:00')).toBeUndefined();
    const tuesday = incident('2026-02-06T19:00', '2026-02-06T19:30', '2026-02-10T09:00').build();
    const finding = found(tuesday, '2026-02-10T08:00');
    expect(finding).toMatchObject({ since: '2026-02-10T00:00', evidence: ['i1'] });
    expect(finding?.explanation).toMatch(/: the other agencies were not alerted within a working day\.$/);
  });

  it('does not ask for an alert on a case with no other agency', () => {
    const file = aCase()
      .withChild('c1', '2019-05-01')
      .withEntry({
        kind: 'incident',
        at: '2026-02-02T14:00',
        threats: ['physical-violence'],
        managerNotifiedAt: '2026-02-02T15:00',
      })
      .build();
    expect(found(file, '2026-02-05T12:00')).toBeUndefined();
  });

  it('is not raised for shouting, which is not violence or a threat', () => {
    const file = family
      .withEntry({ kind: 'incident', at: '2026-02-02T14:00', threats: ['shouting'] })
      .build();
    expect(found(file, '2026-02-05T12:00')).toBeUndefined();
  });
});

describe('safety-plan-missing', () => {
  const found = finder('safety-plan-missing');

  const hostile = family.withContact({ id: 'v1', at: '2026-02-02T14:00', threats: ['swearing'] });
  const check = { complete: true };
  /** A visit planned on Monday 9 February for the next morning. */
  const plan = (more = {}) =>
    ({ id: 'p1', kind: 'visit-plan', at: '2026-02-09T09:00', due: '2026-02-10T10:00', ...more }) as const;

  it('is raised for a visit planned to a hostile family without a completed safety check', () => {
    const finding = found(hostile.withEntry(plan()).build(), '2026-02-09T12:00');
    expect(finding).toMatchObject({ severity: 'serious', since: '2026-02-09T09:00', evidence: ['p1'] });
    expect(finding?.explanation).toMatch(
      /planned for 10 February 2026 .* risk-to-staff warning has no completed safety check\.$/,
    );
  });

  it('is raised for a lone visit to a hostile family without a manager’s agreement', () => {
    const file = hostile.withEntry(plan({ lone: true, safetyCheck: check })).build();
    expect(found(file, '2026-02-09T12:00')?.explanation).toMatch(
      /is a lone visit without a manager’s agreement\.$/,
    );
  });

  it('is not raised for a lone visit a manager agreed, with the check done', () => {
    const agreed = plan({ lone: true, safetyCheck: check, managerAgreedLone: 'm1' });
    const file = hostile.withWorker('m1', 'csc', 'Team Manager').withEntry(agreed).build();
    expect(found(file, '2026-02-09T12:00')).toBeUndefined();
  });

  it('is not raised for a visit made before there was any risk-to-staff warning', () => {
    const file = family
      .withEntry(plan({ at: '2026-02-02T09:00', due: '2026-02-02T10:00' }))
      .withContact({ at: '2026-02-02T14:00', threats: ['swearing'] })
      .build();
    expect(found(file, '2026-02-02T15:00')).toBeUndefined();
  });

  it('is raised when the warning comes after the visit was planned but before it is due', () => {
    const file = family
      .withEntry(plan({ at: '2026-02-02T09:00', due: '2026-02-03T10:00' }))
      .withContact({ at: '2026-02-02T14:00', threats: ['swearing'] })
      .build();
    expect(found(file, '2026-02-02T15:00')).toMatchObject({ since: '2026-02-02T14:00', evidence: ['p1'] });
  });

  it('is answered by a correction of the plan recording the completed check', () => {
    const file = hostile
      .withEntry(plan())
      .withEntry(plan({ id: 'p1c', amends: 'p1', safetyCheck: check }))
      .build();
    expect(found(file, '2026-02-09T12:00')).toBeUndefined();
  });
});

describe('visit-overdue', () => {
  const found = finder('visit-overdue');
  const out = family
    .withEntry({
      id: 'p1',
      kind: 'visit-plan',
      at: '2026-02-10T09:00',
      due: '2026-02-10T10:00',
      expectedBack: '2026-02-10T11:30',
    })
    .withEntry({
      id: 'o1',
      kind: 'check-out',
      at: '2026-02-10T09:50',
      worker: 'w1',
      visit: 'p1',
      expectedBack: '2026-02-10T11:00',
    });

  it('is critical when a worker is not back 15 minutes after the expected time', () => {
    const finding = found(out.build(), '2026-02-10T11:16');
    expect(finding).toMatchObject({ severity: 'critical', since: '2026-02-10T11:15', evidence: ['o1'] });
    expect(finding?.explanation).toBe(
      'Worker One checked out to a visit on 10 February 2026, was expected back by 11:00 and has not checked in.',
    );
  });

  it('allows the 15 minutes’ grace', () => {
    expect(found(out.build(), '2026-02-10T11:14')).toBeUndefined();
  });

  it('takes the expected time from the visit plan when the check-out gives none', () => {
    const file = family
      .withEntry({
        id: 'p1',
        kind: 'visit-plan',
        at: '2026-02-10T09:00',
        due: '2026-02-10T10:00',
        expectedBack: '2026-02-10T11:30',
      })
      .withEntry({ kind: 'check-out', at: '2026-02-10T09:50', visit: 'p1' })
      .build();
    expect(found(file, '2026-02-10T11:44')).toBeUndefined();
    expect(found(file, '2026-02-10T11:45')).toBeDefined();
  });

  it('is never raised for a worker who checks in 14 minutes late', () => {
    const file = out.withEntry({ kind: 'check-in', at: '2026-02-10T11:14', visit: 'p1' }).build();
    expect(found(file, '2026-02-10T11:15')).toBeUndefined();
  });

  it('is answered by a check-in 16 minutes late', () => {
    const file = out.withEntry({ kind: 'check-in', at: '2026-02-10T11:16', visit: 'p1' }).build();
    expect(found(file, '2026-02-10T11:15')).toBeDefined();
    expect(found(file, '2026-02-10T11:16')).toBeUndefined();
  });
});

describe('debrief-due', () => {
  const found = finder('debrief-due');

  const frightening = (at: string) =>
    family.withEntry({ id: 'i1', kind: 'incident', at, threats: ['shouting'], frightening: true });

  it('is a warning once five working days pass without a debrief', () => {
    const finding = found(frightening('2026-02-02T14:00').build(), '2026-02-10T09:00');
    expect(finding).toMatchObject({ severity: 'warning', since: '2026-02-10T00:00', evidence: ['i1'] });
    expect(finding?.explanation).toBe(
      'Nobody has recorded a debrief after the frightening incident on 2 February 2026, 5 working days on.',
    );
  });

  it('is not raised on the fifth working day', () => {
    expect(found(frightening('2026-02-02T14:00').build(), '2026-02-09T23:59')).toBeUndefined();
  });

  it('skips the Easter bank holidays of England, and only Good Friday in Scotland', () => {
    const easter = frightening('2026-04-02T14:00').build();
    expect(found(easter, '2026-04-13T12:00')).toBeUndefined();
    expect(found(easter, '2026-04-14T00:00')).toBeDefined();
    expect(found(easter, '2026-04-13T00:00', undefined, 'forth-valley')).toBeDefined();
  });

  it('is not raised for an incident nobody found frightening', () => {
    const file = family
      .withEntry({ kind: 'incident', at: '2026-02-02T14:00', threats: ['shouting'] })
      .build();
    expect(found(file, '2026-03-02T12:00')).toBeUndefined();
  });

  it('is not raised when the debrief is on the fifth working day', () => {
    const file = frightening('2026-02-02T14:00')
      .withEntry({ kind: 'debrief', at: '2026-02-09T16:00', incident: 'i1' })
      .build();
    expect(found(file, '2026-02-10T09:00')).toBeUndefined();
  });

  it('is answered by a late debrief', () => {
    const file = frightening('2026-02-02T14:00')
      .withEntry({ kind: 'debrief', at: '2026-02-11T10:00', incident: 'i1' })
      .build();
    expect(found(file, '2026-02-11T09:59')).toBeDefined();
    expect(found(file, '2026-02-11T10:00')).toBeUndefined();
  });
});
