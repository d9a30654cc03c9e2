// The four kinds of agreement, kept apart as SX 1.7.13 asks, and how each item stood at its last review.
import { describe, expect, it } from 'vitest';
import { agreementProblems, agreementsOf, numberedItems } from '../../src/domain/agreements.js';
import { aCase } from '../support/case-builder.js';

const family = aCase()
  .withAgency('hv')
  .withChild('c1', '2024-05-01')
  .withParent('m1', { name: 'Zoë Nowak', livesWith: ['c1'] });
const file = family.build();

describe('a written agreement (MK 5.1.9.17: two-way)', () => {
  it('is accepted with something the family will do and something an agency will do', () => {
    const items = [
      { who: 'm1', text: 'Take the baby to clinic' },
      { who: 'hv', text: 'Visit every Tuesday morning' },
    ];
    expect(agreementProblems('written-agreement', items, file)).toEqual([]);
  });

  it('is refused with promises from the family only', () => {
    const problems = agreementProblems('written-agreement', [{ who: 'm1', text: 'Keep the clinic' }], file);
    expect(problems).toEqual([
      {
        path: 'items',
        message: 'Add at least one thing an agency will do: the family can expect something from us too',
      },
    ]);
  });

  it('is refused with promises from the agencies only', () => {
    const problems = agreementProblems('written-agreement', [{ who: 'csc', text: 'Phone weekly' }], file);
    expect(problems.map((p) => p.message)).toEqual(['Add at least one thing the family will do']);
  });

  it('names an item for nobody on the case, or with no words, by its field', () => {
    const problems = agreementProblems(
      'written-agreement',
      [
        { who: 'x9', text: 'Something' },
        { who: 'm1', text: ' ' },
        { who: 'hv', text: 'Visit' },
      ],
      file,
    );
    expect(problems.map((p) => p.path)).toEqual(['items[0].who', 'items[1].text']);
  });
});

describe.each(['contract-of-expectation', 'written-undertaking'] as const)(
  'a %s (SX 1.7.13: one specific concern)',
  (type) => {
    it('is accepted with one expectation of a parent and what follows if it is not met', () => {
      const items = [
        { who: 'm1', text: 'Mr X will not stay overnight', consequence: 'A strategy discussion' },
      ];
      expect(agreementProblems(type, items, file)).toEqual([]);
    });

    it('is refused without a consequence', () => {
      const problems = agreementProblems(type, [{ who: 'm1', text: 'Mr X will not stay' }], file);
      expect(problems).toEqual([
        { path: 'items[0].consequence', message: 'Enter what will happen if item 1 is not kept' },
      ]);
    });

    it('is refused with more than one concern', () => {
      const item = { who: 'm1', text: 'Something', consequence: 'Review' };
      expect(agreementProblems(type, [item, item], file).map((p) => p.path)).toEqual(['items']);
    });

    it('is refused when it puts the expectation on an agency: it is not a plan for working together', () => {
      const items = [{ who: 'csc', text: 'Visit', consequence: 'Review' }];
      expect(agreementProblems(type, items, file).map((p) => p.path)).toEqual(['items[0].who']);
    });
  },
);

describe('a behaviour contract (FV written contract)', () => {
  it('names each unacceptable behaviour with its consequence', () => {
    const items = [
      { who: 'm1', text: 'Shouting at workers', consequence: 'Visits only at the office' },
      { who: 'm1', text: 'Threats', consequence: 'Police told; joint visits only' },
    ];
    expect(agreementProblems('behaviour-contract', items, file)).toEqual([]);
  });

  it('is refused where a behaviour has no consequence', () => {
    const items = [{ who: 'm1', text: 'Swearing' }];
    expect(agreementProblems('behaviour-contract', items, file)).toEqual([
      { path: 'items[0].consequence', message: 'Enter what will happen if item 1 is not kept' },
    ]);
  });

  it('is refused when empty', () => {
    expect(agreementProblems('behaviour-contract', [], file)).toEqual([
      { path: 'items', message: 'Add at least one item to the agreement' },
    ]);
  });
});

describe('agreements on a case, item by item', () => {
  const items = numberedItems([
    { who: 'm1', text: 'Take the baby to clinic' },
    { who: 'hv', text: 'Visit every Tuesday' },
  ]);
  const reviewed = family
    .withEntry({ id: 'a1', kind: 'agreement', type: 'written-agreement', items, present: ['m1', 'w1'] })
    .withEntry({ kind: 'agreement-review', agreement: 'a1', item: 'i1', kept: true, familyAccount: 'kept' })
    .withEntry({ kind: 'agreement-review', agreement: 'a1', item: 'i2', kept: true })
    .withEntry({
      id: 'r3',
      kind: 'agreement-review',
      agreement: 'a1',
      item: 'i1',
      kept: false,
      familyAccount: 'kept',
      note: 'She says she went',
    })
    .build();

  it('numbers items i1, i2…', () => {
    expect(items.map((item) => item.id)).toEqual(['i1', 'i2']);
  });

  it('shows each item at its latest review, with what the family said, and counts what was not kept on each side', () => {
    const [agreement] = agreementsOf(reviewed);
    expect(agreement?.present).toEqual(['m1', 'w1']);
    expect(agreement?.items.map((item) => [item.side, item.latest?.kept, item.latest?.said])).toEqual([
      ['family', false, 'She says she went'],
      ['agencies', true, null],
    ]);
    expect(agreement?.notKept).toEqual({ family: 1, agencies: 0 });
    expect(agreement?.reviewedAt).toBe(reviewed.entries.at(-1)?.at);
  });

  it('reads a corrected review in place of the one it corrects', () => {
    const corrected = aCase()
      .withAgency('hv')
      .withChild('c1', '2024-05-01')
      .withParent('m1', { livesWith: ['c1'] })
      .withEntry({ id: 'a1', kind: 'agreement', type: 'written-agreement', items })
      .withEntry({ id: 'r1', kind: 'agreement-review', agreement: 'a1', item: 'i1', kept: false })
      .withEntry({ kind: 'agreement-review', agreement: 'a1', item: 'i1', kept: true, amends: 'r1' })
      .build();
    const [agreement] = agreementsOf(corrected);
    expect(agreement?.items[0]?.reviews).toEqual([expect.objectContaining({ id: 'r1', kept: true })]);
  });

  it('has no review status before the first review', () => {
    const fresh = family.withEntry({ id: 'a1', kind: 'agreement', type: 'written-agreement', items }).build();
    const [agreement] = agreementsOf(fresh);
    expect(agreement?.reviewedAt).toBeNull();
    expect(agreement?.items.every((item) => item.latest === null)).toBe(true);
  });
});
