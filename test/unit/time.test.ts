// Times in the exchange format are ISO 8601, and a time without an offset is Europe/London (FORMAT.md):
// GMT in winter, BST (UTC+1) from 01:00 UTC on the last Sunday of March to 01:00 UTC on the last Sunday of October.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  ageInYears,
  ageText,
  isCalendarDate,
  isLocalOrOffsetDateTime,
  toInstant,
  toUkDate,
  toUkLocalDateTime,
} from '../../src/domain/time.js';

const utc = (iso: string) => new Date(`${iso}Z`);

describe('UK local time', () => {
  it('is GMT in winter and BST in summer', () => {
    expect(toInstant('2026-01-15T10:00')).toEqual(utc('2026-01-15T10:00'));
    expect(toInstant('2026-07-15T10:00')).toEqual(utc('2026-07-15T09:00'));
  });

  describe('when the clocks go forward, 2026-03-29', () => {
    it('reads 00:59 as GMT and 02:00 as BST', () => {
      expect(toInstant('2026-03-29T00:59')).toEqual(utc('2026-03-29T00:59'));
      expect(toInstant('2026-03-29T02:00')).toEqual(utc('2026-03-29T01:00'));
    });

    it('writes the minute before and the minute of the change an hour apart on the clock', () => {
      expect(toUkLocalDateTime(utc('2026-03-29T00:59'))).toBe('2026-03-29T00:59');
      expect(toUkLocalDateTime(utc('2026-03-29T01:00'))).toBe('2026-03-29T02:00');
    });

    it('reads a time in the skipped hour as the same time an hour on, in BST', () => {
      expect(toInstant('2026-03-29T01:30')).toEqual(utc('2026-03-29T01:30'));
      expect(toUkLocalDateTime(toInstant('2026-03-29T01:30'))).toBe('2026-03-29T02:30');
    });
  });

  describe('when the clocks go back, 2026-10-25', () => {
    it('writes both 01:30s as 01:30', () => {
      expect(toUkLocalDateTime(utc('2026-10-25T00:30'))).toBe('2026-10-25T01:30');
      expect(toUkLocalDateTime(utc('2026-10-25T01:30'))).toBe('2026-10-25T01:30');
    });

    it('reads 00:30 as BST and 02:00 as GMT', () => {
      expect(toInstant('2026-10-25T00:30')).toEqual(utc('2026-10-24T23:30'));
      expect(toInstant('2026-10-25T02:00')).toEqual(utc('2026-10-25T02:00'));
    });

    it('reads the repeated 01:30 as one of its two instants', () => {
      expect([utc('2026-10-25T00:30').getTime(), utc('2026-10-25T01:30').getTime()]).toContain(
        toInstant('2026-10-25T01:30').getTime(),
      );
    });
  });

  it('gives the UK date of an instant, which in summer starts at 23:00 UTC', () => {
    expect(toUkDate(utc('2026-06-30T22:59'))).toBe('2026-06-30');
    expect(toUkDate(utc('2026-06-30T23:00'))).toBe('2026-07-01');
    expect(toUkDate(utc('2026-12-31T23:59'))).toBe('2026-12-31');
  });

  it('round-trips every local minute that exists on a UK clock', () => {
    fc.assert(
      fc.property(localMinute(), (local) => {
        expect(toUkLocalDateTime(toInstant(local))).toBe(local);
      }),
    );
  });

  it('round-trips every instant, to the minute, except the repeated hour in October', () => {
    fc.assert(
      fc.property(instantToTheMinute(), (instant) => {
        const local = toUkLocalDateTime(instant);
        const back = toInstant(local).getTime() - instant.getTime();
        expect(
          back === 0 || (back === 3_600_000 && isLastSundayOf(9, instant) && local.slice(11, 13) === '01'),
        ).toBe(true);
      }),
    );
  });
});

