import { describe, expect, it } from 'vitest';
import { demoPassword } from '../../src/cli/demo.js';
import { minimumPasswordLength, passwordProblems } from '../../src/domain/password-rules.js';

describe('password rules (NCSC)', () => {
  it('takes a long passphrase with no forced mix of characters', () => {
    expect(passwordProblems('purple kettle marching')).toEqual([]);
    expect(passwordProblems('allinlowercasewords')).toEqual([]);
  });

  it(`asks for ${minimumPasswordLength} characters or more, counting characters rather than bytes`, () => {
    expect(passwordProblems('Tr0ub4dor&3')).toEqual(['Password must be 12 characters or more']);
    expect(passwordProblems('ééééééabcdef')).toEqual([]);
  });

  it('refuses common passwords, whatever their case, spaces and punctuation', () => {
    for (const common of ['password1234', 'Password-1234!', 'QWERTY 123456', 'password!!!!', 'Liverpool123!'])
      expect(passwordProblems(common), common).toEqual([expect.stringContaining('too easy to guess')]);
  });

  it('refuses a run of one or two characters repeated', () => {
    expect(passwordProblems('abababababab')).toEqual([expect.stringContaining('too easy to guess')]);
  });

  it("refuses the account's own email address", () => {
    expect(passwordProblems('sam.taylor@council.example', 'sam.taylor@council.example')).toEqual([
      'Password must not be your email address',
    ]);
    expect(passwordProblems('samtaylor.council', 'samtaylor.council@x.example')).toEqual([
      'Password must not be your email address',
    ]);
  });

  it("accepts the demo's password", () => {
    expect(passwordProblems(demoPassword)).toEqual([]);
  });
});
