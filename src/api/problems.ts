// Every error under /api as an RFC 9457 problem (application/problem+json): a service's refusal, a
// request Fastify could not read, a missing route, a rate limit, a failure. One error handler and one
// not-found handler for the API's scope, so no route answers an error in its own way.
import { STATUS_CODES } from 'node:http';
import type { FastifyError, FastifyInstance, FastifyReply } from 'fastify';
import fp from 'fastify-plugin';
import { ClosureBlocked } from '../services/closures.js';
import { Conflict, InvalidInput, NotFound } from '../services/errors.js';
import { problemType, type ProblemBody } from './schemas.js';

/** A refusal the API itself makes (a missing token, a reused idempotency key), with its own headers. */
export class ApiProblem extends Error {
  constructor(
    readonly body: ProblemBody,
    readonly headers: Record<string, string> = {},
  ) {
    super(body.detail);
    this.name = 'ApiProblem';
  }
}

const problemContentType = 'application/problem+json; charset=utf-8';

// The same words for a case that does not exist and one the user may not see (never 403: it would
// confirm the case is there).
const notFound: ProblemBody = {
  type: problemType('not-found'),
  title: 'Not found',
  status: 404,
  detail: 'There is nothing at this address that you may see.',
};

function problemOf(error: FastifyError): ProblemBody {
  if (error instanceof ApiProblem) return error.body;
  if (error instanceof InvalidInput) {
    return {
      type: problemType('invalid-request'),
      title: 'The request is not valid',
      status: 400,
      detail: `${error.problems.length} ${error.problems.length === 1 ? 'problem' : 'problems'}: see errors`,
      errors: error.problems,
    };
  }
  if (error instanceof NotFound) return notFound;
  if (error instanceof ClosureBlocked) {
    return {
      type: problemType('closure-blocked'),
      title: 'The closure is blocked',
      status: 409,
      detail: error.message,
      findings: error.findings,
    };
  }
  if (error instanceof Conflict)
    return { type: problemType('conflict'), title: 'Conflict', status: 409, detail: error.message };
  const status =
    error.statusCode && error.statusCode >= 400 && error.statusCode < 600 ? error.statusCode : 500;
  if (status === 400) {
    // Fastify could not read the body (not JSON, say): a 400 always names where the problem is.
    return { ...invalid(error.message), errors: [{ path: '', message: error.message }] };
  }
  if (status === 404) return notFound;
  if (status === 429)
    return {
      type: problemType('too-many-requests'),
      title: 'Too many requests',
      status,
      detail: error.message,
    };
  if (status >= 500) {
    return {
      type: problemType('server-error'),
      title: 'Sorry, there is a problem with the service',
      status: 500,
      detail: 'Try again later.',
    };
  }
  return {
    type: problemType('http-error'),
    title: STATUS_CODES[status] ?? 'Error',
    status,
    detail: error.message,
  };
}

function invalid(detail: string): ProblemBody {
  return { type: problemType('invalid-request'), title: 'The request is not valid', status: 400, detail };
}

function sendProblem(
  reply: FastifyReply,
  problem: ProblemBody,
  headers: Record<string, string> = {},
): FastifyReply {
  return reply.code(problem.status).headers(headers).type(problemContentType).send(JSON.stringify(problem));
}

async function problemDetailsPlugin(app: FastifyInstance): Promise<void> {
  app.setNotFoundHandler(async (_request, reply) => sendProblem(reply, notFound));

  app.setErrorHandler(async (error: FastifyError, request, reply) => {
    const problem = problemOf(error);
    if (problem.status >= 500) request.log.error({ err: error }, 'API request failed');
    else
      request.log.info(
        { err: { code: error.code, message: error.message }, status: problem.status },
        'API request refused',
      );
    return sendProblem(reply, problem, error instanceof ApiProblem ? error.headers : {});
  });
}

export const problemDetails = fp(problemDetailsPlugin, { name: 'api-problem-details' });
