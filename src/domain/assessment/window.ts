// Windows of time over time-ordered entries: "the contacts in the last 60 days" at a moment.
//
// The detectors ask this at every point of a sweep. Filtering the whole list at each point made them
// quadratic in a case's contacts (a 2,000-entry case spent most of its time there), so the window is
// found by binary search when asked once, and slid forward with running counts when asked at points
// in increasing order (as `sweep` asks).
import { daysMs, type Timed } from './timeline.js';

/** The first index in the time-ordered `items` whose time is after `ms` (items.length if none). */
export function firstAfter(items: readonly { ms: number }[], ms: number): number {
  let lo = 0;
  let hi = items.length;
  while (lo < hi) {
    const mid = (lo + hi) >>> 1;
    if ((items[mid] as { ms: number }).ms <= ms) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}

/** The first index in the time-ordered `items` whose time is `ms` or after (items.length if none). */
export function firstFrom(items: readonly { ms: number }[], ms: number): number {
  let lo = 0;
  let hi = items.length;
  while (lo < hi) {
    const mid = (lo + hi) >>> 1;
    if ((items[mid] as { ms: number }).ms < ms) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}

/**
 * The timed entries in the `days` before `at`, that is in (at - days, at]. `items` must be in time order
 * (every caller passes entries as the timeline orders them, or a filter of them).
 */
export function inWindow<T extends Timed>(items: readonly T[], at: number, days: number): T[] {
  return items.slice(firstAfter(items, at - daysMs(days)), firstAfter(items, at));
}

/**
 * A window of `days` over time-ordered items, moved forward only: after `moveTo(at)` it holds the items
 * in (at - days, at], the same as `inWindow(items, at, days)`. `enter` and `leave` are told of each item
 * as it comes in and goes out, so a caller can keep running counts instead of re-reading the window.
 */
export class SlidingWindow<T extends { ms: number }> {
  /** The window is items[start, end). */
  start = 0;
  end = 0;
  private readonly windowMs: number;

  constructor(
    private readonly items: readonly T[],
    days: number,
    private readonly enter: (item: T) => void = () => {},
    private readonly leave: (item: T) => void = () => {},
  ) {
    this.windowMs = daysMs(days);
  }

  /** Moves the window to end at `at`; `at` must not go back. */
  moveTo(at: number): void {
    const items = this.items;
    while (this.end < items.length && (items[this.end] as T).ms <= at) this.enter(items[this.end++] as T);
    // The same comparison as inWindow's, so an item on the window's edge falls the same side.
    const edge = at - this.windowMs;
    while (this.start < this.end && (items[this.start] as T).ms <= edge) this.leave(items[this.start++] as T);
  }

  get size(): number {
    return this.end - this.start;
  }
}
