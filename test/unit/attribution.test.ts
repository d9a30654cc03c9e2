// Whose name an entry is recorded in (issue 17, domain/attribution.ts): a write's agency and worker are the
// recorder's; a few kinds name the agency or the worker they are about; an incident's correction keeps its
// reporter; and an entry is never dated more than a day after it is recorded (domain/recorded-time.ts).
import { describe, expect, it } from 'vitest';
import { attributionDefaults, attributionProblems, type Recorder } from '../../src/domain/attribution.js';
import type { Worker } from '../../src/domain/case-file.js';
import type { Entry } from '../../src/domain/entries.js';
import { caseFileTimeProblems, isTooFarAhead } from '../../src/domain/recorded-time.js';
import { mayRead } from '../../src/domain/restrictions.js';

const healthVisitor: Recorder = { agencyRef: 'hv', workerRef: 'w2' };
const workers: Worker[] = [
  { ref: 'w1', agency: 'csc', name: 'Sam Taylor' },
  { ref: 'w2', agency: 'hv', name: 'Alex Khan' },
];
const visit = (fields: Partial<Entry> = {}) =>
  ({
    id: 'e2',
    kind: 'contact',
    at: '2026-03-02T10:00',
    mode: 'home-visit',
    outcome: 'completed',
    agency: 'hv',
    worker: 'w2',
    ...fields,
  }) as Entry;
const paths = (entry: Entry, amended?: Entry) =>
  attributionProblems(entry, healthVisitor, workers, amended).map((p) => p.path);

describe('an entry is recorded in the name of whoever records it', () => {
  it('a health visitor’s visit in their own name', () => {
    expect(paths(visit())).toEqual([]);
  });

  it('a health visitor’s visit claimed as a social worker’s, agency and worker both refused', () => {
    const problems = attributionProblems(visit({ agency: 'csc', worker: 'w1' }), healthVisitor, workers);
    expect(problems.map((p) => p.path)).toEqual(['agency', 'worker']);
    expect(problems[0]?.message).toContain('"hv"');
    expect(problems[1]?.message).toContain('"w2"');
  });

  it('their own worker ref under another agency, or another worker of their own agency', () => {
    expect(paths(visit({ agency: 'csc' }))).toEqual(['agency']);
    expect(paths(visit({ worker: 'w9' }))).toEqual(['worker']);
  });

  it('a correction is the corrector’s, not the corrected entry’s recorder', () => {
    const original = visit({ id: 'e1', agency: 'csc', worker: 'w1' });
    expect(paths(visit({ amends: 'e1', agency: 'csc', worker: 'w1' }), original)).toEqual([
      'agency',
      'worker',
    ]);
    expect(paths(visit({ amends: 'e1' }), original)).toEqual([]);
  });

  it('a correction of an incident keeps the worker who reported it', () => {
    const incident = {
      id: 'e1',
      kind: 'incident',
      at: '2026-03-02T10:00',
      threats: ['shouting'],
      agency: 'csc',
      worker: 'w1',
    } as Entry;
    expect(paths({ ...incident, id: 'e2', amends: 'e1' }, incident)).toEqual([]);
    expect(paths({ ...incident, id: 'e2', amends: 'e1', worker: 'w9' }, incident)).toEqual(['worker']);
    expect(paths({ ...incident, id: 'e2' })).toEqual(['agency', 'worker']);
  });
});

describe('kinds that name the agency or the worker they are about', () => {
  it('a referral to another agency, and the end of another agency’s involvement, keep that agency', () => {
    for (const kind of ['referral', 'assessment', 'reopening', 'closure', 'involvement-end'] as const)
      expect(paths({ id: 'e2', kind, at: '2026-03-02T10:00', agency: 'csc', worker: 'w2' })).toEqual([]);
  });

  it('but are still recorded by the recorder', () => {
    expect(
      paths({ id: 'e2', kind: 'referral', at: '2026-03-02T10:00', agency: 'csc', worker: 'w1' }),
    ).toEqual(['worker']);
  });

  it('a restricted referral to another agency is still read by the health visitor who made it', () => {
    const referral: Entry = {
      id: 'e2',
      kind: 'referral',
      at: '2026-03-02T10:00',
      agency: 'csc',
      worker: 'w2',
      restricted: ['manager'],
    };
    expect(mayRead({ role: 'practitioner', ...healthVisitor }, referral)).toBe(true);
  });

  it('a manager discussion names the worker discussed, with that worker’s agency', () => {
    const discussion = {
      id: 'e2',
      kind: 'manager-discussion',
      at: '2026-03-02T10:00',
      worker: 'w1',
    } as const;
    expect(paths({ ...discussion, agency: 'csc' })).toEqual([]);
    expect(paths({ ...discussion, agency: 'hv' })).toEqual(['agency']);
  });

  it('an allocation left without an agency takes the allocated worker’s', () => {
    expect(attributionDefaults('allocation', 'w1', healthVisitor, workers)).toEqual({
      agency: 'csc',
      worker: 'w1',
    });
    expect(attributionDefaults('contact', undefined, healthVisitor, workers)).toEqual({
      agency: 'hv',
      worker: 'w2',
    });
  });
});

describe('an entry dated ahead of its recording', () => {
  const now = new Date('2026-03-02T10:00:00Z');

  it('up to a day ahead is accepted (a clock set wrong, a time typed in another zone)', () => {
    expect(isTooFarAhead('2026-03-02T10:00', now)).toBe(false);
    expect(isTooFarAhead('2026-03-03T10:00', now)).toBe(false);
    expect(isTooFarAhead('2026-03-03T10:00Z', now)).toBe(false);
  });

  it('more than a day ahead is refused', () => {
    expect(isTooFarAhead('2026-03-03T10:01', now)).toBe(true);
    expect(isTooFarAhead('9999-12-31T10:00', now)).toBe(true);
  });

  it('in British Summer Time, the day is counted in UK time', () => {
    const summer = new Date('2026-07-01T09:00:00Z'); // 10:00 in the UK
    expect(isTooFarAhead('2026-07-02T10:00', summer)).toBe(false);
    expect(isTooFarAhead('2026-07-02T10:01', summer)).toBe(true);
  });

  it('a case file names each entry dated more than a day after its import', () => {
    const entries = [visit({ id: 'e1' }), visit({ id: 'e2', at: '9999-12-31T10:00' })];
    expect(caseFileTimeProblems({ entries }, now)).toEqual([
      expect.stringMatching(/^entries\[1\]\.at: must be no later than a day from now \(2026-03-03T10:00\)/),
    ]);
  });

  it('a visit planned for next week is a plan recorded now: its time is `due`, not `at`', () => {
    const plan = { id: 'e1', kind: 'visit-plan', at: '2026-03-02T10:00', due: '2026-03-09T10:00' } as Entry;
    expect(caseFileTimeProblems({ entries: [plan] }, now)).toEqual([]);
  });
});
