import { describe, expect, it } from 'vitest';
import { assess, type Finding } from '../../src/domain/assessment/assess.js';
import type { CaseFile } from '../../src/domain/case-file.js';
import { packFor } from '../../src/domain/packs/index.js';
import { findingFor, findingsFor } from '../../src/domain/restricted-findings.js';
import type { Reader } from '../../src/domain/restrictions.js';
import { riskToStaffOf } from '../../src/domain/risk-to-staff.js';
import { aCase } from '../support/case-builder.js';

const pack = packFor('milton-keynes');
const now = new Date('2026-02-02T12:00:00Z');
const findingsOf = (file: CaseFile) => assess(file, pack, now).findings;
const byCode = (findings: readonly Finding[], code: string) => findings.find((f) => f.code === code)!;

const family = aCase()
  .withAgency('csc', 'social-care', "Children's Social Care")
  .withAgency('hv', 'health-visiting', 'Health Visiting')
  .withWorker('w1', 'csc', 'Sam Patel')
  .withWorker('w2', 'hv', 'Jo Hale')
  .withChild('c1', '2020-01-01')
  .withParent('m1', { livesWith: ['c1'] })
  .withContact({ id: 'seen', at: '2026-01-28T10:00', seen: ['c1', 'm1'], seenAlone: ['c1'] });

const reader = (role: Reader['role'], agencyRef: string, workerRef = 'someone'): Reader => ({
  role,
  agencyRef,
  workerRef,
});
const healthVisitor = reader('practitioner', 'hv', 'w2');
const colleagueOfCsc = reader('practitioner', 'csc', 'w9');

// An incident restricted to Children's Social Care, recorded by its worker: threats of violence at a visit.
const threatened = family
  .withEntry({
    id: 'incident',
    kind: 'incident',
    at: '2026-01-30T10:00',
    agency: 'csc',
    worker: 'w1',
    threats: ['threat-of-violence', 'physical-violence'],
    against: 'w1',
    note: 'Pushed against the door frame.',
    restricted: ['csc'],
  })
  .build();

describe('a finding resting on an entry restricted from the reader', () => {
  const assessed = findingsOf(threatened);
  const hostility = byCode(assessed, 'hostility-to-staff');
  const shown = findingFor(healthVisitor, hostility, threatened, pack);

  it('still shows: the same code, severity, since, citations and next steps', () => {
    expect(hostility.explanation).toContain('threat of violence and physical violence');
    const { explanation: _e, evidence: _v, ...rest } = hostility;
    expect(shown).toMatchObject(rest);
  });

  it('counts the restricted entry and says whom to ask, without its facts', () => {
    expect(shown.explanation).toBe(
      "Hostility towards staff. 1 restricted entry is part of this finding, so what it records is not shown to you: ask Sam Patel (Children's Social Care), or Children's Social Care.",
    );
    expect(JSON.stringify(shown)).not.toMatch(/violence|door frame/);
  });

  it('leaves the restricted entry out of its evidence and lists it as withheld', () => {
    expect(shown.evidence).toEqual([]);
    expect(shown.withheld).toEqual(['incident']);
  });

  it('is the same rule for every finding the entry is part of (the incident not escalated too)', () => {
    const escalation = findingsFor(healthVisitor, assessed, threatened, pack).find(
      (f) => f.code === 'incident-not-escalated',
    );
    expect(byCode(assessed, 'incident-not-escalated').explanation).toContain('threat of violence');
    expect(escalation?.explanation).toMatch(/^Incident not passed on\. 1 restricted entry is part/);
  });
});

describe('findings the reader may read in full', () => {
  it('stay exactly as they are for the audience and for the recorder', () => {
    const assessed = findingsOf(threatened);
    for (const who of [colleagueOfCsc, reader('manager', 'csc')]) {
      const shown = findingsFor(who, assessed, threatened, pack);
      shown.forEach((finding, i) => expect(finding).toBe(assessed[i]));
    }
    // Restricted to managers, it is still its recorder's to read.
    const forManagers: CaseFile = {
      ...threatened,
      entries: threatened.entries.map((e) => (e.id === 'incident' ? { ...e, restricted: ['manager'] } : e)),
    };
    expect(findingsFor(reader('practitioner', 'csc', 'w1'), assessed, forManagers, pack)).toEqual(assessed);
    expect(findingsFor(colleagueOfCsc, assessed, forManagers, pack)).not.toEqual(assessed);
  });

  it('stay exactly as they are when none of their evidence is restricted, whatever else is', () => {
    const doors = aCase()
      .withAgency('hv', 'health-visiting', 'Health Visiting')
      .withContact({ id: 'd1', at: '2026-01-20T10:00', outcome: 'no-answer-believed-in' })
      .withContact({ id: 'd2', at: '2026-01-21T10:00', outcome: 'no-answer-believed-in' })
      .withEntry({
        kind: 'address-change',
        at: '2026-01-22T10:00',
        person: 'm1',
        note: 'Refuge at 1 Hidden Lane.',
        restricted: ['manager'],
      })
      .withParent('m1')
      .build();
    const assessed = findingsOf(doors);
    const door = byCode(assessed, 'door-not-answered');
    expect(findingFor(healthVisitor, door, doors, pack)).toBe(door);
  });
});

