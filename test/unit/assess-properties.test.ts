// Properties of `assess` over generated case files: whatever a family's record holds, the assessment is a
// function of the facts (not of how the file happens to list them), never fails on a valid file, and a
// child seen now is not reported as unseen.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { assess, type Finding } from '../../src/domain/assessment/assess.js';
import { severities, stages } from '../../src/domain/assessment/codes.js';
import type { CaseFile } from '../../src/domain/case-file.js';
import type { Entry } from '../../src/domain/entries.js';
import { packFor } from '../../src/domain/packs/index.js';
import { toInstant } from '../../src/domain/time.js';
import { parseCaseFile } from '../../src/domain/validation.js';
import * as v from '../../src/domain/vocabularies.js';

const numRuns = 150;
const yearStart = Date.UTC(2026, 0, 1);
/** A minute of 2026 as a format time with an offset, so that no two minutes share a local time. */
const at = (minute: number) => `${new Date(yearStart + minute * 60_000).toISOString().slice(0, 16)}Z`;
const minute = fc.integer({ min: 0, max: 365 * 24 * 60 - 1 });
const day = (from: string, days: number) =>
  fc
    .integer({ min: 0, max: days })
    .map((n) => new Date(Date.parse(`${from}T00:00:00Z`) + n * 86_400_000).toISOString().slice(0, 10));
const optional = <T>(key: string, arb: fc.Arbitrary<T>) =>
  fc.option(arb, { nil: undefined }).map((value) => (value === undefined ? {} : { [key]: value }));

interface Family {
  children: string[];
  adults: string[];
  file: Omit<CaseFile, 'entries'>;
}

const familyArb: fc.Arbitrary<Family> = fc
  .record({
    births: fc.array(day('2009-01-01', 6400), { minLength: 1, maxLength: 3 }),
    adults: fc.array(
      fc.record({
        role: fc.constantFrom('parent', 'carer', 'significant-adult') as fc.Arbitrary<v.PersonRole>,
        lives: fc.boolean(),
        interpreter: fc.boolean(),
        lowLiteracy: fc.boolean(),
      }),
      { maxLength: 2 },
    ),
    pack: fc.constantFrom(...v.packIds),
    plan: fc.constantFrom(...v.plans),
    openedOn: day('2025-11-01', 240),
    nextReview: optional('nextReviewOn', day('2026-01-01', 360)),
  })
  .map(({ births, adults, pack, plan, openedOn, nextReview }) => {
    const children = births.map((_, i) => `c${i + 1}`);
    return {
      children,
      adults: adults.map((_, i) => `a${i + 1}`),
      file: {
        format: 'stickability-case/1',
        case: { ref: 'FAM-PROP', pack, plan, openedOn, ...nextReview },
        agencies: [
          { ref: 'csc', type: 'social-care', name: "Children's Social Care" },
          { ref: 'hv', type: 'health-visiting', name: 'Health Visiting' },
        ],
        workers: [
          { ref: 'w1', agency: 'csc', name: 'Worker One' },
          { ref: 'w2', agency: 'hv', name: 'Worker Two' },
        ],
        people: [
          ...births.map((dateOfBirth, i) => ({
            ref: `c${i + 1}`,
            role: 'child' as const,
            name: `Child ${i + 1}`,
            dateOfBirth,
          })),
          ...adults.map((a, i) => ({
            ref: `a${i + 1}`,
            role: a.role,
            name: `Adult ${i + 1}`,
            ...(a.lives ? { livesWithChildren: children } : { hasContactWith: children.slice(0, 1) }),
            ...(a.interpreter || a.lowLiteracy
              ? {
                  needs: {
                    ...(a.interpreter && { interpreter: 'Polish' }),
                    ...(a.lowLiteracy && { literacy: 'low' as const }),
                  },
                }
              : {}),
          })),
        ],
      },
    };
  });

type Body = Record<string, unknown> & { kind: Entry['kind'] };

