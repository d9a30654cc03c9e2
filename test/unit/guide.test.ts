// The "Worried about engagement?" guide of each pack, read like its procedure: Forth Valley's flowchart
// with its two ways out, the English packs' four steps (MK 5.1.9.1–4; BEF 11.2), Rochdale's supervision
// questions and Sussex's own; and what a finished guide records and says is due next.
import { describe, expect, it } from 'vitest';
import type { Finding } from '../../src/domain/assessment/assess.js';
import {
  answerProblem,
  guideOutcome,
  guidePath,
  isReachable,
  nextQuestion,
  previousQuestion,
  type GuideAnswers,
  type GuideContext,
} from '../../src/domain/guide.js';
import { packs, type Pack } from '../../src/domain/packs/index.js';
import { packIds } from '../../src/domain/vocabularies.js';

const withAgencies: GuideContext = { agencies: ['hv', 'sch'] };
const alone: GuideContext = { agencies: [] };

/** Answers the guide as far as it goes, taking each question's answer from `choose` (by id, then kind). */
function walk(pack: Pack, choose: Record<string, string>, context = withAgencies): GuideAnswers {
  const answers: Record<string, string> = {};
  const defaults: Record<string, string> = {
    'yes-no': 'yes',
    choice: 'within-days',
    text: 'Words',
    agencies: 'hv',
  };
  for (let question = nextQuestion(pack.guide, answers, context); question;) {
    answers[question.id] = choose[question.id] ?? defaults[question.kind] ?? '';
    question = nextQuestion(pack.guide, answers, context);
  }
  return answers;
}

const failedContacts: Finding = {
  code: 'repeated-failed-contacts',
  severity: 'serious',
  since: '2025-03-01T10:00',
  evidence: ['e1', 'e2', 'e3'],
  citations: ['MK 5.1.9.1'],
  nextSteps: [
    'Tell your line manager today.',
    'Plan now what you will do if the next contact fails as well.',
  ],
  explanation: '3 failed contacts',
};

describe.each(packIds.map((id) => [id, packs[id]] as const))('the %s guide', (_id, pack) => {
  const ids = pack.guide.questions.map((question) => question.id);

  it('has questions with unique ids, each worded, cited and leading only to questions it has', () => {
    expect(new Set(ids).size).toBe(ids.length);
    for (const question of pack.guide.questions) {
      expect(question.text, question.id).not.toBe('');
      expect(question.citations.length, question.id).toBeGreaterThan(0);
      for (const target of Object.values(question.next ?? {}))
        expect(['end', ...ids], question.id).toContain(target);
      if (question.kind === 'choice') expect(question.options?.length, question.id).toBeGreaterThan(1);
    }
    expect(pack.guide.intro.citations.length).toBeGreaterThan(0);
  });

  it('asks about urgency, the line manager, whom to tell and what to tell them', () => {
    const roles = pack.guide.questions.map((question) => question.role).filter(Boolean);
    expect(roles).toEqual(expect.arrayContaining(['urgency', 'manager', 'inform', 'message']));
    const urgency = pack.guide.questions.find((question) => question.role === 'urgency');
    expect(urgency?.options?.map((option) => option.value)).toEqual(['immediate', 'within-days', 'routine']);
  });

  it('starts at its first question and, answered all the way, records a concern and an alert', () => {
    expect(nextQuestion(pack.guide, {}, withAgencies)?.id).toBe(ids[0]);
    const answers = walk(pack, {});
    const { entries, due } = guideOutcome(pack, answers, { ...withAgencies, findings: [failedContacts] });
    expect(entries).toEqual([
      {
        kind: 'engagement-concern',
        answers,
        urgency: 'within-days',
        managerAsked: true,
      },
      { kind: 'alert', to: ['hv'], about: ['repeated-failed-contacts'], message: 'Words' },
    ]);
    for (const step of pack.guide.steps) expect(due).toContainEqual(step);
    expect(due.map((step) => step.text)).toContain('Tell your line manager today.');
    expect(new Set(due.map((step) => step.text)).size).toBe(due.length);
  });

  it('records no alert when the worker chooses no agency, and skips the message', () => {
    const answers = walk(pack, { [ids.find((id) => id.endsWith('-inform')) ?? '']: '' });
    expect(Object.keys(answers).some((id) => id.endsWith('-message'))).toBe(false);
    const { entries } = guideOutcome(pack, answers, { ...withAgencies, findings: [] });
    expect(entries.map((entry) => entry.kind)).toEqual(['engagement-concern']);
  });

  it('passes over whom to tell when no other agency is on the case', () => {
    const answers = walk(pack, {}, alone);
    expect(Object.keys(answers).some((id) => id.endsWith('-inform') || id.endsWith('-message'))).toBe(false);
    expect(guideOutcome(pack, answers, { ...alone, findings: [] }).entries).toHaveLength(1);
  });

  it('does not ask the line manager when the worker says no', () => {
    const manager = pack.guide.questions.find((question) => question.role === 'manager')?.id ?? '';
    const answers = walk(pack, { [manager]: 'no' });
    expect(guideOutcome(pack, answers, { ...withAgencies, findings: [] }).entries[0]).toMatchObject({
      managerAsked: false,
    });
  });

  it('makes the steps of an urgent answer due', () => {
    const urgency = pack.guide.questions.find((question) => question.role === 'urgency');
    const answers = walk(pack, { [urgency?.id ?? '']: 'immediate' });
    const { due, entries } = guideOutcome(pack, answers, { ...withAgencies, findings: [] });
    expect(entries[0]).toMatchObject({ urgency: 'immediate' });
    for (const step of urgency?.steps?.immediate ?? []) expect(due).toContainEqual(step);
  });

  it('refuses to finish an unfinished guide', () => {
    expect(() => guideOutcome(pack, {}, { ...withAgencies, findings: [] })).toThrow(RangeError);
  });
});

