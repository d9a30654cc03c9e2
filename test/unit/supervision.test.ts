// Supervision without a database (issue 9): the questions of a case, the findings put beside the questions
// they bear on, when supervision falls due, who may supervise whom, and the children nobody has seen.
import { caseFactsOf } from '../../src/domain/case-summary.js';
import { describe, expect, it } from 'vitest';
import type { Finding } from '../../src/domain/assessment/assess.js';
import { findingCodes, type FindingCode } from '../../src/domain/assessment/codes.js';
import { packs, packFor } from '../../src/domain/packs/index.js';
import { canSupervise, type Actor } from '../../src/domain/policy.js';
import {
  decisionQuestion,
  questionFindings,
  reflectionsAnswered,
  supervisionDue,
  nextSupervision,
  supervisionPrompts,
  supervisionQuestions,
  workerImpactQuestion,
} from '../../src/domain/supervision.js';
import { childrenNotSeen, decisionsWaiting } from '../../src/domain/team-view.js';
import { aCase } from '../support/case-builder.js';

const found = (code: FindingCode, extra: Partial<Finding> = {}): Finding => ({
  code,
  severity: 'serious',
  since: '2026-11-02T09:00',
  evidence: [],
  citations: [],
  nextSteps: [],
  explanation: `${code} holds`,
  ...extra,
});

const beside = (packId: Parameters<typeof packFor>[0], codes: FindingCode[]) => {
  const prompts = supervisionPrompts(
    supervisionQuestions(packFor(packId)),
    codes.map((c) => found(c)),
  );
  return (questionId: string) => (prompts[questionId] ?? []).map((f) => f.code);
};

describe('the questions of a supervision', () => {
  it('are the pack’s reflective and impact-on-child questions, then the impact on the worker and the decision', () => {
    const questions = supervisionQuestions(packFor('rochdale'));
    expect(questions.at(-2)?.id).toBe(workerImpactQuestion.id);
    expect(questions.at(-1)?.id).toBe(decisionQuestion.id);
    expect(questions.filter((q) => q.section === 'reflective').map((q) => q.id)).toContain(
      'r7-reflect-optimism',
    );
    expect(questions.filter((q) => q.section === 'impact-on-child')).toHaveLength(
      packFor('rochdale').checklists.impactOnChild.length,
    );
  });

  it('record as reflections only the pack’s questions that were answered', () => {
    const questions = supervisionQuestions(packFor('milton-keynes'));
    expect(
      reflectionsAnswered(questions, {
        'mk-reflect-relief': 'Yes',
        'mk-child-observed': ' ',
        'impact-on-worker': 'Anxious',
        decision: 'Joint visit',
      }),
    ).toEqual(['mk-reflect-relief']);
  });
});

describe('prompts from evidence', () => {
  it('puts the rule of optimism beside the optimism question (Rochdale, R7 "Questions")', () => {
    expect(beside('rochdale', ['optimism-check'])('r7-reflect-optimism')).toEqual(['optimism-check']);
  });

  it('puts an unseen significant adult beside the question about the men around the child', () => {
    expect(beside('rochdale', ['significant-adult-unseen'])('r7-reflect-men')).toEqual([
      'significant-adult-unseen',
    ]);
    expect(beside('forth-valley', ['significant-adult-unseen'])('fv-reflect-men')).toEqual([
      'significant-adult-unseen',
    ]);
    expect(beside('sussex', ['significant-adult-unseen'])('sx-child-household')).toEqual([
      'significant-adult-unseen',
    ]);
  });

  it('puts start-again beside start-again syndrome, and in Milton Keynes beside the assessment question', () => {
    expect(beside('rochdale', ['start-again'])('r7-reflect-start-again')).toEqual(['start-again']);
    expect(beside('milton-keynes', ['start-again'])('mk-reflect-assessment')).toEqual(['start-again']);
  });

  it('puts hostility beside the impact on the worker, and supervision overdue beside the decision', () => {
    const at = beside('barnsley', ['hostility-to-staff', 'supervision-overdue']);
    expect(at(workerImpactQuestion.id)).toEqual(['hostility-to-staff']);
    expect(at(decisionQuestion.id)).toEqual(['supervision-overdue']);
  });

  it('puts a finding no question of the pack bears on beside the decision, so none is missed', () => {
    // Barnsley asks nothing about a written agreement.
    expect(beside('barnsley', ['written-agreement-breached'])(decisionQuestion.id)).toEqual([
      'written-agreement-breached',
    ]);
  });

  it('names only questions the packs ask, and only finding codes that exist', () => {
    const asked = new Set([
      ...Object.values(packs).flatMap((pack) => supervisionQuestions(pack).map((q) => q.id)),
    ]);
    expect(Object.keys(questionFindings).filter((id) => !asked.has(id))).toEqual([]);
    expect(
      Object.values(questionFindings)
        .flat()
        .filter((code) => !(findingCodes as readonly string[]).includes(code)),
    ).toEqual([]);
  });
});

