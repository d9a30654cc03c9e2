import { mkdtempSync, readFileSync, statSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { loadConfig } from '../../src/config.js';

const folder = () => mkdtempSync(join(tmpdir(), 'stickability-config-'));

describe('configuration from the environment', () => {
  it('defaults to port 3000 and secure cookies on HTTPS requests only', () => {
    const dir = folder();
    const config = loadConfig({ DATABASE_URL: `sqlite:${join(dir, 'x.db')}` });
    expect(config).toMatchObject({ port: 3000, secureCookies: 'auto', trustProxy: false });
  });

  it('generates a session secret once, keeps it beside the database, readable only by its owner', () => {
    const dir = folder();
    const env = { DATABASE_URL: `sqlite:${join(dir, 'x.db')}` };
    const first = loadConfig(env).sessionSecret;
    expect(first).toMatch(/^[0-9a-f]{64}$/);
    expect(loadConfig(env).sessionSecret).toBe(first);
    expect(readFileSync(join(dir, 'session-secret'), 'utf8')).toBe(first);
    expect(statSync(join(dir, 'session-secret')).mode & 0o077).toBe(0);
  });

  it('uses SESSION_SECRET, PORT and COOKIE_SECURE when given', () => {
    const config = loadConfig({
      DATABASE_URL: `sqlite:${join(folder(), 'x.db')}`,
      SESSION_SECRET: 's3cret',
      PORT: '8080',
      COOKIE_SECURE: 'true',
    });
    expect(config).toMatchObject({ sessionSecret: 's3cret', port: 8080, secureCookies: true });
  });

  it('sends email only when SMTP_URL is set, from MAIL_FROM', () => {
    const base = { DATABASE_URL: `sqlite:${join(folder(), 'x.db')}`, SESSION_SECRET: 'x' };
    expect(loadConfig(base).mail).toBeUndefined();
    expect(loadConfig({ ...base, SMTP_URL: 'smtp://127.0.0.1:2525' }).mail).toEqual({
      smtpUrl: 'smtp://127.0.0.1:2525',
      from: 'Stickability <no-reply@localhost>',
    });
    expect(
      loadConfig({ ...base, SMTP_URL: 'smtps://mail.example', MAIL_FROM: 'alerts@council.example' }).mail,
    ).toMatchObject({ from: 'alerts@council.example' });
    // The refusal does not repeat a password given in the URL.
    expect(() => loadConfig({ ...base, SMTP_URL: 'http://user:secret@mail' })).toThrow(/SMTP_URL/);
    expect(() => loadConfig({ ...base, SMTP_URL: 'http://user:secret@mail' })).not.toThrow(/secret/);
  });

  it('builds links for outside the pages from PUBLIC_URL, the service’s origin, localhost by default', () => {
    const base = { DATABASE_URL: `sqlite:${join(folder(), 'x.db')}`, SESSION_SECRET: 'x' };
    expect(loadConfig(base).publicUrl).toBe('http://localhost:3000');
    expect(loadConfig({ ...base, PORT: '8080' }).publicUrl).toBe('http://localhost:8080');
    expect(loadConfig({ ...base, PUBLIC_URL: 'https://stickability.council.example/' }).publicUrl).toBe(
      'https://stickability.council.example',
    );
    for (const wrong of [
      'stickability.council.example',
      'ftp://council.example',
      'https://council.example/app',
    ])
      expect(() => loadConfig({ ...base, PUBLIC_URL: wrong })).toThrow(/PUBLIC_URL/);
  });

  it('believes X-Forwarded-For only from the load balancers TRUST_PROXY names', () => {
    const base = { DATABASE_URL: `sqlite:${join(folder(), 'x.db')}`, SESSION_SECRET: 'x' };
    expect(loadConfig({ ...base, TRUST_PROXY: 'false' }).trustProxy).toBe(false);
    expect(loadConfig({ ...base, TRUST_PROXY: '10.0.0.5' }).trustProxy).toEqual(['10.0.0.5']);
    expect(loadConfig({ ...base, TRUST_PROXY: '10.0.0.0/8, fd00::/8,loopback' }).trustProxy).toEqual([
      '10.0.0.0/8',
      'fd00::/8',
      'loopback',
    ]);
    // `true` would believe the address a client writes itself; a count of hops is not honoured.
    expect(() => loadConfig({ ...base, TRUST_PROXY: 'true' })).toThrow(/load balancer's address/);
    for (const wrong of ['1', '10.0.0.0/33', 'balancer.internal', '10.0.0.5/8/1'])
      expect(() => loadConfig({ ...base, TRUST_PROXY: wrong })).toThrow(/TRUST_PROXY/);
  });

  it('refuses a port that is not a number and a database it does not know', () => {
    expect(() => loadConfig({ PORT: 'eighty', SESSION_SECRET: 'x' })).toThrow(/PORT/);
    expect(() => loadConfig({ DATABASE_URL: 'mysql://db', SESSION_SECRET: 'x' })).toThrow(/sqlite:/);
  });
});
