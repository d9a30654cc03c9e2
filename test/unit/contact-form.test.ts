import { describe, expect, it } from 'vitest';
import { contactFormFrom, contactFrom, newContactForm } from '../../src/web/forms/contact.js';

const now = new Date('2026-07-01T09:30:00Z'); // 10:30 in London (BST)

const body = {
  'at-day': '30',
  'at-month': '6',
  'at-year': '2026',
  'at-time': '14:05',
  mode: 'home-visit',
  planned: 'yes',
  announced: 'no',
  outcome: 'no-answer-believed-in',
  behaviours: 'confrontation',
  contingency: '  Return tomorrow with the health visitor ',
};

describe('the record-a-contact form', () => {
  it('starts dated now in UK time, as a planned home visit', () => {
    expect(newContactForm(now)).toMatchObject({
      day: '1',
      month: '7',
      year: '2026',
      time: '10:30',
      mode: 'home-visit',
      planned: 'yes',
    });
  });

  it('turns a no-access visit into a contact entry in UK local time', () => {
    expect(contactFrom(contactFormFrom(body), now)).toEqual({
      entry: {
        kind: 'contact',
        at: '2026-06-30T14:05',
        mode: 'home-visit',
        planned: true,
        announced: false,
        outcome: 'no-answer-believed-in',
        seen: [],
        seenAlone: [],
        behaviours: ['confrontation'],
        indicators: [],
        contingency: 'Return tomorrow with the health visitor',
      },
    });
  });

  it('counts a child seen alone as seen', () => {
    const result = contactFrom(
      contactFormFrom({ ...body, outcome: 'completed', seen: ['m1'], seenAlone: ['c1'] }),
      now,
    );
    expect(result).toMatchObject({ entry: { seen: ['m1', 'c1'], seenAlone: ['c1'] } });
  });

  it('asks for the outcome, the mode and whether it was planned when they are missing', () => {
    const result = contactFrom(
      contactFormFrom({ ...body, outcome: '', mode: 'carrier-pigeon', planned: undefined }),
      now,
    );
    expect(result).toEqual({
      problems: [
        { path: 'mode', message: 'Select how the contact was made' },
        { path: 'planned', message: 'Select yes if the contact was planned' },
        { path: 'outcome', message: 'Select what happened' },
      ],
    });
  });

  it.each([
    [{ 'at-day': '' }, 'at', 'Enter the date of the contact'],
    [{ 'at-day': '31', 'at-month': '2' }, 'at', 'The date of the contact must be a real date'],
    [{ 'at-time': 'teatime' }, 'at-time', 'Enter the time of the contact, like 14:30'],
    [{ 'at-day': '2', 'at-month': '7' }, 'at', 'The date of the contact must be today or in the past'],
  ])('refuses a date or time it cannot use (%o)', (change, path, message) => {
    expect(contactFrom(contactFormFrom({ ...body, ...change }), now)).toEqual({
      problems: [{ path, message }],
    });
  });
});
