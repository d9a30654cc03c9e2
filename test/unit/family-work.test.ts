// Working with the family, read from the case (BEF 10.0, 10.1): stages of change with the pack's tasks,
// goals with their progress at each review, and the plan's next review.
import { describe, expect, it } from 'vitest';
import {
  goalsOf,
  planReviewProblems,
  planReviewsOf,
  stageOfChangeProblems,
  stagesOfChangeOf,
} from '../../src/domain/family-work.js';
import { packs } from '../../src/domain/packs/index.js';
import { stagesOfChange } from '../../src/domain/vocabularies.js';
import { aCase } from '../support/case-builder.js';

const barnsley = packs.barnsley;
const family = aCase()
  .withPack('barnsley')
  .withChild('c1', '2019-02-01', 'Maja')
  .withParent('m1', { name: 'Anna', livesWith: ['c1'] })
  .withParent('f1', { name: 'Tom' });

describe('the pack’s cycle of change', () => {
  it.each(Object.values(packs).map((pack) => [pack.id, pack] as const))(
    '%s gives signs and tasks for every stage, each citing BEF 10.0',
    (_id, pack) => {
      for (const stage of stagesOfChange) {
        const guidance = pack.familyWork.stagesOfChange[stage];
        expect(guidance.indicators.length).toBeGreaterThan(0);
        expect(guidance.tasks.length).toBeGreaterThan(0);
        for (const item of [...guidance.indicators, ...guidance.tasks])
          expect(item.citations).toContain('BEF 10.0');
      }
      expect(pack.familyWork.grow.map((part) => part.part)).toEqual(['goal', 'reality', 'options', 'will']);
    },
  );

  it('rests the relapse stage, which BEF 10.0 does not list among its five, on what its maintenance stage says', () => {
    const pack = packs.barnsley;
    const relapse = pack.familyWork.stagesOfChange.relapse;
    expect(pack.paragraphs['BEF 10.0']).toMatch(/five stages .*relapse, its triggers/);
    expect(relapse.tasks.map((task) => task.text).join(' ')).toMatch(/triggers .* ways of coping/);
    expect(relapse.indicators.map((sign) => sign.text).join(' ')).toMatch(/triggers the parent had named/);
  });

  it('has a distinct id for every sign, so a recorded sign names one stage only', () => {
    const ids = stagesOfChange.flatMap((stage) =>
      barnsley.familyWork.stagesOfChange[stage].indicators.map((i) => i.id),
    );
    expect(new Set(ids).size).toBe(ids.length);
  });
});

describe('stages of change', () => {
  it('lists each parent with their latest stage, the signs seen and the tasks for that stage', () => {
    const file = family
      .withEntry({
        kind: 'stage-of-change',
        person: 'm1',
        stage: 'pre-contemplation',
        at: '2026-01-10T10:00',
      })
      .withEntry({
        kind: 'stage-of-change',
        person: 'm1',
        stage: 'contemplation',
        indicators: ['contemplation-ambivalent'],
        at: '2026-02-10T10:00',
      })
      .build();
    const [anna, tom] = stagesOfChangeOf(file, barnsley);
    expect(anna?.latest?.stage).toBe('contemplation');
    expect(anna?.history.map((s) => s.stage)).toEqual(['contemplation', 'pre-contemplation']);
    expect(anna?.indicatorsSeen.map((i) => i.id)).toEqual(['contemplation-ambivalent']);
    expect(anna?.guidance).toBe(barnsley.familyWork.stagesOfChange.contemplation);
    expect(tom).toMatchObject({ latest: null, guidance: null, indicatorsSeen: [] });
  });

  it('reads a corrected stage as corrected', () => {
    const file = family
      .withEntry({ id: 's1', kind: 'stage-of-change', person: 'm1', stage: 'action' })
      .withEntry({ kind: 'stage-of-change', person: 'm1', stage: 'determination', amends: 's1' })
      .build();
    expect(stagesOfChangeOf(file, barnsley)[0]?.latest?.stage).toBe('determination');
  });

  it('refuses a child, and signs of another stage', () => {
    const file = family.build();
    expect(stageOfChangeProblems(file, barnsley, { person: 'c1', stage: 'action' })).toEqual([
      { path: 'person', message: 'Select an adult on the case' },
    ]);
    expect(
      stageOfChangeProblems(file, barnsley, {
        person: 'm1',
        stage: 'action',
        indicators: ['determination-decided'],
      }),
    ).toEqual([{ path: 'indicators', message: 'Select only the signs of the stage you chose' }]);
  });
});

describe('goals and plan reviews', () => {
  const withGoals = family
    .withEntry({ id: 'g1', kind: 'goal', person: 'm1', goal: 'Keep clinic appointments', due: '2026-03-01' })
    .withEntry({ id: 'g2', kind: 'goal', person: 'c1', goal: 'Go to school every day' })
    .withEntry({
      kind: 'plan-review',
      progress: 'some',
      goals: [{ goal: 'g1', progress: 'none' }],
      at: '2026-02-01T10:00',
      nextReviewOn: '2026-03-01',
    })
    .withEntry({
      kind: 'plan-review',
      progress: 'good',
      goals: [
        { goal: 'g1', progress: 'some' },
        { goal: 'g2', progress: 'good' },
      ],
      at: '2026-03-01T10:00',
      nextReviewOn: '2026-04-01',
    });

  it('gives each goal its progress at each review, soonest due first', () => {
    const goals = goalsOf(withGoals.build(), '2026-03-10');
    expect(goals.map((g) => [g.goal.id, g.progress.map((p) => p.progress), g.latest, g.overdue])).toEqual([
      ['g1', ['none', 'some'], 'some', true],
      ['g2', ['good'], 'good', false],
    ]);
  });

  it('marks a goal set for a parent not yet ready for action (BEF 10.0)', () => {
    const file = withGoals
      .withEntry({ kind: 'stage-of-change', person: 'm1', stage: 'pre-contemplation' })
      .build();
    expect(goalsOf(file, '2026-03-10').map((g) => g.beforeAction)).toEqual([true, false]);
  });

  it('takes the next review date from the latest review, else the case', () => {
    expect(planReviewsOf(withGoals.build(), '2026-04-02')).toMatchObject({
      nextReviewOn: '2026-04-01',
      overdue: true,
    });
    expect(planReviewsOf(family.withNextReviewOn('2026-05-01').build(), '2026-04-02')).toMatchObject({
      reviews: [],
      nextReviewOn: '2026-05-01',
      overdue: false,
    });
  });

  it('refuses progress on a goal not on the case, or on one goal twice', () => {
    const file = withGoals.build();
    expect(planReviewProblems(file, { goals: [{ goal: 'e404', progress: 'good' }] })).toHaveLength(1);
    expect(
      planReviewProblems(file, {
        goals: [
          { goal: 'g1', progress: 'good' },
          { goal: 'g1', progress: 'none' },
        ],
      }),
    ).toHaveLength(1);
    expect(planReviewProblems(file, { goals: [{ goal: 'g2', progress: 'good' }] })).toEqual([]);
  });
});