describe('when supervision falls due', () => {
  const pack = packFor('milton-keynes'); // 20 working days

  it('is 20 working days after the last, skipping weekends and bank holidays', () => {
    // Christmas Day and Boxing Day 2026 fall on Friday and Saturday; the 28th is the substitute day.
    expect(supervisionDue('2026-12-01', '2026-01-05', pack, '2026-12-02')).toEqual({
      dueOn: '2026-12-31',
      status: 'in-time',
    });
  });

  it('is due within a working week of the day, and overdue after it', () => {
    expect(supervisionDue('2026-11-02', '2026-01-05', pack, '2026-11-25').status).toBe('due');
    expect(supervisionDue('2026-10-01', '2026-01-05', pack, '2026-11-23').status).toBe('overdue');
  });

  it('counts from the oldest case’s opening when there has been none', () => {
    expect(supervisionDue(null, '2026-11-02', pack, '2026-11-03').dueOn).toBe('2026-11-30');
  });
});

describe('a worker’s next supervision', () => {
  const pack = packFor('milton-keynes');
  const local = { ...pack, thresholds: { ...pack.thresholds, supervisionWorkingDays: 10 } };

  it('is the day an overdue case fell due, not the worker’s next day, so an overdue date is past', () => {
    const worker = { lastOn: '2026-12-01', since: '2026-01-05', pack };
    const leftOut = { lastOn: '2026-09-01', since: '2026-01-05', pack };
    expect(nextSupervision(worker, [leftOut], '2026-12-02')).toEqual({
      dueOn: '2026-09-29',
      status: 'overdue',
    });
  });

  it('is the worker’s own count when no case is overdue', () => {
    expect(nextSupervision({ lastOn: '2026-12-01', since: '2026-01-05', pack }, [], '2026-12-02')).toEqual({
      dueOn: '2026-12-31',
      status: 'in-time',
    });
  });

  it('counts each case with the pack it is assessed with, local values included', () => {
    const worker = { lastOn: '2026-11-16', since: '2026-01-05', pack };
    const overdue = { lastOn: '2026-11-16', since: '2026-01-05', pack: local };
    expect(nextSupervision(worker, [overdue], '2026-12-02')).toEqual({
      dueOn: '2026-11-30',
      status: 'overdue',
    });
  });
});

describe('who may supervise whom', () => {
  const manager: Actor = {
    userId: 1,
    partnershipId: 1,
    agencyId: 1,
    agencyRef: 'csc',
    workerRef: 'manager',
    name: 'Jo Morgan',
    email: 'jo@example.org',
    role: 'manager',
    superviseeAgencyIds: [1],
  };
  const sam = { partnershipId: 1, workerId: 2, managerIds: [1] };

  it('a manager supervises the workers they manage, directly or through managers below them', () => {
    expect(canSupervise(manager, sam)).toBe(true);
    expect(canSupervise(manager, { ...sam, managerIds: [5, 1] })).toBe(true);
  });

  it('nobody else: another manager, a practitioner, another partnership, oneself', () => {
    expect(canSupervise(manager, { ...sam, managerIds: [5] })).toBe(false);
    expect(canSupervise({ ...manager, role: 'practitioner' }, sam)).toBe(false);
    expect(canSupervise(manager, { ...sam, partnershipId: 2 })).toBe(false);
    expect(canSupervise(manager, { ...sam, workerId: 1 })).toBe(false);
  });
});

describe('the children nobody has seen', () => {
  const file = aCase()
    .withPlan('child-protection')
    .openedOn('2026-09-01')
    .withChild('c1', '2019-03-01')
    .withChild('c2', '2021-06-01')
    .withContact({ at: '2026-11-02T10:00', seen: ['c1'] })
    .withContact({ at: '2026-10-20T10:00', seen: ['c1'] })
    .buildUnchecked();
  const now = new Date('2026-11-23T09:00:00Z');

  it('lists each child with child-not-seen active, longest unseen first, with days since last seen', () => {
    const unseen = childrenNotSeen(
      caseFactsOf(file),
      file.case.openedOn,
      [
        found('child-not-seen', { subject: 'c1' }),
        found('child-not-seen', { subject: 'c2', severity: 'critical' }),
      ],
      now,
    );
    expect(unseen.map(({ ref, days, lastSeenAt }) => ({ ref, days, lastSeenAt }))).toEqual([
      { ref: 'c2', days: 83, lastSeenAt: null },
      { ref: 'c1', days: 21, lastSeenAt: '2026-11-02T10:00' },
    ]);
  });

  it('leaves out children seen in time', () => {
    expect(childrenNotSeen(caseFactsOf(file), file.case.openedOn, [found('drift')], now)).toEqual([]);
  });

  it('counts as waiting on a decision the findings a manager or meeting answers', () => {
    expect(
      decisionsWaiting([found('manager-discussion-due'), found('drift'), found('closure-blocked')]).map(
        (f) => f.code,
      ),
    ).toEqual(['manager-discussion-due', 'closure-blocked']);
  });
});
