// The UK clock without Intl (src/domain/time.ts): from 1996 to 2099 the offset is worked out from the EU
// rule (BST from 01:00 UTC on the last Sunday of March to 01:00 UTC on the last Sunday of October), and
// everything else asks TZDate. These tests hold the rule to TZDate: every minute around every change of
// the clocks in those years, and random times across them and beyond.
import { TZDate } from '@date-fns/tz';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  isCalendarDate,
  toInstant,
  toInstantMs,
  toUkDate,
  toUkLocalDateTime,
  ukDayStartMs,
  ukDayStartOf,
  ukOffsetMs,
  ukZone,
} from '../../src/domain/time.js';

const pad = (n: number) => String(n).padStart(2, '0');

/** What toInstant did before the rule: TZDate for every local time. */
function tzInstant(
  year: number,
  month: number,
  day: number,
  hours: number,
  minutes: number,
  seconds = 0,
): number {
  return new TZDate(year, month - 1, day, hours, minutes, seconds, ukZone).getTime();
}

/** What toUkLocalDateTime did before the rule. */
function tzLocal(ms: number): string {
  const local = new TZDate(ms, ukZone);
  return `${local.getFullYear()}-${pad(local.getMonth() + 1)}-${pad(local.getDate())}T${pad(local.getHours())}:${pad(local.getMinutes())}`;
}

function lastSunday(year: number, month: number): number {
  const last = new Date(Date.UTC(year, month + 1, 0));
  return last.getUTCDate() - last.getUTCDay();
}

const minute = 60_000;

describe('the UK clock by rule, 1996 to 2099', () => {
  it('reads every local minute from midnight to 03:00 on both change days of every year as TZDate does', () => {
    for (let year = 1996; year <= 2099; year += 1) {
      for (const month of [3, 10]) {
        const day = lastSunday(year, month - 1);
        for (let m = 0; m < 180; m += 1) {
          const [hours, minutes] = [Math.floor(m / 60), m % 60];
          const local = `${year}-${pad(month)}-${pad(day)}T${pad(hours)}:${pad(minutes)}`;
          expect(toInstant(local).getTime(), local).toBe(tzInstant(year, month, day, hours, minutes));
        }
      }
    }
  });

  it('writes every instant, a minute apart, from 22:00 to 03:00 UTC around both changes of every year as TZDate does', () => {
    for (let year = 1996; year <= 2099; year += 1) {
      for (const month of [2, 9]) {
        const midnight = Date.UTC(year, month, lastSunday(year, month));
        for (let ms = midnight - 2 * 3_600_000; ms < midnight + 3 * 3_600_000; ms += minute) {
          expect(toUkLocalDateTime(new Date(ms)), new Date(ms).toISOString()).toBe(tzLocal(ms));
          expect(ukOffsetMs(ms)).toBe(-new TZDate(ms, ukZone).getTimezoneOffset() * minute);
        }
      }
    }
  });

  it('reads random local times as TZDate does, seconds included', () => {
    fc.assert(
      fc.property(
        fc.integer({ min: 1996, max: 2099 }),
        fc.integer({ min: 1, max: 12 }),
        fc.integer({ min: 1, max: 28 }),
        fc.integer({ min: 0, max: 23 }),
        fc.integer({ min: 0, max: 59 }),
        fc.integer({ min: 0, max: 59 }),
        (year, month, day, hours, minutes, seconds) => {
          const local = `${year}-${pad(month)}-${pad(day)}T${pad(hours)}:${pad(minutes)}:${pad(seconds)}`;
          expect(toInstant(local).getTime()).toBe(tzInstant(year, month, day, hours, minutes, seconds));
        },
      ),
      { numRuns: 2000 },
    );
  });

  it('writes random instants, to the millisecond, as TZDate does', () => {
    fc.assert(
      fc.property(fc.integer({ min: Date.UTC(1995, 11, 30), max: Date.UTC(2100, 0, 2) }), (ms) => {
        expect(toUkLocalDateTime(new Date(ms))).toBe(tzLocal(ms));
        expect(toUkDate(new Date(ms))).toBe(tzLocal(ms).slice(0, 10));
      }),
      { numRuns: 5000 },
    );
  });

  it('starts each UK day at the midnight TZDate gives', () => {
    fc.assert(
      fc.property(
        fc.integer({ min: Date.UTC(1995, 0, 1) / 86_400_000, max: Date.UTC(2101, 0, 1) / 86_400_000 }),
        (n) => {
          const date = new Date(n * 86_400_000);
          expect(ukDayStartMs(n)).toBe(
            tzInstant(date.getUTCFullYear(), date.getUTCMonth() + 1, date.getUTCDate(), 0, 0),
          );
        },
      ),
      { numRuns: 2000 },
    );
  });
});

