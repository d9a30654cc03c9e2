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
  // What is returned is new intervals, `from` and `to` only (spells merged are not copied whole: every
  // caller reads only when they held).
  if (!inOrder(intervals)) return mergeUnordered(intervals);
  const merged: Interval[] = [];
  let last: Interval | undefined;
  for (const interval of intervals) {
    if (!isNonEmpty(interval)) continue;
    if (last && interval.from <= last.to) last.to = Math.max(last.to, interval.to);
    else merged.push((last = { from: interval.from, to: interval.to }));
  }
  return merged;
}

/**
 * `merge` for intervals out of order (spells of several detectors together). Such a list is a few runs
 * each in order (each detector's spells), so it is sorted by merging neighbouring runs, stably, as the
 * array sort `merge` once used would order it, without a comparator call per comparison; then merged.
 */
function mergeUnordered(intervals: readonly Interval[]): Interval[] {
  let items: Interval[] = [];
  for (const interval of intervals) if (isNonEmpty(interval)) items.push(interval);
  const n = items.length;
  // Where each run in order starts, and the end.
  let bounds: number[] = [0];
  for (let i = 1; i < n; i += 1) {
    if ((items[i] as Interval).from < (items[i - 1] as Interval).from) bounds.push(i);
  }
  bounds.push(n);
  let other: Interval[] = new Array<Interval>(n);
  while (bounds.length > 2) {
    const next = [0];
    let k = 0;
    for (; k + 2 < bounds.length; k += 2) {
      const end = bounds[k + 2] as number;
      mergeRuns(items, other, bounds[k] as number, bounds[k + 1] as number, end);
      next.push(end);
    }
    if (k + 1 < bounds.length) {
      for (let i = bounds[k] as number; i < (bounds[k + 1] as number); i += 1)
        other[i] = items[i] as Interval;
      next.push(bounds[k + 1] as number);
    }
    bounds = next;
    [items, other] = [other, items];
  }
  const merged: Interval[] = [];
  let last: Interval | undefined;
  for (const interval of items) {
    if (last && interval.from <= last.to) last.to = Math.max(last.to, interval.to);
    else merged.push((last = { from: interval.from, to: interval.to }));
  }
  return merged;
}

/** Merges the runs from[lo, mid) and from[mid, hi), each in order, into to[lo, hi): stably, left first. */
function mergeRuns(from: Interval[], to: Interval[], lo: number, mid: number, hi: number): void {
  let i = lo;
  let j = mid;
  let k = lo;
  while (i < mid && j < hi) {
    const left = from[i] as Interval;
    const right = from[j] as Interval;
    if (left.from <= right.from) {
      to[k] = left;
      i += 1;
    } else {
      to[k] = right;
      j += 1;
    }
    k += 1;
  }
  while (i < mid) to[k++] = from[i++] as Interval;
  while (j < hi) to[k++] = from[j++] as Interval;
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
  const last = times.length - count + 1;
  // Sorted times make the intervals in order of their starts: merged as they are made (as `merge` would
  // merge them), without listing them first.
  const merged = new InOrder();
  for (let i = 0; i < last; i += 1) {
    const from = times[i + count - 1] as number;
    const to = (times[i] as number) + windowMs;
    if (!merged.add(from, to)) return merge(spellsOfCount(times, count, windowMs));
  }
  return merged.intervals;
}

function spellsOfCount(times: readonly number[], count: number, windowMs: number): Interval[] {
  const spells: Interval[] = [];
  for (let i = 0; i + count - 1 < times.length; i += 1) {
    spells.push({ from: times[i + count - 1] as number, to: (times[i] as number) + windowMs });
  }
  return spells;
}

/** Each event holds for `windowMs` after it: the union of [e, e + window). */
export function afterEach(times: readonly number[], windowMs: number): Interval[] {
  const merged = new InOrder();
  for (const time of times) {
    if (!merged.add(time, time + windowMs)) return merge(times.map((t) => ({ from: t, to: t + windowMs })));
  }
  return merged.intervals;
}

/**
 * Merges intervals given in order of their starts as they come, as `merge` does (empty ones skipped);
 * `add` answers false, and the caller falls back to `merge`, if one comes out of order.
 */
class InOrder {
  readonly intervals: Interval[] = [];
  private last: Interval | undefined;
  private previous = -Infinity;

