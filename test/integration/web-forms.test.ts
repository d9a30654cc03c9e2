import { describe, expect, it } from 'vitest';
import { z } from 'zod';
import { formErrors, readForm } from '../../src/web/forms/errors.js';
import { safeReturnTo, signInPath } from '../../src/web/paths.js';

describe('formErrors', () => {
  it('links each problem to its field and puts the same words beside the field', () => {
    const errors = formErrors([
      { path: 'email', message: 'Enter your email address' },
      { path: 'password', message: 'Enter your password' },
    ]);
    expect(errors).toEqual({
      errorList: [
        { text: 'Enter your email address', href: '#email' },
        { text: 'Enter your password', href: '#password' },
      ],
      fields: { email: { text: 'Enter your email address' }, password: { text: 'Enter your password' } },
    });
  });

  it('keeps only the first problem of a field', () => {
    const errors = formErrors([
      { path: 'email', message: 'Enter your email address' },
      { path: 'email', message: 'Enter an email address in the correct format' },
    ]);
    expect(errors.errorList).toHaveLength(1);
    expect(errors.fields.email).toEqual({ text: 'Enter your email address' });
  });

  it('names nested fields by their path and links a date to its first box', () => {
    const errors = formErrors(
      [
        { path: ['children', 0, 'name'], message: 'Enter the child’s name' },
        { path: ['dateOfBirth'], message: 'Date of birth must be in the past' },
      ],
      { anchors: { dateOfBirth: 'dateOfBirth-day' } },
    );
    expect(errors.errorList).toEqual([
      { text: 'Enter the child’s name', href: '#children[0].name' },
      { text: 'Date of birth must be in the past', href: '#dateOfBirth-day' },
    ]);
    expect(Object.keys(errors.fields)).toEqual(['children[0].name', 'dateOfBirth']);
  });

  it('lists a problem with the whole form without a link or a field', () => {
    const errors = formErrors([{ path: [], message: 'Choose at least one child' }]);
    expect(errors).toEqual({ errorList: [{ text: 'Choose at least one child' }], fields: {} });
  });

  it('reads a zod error directly', () => {
    const result = z.object({ name: z.string().min(1, 'Enter a name') }).safeParse({ name: '' });
    expect(result.success).toBe(false);
    if (!result.success) expect(formErrors(result.error).fields).toEqual({ name: { text: 'Enter a name' } });
  });
});

describe('readForm', () => {
  const form = z.object({
    name: z.string().trim().min(1, 'Enter a name'),
    visits: z.coerce.number().int('Enter a whole number').min(0, 'Enter 0 or more'),
  });

  it('gives the parsed values of a good form', () => {
    expect(readForm(form, { name: ' Sam ', visits: '3' })).toEqual({
      ok: true,
      value: { name: 'Sam', visits: 3 },
    });
  });

  it('gives GOV.UK errors for a bad one', () => {
    const reading = readForm(form, { name: '', visits: '-1' });
    expect(reading.ok).toBe(false);
    if (!reading.ok)
      expect(reading.errors.errorList.map((error) => error.href)).toEqual(['#name', '#visits']);
  });

  it('reads a missing body as an empty form', () => {
    const reading = readForm(form, undefined);
    expect(reading.ok).toBe(false);
    if (!reading.ok) expect(Object.keys(reading.errors.fields)).toEqual(['name', 'visits']);
  });
});

describe('return paths after sign-in', () => {
  it('accepts a path on this site, with its query', () => {
    expect(safeReturnTo('/cases')).toBe('/cases');
    expect(safeReturnTo('/cases/MK-1?tab=chronology')).toBe('/cases/MK-1?tab=chronology');
  });

  it.each([
    ['another site', 'https://evil.example/'],
    ['a protocol-relative address', '//evil.example/cases'],
    ['a backslash trick', '/\\evil.example'],
    ['a tab hidden in the slashes', '/\t/evil.example'],
    ['a relative path', 'cases'],
    ['a script', 'javascript:alert(1)'],
    ['nothing', undefined],
    ['a list', ['/cases']],
  ])('refuses %s', (_situation, value) => {
    expect(safeReturnTo(value)).toBeUndefined();
  });

  it('builds the sign-in address that comes back', () => {
    expect(signInPath('/cases?x=1')).toBe('/sign-in?returnTo=%2Fcases%3Fx%3D1');
    expect(signInPath()).toBe('/sign-in');
  });
});
