// Password rules after the NCSC's password guidance: a long password (or passphrase) rather than a
// complex one, no forced mix of character types, no expiry, and a deny list of the passwords attackers try
// first. Checked wherever a password is set (accounts.ts `setPassword` and `changePassword`, invitations,
// the demo's accounts).
import { commonPasswords } from './common-passwords.js';

export const minimumPasswordLength = 12;
/** Long enough for any passphrase; a bound on what the hash is asked to read. */
export const maximumPasswordLength = 256;

/** How a password is compared with the deny list: case, spaces and punctuation ignored. */
export function normalisedPassword(password: string): string {
  return password.toLowerCase().replace(/[\s\p{P}\p{S}]/gu, '');
}

const denied = new Set(commonPasswords.map(normalisedPassword));

/**
 * What is wrong with a new password, in words for the person choosing it; empty when it will do. `email`:
 * the account's own address, which is the first thing an attacker tries.
 */
export function passwordProblems(password: string, email?: string): string[] {
  if ([...password].length < minimumPasswordLength)
    return [`Password must be ${minimumPasswordLength} characters or more`];
  if ([...password].length > maximumPasswordLength)
    return [`Password must be ${maximumPasswordLength} characters or fewer`];
  const normal = normalisedPassword(password);
  if (denied.has(normal) || new Set(normal).size < 4)
    return [
      'Password is too easy to guess: choose one that is not a common password, such as three random words',
    ];
  const local = email?.split('@')[0]?.toLowerCase();
  if (email && (normal === normalisedPassword(email) || (local && normal === normalisedPassword(local))))
    return ['Password must not be your email address'];
  return [];
}

/** A problem with a new password, naming the form's box it is about. */
export interface NewPasswordProblem {
  path: 'password' | 'confirmation';
  message: string;
}

/** A new password typed twice: the rules above, then the two boxes alike. */
export function newPasswordProblems(
  password: string,
  confirmation: string,
  email: string,
): NewPasswordProblem[] {
  const problems: NewPasswordProblem[] = passwordProblems(password, email).map((message) => ({
    path: 'password',
    message,
  }));
  if (problems.length === 0 && password !== confirmation)
    problems.push({ path: 'confirmation', message: 'Enter the same password in both boxes' });
  return problems;
}
