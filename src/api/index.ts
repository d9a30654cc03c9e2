// The JSON API under /api: the OpenAPI document and its reference page, then /api/v1, where every
// request is authenticated by its bearer token (failures limited per address), then rate-limited per
// token. Errors are problems (RFC 9457).
// Registered before the session, CSRF and page plugins (web/app.ts), so none of them applies here.
import type { FastifyInstance, FastifyRequest } from 'fastify';
import { paths } from '../web/paths.js';
import type { Services } from '../services/index.js';
import { authenticate, failedAuthenticationLimit, rateLimitKey } from './authentication.js';
import { apiDocs } from './docs.js';
import { openApiDocument } from './openapi.js';
import { ApiProblem, problemDetails } from './problems.js';
import { operations, v1Routes } from './routes/index.js';
import { problemType } from './schemas.js';

/** Requests a token may make in a minute: a phone syncing a day's visits, not a scraper. */
export const requestsPerMinute = 120;

export async function api(app: FastifyInstance, { services }: { services: Services }): Promise<void> {
  await app.register(problemDetails);
  // JSON only: the pages' form parser would otherwise reach here too (415 for anything else).
  app.removeAllContentTypeParsers();
  app.addContentTypeParser(
    'application/json',
    { parseAs: 'string' },
    app.getDefaultJsonParser('error', 'error'),
  );
  await app.register(apiDocs, { document: openApiDocument(operations) });
  await app.register(
    async (v1) => {
      v1.decorateRequest('apiActor', null);
      const failures = v1.createRateLimit({
        ...failedAuthenticationLimit,
        keyGenerator: (request) => `address:${request.ip}`,
      });
      v1.addHook('onRequest', authenticate(services.tokens, failures));
      v1.addHook(
        'onRequest',
        v1.rateLimit({
          max: requestsPerMinute,
          timeWindow: 60_000,
          keyGenerator: rateLimitKey,
          errorResponseBuilder: (_request, context) =>
            new ApiProblem({
              type: problemType('too-many-requests'),
              title: 'Too many requests',
              status: 429,
              detail: `More than ${context.max} requests a minute with this token: try again in ${context.after}.`,
            }),
        }),
      );
      await v1.register(v1Routes, { services });
    },
    { prefix: '/v1' },
  );
}

/** A request for the API, its documents or its reference page. */
export function isApiRequest(request: FastifyRequest): boolean {
  return request.url === paths.api.base || request.url.startsWith(`${paths.api.base}/`);
}
