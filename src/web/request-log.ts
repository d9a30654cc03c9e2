// What the request log keeps of a request: its method, its path with the secrets some paths carry put out
// of sight (an invitation's one-time token, the identity provider's code and state), and the client's
// address. Never its headers (the API's bearer token, the session cookie) nor its body.
import type { FastifyLoggerOptions, FastifyRequest } from 'fastify';

/** Where log lines go instead of standard output (a test reads them). */
export interface LogDestination {
  write(line: string): void;
}

const hidden = '[redacted]';
const secretParameters = ['code', 'state', 'token', 'session_state', 'id_token', 'access_token'];

/** `url` with the invitation token in its path and any secret query parameter replaced. */
export function redactedUrl(url: string): string {
  const queryAt = url.indexOf('?');
  const path = queryAt < 0 ? url : url.slice(0, queryAt);
  const safePath = path.replace(/(\/invitations\/)[^/]+/gi, `$1${hidden}`);
  if (queryAt < 0) return safePath;
  const query = new URLSearchParams(url.slice(queryAt + 1));
  for (const name of secretParameters) if (query.has(name)) query.set(name, hidden);
  return `${safePath}?${query}`;
}

/** A request as each log line names it (Fastify's own also has the Host header and the port). */
export function loggedRequest(request: FastifyRequest) {
  return { method: request.method, url: redactedUrl(request.url), remoteAddress: request.ip };
}

/** Fastify's `logger` option: off, to standard output, or to `destination`. */
export function requestLogOptions(logger: boolean | LogDestination): false | FastifyLoggerOptions {
  if (logger === false) return false;
  return { serializers: { req: loggedRequest }, ...(logger === true ? {} : { stream: logger }) };
}