/** The entries a family's record may hold, without ids and times; none refers to another entry. */
function bodyArb({ children, adults }: Family): fc.Arbitrary<Body> {
  const people = [...children, ...adults];
  const by = fc.constantFrom({ agency: 'csc', worker: 'w1' }, { agency: 'hv', worker: 'w2' });
  const contact = fc
    .record({
      by,
      mode: fc.constantFrom(...v.contactModes),
      outcome: fc.constantFrom(...v.contactOutcomes),
      planned: fc.boolean(),
      seen: fc.subarray(people),
      seenAlone: fc.subarray(children),
      behaviours: fc.subarray([...v.behaviours], { maxLength: 2 }),
      threats: fc.subarray([...v.threats], { maxLength: 2 }),
      rest: fc.tuple(
        optional('for', fc.subarray(people, { minLength: 1 })),
        optional('contingency', fc.constant('Return tomorrow.')),
        optional('summaryGiven', fc.boolean()),
        optional('interpreterUsed', fc.boolean()),
        optional('indicators', fc.subarray([...v.disguisedComplianceIndicators], { maxLength: 2 })),
      ),
    })
    .map(({ by: who, rest, ...fields }): Body => ({
      kind: 'contact',
      ...who,
      ...fields,
      ...Object.assign({}, ...rest),
    }));
  const time = minute.map(at);
  const other: fc.Arbitrary<Body>[] = [
    fc
      .record({
        threats: fc.subarray([...v.threats], { minLength: 1, maxLength: 2 }),
        frightening: fc.boolean(),
        told: optional('managerNotifiedAt', time),
        alerted: optional('agenciesAlertedAt', time),
      })
      .map(({ told, alerted, ...rest }) => ({ kind: 'incident', ...rest, ...told, ...alerted })),
    fc
      .record({
        type: fc.constantFrom(...v.meetingTypes),
        decision: optional('decision', fc.constantFrom(...v.meetingDecisions)),
      })
      .map(({ type, decision }) => ({ kind: 'meeting', type, ...decision })),
    fc.constant({ kind: 'manager-discussion' }),
    fc.constant({ kind: 'supervision' }),
    fc
      .record({
        progress: fc.constantFrom(...v.progressLevels),
        next: optional('nextReviewOn', day('2026-01-01', 360)),
      })
      .map(({ progress, next }) => ({ kind: 'plan-review', progress, ...next })),
    fc.constantFrom(...v.concernLevels).map((level) => ({ kind: 'concern-level', level })),
    fc
      .record({ worker: fc.constantFrom('w1', 'w2'), role: fc.constantFrom(...v.allocationRoles) })
      .map((a) => ({ kind: 'allocation', ...a })),
    fc
      .constantFrom('closure', 'referral', 'assessment', 'reopening', 'reporter-informed')
      .map((kind) => ({ kind }) as Body),
    fc.constantFrom('csc', 'hv').map((agency) => ({ kind: 'involvement-end', agency })),
    fc.constantFrom(...v.plans).map((plan) => ({ kind: 'plan-change', plan })),
    fc
      .record({ person: fc.constantFrom(...children), percent: fc.integer({ min: 50, max: 100 }) })
      .map((a) => ({ kind: 'attendance', ...a })),
    fc
      .record({ person: fc.constantFrom(...people), stage: fc.constantFrom(...v.stagesOfChange) })
      .map((s) => ({ kind: 'stage-of-change', ...s })),
    fc
      .record({ person: fc.constantFrom(...people), due: day('2026-01-01', 360) })
      .map((g) => ({ kind: 'goal', ...g, goal: 'Attend every session' })),
    fc
      .record({ due: time, lone: fc.boolean(), complete: fc.boolean() })
      .map(({ complete, ...p }) => ({ kind: 'visit-plan', ...p, safetyCheck: { complete } })),
    fc.record({
      person: fc.constantFrom(...people),
      kind: fc.constantFrom('address-change', 'gp-change') as fc.Arbitrary<Body['kind']>,
    }),
  ];
  return fc.oneof({ arbitrary: contact, weight: 6 }, ...other.map((arbitrary) => ({ arbitrary, weight: 1 })));
}

const dayMinutes = 24 * 60;
/** A valid case file and a moment in 2026 to assess it at: entries over about three months, so that they bear on each other. */
const caseArb = fc.tuple(familyArb, fc.integer({ min: 0, max: 240 * dayMinutes })).chain(([family, start]) =>
  fc
    .record({
      family: fc.constant(family),
      timed: fc.uniqueArray(
        fc.tuple(fc.integer({ min: start, max: start + 90 * dayMinutes }), bodyArb(family)),
        { selector: ([m]) => m, maxLength: 30, size: 'max' },
      ),
      now: fc.integer({ min: start, max: start + 120 * dayMinutes }),
    })
    .map(({ family: f, timed, now }) => {
      const entries = [...timed]
        .sort(([a], [b]) => a - b)
        .map(([m, body], i) => ({ id: `e${i + 1}`, at: at(m), ...body }));
      return {
        file: { ...f.file, entries } as CaseFile,
        children: f.children,
        now: new Date(yearStart + now * 60_000),
      };
    }),
);

