// Addresses an attacker might put in a sign-in link's `returnTo`, for the tests that no sign-in follows one.

// Each is another site to a browser once it has read it, or on the way there (`\` is `/`, tabs and newlines
// vanish, `.` and `..` and their %2e spellings resolve), and must never be where sign-in sends anyone.
export const offSiteReturns = [
  'https://evil.example/',
  '//evil.example/cases',
  '/.//evil.example',
  '/././/evil.example',
  '/%2e%2e//evil.example',
  '/%2E%2e//evil.example',
  '/..//evil.example',
  '/a/..//evil.example',
  '/a/%2e%2e//evil.example',
  '/a/b/../..//evil.example',
  '/\\evil.example',
  '/\\\\evil.example',
  '/.\\/evil.example',
  '/\t/evil.example',
  '/\n/evil.example',
  '/\r\n/evil.example',
  '/.\t//evil.example',
  ' //evil.example',
  'javascript:alert(1)',
];

/** True when a browser on this site, reading `location`, stays on this site. */
export function staysOnSite(location: string): boolean {
  const here = 'http://stickability.test';
  return /^\/(?![/\\])/.test(location) && new URL(location, here).origin === here;
}
