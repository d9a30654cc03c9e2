// The five procedure packs against the seeds they come from: every citation names a real paragraph
// or heading (or one of the few sources outside the seeds that sources.ts names, and only where it is
// their source), every finding has guidance, every citation has a paraphrase, and nothing is copied.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { findingCodes } from '../../src/domain/assessment/codes.js';
import { commonFindings, commonThresholds } from '../../src/domain/packs/common.js';
import { packFor, packs, type Pack } from '../../src/domain/packs/index.js';
import { isNamedSource, namedSources } from '../../src/domain/packs/sources.js';
import { behaviours, packIds, plans } from '../../src/domain/vocabularies.js';
import { sharedDir } from './shared-docs.js';

const seedFiles: Record<Pack['source'], string> = {
  MK: '000_61efa9e3582e661e.txt',
  BEF: '001_57db1e818ae0dcd6.txt',
  R7: '002_9f8659f753dd2fdf.txt',
  SX: '003_f613a8fdcc5d8830.txt',
  FV: '004_e29d1754427053a5.txt',
};
const seedText = (source: Pack['source']): string =>
  readFileSync(join(sharedDir, 'seeds', seedFiles[source]), 'utf8');

/** A heading or line as compared: case, bold marks, bullets, spacing and closing ":" or "?" ignored. */
const asHeading = (line: string): string =>
  line
    .toLowerCase()
    .replaceAll('**', '')
    .replace(/[‘’]/g, "'")
    .replace(/^[\s\-·•]+/, '')
    .replace(/-\s+/g, '-')
    .replace(/\s+/g, ' ')
    .replace(/[\s:?]+$/, '');

interface Seed {
  /** Paragraph numbers as they open a line, or follow "- " (`5.1.9.23`, `11.2`, `1.7.17`). */
  numbers: Set<string>;
  /** Every line, as a heading. */
  headings: Set<string>;
}

const seeds = Object.fromEntries(
  (Object.keys(seedFiles) as Pack['source'][]).map((source) => {
    const lines = seedText(source).split('\n');
    const numbers = lines.flatMap((line) => /^\s*(?:-\s+)?(\d+(?:\.\d+)+)(?=\s|$)/.exec(line)?.[1] ?? []);
    return [source, { numbers: new Set(numbers), headings: new Set(lines.map(asHeading)) }];
  }),
) as Record<Pack['source'], Seed>;

/** Whether `MK 5.1.9.23` or `FV "Keeping Staff Safe"` names a paragraph or heading of that seed. */
function citationExists(citation: string): boolean {
  const match = /^(MK|BEF|R7|SX|FV) (?:"([^"]+)"|(\d+(?:\.\d+)+))$/.exec(citation);
  if (!match) return false;
  const seed = seeds[match[1] as Pack['source']];
  return match[2] !== undefined ? seed.headings.has(asHeading(match[2])) : seed.numbers.has(match[3] ?? '');
}

/**
 * Whether a citation is sound: a paragraph or heading that is in its seed, or a source outside the seeds
 * by its short name in sources.ts (`CSPRP 2022`). Where the latter may be cited is checked below.
 */
const citationHolds = (citation: string): boolean => citationExists(citation) || isNamedSource(citation);

/** Every `citations` list anywhere in a value, and the keys of `paragraphs`. */
function citationsIn(value: unknown, found = new Set<string>()): Set<string> {
  if (Array.isArray(value)) value.forEach((item) => citationsIn(item, found));
  else if (value !== null && typeof value === 'object') {
    for (const [key, item] of Object.entries(value)) {
      if (key === 'citations') (item as string[]).forEach((citation) => found.add(citation));
      else if (key !== 'paragraphs') citationsIn(item, found);
    }
  }
  return found;
}

/** Every piece of prose in a value: titles, texts, names, paraphrases (not citations or ids). */
function textsIn(value: unknown, texts: string[] = []): string[] {
  if (typeof value === 'string') texts.push(value);
  else if (Array.isArray(value)) value.forEach((item) => textsIn(item, texts));
  else if (value !== null && typeof value === 'object') {
    for (const [key, item] of Object.entries(value))
      if (key !== 'citations' && key !== 'id') textsIn(item, texts);
  }
  return texts;
}

