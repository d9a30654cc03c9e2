// The shared examples (../shared/examples): each case file with an .expect.json beside it gives the findings
// and stage it expects, by the rules of ../shared/tools/check-examples.py, here asked of `assess` directly.
import { existsSync, readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { assess, type Finding } from '../../src/domain/assessment/assess.js';
import { packFor } from '../../src/domain/packs/index.js';
import { isCalendarDate, toInstant } from '../../src/domain/time.js';
import { parseCaseFileText } from '../../src/domain/validation.js';
import { sharedDir } from './shared-docs.js';

interface Checkpoint {
  at: string;
  mustInclude?: (string | (Partial<Finding> & { code: string }))[];
  mustNotInclude?: string[];
  stage?: string;
}
type Expectation = Checkpoint | { checkpoints: Checkpoint[] };

const dir = join(sharedDir, 'examples');
const examples = readdirSync(dir)
  .filter((name) => name.endsWith('.json') && !name.endsWith('.expect.json'))
  .filter((name) => existsSync(join(dir, name.replace(/\.json$/, '.expect.json'))))
  .sort();

const read = (name: string) => readFileSync(join(dir, name), 'utf8');
const checkpointsOf = (expectation: Expectation): Checkpoint[] =>
  'checkpoints' in expectation ? expectation.checkpoints : [expectation];
/** As `stickability assess --at`: a date and time in UK local time, or a date meaning its start. */
const moment = (at: string) => toInstant(isCalendarDate(at) ? `${at}T00:00` : at);

it('there are shared examples with expectations to check', () => {
  expect(examples.length).toBeGreaterThanOrEqual(3);
});

describe.each(examples)('the shared example %s', (name) => {
  const parsed = parseCaseFileText(read(name));
  const expectation = JSON.parse(read(name.replace(/\.json$/, '.expect.json'))) as Expectation;

  it('is a valid case file', () => {
    expect(parsed.ok ? [] : parsed.problems).toEqual([]);
  });
  if (!parsed.ok) return;
  const file = parsed.value;

  describe.each(checkpointsOf(expectation))('at $at', (checkpoint) => {
    const { stage, findings } = assess(file, packFor(file.case.pack), moment(checkpoint.at));

    it.each((checkpoint.mustInclude ?? []).map((want) => (typeof want === 'string' ? { code: want } : want)))(
      'includes $code',
      (want) => {
        const sameCode = findings.filter((finding) => finding.code === want.code);
        expect(sameCode, `no ${want.code} at all`).not.toEqual([]);
        expect(sameCode).toContainEqual(expect.objectContaining(want));
      },
    );

    it('includes none of the findings it must not', () => {
      const codes = new Set(findings.map((finding) => finding.code));
      expect((checkpoint.mustNotInclude ?? []).filter((code) => codes.has(code as Finding['code']))).toEqual(
        [],
      );
    });

    if (checkpoint.stage !== undefined) {
      it(`is at the stage ${checkpoint.stage}`, () => {
        expect(stage).toBe(checkpoint.stage);
      });
    }

    it('gives every finding a code, severity, evidence, citations and an explanation', () => {
      expect(findings.length).toBeGreaterThan(0);
      for (const finding of findings) {
        expect(finding.code, JSON.stringify(finding)).toBeTruthy();
        expect(finding.severity, finding.code).toBeTruthy();
        expect(finding.evidence, finding.code).not.toEqual([]);
        expect(finding.citations, finding.code).not.toEqual([]);
        expect(finding.explanation.trim(), finding.code).not.toBe('');
      }
    });
  });
});
