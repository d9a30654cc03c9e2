// A spell is an interval of time over which a finding's condition holds: [from, to), in milliseconds.
// Detectors work out every spell from the entries, so the engine can tell what holds now, when each
// condition began (a finding's `since`, an episode's start) and when the result will next change.

export interface Interval {
  from: number;
  /** Exclusive; Infinity while nothing in the entries ends it. */
  to: number;
}

/** Intervals merged where they overlap or touch, in time order. */
export function merge(intervals: readonly Interval[]): Interval[] {
  // Most callers pass intervals already in order (from time-ordered entries): they are read as they
  // are, skipping the empty ones, with no filtered copy and no sort. Merging runs thousands of times per case.
  const sorted = inOrder(intervals)
    ? intervals
    : intervals.filter(isNonEmpty).sort((a, b) => a.from - b.from);
  const merged: Interval[] = [];
  let last: Interval | undefined;
  for (const interval of sorted) {
    if (!isNonEmpty(interval)) continue;
    if (last && interval.from <= last.to) last.to = Math.max(last.to, interval.to);
    else merged.push((last = { ...interval }));
  }
  return merged;
}

const isNonEmpty = (interval: Interval) => interval.to > interval.from;

/** Whether the non-empty intervals are in order of `from` (a non-empty interval has no NaN in it). */
function inOrder(intervals: readonly Interval[]): boolean {
  let previous = -Infinity;
  for (const interval of intervals) {
    if (!isNonEmpty(interval)) continue;
    if (interval.from < previous) return false;
    previous = interval.from;
  }
  return true;
}

export function holdsAt(intervals: readonly Interval[], at: number): Interval | undefined {
  return intervals.find((i) => i.from <= at && at < i.to);
}

/**
 * `holdsAt` for moments asked in increasing order, over merged intervals (in order and apart, as `merge`
 * returns them): a cursor that moves forward instead of a search from the first interval at each moment.
 * Sweeps ask this at every point; searching from the start each time made them quadratic.
 */
export function holdsAtInOrder(intervals: readonly Interval[]): (at: number) => Interval | undefined {
  let i = 0;
  return (at) => {
    // An interval that ended by `at` cannot hold at any later moment either.
    while (i < intervals.length && (intervals[i] as Interval).to <= at) i += 1;
    const interval = intervals[i];
    return interval && interval.from <= at ? interval : undefined;
  };
}

/**
 * When at least `count` of the event times fall in a window of `windowMs` ending at t (that is, in
 * (t - window, t]): the union of [e[i + count - 1], e[i] + window). Times must be sorted.
 */
export function countWindow(times: readonly number[], count: number, windowMs: number): Interval[] {
  const spells: Interval[] = [];
  for (let i = 0; i + count - 1 < times.length; i += 1) {
    spells.push({ from: times[i + count - 1] as number, to: (times[i] as number) + windowMs });
  }
  return merge(spells);
}

/** Each event holds for `windowMs` after it: the union of [e, e + window). */
export function afterEach(times: readonly number[], windowMs: number): Interval[] {
  return merge(times.map((time) => ({ from: time, to: time + windowMs })));
}

/**
 * For conditions that change only at known moments: evaluates `holds` at each change point and
 * returns the intervals over which it held (the condition is taken as constant between points).
 * `holds` is asked once per distinct finite point, in increasing order, so it may keep state between
 * calls (a window slid forward with running counts: see window.ts).
 */
export function sweep(points: readonly number[], holds: (at: number) => boolean): Interval[] {
  // A typed array sorts numbers natively, several times faster than a comparator; repeats are then
  // adjacent and dropped as the points are read (NaN sorts last and, with ±Infinity, is skipped).
  const sorted = new Float64Array(points).sort();
  const distinct: number[] = [];
  for (const point of sorted) {
    if (Number.isFinite(point) && point !== distinct[distinct.length - 1]) distinct.push(point);
  }
  const spells: Interval[] = [];
  for (let index = 0; index < distinct.length; index += 1) {
    const point = distinct[index] as number;
    if (holds(point)) spells.push({ from: point, to: distinct[index + 1] ?? Infinity });
  }
  return merge(spells);
}

/** The parts of `a` that fall inside `b`. */
export function intersect(a: readonly Interval[], b: readonly Interval[]): Interval[] {
  const out: Interval[] = [];
  for (const x of a) {
    for (const y of b) {
      const from = Math.max(x.from, y.from);
      const to = Math.min(x.to, y.to);
      if (to > from) out.push({ from, to });
    }
  }
  return merge(out);
}
