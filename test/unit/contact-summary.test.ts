// The end-of-contact summary for the family (SX 1.7.28; BEF 11.1): a plain-words draft, its text message
// and its reading age.
import { describe, expect, it } from 'vitest';
import {
  contactAsAmended,
  draftSummary,
  latestVersionId,
  smsMostMessages,
  smsText,
  summaryText,
  summaryWords,
} from '../../src/domain/contact-summary.js';
import { readingAge, readingAgeAdvice } from '../../src/domain/readability.js';
import { smsSize } from '../../src/domain/sms.js';
import { aCase } from '../support/case-builder.js';

const now = new Date('2026-03-02T12:00:00Z');
const family = aCase()
  .withChild('c1', '2019-02-01', 'Maja')
  .withChild('c2', '2021-02-01', 'Leo')
  .withParent('m1', { name: 'Anna', livesWith: ['c1', 'c2'] });

describe('the draft', () => {
  it('says why we met, what we did, what happens next and who does what by when', () => {
    const file = family
      .withContact({
        id: 'v',
        at: '2026-03-02T10:00',
        seen: ['m1', 'c1', 'c2'],
        seenAlone: ['c1'],
        childViews: ['c1'],
      })
      .withEntry({ kind: 'visit-plan', due: '2026-03-09T10:30', at: '2026-03-02T11:00' })
      .withEntry({
        kind: 'goal',
        person: 'm1',
        goal: 'Clinic',
        will: 'Take Leo to the clinic',
        due: '2026-03-06',
        at: '2026-03-02T11:05',
      })
      .build();
    const contact = contactAsAmended(file.entries, 'v');
    if (!contact) throw new Error('no contact');
    const parts = draftSummary(file, contact, now);
    expect(parts).toEqual({
      why: 'We came to your home to see how Maja and Leo are getting on.',
      done: 'We saw Anna, Maja and Leo. We talked with Maja on their own. Maja told us what they think and feel. We talked about how things are going.',
      next: 'We will visit again on Monday 9 March at 10:30.',
      actions: 'Anna: take Leo to the clinic, by Friday 6 March.',
    });
    expect(summaryText(parts)).toMatch(/^Why we met\nWe came to your home.*\n\nWhat we did\n/s);
    expect(readingAge(summaryWords(parts))).toBeLessThanOrEqual(11);
  });

  it('says plainly when the door was not answered', () => {
    const file = family.withContact({ id: 'v', outcome: 'no-answer-believed-in', for: ['c2'] }).build();
    const parts = draftSummary(file, contactAsAmended(file.entries, 'v') ?? (file.entries[0] as never), now);
    expect(parts.why).toBe('We came to your home to see how Leo is getting on.');
    expect(parts.done).toBe('Nobody answered the door.');
  });

  it('finds the contact as corrected, and the latest correction to correct next', () => {
    const file = family
      .withContact({ id: 'v', outcome: 'cut-short' })
      .withContact({ id: 'v2', amends: 'v', outcome: 'completed' })
      .build();
    expect(contactAsAmended(file.entries, 'v2')).toMatchObject({ id: 'v', outcome: 'completed' });
    expect(latestVersionId(file.entries, 'v')).toBe('v2');
  });
});

describe('the text message', () => {
  const parts = {
    why: 'x',
    done: 'We saw Maja.',
    next: 'We will visit again on Monday 9 March at 10:30. There is a meeting about the plan on Thursday 12 March at 14:00.',
    actions: [
      'Anna: take Leo to the clinic, by Friday 6 March.',
      'Sam Patel: ring the school about Maja’s lunches, by Monday 9 March.',
      'Anna: fill in the nursery form — with help if you want it, by Friday 13 March.',
    ].join('\n'),
  };

  it('has what happens next and every action, in as many texts as that takes', () => {
    const sms = smsText(parts, 'Sam Patel');
    expect(sms).toBe(
      "From Sam Patel: thank you for today. We will visit again on Monday 9 March at 10:30. There is a meeting about the plan on Thursday 12 March at 14:00. Anna: take Leo to the clinic, by Friday 6 March. Sam Patel: ring the school about Maja's lunches, by Monday 9 March. Anna: fill in the nursery form - with help if you want it, by Friday 13 March.",
    );
    // Curly quotes and dashes sent plain: GSM's 153 a part, not UCS-2's 67.
    expect(smsSize(sms)).toEqual({ encoding: 'GSM-7', characters: sms.length, messages: 3 });
    expect(sms).not.toContain('We saw');
  });

  it('says how many more the full summary has when they do not all fit in three texts', () => {
    const many = {
      ...parts,
      actions: Array.from(
        { length: 8 },
        (_, i) => `Anna: bring the red book to clinic appointment number ${i + 1}, by Friday 13 March.`,
      ).join('\n'),
    };
    const sms = smsText(many, 'Sam Patel');
    expect(smsSize(sms).messages).toBeLessThanOrEqual(smsMostMessages);
    const kept = sms.match(/clinic appointment number \d/g) ?? [];
    expect(kept.length).toBeGreaterThan(0);
    expect(kept.length).toBeLessThan(8);
    expect(sms).toMatch(new RegExp(`The full summary has ${8 - kept.length} more things to know\\.$`));
    // Whole sentences only, the soonest first.
    expect(kept.at(-1)).toBe(`clinic appointment number ${kept.length}`);
  });

  it('keeps to three texts in UCS-2 too, where one character outside GSM makes each hold 70', () => {
    const sms = smsText({ ...parts, next: 'We will visit again on Monday 9 March. 🙂' }, 'Sam Patel');
    expect(smsSize(sms)).toMatchObject({ encoding: 'UCS-2' });
    expect(smsSize(sms).messages).toBeLessThanOrEqual(smsMostMessages);
    expect(sms).toMatch(/The full summary has \d more (thing|things) to know\.$/);
  });
});

describe('reading age', () => {
  it('is low for short everyday sentences and high for long formal ones', () => {
    const easy = readingAge('We came to see you. We saw the baby. We will come back on Monday.');
    const hard = readingAge(
      'Notwithstanding the considerable organisational difficulties experienced, the multi-agency professionals network anticipates comprehensive reconsideration of the safeguarding arrangements.',
    );
    expect(easy).toBeLessThanOrEqual(8);
    expect(hard).toBeGreaterThan(16);
    expect(readingAgeAdvice(easy).withinTarget).toBe(true);
    expect(readingAgeAdvice(hard)).toMatchObject({ withinTarget: false });
    expect(readingAge('')).toBeNull();
  });
});