describe('the UK clock outside the rule', () => {
  it('has no rule before 1996 or from 2100, and no offset for an invalid instant', () => {
    expect(ukOffsetMs(Date.UTC(1995, 11, 31, 23, 59))).toBeNull();
    expect(ukOffsetMs(Date.UTC(2100, 0, 1))).toBeNull();
    expect(ukOffsetMs(Number.NaN)).toBeNull();
  });

  it('follows the older UK rules through TZDate: 1995 ended summer time on 22 October, 1968 kept BST all winter', () => {
    expect(toInstant('1995-10-22T01:30').toISOString()).toBe('1995-10-22T01:30:00.000Z');
    expect(toInstant('1995-10-21T12:00').toISOString()).toBe('1995-10-21T11:00:00.000Z');
    expect(toUkLocalDateTime(new Date('1968-12-01T12:00Z'))).toBe('1968-12-01T13:00');
  });

  it('reads and writes random times from 1900 to 2200 as TZDate does', () => {
    fc.assert(
      fc.property(fc.integer({ min: Date.UTC(1900, 0, 1), max: Date.UTC(2200, 0, 1) }), (ms) => {
        const local = tzLocal(ms);
        expect(toUkLocalDateTime(new Date(ms))).toBe(local);
        const [date, time] = local.split('T') as [string, string];
        const [y, mo, d] = date.split('-').map(Number) as [number, number, number];
        const [h, mi] = time.split(':').map(Number) as [number, number];
        expect(toInstant(local).getTime()).toBe(tzInstant(y, mo, d, h, mi));
      }),
      { numRuns: 3000 },
    );
  });
});

describe('dates and times read by position', () => {
  // The pattern and Date.UTC, as isCalendarDate was first written.
  function plainIsCalendarDate(value: string): boolean {
    const match = /^(\d{4})-(\d{2})-(\d{2})$/.exec(value);
    if (!match) return false;
    const [year, month, day] = match.slice(1).map(Number) as [number, number, number];
    const date = new Date(Date.UTC(year, month - 1, day));
    return date.getUTCFullYear() === year && date.getUTCMonth() === month - 1 && date.getUTCDate() === day;
  }
  const digit = fc.constantFrom(...'0123456789');
  const nearDigit = fc.constantFrom(...'0123456789/:-T x');
  const text = (chars: fc.Arbitrary<string>, length: number) =>
    fc.array(chars, { minLength: length, maxLength: length }).map((c) => c.join(''));

  it('judges a calendar date as the pattern and Date.UTC did, for any year, month and day', () => {
    const dates = fc.oneof(
      fc.tuple(text(digit, 4), text(digit, 2), text(digit, 2)).map(([y, m, d]) => `${y}-${m}-${d}`),
      fc
        .tuple(
          fc.integer({ min: 0, max: 9999 }),
          fc.integer({ min: 0, max: 13 }),
          fc.integer({ min: 0, max: 32 }),
        )
        .map(([y, m, d]) => `${String(y).padStart(4, '0')}-${pad(m)}-${pad(d)}`),
      text(nearDigit, 10),
      fc.string({ maxLength: 12 }),
    );
    fc.assert(
      fc.property(dates, (date) => {
        expect(isCalendarDate(date)).toBe(plainIsCalendarDate(date));
      }),
      { numRuns: 20000 },
    );
    for (const date of ['2024-02-29', '2023-02-29', '1900-02-29', '2000-02-29', '0099-01-01', '0100-01-01'])
      expect(isCalendarDate(date)).toBe(plainIsCalendarDate(date));
  });

  it('reads YYYY-MM-DDTHH:MM as the pattern does, written days and months past their ends included', () => {
    const times = fc
      .tuple(
        fc.integer({ min: 1990, max: 2105 }),
        fc.integer({ min: 0, max: 13 }),
        fc.integer({ min: 0, max: 33 }),
        fc.integer({ min: 0, max: 25 }),
        fc.integer({ min: 0, max: 60 }),
      )
      .map(([y, mo, d, h, mi]) => `${y}-${pad(mo)}-${pad(d)}T${pad(h)}:${pad(mi)}`);
    fc.assert(
      fc.property(times, (time) => {
        // The same time with seconds written is read by the pattern, not by position.
        expect(toInstantMs(time)).toBe(toInstantMs(`${time}:00`));
      }),
      { numRuns: 5000 },
    );
  });

  it('finds the start of a day written YYYY-MM-DD as toInstantMs of its midnight does', () => {
    const days = fc
      .tuple(
        fc.integer({ min: 1990, max: 2105 }),
        fc.integer({ min: 0, max: 13 }),
        fc.integer({ min: 0, max: 33 }),
      )
      .map(([y, m, d]) => `${y}-${pad(m)}-${pad(d)}`);
    fc.assert(
      fc.property(days, (day) => {
        const start = ukDayStartOf(day);
        if (start !== null) expect(start).toBe(toInstantMs(`${day}T00:00:00`));
      }),
      { numRuns: 5000 },
    );
    expect(ukDayStartOf('2026-03-29')).toBe(Date.UTC(2026, 2, 29));
    expect(ukDayStartOf('2026-06-01')).toBe(Date.UTC(2026, 4, 31, 23));
    expect(ukDayStartOf('1995-06-01')).toBeNull();
    expect(ukDayStartOf('2026-6-01')).toBeNull();
  });
});
