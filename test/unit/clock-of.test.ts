// A time typed in a form's time box: what the contact, meeting, incident and visit forms all read.
import { describe, expect, it } from 'vitest';
import { clockOf } from '../../src/web/forms/dates.js';

describe('a typed time', () => {
  it('is read as HH:MM with a colon or a full stop, the hour padded', () => {
    expect(clockOf('14:30')).toBe('14:30');
    expect(clockOf('9.05')).toBe('09:05');
    expect(clockOf('00:30')).toBe('00:30');
    expect(clockOf('23:59')).toBe('23:59');
  });

  it('is no time when it names none on a 24-hour clock', () => {
    for (const typed of ['', '24:00', '25:00', '12:60', '1430', '2:5', '12:30pm', ' 12:30', '-1:30'])
      expect(clockOf(typed), typed).toBeUndefined();
  });
});
