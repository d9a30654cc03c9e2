// Working days (src/domain/assessment/working-days.ts) are counted from a list of each nation's working
// days rather than by walking the calendar a day at a time. These tests hold the list to the walk.
import Holidays from 'date-holidays';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  addDays,
  addWorkingDays,
  isWorkingDay,
  workingDayFrom,
  workingDaysBetween,
} from '../../src/domain/assessment/working-days.js';
import type { Nation } from '../../src/domain/packs/types.js';

const nations: Nation[] = ['england-and-wales', 'scotland'];

// The walk, as the rules first counted: a day at a time, with date-holidays' public and bank holidays.
const regions: Record<Nation, string> = { 'england-and-wales': 'ENG', scotland: 'SCT' };
const holidays = new Map<string, Set<string>>();
function walkIsWorking(day: string, nation: Nation): boolean {
  const weekday = new Date(`${day}T00:00:00Z`).getUTCDay();
  if (weekday === 0 || weekday === 6) return false;
  const key = `${nation}:${day.slice(0, 4)}`;
  if (!holidays.has(key)) {
    const list = new Holidays('GB', regions[nation]).getHolidays(Number(day.slice(0, 4)));
    holidays.set(
      key,
      new Set(list.filter((h) => h.type === 'public' || h.type === 'bank').map((h) => h.date.slice(0, 10))),
    );
  }
  return !holidays.get(key)?.has(day);
}
const next = (day: string) =>
  new Date(Date.parse(`${day}T00:00:00Z`) + 86_400_000).toISOString().slice(0, 10);
function walkAdd(day: string, n: number, nation: Nation): string {
  let current = day;
  for (let counted = 0; counted < n;) {
    current = next(current);
    if (walkIsWorking(current, nation)) counted += 1;
  }
  return current;
}
function walkBetween(from: string, to: string, nation: Nation): number {
  let count = 0;
  for (let day = next(from); day <= to; day = next(day)) if (walkIsWorking(day, nation)) count += 1;
  return count;
}

const dayIn = (fromYear: number, toYear: number) =>
  fc
    .integer({ min: Date.UTC(fromYear, 0, 1) / 86_400_000, max: Date.UTC(toYear, 11, 31) / 86_400_000 })
    .map((n) => new Date(n * 86_400_000).toISOString().slice(0, 10));

describe('working days', () => {
  it('skip weekends and each nation’s bank holidays', () => {
    expect(addWorkingDays('2026-12-24', 1, 'england-and-wales')).toBe('2026-12-29'); // Christmas, Boxing Day (Monday 28th)
    expect(isWorkingDay('2027-01-04', 'england-and-wales')).toBe(true);
    expect(isWorkingDay('2027-01-04', 'scotland')).toBe(false); // 2 January moves to Monday 4th in Scotland
    expect(workingDaysBetween('2026-12-24', '2027-01-05', 'england-and-wales')).toBe(5); // 29, 30, 31 December, 4 and 5 January
    expect(workingDayFrom('2026-12-25', 'scotland')).toBe('2026-12-29');
  });

  it('count n working days on as the walk does, for any day from 1990 to 2150 and n up to 80', () => {
    fc.assert(
      fc.property(
        dayIn(1990, 2150),
        fc.integer({ min: 0, max: 80 }),
        fc.constantFrom(...nations),
        (day, n, nation) => {
          expect(addWorkingDays(day, n, nation)).toBe(walkAdd(day, n, nation));
        },
      ),
      { numRuns: 3000 },
    );
  });

  it('count the working days between two days as the walk does', () => {
    fc.assert(
      fc.property(
        dayIn(1990, 2150),
        fc.integer({ min: -30, max: 400 }),
        fc.constantFrom(...nations),
        (from, days, nation) => {
          const to = addDays(from, days);
          expect(workingDaysBetween(from, to, nation)).toBe(walkBetween(from, to, nation));
        },
      ),
      { numRuns: 2000 },
    );
  });

  it('find the first working day on or after a day as the walk does', () => {
    fc.assert(
      fc.property(dayIn(1990, 2150), fc.constantFrom(...nations), (day, nation) => {
        let expected = day;
        while (!walkIsWorking(expected, nation)) expected = next(expected);
        expect(workingDayFrom(day, nation)).toBe(expected);
      }),
      { numRuns: 2000 },
    );
  });

  it('work far outside the kept years too (by walking)', () => {
    expect(addWorkingDays('2250-06-06', 3, 'england-and-wales')).toBe(
      walkAdd('2250-06-06', 3, 'england-and-wales'),
    );
    expect(workingDaysBetween('1890-01-01', '1890-02-01', 'scotland')).toBe(
      walkBetween('1890-01-01', '1890-02-01', 'scotland'),
    );
  });
});