describe('several restricted entries', () => {
  it('are counted, with each recorder and audience to ask', () => {
    const refusals = family
      .withContact({ id: 'r1', at: '2026-01-29T10:00', outcome: 'refused-entry', restricted: ['manager'] })
      .withContact({
        id: 'r2',
        at: '2026-01-30T10:00',
        agency: 'hv',
        worker: 'w2',
        outcome: 'refused',
        restricted: ['hv'],
      })
      .build();
    const refusal = byCode(findingsOf(refusals), 'refusal');
    expect(refusal.evidence).toEqual(['r1', 'r2']);
    const shown = findingFor(colleagueOfCsc, refusal, refusals, pack);
    expect(shown.explanation).toBe(
      "Refusal. 2 restricted entries are part of this finding, so what they record is not shown to you: ask Sam Patel (Children's Social Care), or managers; or Jo Hale (Health Visiting), or Health Visiting.",
    );
    expect(shown.withheld).toEqual(['r1', 'r2']);
  });
});

describe('subtle leaks', () => {
  it('an entry the reader recorded, assessed as a restricted correction of it says, is withheld', () => {
    // Jo Hale recorded the attendance; a manager corrected it and restricted the correction to managers.
    const corrected = family
      .withEntry({
        id: 'att',
        kind: 'attendance',
        at: '2026-01-29T10:00',
        agency: 'hv',
        worker: 'w2',
        person: 'c1',
        percent: 80,
        period: 'autumn term',
      })
      .withEntry({
        id: 'att-c',
        kind: 'attendance',
        at: '2026-01-29T10:00',
        agency: 'csc',
        worker: 'w1',
        amends: 'att',
        person: 'c1',
        percent: 45,
        period: 'weeks at the hospital school',
        restricted: ['manager'],
      })
      .build();
    const attendance = byCode(findingsOf(corrected), 'poor-attendance');
    expect(attendance.explanation).toContain('hospital school');
    const shown = findingFor(healthVisitor, attendance, corrected, pack);
    expect(shown.explanation).not.toMatch(/hospital|45%/);
    expect(shown.withheld).toEqual(['att']);
    expect(findingFor(reader('manager', 'hv'), attendance, corrected, pack)).toBe(attendance);
  });

  it('an explanation quoting a restricted entry it does not list as evidence is withheld too', () => {
    const goal = family
      .withEntry({
        id: 'goal',
        kind: 'goal',
        at: '2026-01-29T10:00',
        person: 'm1',
        goal: 'Leave the refuge at 1 Hidden Lane only with the outreach worker',
        restricted: ['csc'],
      })
      .build();
    const quoting: Finding = {
      ...byCode(findingsOf(threatened), 'hostility-to-staff'),
      evidence: ['seen'],
      explanation: 'The plan sets them an action goal: "Leave the refuge at 1 Hidden Lane only wi".',
    };
    const shown = findingFor(healthVisitor, quoting, goal, pack);
    expect(shown.explanation).not.toContain('Hidden Lane');
    expect(shown.evidence).toEqual(['seen']);
    expect(shown.withheld).toEqual(['goal']);
  });
});

describe('the risk-to-staff warning, the one exception (MK 5.1.16)', () => {
  const decided = aCase()
    .withAgency('csc', 'social-care', "Children's Social Care")
    .withAgency('hv', 'health-visiting', 'Health Visiting')
    .withWorker('w1', 'csc', 'Sam Patel')
    .withEntry({
      id: 'incident',
      kind: 'incident',
      at: '2026-01-30T10:00',
      threats: ['threat-of-violence'],
      against: 'w1',
      note: 'Pushed against the door frame.',
      restricted: ['csc'],
    })
    .withEntry({
      id: 'decision',
      kind: 'safety-decision',
      at: '2026-01-31T10:00',
      measures: ['joint-visits-only'],
      decision: 'Visits in pairs while the partner lives there.',
      restricted: ['csc'],
    })
    .build();
  const assessed = findingsOf(decided);

  it('shows every agency when, what and against whom, restricted or not, but not what was written', () => {
    const warning = riskToStaffOf(decided, assessed, healthVisitor);
    expect(warning?.events).toEqual([
      expect.objectContaining({ id: 'incident', threats: ['threat-of-violence'], against: 'w1', note: null }),
    ]);
    expect(warning?.decision).toBeNull();
  });

  it('shows the audience the note and the decision too', () => {
    const warning = riskToStaffOf(decided, assessed, colleagueOfCsc);
    expect(warning?.events[0]?.note).toBe('Pushed against the door frame.');
    expect(warning?.decision?.measures).toEqual(['joint-visits-only']);
  });
});
