// The UK clock without Intl (src/domain/time.ts): from 1996 to 2099 the offset is worked out from the EU
// rule (BST from 01:00 UTC on the last Sunday of March to 01:00 UTC on the last Sunday of October), and
// everything else asks TZDate. These tests hold the rule to TZDate: every minute around every change of
// the clocks in those years, and random times across them and beyond.
import { TZDate } from '@date-fns/tz';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  toInstant,
  toUkDate,
  toUkLocalDateTime,
  ukDayStartMs,
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
