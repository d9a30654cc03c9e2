// The interval arithmetic under every finding (src/domain/assessment/spells.ts) and the memory of what
// was found (detector.ts) are written for speed; these tests hold them to the plain versions they replaced.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { nonEngagementCodes } from '../../src/domain/assessment/codes.js';
import { Found, type Spell } from '../../src/domain/assessment/detector.js';
import {
  afterEach,
  countWindow,
  intersect,
  intersectInOrder,
  merge,
  sweep,
  sweepWindows,
  type Interval,
} from '../../src/domain/assessment/spells.js';

// The plain versions, as first written.
function plainMerge(intervals: readonly Interval[]): Interval[] {
  const sorted = intervals.filter((i) => i.to > i.from).sort((a, b) => a.from - b.from);
  const merged: Interval[] = [];
  for (const interval of sorted) {
    const last = merged.at(-1);
    if (last && interval.from <= last.to) last.to = Math.max(last.to, interval.to);
    else merged.push({ ...interval });
  }
  return merged;
}
function plainSweep(points: readonly number[], holds: (at: number) => boolean): Interval[] {
  const sorted = [...new Set(points)].filter(Number.isFinite).sort((a, b) => a - b);
  const spells: Interval[] = [];
  sorted.forEach((point, index) => {
    if (holds(point)) spells.push({ from: point, to: sorted[index + 1] ?? Infinity });
  });
  return plainMerge(spells);
}

const moment = fc.oneof(
  { weight: 20, arbitrary: fc.integer({ min: 0, max: 50 }) },
  { weight: 1, arbitrary: fc.constantFrom(Infinity, -Infinity, Number.NaN) },
);
const interval = fc.record({ from: moment, to: moment });

describe('merging intervals', () => {
  it('gives what the plain merge gives, in order or not, with empty, infinite and NaN ends', () => {
    fc.assert(
      fc.property(fc.array(interval, { maxLength: 30 }), fc.boolean(), (intervals, ordered) => {
        const input = ordered ? [...intervals].sort((a, b) => a.from - b.from) : intervals;
        expect(merge(input)).toEqual(plainMerge(input));
      }),
      { numRuns: 2000 },
    );
  });

  it('copies what it returns and leaves its input alone', () => {
    const input = [
      { from: 1, to: 3 },
      { from: 2, to: 5 },
    ];
    const merged = merge(input);
    expect(merged).toEqual([{ from: 1, to: 5 }]);
    expect(input).toEqual([
      { from: 1, to: 3 },
      { from: 2, to: 5 },
    ]);
    expect(merged[0]).not.toBe(input[0]);
  });
});

describe('sweeping change points', () => {
  it('gives what the plain sweep gives, repeated and non-finite points included', () => {
    fc.assert(
      fc.property(fc.array(moment, { maxLength: 30 }), fc.func(fc.boolean()), (points, holds) => {
        expect(sweep(points, holds)).toEqual(plainSweep(points, holds));
      }),
      { numRuns: 2000 },
    );
  });
});

describe('windows over event times', () => {
  const times = fc.array(fc.integer({ min: 0, max: 60 }), { maxLength: 20 });
  it('counts events in a window as the plain merge of one interval per run of events', () => {
    fc.assert(
      fc.property(
        times,
        fc.integer({ min: 1, max: 4 }),
        fc.integer({ min: 0, max: 15 }),
        fc.boolean(),
        (ts, count, windowMs, ordered) => {
          const input = ordered ? [...ts].sort((a, b) => a - b) : ts;
          const plain: Interval[] = [];
          for (let i = 0; i + count - 1 < input.length; i += 1)
            plain.push({ from: input[i + count - 1] as number, to: (input[i] as number) + windowMs });
          expect(countWindow(input, count, windowMs)).toEqual(plainMerge(plain));
        },
      ),
      { numRuns: 2000 },
    );
  });

  it('holds after each event as the plain merge of one interval per event', () => {
    fc.assert(
      fc.property(times, fc.integer({ min: 0, max: 15 }), fc.boolean(), (ts, windowMs, ordered) => {
        const input = ordered ? [...ts].sort((a, b) => a - b) : ts;
        expect(afterEach(input, windowMs)).toEqual(
          plainMerge(input.map((t) => ({ from: t, to: t + windowMs }))),
        );
      }),
      { numRuns: 2000 },
    );
  });
});

