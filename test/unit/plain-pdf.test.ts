import { describe, expect, it } from 'vitest';
import { plainPdf, splitBySubset, type PlainDocument } from '../../src/documents/pdf.js';
import { readPdf } from '../support/pdf-text.js';

const agreement: PlainDocument = {
  title: 'Our agreement',
  intro: 'We met at home on 3 March 2026. Zoë Nowak and Łukasz Nowak were there.',
  sections: [
    { heading: 'What we will do', items: ['Visit every Tuesday at 10 in the morning.'] },
    {
      heading: 'What you will do',
      paragraphs: ['Let us see the children in their rooms.'],
      items: ['Take Amy to school on time.', 'Go to the doctor with the baby.'],
    },
  ],
  footer: 'Questions? Call 01234 567890.',
};

describe('a plain PDF for a family', () => {
  it('holds every heading, paragraph, item and the footer as text', async () => {
    const pdf = await readPdf(await plainPdf(agreement, { largePrint: false }));
    for (const text of [
      'Our agreement',
      'Zoë Nowak and Łukasz Nowak were there.',
      'What we will do',
      'Visit every Tuesday at 10 in the morning.',
      'Let us see the children in their rooms.',
      'Go to the doctor with the baby.',
      'Questions? Call 01234 567890.',
      'Page 1 of 1',
    ]) {
      expect(pdf.text).toContain(text);
    }
  });

  it('is titled and in English for assistive software', async () => {
    const pdf = await readPdf(await plainPdf(agreement, { largePrint: false }));
    expect(pdf.title).toBe('Our agreement');
    expect(pdf.language).toBe('en-GB');
  });

  it('sets body text at 12 point, and at 16 point or more in large print', async () => {
    const normal = await readPdf(await plainPdf(agreement, { largePrint: false }));
    const large = await readPdf(await plainPdf(agreement, { largePrint: true }));
    expect(normal.fontSizes).toContain(12);
    expect(large.fontSizes).toContain(18);
    // Nothing in large print, not even the page number, is under 16 point.
    expect(Math.min(...large.fontSizes)).toBeGreaterThanOrEqual(16);
  });

  it('numbers every page of a long document', async () => {
    const long: PlainDocument = {
      title: 'A long agreement',
      sections: [
        {
          heading: 'What you will do',
          items: Array.from({ length: 40 }, (_, i) => `Promise number ${i + 1}.`),
        },
      ],
    };
    const pdf = await readPdf(await plainPdf(long, { largePrint: true }));
    expect(pdf.pages).toBeGreaterThan(1);
    expect(pdf.text).toContain(`Page ${pdf.pages} of ${pdf.pages}`);
    expect(pdf.text).toContain('Promise number 40.');
  });
});

describe('runs of text by font file', () => {
  it('keeps a name with extended letters in runs of the file that has them', () => {
    const runs = splitBySubset('Hi Łukasz', (ch) => ch !== 'Ł');
    expect(runs).toEqual([
      { text: 'Hi ', subset: 'latin' },
      { text: 'Ł', subset: 'ext' },
      { text: 'ukasz', subset: 'latin' },
    ]);
  });
});