describe('the Forth Valley flowchart', () => {
  const fv = packs['forth-valley'];

  it('ends at once when the worker is not worried about the child', () => {
    const answers = { 'fv-worried': 'no' };
    expect(nextQuestion(fv.guide, answers, withAgencies)).toBeNull();
    const { entries } = guideOutcome(fv, answers, { ...withAgencies, findings: [] });
    expect(entries).toEqual([{ kind: 'engagement-concern', answers, managerAsked: false }]);
  });

  it('asks the initial considerations, then whether the child is still at risk', () => {
    const asked: string[] = [];
    const answers: Record<string, string> = {};
    for (const answer of [
      'yes',
      'No interpreter needed; the father is deaf, so we write.',
      'Met at the school.',
    ]) {
      const question = nextQuestion(fv.guide, answers, withAgencies);
      asked.push(question?.id ?? '');
      answers[question?.id ?? ''] = answer;
    }
    expect(asked).toEqual(['fv-worried', 'fv-barriers', 'fv-explained']);
    expect(nextQuestion(fv.guide, answers, withAgencies)?.id).toBe('fv-still-at-risk');
  });

  it('not still worried: ends by recording the considerations, with no alert', () => {
    const answers = walk(fv, { 'fv-still-at-risk': 'no' });
    expect(Object.keys(answers)).toEqual(['fv-worried', 'fv-barriers', 'fv-explained', 'fv-still-at-risk']);
    const { entries, due } = guideOutcome(fv, answers, { ...withAgencies, findings: [] });
    expect(entries).toEqual([{ kind: 'engagement-concern', answers, managerAsked: false }]);
    expect(due.map((step) => step.text)).toContain(
      'Keep recording each effort to explain the concerns, in ways the family can follow.',
    );
  });

  it('still at risk and urgent: the police check, a child protection referral and the Reporter are due', () => {
    const answers = walk(fv, { 'fv-urgency': 'immediate', 'fv-compulsory': 'yes' });
    const { due } = guideOutcome(fv, answers, { ...withAgencies, findings: [] });
    const texts = due.map((step) => step.text);
    expect(texts).toEqual(
      expect.arrayContaining([
        'Consider visiting jointly with another worker.',
        'Contact the police today for an urgent check on the child.',
        'Consider a child protection referral.',
        'Inform the Reporter that services cannot get access to the child.',
      ]),
    );
    expect(due.find((step) => step.text.startsWith('Inform the Reporter'))?.citations[0]).toBe(
      'FV "Inform Reporter if child is already subject to compulsory measures"',
    );
  });

  it('without compulsory measures, a referral to the Reporter is to be considered', () => {
    const { due } = guideOutcome(fv, walk(fv, { 'fv-compulsory': 'no' }), { ...withAgencies, findings: [] });
    expect(due.map((step) => step.text)).toContain('Consider whether to refer the child to the Reporter.');
  });

  it('forgets the answers of a branch the worker turned back from', () => {
    const answers = { ...walk(fv, {}), 'fv-still-at-risk': 'no' };
    const { answered, next } = guidePath(fv.guide, answers, withAgencies);
    expect(next).toBeNull();
    expect(answered.map((step) => step.question.id)).toEqual([
      'fv-worried',
      'fv-barriers',
      'fv-explained',
      'fv-still-at-risk',
    ]);
    expect(guideOutcome(fv, answers, { ...withAgencies, findings: [] }).entries).toHaveLength(1);
  });
});