describe('intersecting merged intervals', () => {
  it('gives what trying every pair gives', () => {
    fc.assert(
      fc.property(fc.array(interval, { maxLength: 12 }), fc.array(interval, { maxLength: 12 }), (a, b) => {
        const x = merge(a);
        const y = merge(b);
        expect(intersectInOrder(x, y)).toEqual(intersect(x, y));
      }),
      { numRuns: 3000 },
    );
  });
});

describe('sweeping windows over timed items', () => {
  it('gives what the plain sweep of each time and the time a window later gives, in order or not', () => {
    fc.assert(
      fc.property(
        fc.array(moment, { maxLength: 30 }),
        fc.boolean(),
        fc.integer({ min: 0, max: 20 }),
        fc.func(fc.boolean()),
        (times, ordered, windowMs, holds) => {
          const items = (ordered ? [...times].sort((a, b) => a - b) : times).map((ms) => ({ ms }));
          const asked: number[] = [];
          const answer = (at: number) => (asked.push(at), holds(at));
          const points = items.flatMap((item) => [item.ms, item.ms + windowMs]);
          expect(sweepWindows(items, windowMs, answer)).toEqual(plainSweep(points, holds));
          // Asked once per distinct finite point, in increasing order.
          expect(asked).toEqual([...new Set(points)].filter(Number.isFinite).sort((a, b) => a - b));
        },
      ),
      { numRuns: 2000 },
    );
  });
});

describe('what was found', () => {
  const spell = (
    from: number,
    to: number,
    severity: Spell['severity'] = 'serious',
    code: Spell['code'] = 'refusal',
  ): Spell => ({
    code,
    severity,
    from,
    to,
    describe: () => ({ evidence: [], explanation: '' }),
  });

  it('answers when non-engagement held from the spells found so far, added ones included', () => {
    const found = new Found();
    found.add([spell(0, 10), spell(5, 20, 'info', 'ambivalence'), spell(30, 40, 'warning', 'staff-churn')]);
    expect(found.nonEngagement()).toEqual([{ from: 0, to: 20 }]);
    expect(found.nonEngagement('serious')).toEqual([{ from: 0, to: 10 }]);
    found.add([spell(50, 60, 'critical', 'everyone-withdrawing')]);
    expect(found.nonEngagement('serious')).toEqual([
      { from: 0, to: 10 },
      { from: 50, to: 60 },
    ]);
    found.spells.push(spell(70, 80));
    expect(found.nonEngagementAt(75)).toEqual({ from: 70, to: 80 });
  });

  it('merges what held as the plain merge of the matching spells does, spells added in any order', () => {
    const codes: Spell['code'][] = ['refusal', 'ambivalence', 'staff-churn', 'child-not-seen', 'drift'];
    const found = fc.record({
      from: moment,
      to: moment,
      severity: fc.constantFrom<Spell['severity']>('info', 'warning', 'serious', 'critical'),
      code: fc.constantFrom(...codes),
    });
    fc.assert(
      fc.property(fc.array(fc.array(found, { maxLength: 8 }), { maxLength: 5 }), (batches) => {
        const f = new Found();
        const all: Spell[] = [];
        for (const batch of batches) {
          const spells = batch.map((b) => spell(b.from, b.to, b.severity, b.code));
          f.add(spells);
          all.push(...spells);
          const plain = (spells: Spell[]) => plainMerge(spells.map(({ from, to }) => ({ from, to })));
          const nonEngagement = all.filter((x) => nonEngagementCodes.has(x.code));
          expect(f.nonEngagement()).toEqual(plain(nonEngagement));
          expect(f.nonEngagement('serious')).toEqual(
            plain(nonEngagement.filter((x) => x.severity === 'serious' || x.severity === 'critical')),
          );
        }
      }),
      { numRuns: 1000 },
    );
  });

  it('hands out a frozen answer, so one detector cannot change what another is told', () => {
    const found = new Found();
    found.add([spell(0, 10)]);
    const first = found.nonEngagement() as Interval[];
    expect(() => {
      (first[0] as Interval).to = 99;
    }).toThrow(TypeError);
    expect(() => first.push({ from: 100, to: 200 })).toThrow(TypeError);
    expect(found.nonEngagement()).toEqual([{ from: 0, to: 10 }]);
  });
});
