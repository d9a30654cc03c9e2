// An API operation is described once: its path, its parameter, body and response schemas and its handler.
// The same description registers the Fastify route (routes/index.ts), validates each request, and becomes the
// operation's entry in the OpenAPI document (openapi.ts), so what the API does and what it says it does
// cannot drift apart.
import type { z } from 'zod';
import type { SignedIn } from '../services/cases.js';
import { InvalidInput, problemsOf, type Problem } from '../services/errors.js';
import type { Services } from '../services/index.js';

/** The problems an operation may answer with beyond those every operation may (401, 429, 500). */
export type ProblemStatus = 400 | 404 | 409 | 413 | 415 | 422;

export interface SuccessResponse<S extends z.ZodType = z.ZodType> {
  description: string;
  schema: S;
  /** A body that is not JSON (a PDF for a family): sent as the handler's Buffer, with this type. */
  mediaType?: string;
}

type Responses = Record<number, SuccessResponse>;
type Parsed<S> = S extends z.ZodType ? z.output<S> : undefined;

/** What a handler answers: one of the operation's success statuses, with a body of that status's schema. */
export type Outcome<R extends Responses> = {
  [S in keyof R & number]: { status: S; body: z.input<R[S]['schema']> };
}[keyof R & number];

interface Described<R extends Responses> {
  method: 'GET' | 'POST';
  /** Under /api/v1, with OpenAPI's `{name}` for a path parameter. */
  path: `/${string}`;
  operationId: string;
  tag: string;
  summary: string;
  description?: string;
  /** Takes an `Idempotency-Key` header (see idempotency.ts). */
  idempotent?: boolean;
  /** The largest body accepted, in bytes, where Fastify's 1 MiB is not enough. */
  bodyLimit?: number;
  responses: R;
  /** Each problem this operation may answer with, and when. */
  problems: Partial<Record<ProblemStatus, string>>;
  /** A schema for a problem status other than the usual one (the closure guard's 409). */
  problemSchemas?: Partial<Record<ProblemStatus, z.ZodType>>;
}

export interface OperationDefinition<P, Q, B, R extends Responses> extends Described<R> {
  params?: P;
  query?: Q;
  body?: B;
  handle(input: {
    by: SignedIn;
    services: Services;
    params: Parsed<P>;
    query: Parsed<Q>;
    body: Parsed<B>;
  }): Promise<Outcome<R>>;
}

export interface RawRequest {
  by: SignedIn;
  services: Services;
  params: unknown;
  query: unknown;
  body: unknown;
}

/** An operation with its types erased, as the route registration and the document builder see it. */
export interface Operation extends Described<Responses> {
  params?: z.ZodType;
  query?: z.ZodType;
  body?: z.ZodType;
  /** Validates the request against the schemas (every problem named by its path), then handles it. */
  run(request: RawRequest): Promise<{ status: number; body: unknown }>;
}

/** An operation's 404: a case that does not exist and one the user may not see get the same words. */
export const noSuch = (what: string) => `There is no such ${what}, or you may not see it`;

/** A handler's answer: `respond(201, entry)` keeps the status a literal, so the body is checked against its schema. */
export function respond<S extends number, Body>(status: S, body: Body): { status: S; body: Body } {
  return { status, body };
}

export function operation<
  P extends z.ZodType | undefined = undefined,
  Q extends z.ZodType | undefined = undefined,
  B extends z.ZodType | undefined = undefined,
  R extends Responses = Responses,
>(definition: OperationDefinition<P, Q, B, R>): Operation {
  const { handle, params, query, body, ...described } = definition;
  return {
    ...described,
    ...(params ? { params } : {}),
    ...(query ? { query } : {}),
    ...(body ? { body } : {}),
    async run(request) {
      const problems: Problem[] = [];
      const input = {
        by: request.by,
        services: request.services,
        // Absent schemas are `undefined` in P, Q and B too: the handler is then given nothing.
        params: parse(params as P, request.params, problems),
        query: parse(query as Q, request.query, problems),
        body: parse(body as B, request.body, problems),
      };
      if (problems.length > 0) throw new InvalidInput(problems);
      return handle(input);
    },
  };
}

function parse<S extends z.ZodType | undefined>(schema: S, value: unknown, problems: Problem[]): Parsed<S> {
  if (!schema) return undefined as Parsed<S>;
  const result = schema.safeParse(value);
  if (result.success) return result.data as Parsed<S>;
  problems.push(...problemsOf(result.error.issues));
  return undefined as Parsed<S>;
}
