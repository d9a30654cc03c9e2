// Who is asking the API: the user of a personal token sent as `Authorization: Bearer …` (RFC 6750), and
// nothing else. The API is registered outside the session plugin, so a browser's session cookie means
// nothing here and a page on another site cannot make a signed-in worker's browser call the API (which is
// why the pages' CSRF check does not apply to it).
import { createHash } from 'node:crypto';
import type { FastifyInstance, FastifyRequest } from 'fastify';
import type { Actor } from '../domain/policy.js';
import type { SignedIn } from '../services/cases.js';
import type { TokenService } from '../services/tokens.js';
import { ApiProblem } from './problems.js';
import { problemType } from './schemas.js';

declare module 'fastify' {
  interface FastifyRequest {
    /** The token's user, on every request that passed `authenticate`. */
    apiActor: Actor | null;
  }
}

const realm = 'Bearer realm="stickability"';

/** The token of an `Authorization: Bearer …` header, if the request has one. */
export function bearerToken(request: FastifyRequest): string | undefined {
  return /^Bearer +([\x21-\x7e]+) *$/i.exec(request.headers.authorization ?? '')?.[1];
}

/** What the per-token limit counts by, once the token is known: its hash, so no token is kept in memory. */
export function rateLimitKey(request: FastifyRequest): string {
  return `token:${createHash('sha256')
    .update(bearerToken(request) ?? '')
    .digest('base64url')}`;
}

/**
 * Failed authentications (no token, an unknown or revoked one) from one address, after which it is refused
 * for the rest of the window, whatever token it sends: 30 in 5 minutes. Counted per address, not per token
 * presented, so a new made-up token each time gains nothing. A script with a revoked token, retrying,
 * holds up only its own address, and a colleague's working token there counts nothing.
 */
export const failedAuthenticationLimit = { max: 30, timeWindow: 5 * 60_000 };

/** Counts (or, with `increment: false`, only reads) an address's failed authentications. */
export type FailureCounter = ReturnType<FastifyInstance['createRateLimit']>;

/**
 * An onRequest hook: 401 unless the request carries a token that is known and not revoked, and 429
 * without looking at the token once its address has failed too often.
 */
export function authenticate(tokens: TokenService, failures: FailureCounter) {
  return async (request: FastifyRequest): Promise<void> => {
    const seen = await failures(request, { increment: false });
    if (!seen.isAllowed && seen.remaining === 0) throw tooManyFailures(seen.ttlInSeconds);
    const token = bearerToken(request);
    const actor = token ? await tokens.authenticate(token) : null;
    if (actor) {
      request.apiActor = actor;
      return;
    }
    await failures(request);
    if (!token) throw unauthorized('Send a personal API token as "Authorization: Bearer <token>".', realm);
    throw unauthorized('The token is not known, or has been revoked.', `${realm}, error="invalid_token"`);
  };
}

function tooManyFailures(seconds: number): ApiProblem {
  return new ApiProblem(
    {
      type: problemType('too-many-requests'),
      title: 'Too many requests',
      status: 429,
      detail: `Too many requests without a working token from this address: try again in ${seconds} seconds.`,
    },
    { 'retry-after': String(seconds) },
  );
}

function unauthorized(detail: string, challenge: string): ApiProblem {
  return new ApiProblem(
    { type: problemType('unauthorized'), title: 'Sign in with a token', status: 401, detail },
    { 'www-authenticate': challenge },
  );
}

/** The token's user and the address they ask from, as the services take them. */
export function signedIn(request: FastifyRequest): SignedIn {
  if (!request.apiActor) throw new Error('signedIn used on an API route without authenticate');
  return { actor: request.apiActor, address: request.ip };
}
