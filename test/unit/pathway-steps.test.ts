// The entry that reached each step of the pathway, which the stage indicator links to. Times are UK local;
// 2 February 2026 is a Monday. The case is the one the stage's own tests use (stage.test.ts).
import { describe, expect, it } from 'vitest';
import { pathwayStepEntries } from '../../src/domain/assessment/pathway-steps.js';
import { toInstant } from '../../src/domain/time.js';
import type { MeetingDecision, MeetingType } from '../../src/domain/vocabularies.js';
import { assessAt } from '../support/assess.js';
import { aCase } from '../support/case-builder.js';

// e1: the child seen on 27 January; e2: entry refused on 2 February (the refusal holds until 2 March).
const seen = aCase()
  .openedOn('2026-01-26')
  .withPlan('early-help')
  .withChild('c1', '2019-05-01')
  .withContact({ at: '2026-01-27T10:00', seen: ['c1'], seenAlone: ['c1'], summaryGiven: true });
const refused = seen.withContact({
  at: '2026-02-02T10:00',
  outcome: 'refused-entry',
  contingency: 'Return tomorrow.',
});
const discussed = refused.withEntry({
  kind: 'manager-discussion',
  at: '2026-02-03T10:00',
  decision: 'Visit jointly',
  urgency: 'within-days',
});
const meeting = (type: MeetingType, at: string, decision?: MeetingDecision) => ({
  kind: 'meeting' as const,
  at,
  type,
  ...(decision && { decision }),
});

const stepsAt = (builder: typeof seen, at = '2026-02-12T12:00') => {
  const file = builder.build();
  const assessment = assessAt(file, at);
  return { stage: assessment.stage, steps: pathwayStepEntries(file, assessment, toInstant(at)) };
};

describe('the entry that reached each step of the pathway', () => {
  it('is none while the family is engaging', () => {
    expect(stepsAt(seen)).toEqual({ stage: 'engaging', steps: {} });
  });

  it('is the first evidence of non-engagement for the concern', () => {
    expect(stepsAt(refused)).toEqual({ stage: 'concern', steps: { concern: 'e2' } });
  });

  it('is the manager discussion once one is recorded (MK 5.1.9.1)', () => {
    expect(stepsAt(discussed)).toEqual({
      stage: 'manager-discussed',
      steps: { concern: 'e2', 'manager-discussed': 'e3' },
    });
  });

  it('ignores a manager discussion from before the concern began', () => {
    const early = seen
      .withEntry({ kind: 'manager-discussion', at: '2026-01-30T10:00' })
      .withContact({ at: '2026-02-02T10:00', outcome: 'refused' });
    expect(stepsAt(early)).toEqual({ stage: 'concern', steps: { concern: 'e3' } });
    const later = early.withEntry({ kind: 'manager-discussion', at: '2026-02-04T10:00' });
    expect(stepsAt(later).steps).toEqual({ concern: 'e3', 'manager-discussed': 'e4' });
  });

  it('is each meeting and the decision, the first meeting of a kind and the latest decision', () => {
    const file = discussed
      .withEntry(meeting('core-group', '2026-02-09T10:00')) // e4
      .withEntry(meeting('team-around-family', '2026-02-10T10:00', 'continue')) // e5
      .withEntry(meeting('professionals-meeting', '2026-02-11T10:00', 'legal')); // e6
    expect(stepsAt(file)).toEqual({
      stage: 'legal',
      steps: {
        concern: 'e2',
        'manager-discussed': 'e3',
        'multi-agency': 'e4',
        'professionals-meeting': 'e6',
        decision: 'e6',
      },
    });
  });

  it('leaves out a step the case went past without an entry of its own', () => {
    const file = refused.withEntry(meeting('multi-agency', '2026-02-05T10:00', 'continue'));
    expect(stepsAt(file)).toEqual({
      stage: 'continue',
      steps: { concern: 'e2', 'multi-agency': 'e3', decision: 'e3' },
    });
  });

  it('ignores entries after the moment assessed', () => {
    expect(stepsAt(discussed, '2026-02-02T12:00')).toEqual({ stage: 'concern', steps: { concern: 'e2' } });
  });

  it('starts again with a new episode', () => {
    const again = discussed
      .withEntry(meeting('team-around-family', '2026-02-10T10:00', 'continue')) // e4
      .withContact({ at: '2026-03-09T10:00', outcome: 'refused' }) // e5
      .withEntry({ kind: 'manager-discussion', at: '2026-03-10T10:00' }); // e6
    expect(stepsAt(again, '2026-03-10T12:00')).toEqual({
      stage: 'manager-discussed',
      steps: { concern: 'e5', 'manager-discussed': 'e6' },
    });
  });

  it('finds the discussion of an episode that began before the findings active now', () => {
    // The refusal (e2) has ended by 5 March; the door not answered on 20 February (e4) kept the episode going.
    const file = discussed.withContact({
      at: '2026-02-20T10:00',
      outcome: 'no-answer-believed-in',
      contingency: 'Try again.',
    });
    expect(stepsAt(file, '2026-03-05T12:00')).toEqual({
      stage: 'manager-discussed',
      steps: { concern: 'e4', 'manager-discussed': 'e3' },
    });
  });
});