describe('a time with an offset', () => {
  it('is the instant it says, whatever the UK clock', () => {
    expect(toInstant('2026-06-01T10:00+02:00')).toEqual(utc('2026-06-01T08:00'));
    expect(toInstant('2026-06-01T10:00Z')).toEqual(utc('2026-06-01T10:00'));
    expect(toInstant('2026-01-15T10:00-05:00')).toEqual(utc('2026-01-15T15:00'));
    expect(toInstant('2026-03-29T01:30:15+00:00')).toEqual(utc('2026-03-29T01:30:15'));
  });

  it('must be an offset a clock can have', () => {
    expect(isLocalOrOffsetDateTime('2026-06-01T10:00+14:00')).toBe(true);
    expect(isLocalOrOffsetDateTime('2026-06-01T10:00+24:00')).toBe(false);
    expect(isLocalOrOffsetDateTime('2026-06-01T10:00+05:60')).toBe(false);
  });
});

describe('the shapes of dates and times', () => {
  it.each(['2026-02-28', '2028-02-29', '2026-12-31', '2026-01-01'])('%s is a calendar date', (date) => {
    expect(isCalendarDate(date)).toBe(true);
  });

  it.each([
    '2026-02-30',
    '2026-02-29',
    '2026-04-31',
    '2026-13-01',
    '2026-00-10',
    '2026-1-05',
    '05/01/2026',
    '',
  ])('%s is not a calendar date', (date) => {
    expect(isCalendarDate(date)).toBe(false);
  });

  it.each([
    '2026-01-06T10:00',
    '2026-01-06T10:00:59',
    '2026-01-06T10:00:59.125',
    '2026-01-06T23:59Z',
    '2026-01-06T10:00+01:00',
  ])('%s is a date and time', (time) => {
    expect(isLocalOrOffsetDateTime(time)).toBe(true);
  });

  it.each([
    '2026-01-06',
    '2026-01-06 10:00',
    '2026-01-06T24:00',
    '2026-01-06T10:60',
    '2026-01-06T10:00:60',
    '2026-02-30T10:00',
    '2026-01-06T10:00+0100',
  ])('%s is not a date and time', (time) => {
    expect(isLocalOrOffsetDateTime(time)).toBe(false);
  });

  it('refuses to read a time that is not one', () => {
    expect(() => toInstant('tomorrow')).toThrow(RangeError);
  });
});

describe('age in years', () => {
  it('goes up on the birthday, not the day before', () => {
    expect(ageInYears('2020-05-10', utc('2026-05-09T12:00'))).toBe(5);
    expect(ageInYears('2020-05-10', utc('2026-05-10T12:00'))).toBe(6);
  });

  it('counts the birthday by the UK date, so a summer birthday starts at 23:00 UTC the day before', () => {
    expect(ageInYears('2020-07-01', utc('2026-06-30T22:59'))).toBe(5);
    expect(ageInYears('2020-07-01', utc('2026-06-30T23:00'))).toBe(6);
  });

  it('is 0 for a baby under a year old', () => {
    expect(ageInYears('2025-12-01', utc('2026-03-01T10:00'))).toBe(0);
  });

  it('counts a 29 February birthday on 1 March in other years', () => {
    expect(ageInYears('2024-02-29', utc('2027-02-28T12:00'))).toBe(2);
    expect(ageInYears('2024-02-29', utc('2027-03-01T12:00'))).toBe(3);
    expect(ageInYears('2024-02-29', utc('2028-02-29T12:00'))).toBe(4);
  });

  it('is n at noon on the nth birthday and n - 1 at noon the day before', () => {
    fc.assert(
      fc.property(calendarDay(), fc.integer({ min: 1, max: 80 }), ([year, month, day], n) => {
        const dateOfBirth = isoDate(year, month, day);
        const birthday = isoDate(year + n, month, day);
        const dayBefore = new Date(Date.UTC(year + n, month - 1, day - 1, 12)).toISOString().slice(0, 16);
        expect(ageInYears(dateOfBirth, toInstant(`${birthday}T12:00`))).toBe(n);
        expect(ageInYears(dateOfBirth, toInstant(dayBefore))).toBe(n - 1);
      }),
    );
  });
});

