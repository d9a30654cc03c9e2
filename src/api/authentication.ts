// Who is asking the API: the user of a personal token sent as `Authorization: Bearer …` (RFC 6750), and
// nothing else. The API is registered outside the session plugin, so a browser's session cookie means
// nothing here and a page on another site cannot make a signed-in worker's browser call the API (which is
// why the pages' CSRF check does not apply to it).
import { createHash } from 'node:crypto';
import type { FastifyRequest } from 'fastify';
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

/** What the rate limit counts by: the token (hashed, so no token is kept in memory), or the address without one. */
export function rateLimitKey(request: FastifyRequest): string {
  const token = bearerToken(request);
  return token ? `token:${createHash('sha256').update(token).digest('base64url')}` : `address:${request.ip}`;
}

/** An onRequest hook: 401 unless the request carries a token that is known and not revoked. */
export function authenticate(tokens: TokenService) {
  return async (request: FastifyRequest): Promise<void> => {
    const token = bearerToken(request);
    if (!token) throw unauthorized('Send a personal API token as "Authorization: Bearer <token>".', realm);
    const actor = await tokens.authenticate(token);
    if (!actor)
      throw unauthorized('The token is not known, or has been revoked.', `${realm}, error="invalid_token"`);
    request.apiActor = actor;
  };
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
