// The pathway stage (FORMAT.md, "The pathway stage"): how far the local procedure has got in the current
// episode of non-engagement. Times are UK local; 2 February 2026 is a Monday.
import { describe, expect, it } from 'vitest';
import type { MeetingDecision, MeetingType } from '../../src/domain/vocabularies.js';
import { assessAt } from '../support/assess.js';
import { aCase } from '../support/case-builder.js';

// Early help (30 working days' limit), the child seen on 27 January: nothing is wrong until the refusal,
// which holds from 2 February 10:00 until 2 March 10:00.
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
const discussed = refused.withEntry({ kind: 'manager-discussion', at: '2026-02-03T10:00' });
const meeting = (type: MeetingType, decision?: MeetingDecision, at = '2026-02-10T10:00') => ({
  kind: 'meeting' as const,
  at,
  type,
  ...(decision && { decision }),
});
const stageAt = (builder: typeof seen, at = '2026-02-12T12:00') => assessAt(builder.build(), at).stage;

describe('the pathway stage', () => {
  it('is engaging while no non-engagement finding is active', () => {
    expect(stageAt(seen)).toBe('engaging');
  });

  it('is concern once the family refuses, before any manager discussion', () => {
    expect(stageAt(refused, '2026-02-02T10:00')).toBe('concern');
    expect(stageAt(refused)).toBe('concern');
  });

  it('stays at concern when the only manager discussion came before the refusal', () => {
    const early = seen
      .withEntry({ kind: 'manager-discussion', at: '2026-01-30T10:00' })
      .withContact({ at: '2026-02-02T10:00', outcome: 'refused' });
    expect(stageAt(early)).toBe('concern');
  });

  it('is manager-discussed once a manager discussion is recorded', () => {
    expect(stageAt(discussed, '2026-02-03T09:59')).toBe('concern');
    expect(stageAt(discussed, '2026-02-03T10:00')).toBe('manager-discussed');
  });

  it.each<MeetingType>([
    'team-around-family',
    'multi-agency',
    'core-group',
    'strategy-discussion',
    'initial-child-protection-conference',
    'review-child-protection-conference',
  ])('is multi-agency after a %s meeting', (type) => {
    expect(stageAt(discussed.withEntry(meeting(type)))).toBe('multi-agency');
  });

  it('is not moved on by a meeting that is not one of the pathway’s', () => {
    expect(stageAt(discussed.withEntry(meeting('family-group-conference')))).toBe('manager-discussed');
  });

  it.each<MeetingType>(['professionals-meeting', 'child-protection-consultation'])(
    'is professionals-meeting after a %s, even with a multi-agency meeting later',
    (type) => {
      const file = discussed
        .withEntry(meeting('core-group'))
        .withEntry(meeting(type, undefined, '2026-02-11T10:00'))
        .withEntry(meeting('core-group', undefined, '2026-02-12T10:00'));
      expect(stageAt(file)).toBe('professionals-meeting');
    },
  );

  it.each<[MeetingDecision, string]>([
    ['continue', 'continue'],
    ['child-protection', 'child-protection'],
    ['legal', 'legal'],
    ['reporter-referral', 'reporter-referral'],
    ['step-down', 'step-down'],
    ['close', 'closed'],
  ])('is the decision once a meeting decides %s', (decision, stage) => {
    expect(stageAt(discussed.withEntry(meeting('professionals-meeting', decision)))).toBe(stage);
  });

  it('follows the latest decision, which a later meeting without one leaves standing', () => {
    const file = discussed
      .withEntry(meeting('core-group', 'continue'))
      .withEntry(meeting('legal-planning', 'legal', '2026-02-11T10:00'))
      .withEntry(meeting('core-group', undefined, '2026-02-12T10:00'));
    expect(stageAt(file, '2026-02-10T12:00')).toBe('continue');
    expect(stageAt(file, '2026-02-12T12:00')).toBe('legal');
  });

  it('keeps the episode going while any non-engagement finding overlaps the next', () => {
    const file = discussed.withContact({
      at: '2026-02-20T10:00',
      outcome: 'no-answer-believed-in',
      contingency: 'Try again.',
    });
    expect(stageAt(file, '2026-03-05T12:00')).toBe('manager-discussed');
  });

  it('returns to engaging when every non-engagement finding has ended, and starts again at concern', () => {
    const file = discussed.withEntry(meeting('team-around-family', 'continue'));
    expect(stageAt(file, '2026-03-02T09:59')).toBe('continue');
    expect(stageAt(file, '2026-03-02T10:00')).toBe('engaging');
    const again = file.withContact({ at: '2026-03-09T10:00', outcome: 'refused' });
    expect(stageAt(again, '2026-03-09T12:00')).toBe('concern');
    expect(
      stageAt(again.withEntry({ kind: 'manager-discussion', at: '2026-03-10T10:00' }), '2026-03-10T12:00'),
    ).toBe('manager-discussed');
  });
});
