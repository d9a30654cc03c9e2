import { describe, expect, it } from 'vitest';
import { loadConfig } from '../../src/config.js';

const base = { SESSION_SECRET: 'x', DATABASE_URL: 'sqlite::memory:' };

describe('OIDC configuration', () => {
  it('is absent without OIDC_ISSUER', () => {
    expect(loadConfig(base).oidc).toBeUndefined();
  });

  it('comes back to PUBLIC_URL', () => {
    const config = loadConfig({
      ...base,
      OIDC_ISSUER: 'https://login.council.example',
      OIDC_CLIENT_ID: 'stickability',
      OIDC_CLIENT_SECRET: 'secret',
      PUBLIC_URL: 'https://stickability.council.example/',
    });
    expect(config.oidc).toEqual({
      issuer: 'https://login.council.example',
      clientId: 'stickability',
      clientSecret: 'secret',
      redirectUri: 'https://stickability.council.example/sign-in/oidc/callback',
    });
  });

  it('fails at start-up without the client, or with an issuer that is not a URL', () => {
    expect(() => loadConfig({ ...base, OIDC_ISSUER: 'https://login.council.example' })).toThrow(
      /OIDC_CLIENT_ID/,
    );
    expect(() =>
      loadConfig({ ...base, OIDC_ISSUER: 'council', OIDC_CLIENT_ID: 'a', OIDC_CLIENT_SECRET: 'b' }),
    ).toThrow(/OIDC_ISSUER must be a URL/);
  });
});
