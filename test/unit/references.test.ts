// The references inside a case file must resolve: entries name the case's agencies, workers and people by
// their refs, and earlier entries by their ids. Each broken reference is reported by its path.
import { describe, expect, it } from 'vitest';
import { caseFileReferenceProblems } from '../../src/domain/references.js';
import { parseCaseFile } from '../../src/domain/validation.js';
import { aCase } from '../support/case-builder.js';

const family = aCase()
  .withAgency('hv')
  .withWorker('w2', 'hv')
  .withChild('c1', '2025-09-14')
  .withParent('m1', { livesWith: ['c1'] });

const problemsOf = (builder: typeof family) => caseFileReferenceProblems(builder.buildUnchecked());

describe('references between the parts of a case file', () => {
  it('are all found in a well-formed family', () => {
    expect(problemsOf(family.withContact({ seen: ['m1', 'c1'], seenAlone: ['c1'] }))).toEqual([]);
  });

  describe('agencies, workers and people', () => {
    it('a worker of an agency not on the case', () => {
      expect(problemsOf(family.withWorker('w3', 'pol'))).toEqual([
        'workers[2].agency: no agency with ref "pol"',
      ]);
    });

    it('a contact by an unknown agency and worker', () => {
      expect(problemsOf(family.withContact({ agency: 'pol', worker: 'w9' }))).toEqual([
        'entries[0].agency: no agency with ref "pol"',
        'entries[0].worker: no worker with ref "w9"',
      ]);
    });

    it('a contact that saw, or was meant for, someone not on the case', () => {
      expect(problemsOf(family.withContact({ for: ['c2'], seen: ['m1', 'x1'] }))).toEqual([
        'entries[0].for[0]: no person with ref "c2"',
        'entries[0].seen[1]: no person with ref "x1"',
      ]);
    });

    it('seen alone naming a parent rather than a child', () => {
      expect(problemsOf(family.withContact({ seen: ['m1', 'c1'], seenAlone: ['c1', 'm1'] }))).toEqual([
        'entries[0].seenAlone[1]: no child with ref "m1"',
      ]);
    });

    it("a child's views recorded for a parent", () => {
      expect(problemsOf(family.withContact({ childViews: ['m1'] }))).toEqual([
        'entries[0].childViews[0]: no child with ref "m1"',
      ]);
    });

    it('a parent living with someone who is not a child of the case', () => {
      expect(
        problemsOf(
          family.withPerson('a1', 'significant-adult', { livesWith: ['m1'], hasContactWith: ['c9'] }),
        ),
      ).toEqual([
        'people[2].livesWithChildren[0]: no child with ref "m1"',
        'people[2].hasContactWith[0]: no child with ref "c9"',
      ]);
    });

    it('the same ref used twice', () => {
      const file = family.buildUnchecked();
      file.agencies.push({ ref: 'hv', type: 'school', name: 'Another' });
      file.people.push({ ref: 'c1', role: 'child', name: 'Another' });
      expect(caseFileReferenceProblems(file)).toEqual([
        'agencies[2].ref: "hv" is used twice',
        'people[2].ref: "c1" is used twice',
      ]);
    });

    it('a meeting attended by an unknown agency, an incident against an unknown worker', () => {
      expect(
        problemsOf(
          family
            .withEntry({ kind: 'meeting', type: 'core-group', attendees: ['csc', 'sch'] })
            .withEntry({ kind: 'incident', threats: ['shouting'], against: 'w7' }),
        ),
      ).toEqual([
        'entries[0].attendees[1]: no agency with ref "sch"',
        'entries[1].against: no worker with ref "w7"',
      ]);
    });

    it('allocation, manager, supervisor and lone-visit agreement by workers not on the case', () => {
      expect(
        problemsOf(
          family
            .withEntry({ kind: 'allocation', worker: 'w5', role: 'lead' })
            .withEntry({ kind: 'manager-discussion', manager: 'm5' })
            .withEntry({ kind: 'supervision', supervisor: 's5' })
            .withEntry({ kind: 'visit-plan', due: '2026-02-01T10:00', lone: true, managerAgreedLone: 'm5' }),
        ),
      ).toEqual([
        'entries[0].worker: no worker with ref "w5"',
        'entries[1].manager: no worker with ref "m5"',
        'entries[2].supervisor: no worker with ref "s5"',
        'entries[3].managerAgreedLone: no worker with ref "m5"',
      ]);
    });

    it('an alert to, and a meeting arranged with, agencies not on the case', () => {
      expect(
        problemsOf(
          family
            .withEntry({ kind: 'alert', to: ['hv', 'pol'], message: 'Door unanswered three times' })
            .withEntry({
              kind: 'meeting-scheduled',
              type: 'core-group',
              due: '2026-02-01T10:00',
              invited: ['sch'],
            }),
        ),
      ).toEqual([
        'entries[0].to[1]: no agency with ref "pol"',
        'entries[1].invited[0]: no agency with ref "sch"',
      ]);
    });

    it('an alert that says it could not reach an agency it was not sent to', () => {
      expect(
        problemsOf(
          family.withEntry({ kind: 'alert', to: ['hv'], message: 'Door unanswered', unreached: ['csc'] }),
        ),
      ).toEqual(['entries[0].unreached[0]: "csc" is not one of the agencies in to']);
    });

    it("school attendance recorded for a parent, and an unknown agency's involvement ending", () => {
      expect(
        problemsOf(
          family
            .withEntry({ kind: 'attendance', person: 'm1', percent: 80 })
            .withEntry({ kind: 'involvement-end', agency: 'pol' })
            .withEntry({ kind: 'gp-change', person: 'x1' }),
        ),
      ).toEqual([
        'entries[0].person: no child with ref "m1"',
        'entries[1].agency: no agency with ref "pol"',
        'entries[2].person: no person with ref "x1"',
      ]);
    });
  });

  describe('entries naming other entries', () => {
    it('two entries with the same id', () => {
      expect(problemsOf(family.withContact({ id: 'v1' }).withContact({ id: 'v1' }))).toEqual([
        'entries[1].id: "v1" is used by an earlier entry',
      ]);
    });

    it('a correction of a later entry', () => {
      expect(problemsOf(family.withContact({ id: 'e1', amends: 'e2' }).withContact({ id: 'e2' }))).toEqual([
        'entries[0].amends: no earlier entry with id "e2"',
      ]);
    });

    it('a correction of an entry of a different kind', () => {
      expect(
        problemsOf(family.withEntry({ kind: 'concern-level', level: 'high' }).withContact({ amends: 'e1' })),
      ).toEqual(['entries[1].amends: "e1" is a concern-level, not a contact']);
    });

    it('an action update of a meeting action that does not exist, or of something not a meeting', () => {
      const meeting = family.withEntry({
        id: 'm1',
        kind: 'meeting',
        type: 'core-group',
        actions: [{ what: 'Visit', owner: 'w2', due: '2026-02-01' }],
      });
      expect(
        problemsOf(
          meeting
            .withEntry({ kind: 'action-update', meeting: 'm1', action: 0, done: true })
            .withEntry({ kind: 'action-update', meeting: 'm1', action: 1, done: true })
            .withEntry({ kind: 'action-update', meeting: 'e9', action: 0, done: true }),
        ),
      ).toEqual([
        'entries[2].action: meeting "m1" has no action 1',
        'entries[3].meeting: no earlier meeting entry with id "e9"',
      ]);
    });

    it('an action update of an action a correction of the meeting added', () => {
      const corrected = family
        .withEntry({ id: 'm1', kind: 'meeting', type: 'core-group', actions: [{ what: 'Visit' }] })
        .withEntry({
          id: 'm2',
          kind: 'meeting',
          type: 'core-group',
          amends: 'm1',
          actions: [{ what: 'Visit' }, { what: 'Ring the school' }],
        });
      expect(
        problemsOf(corrected.withEntry({ kind: 'action-update', meeting: 'm1', action: 1, done: true })),
      ).toEqual([]);
    });

    it('a debrief of something that was not an incident', () => {
      expect(problemsOf(family.withContact().withEntry({ kind: 'debrief', incident: 'e1' }))).toEqual([
        'entries[1].incident: no earlier incident entry with id "e1"',
      ]);
    });

    it('a debrief before its incident', () => {
      expect(
        problemsOf(
          family
            .withEntry({ kind: 'debrief', incident: 'e2' })
            .withEntry({ kind: 'incident', threats: ['swearing'] }),
        ),
      ).toEqual(['entries[0].incident: no earlier incident entry with id "e2"']);
    });

    it('a check-in for something that was not a visit plan', () => {
      expect(problemsOf(family.withContact().withEntry({ kind: 'check-in', visit: 'e1' }))).toEqual([
        'entries[1].visit: no earlier visit-plan entry with id "e1"',
      ]);
    });

    it('a review of an agreement item that the agreement does not have', () => {
      const agreed = family.withEntry({
        kind: 'agreement',
        type: 'contract-of-expectation',
        items: [{ id: 'i1', who: 'm1', text: 'Keep appointments' }],
      });
      expect(
        problemsOf(agreed.withEntry({ kind: 'agreement-review', agreement: 'e1', item: 'i2', kept: true })),
      ).toEqual(['entries[1].item: agreement "e1" has no item "i2"']);
      expect(
        problemsOf(agreed.withEntry({ kind: 'agreement-review', agreement: 'e9', item: 'i1', kept: true })),
      ).toEqual(['entries[1].agreement: no earlier agreement entry with id "e9"']);
    });
  });

  it('are checked once the shape is right, and every broken one is reported', () => {
    const file = family
      .withWorker('w3', 'pol')
      .withContact({ seenAlone: ['m1'] })
      .withEntry({ kind: 'debrief', incident: 'e1' })
      .buildUnchecked();
    expect(parseCaseFile(file)).toEqual({
      ok: false,
      problems: [
        'workers[2].agency: no agency with ref "pol"',
        'entries[0].seenAlone[0]: no child with ref "m1"',
        'entries[1].incident: no earlier incident entry with id "e1"',
      ],
    });
  });
});

