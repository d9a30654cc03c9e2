// A small OpenID Connect provider for the tests (the maintained `oidc-provider` package), on 127.0.0.1 at
// a port of its own: one confidential client, PKCE required, the `email` scope, and accounts given by the
// test. Its login step signs in whoever the test names next (`nextLogin`) without a form, and consent is
// granted up front, so a test walks the authorization code flow with plain HTTP requests.
import { randomBytes } from 'node:crypto';
import { createServer, type IncomingMessage, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import Provider from 'oidc-provider';
import type { OidcConfig } from '../../src/config.js';

export interface TestProvider {
  issuer: string;
  /** The app's configuration for this provider (OIDC_ISSUER, OIDC_CLIENT_ID, OIDC_CLIENT_SECRET). */
  config: OidcConfig;
  /** The account (sub → email) the next login signs in as. */
  accounts: Map<string, { email: string; emailVerified?: boolean }>;
  nextLogin: string;
  close(): Promise<void>;
}

export async function startTestProvider(
  redirectUri = 'http://localhost:3000/sign-in/oidc/callback',
): Promise<TestProvider> {
  const server = createServer();
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const issuer = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
  const clientId = 'stickability';
  const clientSecret = randomBytes(24).toString('hex');
  const accounts = new Map<string, { email: string; emailVerified?: boolean }>();

  const provider = new Provider(issuer, {
    clients: [
      {
        client_id: clientId,
        client_secret: clientSecret,
        redirect_uris: [redirectUri],
        grant_types: ['authorization_code'],
        response_types: ['code'],
      },
    ],
    pkce: { required: () => true },
    claims: { openid: ['sub'], email: ['email', 'email_verified'] },
    cookies: { keys: [randomBytes(16).toString('hex')] },
    features: { devInteractions: { enabled: false } },
    interactions: { url: (_ctx, interaction) => `/interaction/${interaction.uid}` },
    async findAccount(_ctx, sub) {
      const account = accounts.get(sub);
      if (!account) return undefined;
      return {
        accountId: sub,
        claims: async () => ({ sub, email: account.email, email_verified: account.emailVerified ?? true }),
      };
    },
    // Consent granted up front, as a partnership's provider does for its own services.
    async loadExistingGrant(ctx) {
      const accountId = ctx.oidc.session?.accountId;
      const client = ctx.oidc.client;
      if (!accountId || !client) return undefined;
      const grant = new ctx.oidc.provider.Grant({ clientId: client.clientId, accountId });
      grant.addOIDCScope('openid email');
      await grant.save();
      return grant;
    },
  });
  provider.on('server_error', (_ctx, error) => console.error('test OIDC provider:', error));

  const handle = provider.callback();
  const test: TestProvider = {
    issuer,
    config: { issuer, clientId, clientSecret, redirectUri },
    accounts,
    nextLogin: '',
    close: () => new Promise((resolve) => server.close(() => resolve())),
  };
  server.on('request', (request: IncomingMessage, response: ServerResponse) => {
    if (request.url?.startsWith('/interaction/')) {
      provider
        .interactionFinished(
          request,
          response,
          { login: { accountId: test.nextLogin } },
          { mergeWithLastSubmission: false },
        )
        .catch((error: unknown) => {
          response.statusCode = 500;
          response.end(String(error));
        });
      return;
    }
    void handle(request, response);
  });
  return test;
}

/** A browser's requests to the provider: keeps its cookies, follows nothing. */
export class ProviderBrowser {
  private readonly cookies = new Map<string, string>();

  /** Follows the provider's redirects until one leaves it; gives that address. */
  async follow(url: string, issuer: string): Promise<string> {
    let next = url;
    for (let hops = 0; hops < 10 && next.startsWith(issuer); hops += 1) {
      const response = await fetch(next, {
        redirect: 'manual',
        headers: { cookie: [...this.cookies].map(([name, value]) => `${name}=${value}`).join('; ') },
      });
      for (const cookie of response.headers.getSetCookie()) {
        const [pair = ''] = cookie.split(';');
        const [name = '', value = ''] = pair.split('=');
        this.cookies.set(name, value);
      }
      const location = response.headers.get('location');
      if (!location)
        throw new Error(`the provider answered ${response.status} at ${next}: ${await response.text()}`);
      next = new URL(location, next).href;
    }
    return next;
  }
}
