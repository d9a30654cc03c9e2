import nunjucks from 'nunjucks';
import { describe, expect, it } from 'vitest';
import { configureNunjucks } from '../../src/web/nunjucks.js';
import { ukDate, ukDateTime, ukTime } from '../../src/web/uk-dates.js';

describe('UK dates', () => {
  it('writes a winter time as GMT', () => {
    expect(ukDateTime('2026-01-06T10:00')).toBe('6 January 2026 at 10:00');
    expect(ukDateTime('2026-01-06T10:00:00Z')).toBe('6 January 2026 at 10:00');
  });

  it('writes a summer instant in British Summer Time', () => {
    expect(ukDateTime('2026-07-06T09:30:00Z')).toBe('6 July 2026 at 10:30');
    expect(ukTime(new Date('2026-07-06T09:30:00Z'))).toBe('10:30');
  });

  it('puts a late-evening UTC instant on the next UK day in summer', () => {
    expect(ukDate('2026-07-06T23:30:00.000Z')).toBe('7 July 2026');
  });

  it('writes a calendar date as itself, never shifted by a zone', () => {
    expect(ukDate('2026-03-29')).toBe('29 March 2026');
    expect(ukDate('2025-10-26')).toBe('26 October 2025');
  });

  it('keeps a local time without an offset in UK time across the clock change', () => {
    expect(ukDateTime('2026-03-29T09:00')).toBe('29 March 2026 at 09:00');
  });
});

describe('template filters', () => {
  const env = configureNunjucks(new nunjucks.Environment(null, { autoescape: true }));

  it('format dates in templates', () => {
    expect(
      env.renderString('{{ at | ukDateTime }} / {{ on | ukDate }}', {
        at: '2026-01-06T10:00',
        on: '2026-01-06',
      }),
    ).toBe('6 January 2026 at 10:00 / 6 January 2026');
  });

  it('show an unreadable date as written, and nothing for no date', () => {
    expect(env.renderString('[{{ at | ukDateTime }}][{{ none | ukDate }}]', { at: 'soon' })).toBe('[soon][]');
  });

  it('escape what they show', () => {
    expect(env.renderString('{{ at | ukDate }}', { at: '<b>' })).toBe('&lt;b&gt;');
  });
});
