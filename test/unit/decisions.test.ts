// What a meeting's decision sets in motion in each pack (MK 5.1.23–26, BEF 11.2, R7, SX 1.7.16, FV), and
// which actions are overdue.
import { describe, expect, it } from 'vitest';
import { decisionSteps, withDecisionSteps, type DecidedMeeting } from '../../src/domain/decisions.js';
import { packs } from '../../src/domain/packs/index.js';
import { meetingDecisions, packIds } from '../../src/domain/vocabularies.js';

/** A multi-agency meeting on Friday 9 January 2026 that decided `decision`. */
const meeting = (
  decision: DecidedMeeting['decision'],
  more: Partial<DecidedMeeting> = {},
): DecidedMeeting => ({
  type: 'multi-agency',
  at: '2026-01-09T10:00',
  decision,
  ...more,
});

describe('a decision in Milton Keynes', () => {
  const mk = packs['milton-keynes'];

  it('for child protection adds a strategy discussion on the next working day and a conference within 15 working days of it (MK 5.1.25, 5.1.11)', () => {
    const { actions, added } = withDecisionSteps(meeting('child-protection'), mk, 'w1');
    expect(added).toEqual([
      {
        what: expect.stringMatching(/^Strategy discussion: .*\(MK 5\.1\.11, MK 5\.1\.25\)$/),
        owner: 'w1',
        due: '2026-01-12',
      },
      { what: expect.stringMatching(/^Child protection conference: /), owner: 'w1', due: '2026-02-02' },
    ]);
    expect(actions).toEqual(added);
  });

  it('for legal adds a legal planning meeting within five working days (MK 5.1.26, 5.1.12)', () => {
    const { added } = withDecisionSteps(meeting('legal'), mk, 'w1');
    expect(added).toEqual([
      {
        what: expect.stringMatching(/^Legal planning meeting: .*\(MK 5\.1\.26, MK 5\.1\.12\)$/),
        owner: 'w1',
        due: '2026-01-16',
      },
    ]);
  });

  it('to continue or to close adds nothing (MK 5.1.23, 5.1.24)', () => {
    expect(withDecisionSteps(meeting('continue'), mk, 'w1').added).toEqual([]);
    expect(withDecisionSteps(meeting('close'), mk, 'w1').added).toEqual([]);
    expect(withDecisionSteps(meeting(undefined), mk, 'w1').added).toEqual([]);
  });

  it('keeps the actions the meeting agreed first, and adds no step they already name', () => {
    const own = { what: 'Arrange the STRATEGY  discussion with the police', owner: 'hv', due: '2026-01-09' };
    const { actions, added } = withDecisionSteps(meeting('child-protection', { actions: [own] }), mk, 'w1');
    expect(added.map((a) => a.what)).toEqual([expect.stringMatching(/^Child protection conference/)]);
    expect(actions[0]).toBe(own);
  });

  it('adds no strategy discussion when the meeting deciding child protection is one', () => {
    const { added } = withDecisionSteps(
      meeting('child-protection', { type: 'strategy-discussion' }),
      mk,
      'w1',
    );
    expect(added.map((a) => a.what)).toEqual([expect.stringMatching(/^Child protection conference/)]);
  });

  it('counts working days by the English bank holidays: New Year’s Eve’s next working day is 2 January', () => {
    const { added } = withDecisionSteps(meeting('child-protection', { at: '2025-12-31T15:00' }), mk, 'w1');
    expect(added[0]?.due).toBe('2026-01-02');
  });

  it('counts from the UK day of a time given with an offset', () => {
    // 23:30 UTC on Sunday 14 June 2026 is 00:30 on Monday 15 June in London (BST).
    const { added } = withDecisionSteps(meeting('legal', { at: '2026-06-14T23:30Z' }), mk, 'w1');
    expect(added[0]?.due).toBe('2026-06-22');
  });
});

describe('a decision in Forth Valley', () => {
  const fv = packs['forth-valley'];

  it('for a Reporter referral adds informing the Reporter by the next Scottish working day (2 January is a holiday there)', () => {
    const { added } = withDecisionSteps(meeting('reporter-referral', { at: '2025-12-31T15:00' }), fv, 'w2');
    expect(added).toEqual([
      {
        what: expect.stringMatching(/^Inform the Reporter.*\(FV "Inform Reporter/),
        owner: 'w2',
        due: '2026-01-05',
      },
    ]);
  });

  it('for child protection adds a child protection referral and an urgent police check (FV "Consider")', () => {
    const { added } = withDecisionSteps(meeting('child-protection'), fv, 'w2');
    expect(added.map((a) => [a.what.replace(/ \(.*$/, ''), a.due])).toEqual([
      ['Child protection referral', '2026-01-12'],
      ['Urgent police check on the child', '2026-01-12'],
    ]);
  });
});

describe('a decision for child protection in the English packs without a conference of their own', () => {
  it.each([
    ['barnsley', /^Child protection procedures: refer the child to Children’s Social Care \(BEF 11\.2\)$/],
    ['rochdale', /^Referral to Children’s Social Care: .*\(R7 "Questions"\)$/],
    ['sussex', /^Child protection processes: .*\(SX 1\.7\.16\)$/],
  ] as const)('%s adds its referral for the next working day', (id, what) => {
    expect(withDecisionSteps(meeting('child-protection'), packs[id], 'w1').added).toEqual([
      { what: expect.stringMatching(what), owner: 'w1', due: '2026-01-12' },
    ]);
  });
});

describe.each(packIds.map((id) => [id, packs[id]] as const))('every decision of the %s pack', (_id, pack) => {
  it('names steps only for child protection, legal and the Reporter, and child protection always has one', () => {
    for (const decision of meetingDecisions) {
      const steps = decisionSteps(pack, decision);
      if (!['child-protection', 'legal', 'reporter-referral'].includes(decision))
        expect(steps, decision).toEqual([]);
    }
    expect(decisionSteps(pack, 'child-protection').length).toBeGreaterThan(0);
  });

  it('adds nothing the second time: each step’s action names the step', () => {
    for (const { decision } of pack.decisions) {
      const once = withDecisionSteps(meeting(decision), pack, 'w1');
      expect(
        withDecisionSteps(meeting(decision, { actions: once.actions }), pack, 'w1').added,
        decision,
      ).toEqual([]);
    }
  });
});