describe('the case builder', () => {
  it('builds a valid case from its defaults alone', () => {
    const file = aCase().build();
    expect(file.case).toEqual({
      ref: 'FAM-0001',
      pack: 'milton-keynes',
      plan: 'child-in-need',
      openedOn: '2026-01-05',
    });
    expect(file.agencies).toEqual([{ ref: 'csc', type: 'social-care', name: "Children's Social Care" }]);
    expect(file.workers).toEqual([{ ref: 'w1', agency: 'csc', name: 'Worker One' }]);
  });

  it('numbers entries e1, e2, … a day apart, after the case was opened', () => {
    const file = aCase()
      .withContact()
      .withEntry({ kind: 'concern-level', level: 'low' })
      .withContact()
      .build();
    expect(file.entries.map((entry) => [entry.id, entry.at])).toEqual([
      ['e1', '2026-01-06T10:00'],
      ['e2', '2026-01-07T10:00'],
      ['e3', '2026-01-08T10:00'],
    ]);
  });

  it('leaves the builder it started from unchanged', () => {
    const base = aCase().withChild('c1', '2025-09-14');
    base.withContact();
    expect(base.build().entries).toEqual([]);
  });

  it('refuses to build a case whose references are broken, listing them', () => {
    expect(() => family.withContact({ seenAlone: ['m1'] }).build()).toThrow(
      /entries\[0\]\.seenAlone\[0\]: no child with ref "m1"/,
    );
  });
});
