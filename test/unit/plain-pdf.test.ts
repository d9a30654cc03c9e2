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

describe('a long agreement in large print, page by page', () => {
  // Paragraphs and items of one to about seven lines, each word naming its block ("p3", "i12"), so every
  // line on a page can be traced to the block it belongs to.
  const sizes = [9, 31, 52, 18, 70, 41, 24, 60, 12, 36, 83, 47];
  let n = 0;
  const block = (kind: 'p' | 'i') => {
    n += 1;
    return Array.from({ length: sizes[n % sizes.length] ?? 10 }, () => `${kind}${n}`).join(' ');
  };
  const long: PlainDocument = {
    title: 'Our written agreement',
    intro: block('p'),
    sections: Array.from({ length: 14 }, (_, s) => ({
      heading: `Section ${s + 1}`,
      ...(s % 3 === 2
        ? { items: [block('i'), block('i'), block('i')] }
        : { paragraphs: [block('p'), block('p')], ...(s % 3 === 1 ? { items: [block('i')] } : {}) }),
    })),
    footer: 'If anything here is not clear, ask us to explain it.',
  };
  const blockOf = (line: string) => /\b([pi]\d+)\b/.exec(line)?.[1];

  it('leaves no block with one line alone on a page, and no heading without what follows it', async () => {
    const pdf = await readPdf(await plainPdf(long, { largePrint: true }));
    expect(pdf.pages).toBeGreaterThan(3);
    const pages = pdf.pageLines.map((lines) => lines.filter((line) => !/^Page \d+ of \d+$/.test(line)));
    const linesOn = new Map<string, number[]>();
    pages.forEach((lines, page) => {
      for (const line of lines) {
        const id = blockOf(line);
        if (!id) continue;
        const counts = linesOn.get(id) ?? [];
        counts[page] = (counts[page] ?? 0) + 1;
        linesOn.set(id, counts);
      }
    });
    expect(linesOn.size).toBe(n);
    const split = [...linesOn].filter(([, counts]) => counts.filter(Boolean).length > 1);
    for (const [id, counts] of split)
      expect({ id, counts: counts.filter(Boolean) }).toEqual({
        id,
        counts: expect.not.arrayContaining([1]) as number[],
      });
    pages.forEach((lines) => {
      lines.forEach((line, i) => {
        if (!/^Section \d+$/.test(line)) return;
        const following = lines.slice(i + 1, i + 3).map(blockOf);
        const first = following[0];
        expect(first, `${line} ends its page`).toBeDefined();
        // Two lines of the first block under it, or all of it when it is one line.
        const total = (linesOn.get(first ?? '') ?? []).reduce((a, b) => a + (b ?? 0), 0);
        expect(following.filter((id) => id === first).length).toBe(Math.min(2, total));
      });
    });
  });
});