describe('the English packs’ four steps', () => {
  it('Milton Keynes asks manager, record, urgency and whom to tell in the order of MK 5.1.9.1–4', () => {
    const ids = Object.keys(walk(packs['milton-keynes'], {}));
    expect(ids).toEqual([
      'mk-difficult',
      'mk-child',
      'mk-manager',
      'mk-recorded',
      'mk-urgency',
      'mk-inform',
      'mk-message',
    ]);
    const cites = packs['milton-keynes'].guide.questions.map((question) => question.citations[0]);
    expect(cites.slice(2, 6)).toEqual(['MK 5.1.9.1', 'MK 5.1.9.2', 'MK 5.1.9.3', 'MK 5.1.9.4']);
  });

  it('Barnsley also asks whether other services have been asked, and always due: a team around the family', () => {
    const bef = packs.barnsley;
    const answers = walk(bef, { 'bef-gathered': 'no', 'bef-recorded': 'no' });
    const texts = guideOutcome(bef, answers, { ...withAgencies, findings: [] }).due.map((step) => step.text);
    expect(texts).toEqual(
      expect.arrayContaining([
        'Gather information from the other services that know the family.',
        'Record the missing attempts and discussions in the chronology today.',
        'Meet as a team around the family to talk about the barriers to engagement and agree an action plan.',
      ]),
    );
  });

  it('Rochdale asks its supervision questions first, and a yes to referral makes it due', () => {
    const r7 = packs.rochdale;
    expect(r7.guide.questions.slice(0, 5).every((q) => q.citations.includes('R7 "Questions"'))).toBe(true);
    const { due } = guideOutcome(r7, walk(r7, { 'r7-referral': 'yes', 'r7-optimism': 'no' }), {
      ...withAgencies,
      findings: [],
    });
    const texts = due.map((step) => step.text);
    expect(texts).toContain('Refer the child to Children’s Social Care.');
    expect(texts).not.toContain('Test in supervision whether the evidence supports your view.');
  });

  it('Sussex asks whether the parents understand what is expected (SX 1.7.28)', () => {
    const sx = packs.sussex;
    const { due } = guideOutcome(sx, walk(sx, { 'sx-understood': 'no' }), { ...withAgencies, findings: [] });
    expect(due[0]?.citations).toEqual(['SX 1.7.28']);
  });
});

describe('answers', () => {
  const mk = packs['milton-keynes'].guide;
  const question = (id: string) => mk.questions.find((q) => q.id === id) ?? mk.questions[0]!;

  it('are checked by the kind of question', () => {
    expect(answerProblem(question('mk-manager'), 'maybe', withAgencies)).toBe('Select yes or no');
    expect(answerProblem(question('mk-urgency'), 'soon', withAgencies)).toBe('Select an answer');
    expect(answerProblem(question('mk-difficult'), '  ', withAgencies)).toBe('Enter your answer');
    expect(answerProblem(question('mk-inform'), 'hv,police', withAgencies)).toBe(
      'Select the agencies from the list',
    );
    expect(answerProblem(question('mk-inform'), 'hv,sch', withAgencies)).toBeUndefined();
    expect(answerProblem(question('mk-inform'), '', withAgencies)).toBeUndefined();
  });

  it('may be given only to a question on the way, and Back goes to the one before', () => {
    const answers = { 'mk-difficult': 'No answer at the door', 'mk-child': 'Unknown' };
    expect(isReachable(mk, answers, withAgencies, 'mk-manager')).toBe(true);
    expect(isReachable(mk, answers, withAgencies, 'mk-difficult')).toBe(true);
    expect(isReachable(mk, answers, withAgencies, 'mk-urgency')).toBe(false);
    expect(previousQuestion(mk, answers, withAgencies, 'mk-manager')?.id).toBe('mk-child');
    expect(previousQuestion(mk, answers, withAgencies, 'mk-difficult')).toBeUndefined();
  });
});
