// Reading a case file (FORMAT.md): a file that does not match is rejected with the path of every problem,
// so it can be mended in one pass, and an unknown field is an error rather than silently dropped.
import { describe, expect, it } from 'vitest';
import { parseCaseFile, parseCaseFileText } from '../../src/domain/validation.js';
import { aCase } from '../support/case-builder.js';
import { exampleCaseFiles } from './shared-docs.js';

const family = aCase()
  .withAgency('hv')
  .withWorker('w2', 'hv')
  .withChild('c1', '2025-09-14')
  .withParent('m1', { livesWith: ['c1'], needs: { interpreter: 'Polish' } })
  .withContact({ seen: ['m1', 'c1'] })
  .withContact({ outcome: 'no-answer-believed-in' })
  .withContact({ agency: 'hv', worker: 'w2', mode: 'health-appointment', outcome: 'not-brought' });

/** A case file as plain JSON, to be broken in ways its type would not allow. */
// eslint-disable-next-line @typescript-eslint/no-explicit-any -- these tests break the file's shape on purpose
type Json = any;
const json = (): Json => family.buildUnchecked();

describe('reading a case file', () => {
  it('accepts a file made by the case builder', () => {
    expect(parseCaseFile(family.buildUnchecked())).toEqual({ ok: true, value: family.buildUnchecked() });
  });

  it.each(exampleCaseFiles())('accepts the shared example $name', ({ text }) => {
    const parsed = parseCaseFileText(text);
    expect(parsed.ok ? [] : parsed.problems).toEqual([]);
  });

  it('reports every problem of a file with several, each by its path', () => {
    const file = json();
    file.format = 'stickability-case/2';
    file.case.openedOn = '2026-02-30';
    delete file.agencies[0].name;
    file.people[0].role = 'grandparent';
    file.entries[0].colour = 'red';
    file.entries[1].at = '2026-01-07 10:00';
    file.entries[2].outcome = 'gone-away';
    expect(parseCaseFile(file)).toEqual({
      ok: false,
      problems: [
        'format: Invalid input: expected "stickability-case/1"',
        'case.openedOn: a date as YYYY-MM-DD',
        'agencies[0].name: Invalid input: expected string, received undefined',
        expect.stringMatching(/^people\[0\]\.role: Invalid option: expected one of "child"\|"parent"\|/),
        'entries[0]: Unrecognized key: "colour"',
        'entries[1].at: a date and time as YYYY-MM-DDTHH:MM, with an optional offset',
        expect.stringMatching(/^entries\[2\]\.outcome: Invalid option: expected one of "completed"\|/),
      ],
    });
  });

  describe('an unknown field is an error, named with where it is', () => {
    it.each([
      ['the case', (file: Json) => (file.case.colour = 'red'), 'case: Unrecognized key: "colour"'],
      [
        'an agency',
        (file: Json) => (file.agencies[1].phone = '01'),
        'agencies[1]: Unrecognized key: "phone"',
      ],
      ['a worker', (file: Json) => (file.workers[0].email = 'x'), 'workers[0]: Unrecognized key: "email"'],
      ['a person', (file: Json) => (file.people[0].age = 0), 'people[0]: Unrecognized key: "age"'],
      [
        "a person's needs",
        (file: Json) => (file.people[1].needs.braille = true),
        'people[1].needs: Unrecognized key: "braille"',
      ],
      [
        'an entry',
        (file: Json) => (file.entries[2].colour = 'red'),
        'entries[2]: Unrecognized key: "colour"',
      ],
    ])('in %s', (_where, breakFile, problem) => {
      const file = json();
      breakFile(file);
      expect(parseCaseFile(file)).toEqual({ ok: false, problems: [problem] });
    });

    it('at the top of the file', () => {
      expect(parseCaseFile({ ...json(), extra: 1 })).toEqual({
        ok: false,
        problems: ['Unrecognized key: "extra"'],
      });
    });
  });

  it('rejects a date that is not in the calendar and a time that is not on the clock', () => {
    const file = aCase()
      .withChild('c1', '2025-02-29')
      .withContact({ at: '2026-01-06T24:00' })
      .withEntry({ kind: 'plan-review', progress: 'none', nextReviewOn: '2026-04-31' })
      .withEntry({ kind: 'incident', threats: ['shouting'], managerNotifiedAt: '2026-01-08T10:00+25:00' })
      .buildUnchecked();
    expect(parseCaseFile(file)).toEqual({
      ok: false,
      problems: [
        'people[0].dateOfBirth: a date as YYYY-MM-DD',
        'entries[0].at: a date and time as YYYY-MM-DDTHH:MM, with an optional offset',
        'entries[1].nextReviewOn: a date as YYYY-MM-DD',
        'entries[2].managerNotifiedAt: a date and time as YYYY-MM-DDTHH:MM, with an optional offset',
      ],
    });
  });

  it('rejects an incident with no threat and an agreement with no items', () => {
    const file = aCase()
      .withEntry({ kind: 'incident', threats: [] })
      .withEntry({ kind: 'agreement', type: 'written-agreement', items: [] })
      .buildUnchecked();
    const parsed = parseCaseFile(file);
    expect(parsed.ok ? [] : parsed.problems.map((problem) => problem.split(':')[0])).toEqual([
      'entries[0].threats',
      'entries[1].items',
    ]);
  });

  it('rejects text that is not JSON, saying so', () => {
    const parsed = parseCaseFileText('{"format": ');
    expect(parsed.ok).toBe(false);
    expect(parsed.ok ? '' : parsed.problems.join()).toMatch(/^not JSON: /);
  });

  it('rejects JSON that is not a case file', () => {
    expect(parseCaseFileText('[]')).toEqual({
      ok: false,
      problems: ['Invalid input: expected object, received array'],
    });
  });
});