// Days 1 to 28 of any month, so every year has each one.
function calendarDay() {
  return fc.tuple(
    fc.integer({ min: 1950, max: 2030 }),
    fc.integer({ min: 1, max: 12 }),
    fc.integer({ min: 1, max: 28 }),
  );
}

function isoDate(year: number, month: number, day: number): string {
  return `${year}-${String(month).padStart(2, '0')}-${String(day).padStart(2, '0')}`;
}

function minute(iso: string): number {
  return utc(iso).getTime() / 60_000;
}

/** Whether the instant's UTC date is the last Sunday of the month (0-based, as Date counts months). */
function isLastSundayOf(month: number, instant: Date): boolean {
  const nextWeek = new Date(instant.getTime() + 7 * 86_400_000);
  return instant.getUTCMonth() === month && instant.getUTCDay() === 0 && nextWeek.getUTCMonth() !== month;
}

/** The day the clocks change in a year's March or October (1-based months): its last Sunday. */
function changeDay(year: number, month: 3 | 10): number {
  let day = 31;
  while (new Date(Date.UTC(year, month - 1, day)).getUTCDay() !== 0) day -= 1;
  return day;
}

const twoDigits = (n: number) => String(n).padStart(2, '0');

/** Any minute of 2000–2037, half of them in the small hours of a day the clocks change. */
function localFields() {
  const anyDay = fc
    .tuple(
      fc.integer({ min: 2000, max: 2037 }),
      fc.integer({ min: 1, max: 12 }),
      fc.integer({ min: 1, max: 31 }),
    )
    .filter(([year, month, day]) => isCalendarDate(isoDate(year, month, day)));
  const changes = fc
    .tuple(fc.integer({ min: 2000, max: 2037 }), fc.constantFrom(3 as const, 10 as const))
    .map(([year, month]) => [year, month, changeDay(year, month)] as const);
  return fc.oneof(
    fc.tuple(anyDay, fc.integer({ min: 0, max: 23 }), fc.integer({ min: 0, max: 59 })),
    fc.tuple(changes, fc.integer({ min: 0, max: 3 }), fc.integer({ min: 0, max: 59 })),
  );
}

/** A local time to the minute that a UK clock shows at some moment: not in the hour skipped in March. */
function localMinute() {
  return localFields()
    .filter(([[year, month, day], hour]) => !(month === 3 && day === changeDay(year, 3) && hour === 1))
    .map(
      ([[year, month, day], hour, minute]) =>
        `${isoDate(year, month, day)}T${twoDigits(hour)}:${twoDigits(minute)}`,
    );
}

/** An instant to the minute in 2000–2037, half of them within the hours around a change of the clocks. */
function instantToTheMinute() {
  const anyMinute = fc.integer({ min: minute('2000-01-01T00:00'), max: minute('2037-12-31T23:59') });
  const nearChange = fc
    .tuple(
      fc.integer({ min: 2000, max: 2037 }),
      fc.constantFrom(3 as const, 10 as const),
      fc.integer({ min: -60, max: 120 }),
    )
    .map(([year, month, offset]) => minute(`${isoDate(year, month, changeDay(year, month))}T01:00`) + offset);
  return fc.oneof(anyMinute, nearChange).map((n) => new Date(n * 60_000));
}

describe('ages as people say them', () => {
  it('gives months under two and years from two', () => {
    const at = new Date('2026-11-23T12:00:00Z');
    expect(ageText('2026-07-14', at)).toBe('4 months');
    expect(ageText('2026-10-23', at)).toBe('1 month');
    expect(ageText('2026-11-20', at)).toBe('0 months');
    expect(ageText('2024-11-24', at)).toBe('23 months');
    expect(ageText('2024-11-23', at)).toBe('2');
  });
});
