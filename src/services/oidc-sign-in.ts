// Sign-in through the partnership's identity provider (OpenID Connect, `openid-client`): the
// authorization code flow with PKCE, state and nonce. `start` gives the address to send the user to and
// the secrets to keep in their session; `finish` checks what came back (state, the ID token's signature,
// issuer, audience and nonce, the PKCE verifier at the token endpoint) and gives the email the provider
// vouches for. Who that is here, if anyone, is accounts.signInConfirmed's question.
import * as client from 'openid-client';
import type { OidcConfig } from '../config.js';

/** What the user's session keeps between `start` and `finish`: never sent to the browser. */
export interface OidcPending {
  codeVerifier: string;
  state: string;
  nonce: string;
  returnTo?: string | undefined;
}

export type OidcResult = { email: string } | { refused: string };

export function oidcSignIn(config: OidcConfig) {
  let discovered: Promise<client.Configuration> | undefined;
  // Discovered on first use (not at start-up, so the service starts while the provider is down), and
  // again after a failure.
  const configuration = () => {
    discovered ??= client
      .discovery(new URL(config.issuer), config.clientId, config.clientSecret, undefined, {
        // Plain HTTP only to a provider on this machine (development and the tests); else HTTPS.
        ...(isLoopbackHttp(config.issuer) ? { execute: [client.allowInsecureRequests] } : {}),
      })
      .catch((error: unknown) => {
        discovered = undefined;
        throw error;
      });
    return discovered;
  };

  async function start(returnTo: string | undefined): Promise<{ url: string; pending: OidcPending }> {
    const pending: OidcPending = {
      codeVerifier: client.randomPKCECodeVerifier(),
      state: client.randomState(),
      nonce: client.randomNonce(),
      returnTo,
    };
    const url = client.buildAuthorizationUrl(await configuration(), {
      redirect_uri: config.redirectUri,
      scope: 'openid email',
      code_challenge: await client.calculatePKCECodeChallenge(pending.codeVerifier),
      code_challenge_method: 'S256',
      state: pending.state,
      nonce: pending.nonce,
    });
    return { url: url.href, pending };
  }

  /** `query`: the callback's query string, as the provider sent it. */
  async function finish(pending: OidcPending, query: string): Promise<OidcResult> {
    const callback = new URL(config.redirectUri);
    callback.search = query;
    try {
      const configured = await configuration();
      const tokens = await client.authorizationCodeGrant(configured, callback, {
        pkceCodeVerifier: pending.codeVerifier,
        expectedState: pending.state,
        expectedNonce: pending.nonce,
        idTokenExpected: true,
      });
      const claims = tokens.claims();
      if (!claims) return { refused: 'the provider gave no ID token' };
      // A provider may keep the `email` scope's claims for its userinfo endpoint (OIDC Core 5.4): ask there,
      // for the same subject as the ID token's.
      const email =
        typeof claims.email === 'string'
          ? claims
          : await client.fetchUserInfo(configured, tokens.access_token, claims.sub);
      if (typeof email.email !== 'string' || !email.email)
        return { refused: 'the provider gave no email address' };
      if (email.email_verified === false)
        return { refused: 'the provider has not verified the email address' };
      return { email: email.email };
    } catch (error) {
      return { refused: refusalOf(error) };
    }
  }

  return { issuer: config.issuer, start, finish };
}

export type OidcSignIn = ReturnType<typeof oidcSignIn>;

function isLoopbackHttp(issuer: string): boolean {
  const url = new URL(issuer);
  return url.protocol === 'http:' && ['127.0.0.1', 'localhost', '[::1]'].includes(url.hostname);
}

function refusalOf(error: unknown): string {
  if (error instanceof client.AuthorizationResponseError) return `the provider said ${error.error}`;
  if (error instanceof Error) return (error as Error & { code?: string }).code ?? error.message;
  return 'unknown';
}