const valid = (file: CaseFile): CaseFile => {
  const parsed = parseCaseFile(file);
  if (!parsed.ok) throw new Error(`generated an invalid case file:\n${parsed.problems.join('\n')}`);
  return parsed.value;
};
const assessed = (file: CaseFile, now: Date) => assess(file, packFor(file.case.pack), now);
const asSet = (findings: Finding[]) =>
  findings
    .map((f) => [f.code, f.subject ?? '', f.severity, f.since, [...f.evidence].sort().join(',')].join(' | '))
    .sort();

describe('assess, over generated case files', () => {
  it('never throws on a valid file, and gives a stage and findings that hold together', () => {
    fc.assert(
      fc.property(caseArb, ({ file, now }) => {
        const result = assessed(valid(file), now);
        const ids = new Set(file.entries.map((e) => e.id));
        const recorded = file.entries.some((e) => toInstant(e.at).getTime() <= now.getTime());
        expect(stages).toContain(result.stage);
        const keys = result.findings.map((f) => `${f.code} ${f.subject ?? ''}`);
        expect(new Set(keys).size, 'one finding per code and subject').toBe(keys.length);
        const ranks = result.findings.map((f) => severities.indexOf(f.severity));
        expect(ranks, 'most severe first').toEqual([...ranks].sort((a, b) => b - a));
        for (const finding of result.findings) {
          expect(finding.citations.length, finding.code).toBeGreaterThan(0);
          expect(finding.explanation, finding.code).toMatch(/\S.*\.$/);
          expect(
            finding.evidence.filter((id) => !ids.has(id)),
            finding.code,
          ).toEqual([]);
          expect(toInstant(finding.since).getTime(), finding.code).toBeLessThanOrEqual(now.getTime());
          if (recorded) expect(finding.evidence, finding.code).not.toEqual([]);
        }
      }),
      { numRuns },
    );
  });

  it('is deterministic', () => {
    fc.assert(
      fc.property(caseArb, ({ file, now }) => {
        expect(assessed(structuredClone(file), now)).toEqual(assessed(file, now));
      }),
      { numRuns },
    );
  });

  it('does not depend on the order the entries are listed in', () => {
    fc.assert(
      fc.property(
        caseArb.chain((c) =>
          fc
            .shuffledSubarray(c.file.entries, { minLength: c.file.entries.length })
            .map((shuffled) => ({ ...c, shuffled })),
        ),
        ({ file, now, shuffled }) => {
          const reordered = assessed({ ...file, entries: shuffled }, now);
          const original = assessed(file, now);
          expect(asSet(reordered.findings)).toEqual(asSet(original.findings));
          expect(reordered.stage).toBe(original.stage);
        },
      ),
      { numRuns },
    );
  });

  it('ignores the entries after now, as a replay of the chronology to that moment', () => {
    fc.assert(
      fc.property(caseArb, ({ file, now }) => {
        const past = file.entries.filter((e) => toInstant(e.at).getTime() <= now.getTime());
        expect(assessed({ ...file, entries: past }, now)).toEqual(assessed(file, now));
      }),
      { numRuns },
    );
  });

  it('never leaves child-not-seen active for a child a completed contact has just seen', () => {
    fc.assert(
      fc.property(
        caseArb.chain((c) => fc.constantFrom(...c.children).map((child) => ({ ...c, child }))),
        ({ file, now, child }) => {
          // With an offset: a UK local time in the hour the clocks go back names two instants.
          const visit: Entry = {
            id: 'seen-now',
            kind: 'contact',
            at: `${now.toISOString().slice(0, 16)}Z`,
            agency: 'csc',
            worker: 'w1',
            mode: 'home-visit',
            outcome: 'completed',
            seen: [child],
          };
          const findings = assessed(valid({ ...file, entries: [...file.entries, visit] }), now).findings;
          expect(
            findings.filter(
              (f) =>
                f.subject === child && ['child-not-seen', 'police-welfare-check-consider'].includes(f.code),
            ),
          ).toEqual([]);
        },
      ),
      { numRuns },
    );
  });
});