  add(from: number, to: number): boolean {
    if (!(to > from)) return true;
    if (from < this.previous) return false;
    this.previous = from;
    const last = this.last;
    if (last && from <= last.to) last.to = Math.max(last.to, to);
    else this.intervals.push((this.last = { from, to }));
    return true;
  }
}

/**
 * For conditions that change only at known moments: evaluates `holds` at each change point and
 * returns the intervals over which it held (the condition is taken as constant between points).
 * `holds` is asked once per distinct finite point, in increasing order, so it may keep state between
 * calls (a window slid forward with running counts: see window.ts).
 */
export function sweep(points: readonly number[], holds: (at: number) => boolean): Interval[] {
  // A typed array sorts numbers natively, several times faster than a comparator; repeats are then
  // adjacent and dropped as the points are read (NaN sorts last and, with ±Infinity, is skipped). A few
  // points are sorted in a plain array instead: making a typed array costs more than sorting a few.
  const runs = new Runs(holds);
  if (points.length > 32) {
    const sorted = new Float64Array(points).sort();
    for (let i = 0; i < sorted.length; i += 1) runs.at(sorted[i] as number);
    return runs.intervals;
  }
  const sorted: number[] = [];
  for (const point of points) if (Number.isFinite(point)) sorted.push(point);
  insertionSort(sorted);
  for (let i = 0; i < sorted.length; i += 1) runs.at(sorted[i] as number);
  return runs.intervals;
}

/** Sorts finite numbers in place: for short lists (mostly nearly in order, as points come). */
function insertionSort(numbers: number[]): void {
  for (let i = 1; i < numbers.length; i += 1) {
    const value = numbers[i] as number;
    let j = i - 1;
    while (j >= 0 && (numbers[j] as number) > value) {
      numbers[j + 1] = numbers[j] as number;
      j -= 1;
    }
    numbers[j + 1] = value;
  }
}

/**
 * `sweep` over the points each item's time and `windowMs` after it, for items in time order: the two
 * sequences are each in order already, so they are merged as they are read rather than listed and
 * sorted. (Most sweeps are of this shape: a window that opens at each entry and closes `windowMs` later.)
 */
export function sweepWindows(
  items: readonly { ms: number }[],
  windowMs: number,
  holds: (at: number) => boolean,
): Interval[] {
  const n = items.length;
  for (let i = 1; i < n; i += 1) {
    // Out of order (or NaN): the general sweep, which sorts.
    if (!((items[i] as { ms: number }).ms >= (items[i - 1] as { ms: number }).ms)) {
      return sweep(
        items.flatMap((item) => [item.ms, item.ms + windowMs]),
        holds,
      );
    }
  }
  const runs = new Runs(holds);
  let i = 0;
  let j = 0;
  while (j < n) {
    const opens = i < n ? (items[i] as { ms: number }).ms : Infinity;
    const closes = (items[j] as { ms: number }).ms + windowMs;
    if (i < n && opens <= closes) {
      runs.at(opens);
      i += 1;
    } else {
      runs.at(closes);
      j += 1;
    }
  }
  return runs.intervals;
}

/**
 * Builds a sweep's intervals from its points, given in increasing order (repeats and non-finite points
 * skipped): each run of holding points makes one interval, to the first point after it that does not
 * hold. The same intervals as making one per holding point, to the next point, and merging them.
 */
class Runs {
  readonly intervals: Interval[] = [];
  private previous = NaN;
  private open: Interval | undefined;

  constructor(private readonly holds: (at: number) => boolean) {}

  at(point: number): void {
    if (point === this.previous || !Number.isFinite(point)) return;
    this.previous = point;
    if (this.holds(point)) {
      if (!this.open) this.intervals.push((this.open = { from: point, to: Infinity }));
    } else if (this.open) {
      this.open.to = point;
      this.open = undefined;
    }
  }
}

/**
 * `intersect` for merged intervals (in order and apart, as `merge` returns them): walked together once
 * instead of every pair tried. The parts come out in order and apart, so merged already.
 */
export function intersectInOrder(a: readonly Interval[], b: readonly Interval[]): Interval[] {
  const merged = new InOrder();
  let i = 0;
  let j = 0;
  while (i < a.length && j < b.length) {
    const x = a[i] as Interval;
    const y = b[j] as Interval;
    // Out of order only if an input was not merged: then every pair is tried after all.
    if (!merged.add(Math.max(x.from, y.from), Math.min(x.to, y.to))) return intersect(a, b);
    if (x.to < y.to) i += 1;
    else j += 1;
  }
  return merged.intervals;
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