const words = (text: string): string[] =>
  text
    .toLowerCase()
    .replace(/['‘’]/g, '')
    .split(/[^a-z0-9]+/)
    .filter(Boolean);

const run = 12;
const seedRuns = new Set(
  (Object.keys(seedFiles) as Pack['source'][]).flatMap((source) => {
    const all = words(seedText(source));
    return all.slice(0, Math.max(0, all.length - run + 1)).map((_, i) => all.slice(i, i + run).join(' '));
  }),
);

/** The first run of 12 words the text shares with any seed, if there is one. */
function copiedRun(text: string): string | undefined {
  const own = words(text);
  for (let i = 0; i + run <= own.length; i += 1) {
    const candidate = own.slice(i, i + run).join(' ');
    if (seedRuns.has(candidate)) return candidate;
  }
  return undefined;
}

const allPacks = packIds.map((id) => packs[id]);

describe('the citation checker', () => {
  it('accepts numbered paragraphs and headings that are in the seed', () => {
    for (const real of [
      'MK 5.1.9.23',
      'MK 5.1.19',
      'BEF 11.2',
      'BEF 7.0',
      'SX 1.7.17',
      'FV "Keeping Staff Safe"',
      'R7 "Working with resistance"',
      'FV "Non-engagement"',
    ]) {
      expect(citationExists(real), real).toBe(true);
    }
  });

  it('accepts a source outside the seeds only by a short name sources.ts lists, never as a seed paragraph', () => {
    expect(citationHolds('CSPRP 2022')).toBe(true);
    expect(citationExists('CSPRP 2022')).toBe(false);
    for (const unlisted of ['CSPRP 2021', 'csprp 2022', 'CSPRP 2022 ', 'Brandon et al.', 'MK CSPRP 2022'])
      expect(citationHolds(unlisted), unlisted).toBe(false);
  });

  it('rejects a made-up paragraph, heading or source', () => {
    for (const madeUp of [
      'MK 5.1.99',
      'MK 5.1.9.27',
      'BEF 12.0',
      'SX 1.7.38',
      'SX 5.1.9.1',
      'FV "Safety First"',
      'R7 "Keeping Staff Safe"',
      'XX 1.1',
      'MK 5.1.9.1 ',
      'FV Keeping Staff Safe',
    ]) {
      expect(citationExists(madeUp), madeUp).toBe(false);
    }
  });
});

describe.each(allPacks.map((pack) => [pack.id, pack] as const))('the %s pack', (id, pack) => {
  const used = citationsIn(pack);

  it('is the pack its id names', () => {
    expect(pack.id).toBe(id);
    expect(packFor(id)).toBe(pack);
  });

  it('cites only paragraphs and headings that exist in the seeds, or a source sources.ts names', () => {
    const missing = [...used, ...Object.keys(pack.paragraphs)].filter((citation) => !citationHolds(citation));
    expect(missing).toEqual([]);
  });

  it('cites a source outside the seeds only in the guidance of the findings it is the source of', () => {
    const { findings, paragraphs: _, ...rest } = pack;
    const misplaced = [
      ...[...citationsIn(rest)].filter(isNamedSource).map((citation) => `${citation} outside findings`),
      ...findingCodes.flatMap((code) =>
        [...citationsIn(findings[code])]
          .filter(isNamedSource)
          .filter((citation) => !(namedSources[citation].findings as readonly string[]).includes(code))
          .map((citation) => `${citation} in ${code}`),
      ),
    ];
    expect(misplaced).toEqual([]);
  });

  it('cites the national review for concerns accumulating, which no seed is the source of', () => {
    expect(pack.findings['concerns-accumulating'].citations).toContain('CSPRP 2022');
    expect(pack.paragraphs['CSPRP 2022']).toBe(namedSources['CSPRP 2022'].paraphrase);
  });

  it('has a title, citations and one to four next steps for every finding code', () => {
    for (const code of findingCodes) {
      const guidance = pack.findings[code];
      expect(guidance.title, code).not.toBe('');
      expect(guidance.citations.length, code).toBeGreaterThan(0);
      expect(guidance.nextSteps.length, code).toBeGreaterThan(0);
      expect(guidance.nextSteps.length, code).toBeLessThanOrEqual(4);
      for (const step of guidance.nextSteps) {
        expect(step.text, code).not.toBe('');
        expect(step.citations.length, `${code}: ${step.text}`).toBeGreaterThan(0);
      }
    }
  });

  it('cites its own procedure first wherever a finding cites it at all', () => {
    for (const code of findingCodes) {
      const { citations } = pack.findings[code];
      if (citations.some((c) => c.startsWith(`${pack.source} `)))
        expect(citations[0], code).toMatch(`${pack.source} `);
    }
  });

  it('paraphrases every paragraph it cites, and only those', () => {
    expect(Object.keys(pack.paragraphs).sort()).toEqual([...used].sort());
    for (const [citation, paraphrase] of Object.entries(pack.paragraphs))
      expect(paraphrase, citation).not.toBe('');
  });

  it('puts everything in its own words: no run of 12 words copied from a seed', () => {
    const copied = textsIn(pack).flatMap((text) => {
      const found = copiedRun(text);
      return found ? [`${found} (in "${text}")`] : [];
    });
    expect(copied).toEqual([]);
  });

  it('has positive thresholds, and halving for a baby never reaches zero', () => {
    const numbers = (value: unknown): number[] =>
      typeof value === 'number'
        ? [value]
        : value !== null && typeof value === 'object'
          ? Object.values(value).flatMap(numbers)
          : [];
    for (const n of numbers(pack.thresholds)) expect(n).toBeGreaterThan(0);
    for (const plan of plans)
      expect(Math.floor(pack.thresholds.notSeenWorkingDays[plan] / 2), plan).toBeGreaterThanOrEqual(1);
  });

  it('gives every behaviour a hint for the contact form, and checklist questions unique ids', () => {
    for (const behaviour of behaviours) expect(pack.behaviours[behaviour].text, behaviour).not.toBe('');
    expect(pack.indicators.text).not.toBe('');
    const ids = Object.values(pack.checklists).flatMap((questions) =>
      questions.map((question) => question.id),
    );
    expect(new Set(ids).size).toBe(ids.length);
  });
});

describe('nations and terms', () => {
  it('makes Forth Valley Scottish, with the Reporter and compulsory measures', () => {
    const fv = packs['forth-valley'];
    expect(fv.nation).toBe('scotland');
    expect(Object.keys(fv.terms)).toEqual(
      expect.arrayContaining(['reporter', 'compulsorySupervisionOrder', 'girfec']),
    );
    expect(fv.decisions.map((d) => d.decision)).toContain('reporter-referral');
    expect(fv.pathway.map((p) => p.stage)).toContain('reporter-referral');
  });

  it.each(['milton-keynes', 'barnsley', 'rochdale', 'sussex'] as const)(
    'makes %s English and Welsh, without the Reporter',
    (id) => {
      expect(packs[id].nation).toBe('england-and-wales');
      expect(packs[id].decisions.map((d) => d.decision)).not.toContain('reporter-referral');
      expect(packs[id].terms).not.toHaveProperty('reporter');
    },
  );
});

describe('the common core', () => {
  it('holds FINDINGS.md’s limits for a child not seen', () => {
    expect(commonThresholds.notSeenWorkingDays).toEqual({
      'child-protection': 10,
      'compulsory-supervision': 10,
      'looked-after': 20,
      'child-in-need': 20,
      'early-help': 30,
    });
  });

  it('halves the limit for a child not seen under one, and Forth Valley under five, citing its paragraph', () => {
    expect(commonThresholds.notSeenHalvedUnderAge).toBe(1);
    const fv = packs['forth-valley'];
    expect(fv.thresholds.notSeenHalvedUnderAge).toBe(5);
    expect(fv.thresholdNotes.find((note) => note.text.includes('under five'))?.citations).toEqual([
      'FV "Best Practice"',
    ]);
    for (const id of ['milton-keynes', 'barnsley', 'rochdale', 'sussex'] as const)
      expect(packs[id].thresholds.notSeenHalvedUnderAge, id).toBe(1);
  });

  it('words every finding code, citing real paragraphs', () => {
    expect(Object.keys(commonFindings).sort()).toEqual([...findingCodes].sort());
    expect([...citationsIn(commonFindings)].filter((citation) => !citationHolds(citation))).toEqual([]);
  });

  it('lists each source outside the seeds with its reference and paraphrase, cited by the findings it names', () => {
    for (const [citation, source] of Object.entries(namedSources)) {
      expect(source.reference, citation).not.toBe('');
      expect(source.paraphrase, citation).not.toBe('');
      expect(citationExists(citation), `${citation} reads as a seed paragraph`).toBe(false);
      for (const code of source.findings) expect(commonFindings[code].citations, code).toContain(citation);
    }
  });

  it('catches a sentence pasted from a seed', () => {
    const pasted =
      seedText('MK')
        .split('\n')
        .find((line) => line.startsWith('- 5.1.9.23')) ?? '';
    expect(copiedRun(pasted)).toBeDefined();
    expect(copiedRun('Make an unannounced visit with a colleague to see the child.')).toBeUndefined();
  });
});

describe('packFor', () => {
  it.each(['hogwarts', 'toString', ''])('refuses the unknown pack "%s"', (id) => {
    expect(() => packFor(id)).toThrow(RangeError);
  });
});
