// The real app on a SQLite file (support/app.ts), spoken to as an API client: a personal token made by the
// token service, JSON in and out. Every answer is checked against the OpenAPI document the app serves at
// /api/openapi.json: its status must be described for that path and method, its content type listed, its
// required headers present and its body valid against the response schema (ajv, JSON Schema 2020-12).
// So a response that drifts from the description fails the test that caused it.
import { Ajv2020, type ValidateFunction } from 'ajv/dist/2020.js';
import { accountService } from '../../src/services/accounts.js';
import { tokenService } from '../../src/services/tokens.js';
import { startTestApp, type TestApp, type TestAppOptions, type TestUser } from './app.js';
import { aCase, type CaseBuilder } from './case-builder.js';
import { inDays } from './forms.js';

export const documentUrl = '/api/openapi.json';

export interface ApiResponse<T = unknown> {
  status: number;
  headers: Record<string, string | string[] | number | undefined>;
  /** The parsed JSON body. */
  json: T;
  text: string;
}

export interface CallOptions {
  body?: unknown;
  /** The token to send; the default user's when absent, none when null. */
  token?: string | null;
  headers?: Record<string, string>;
}

type Method = 'GET' | 'POST';

export interface ApiTest {
  t: TestApp;
  /** The default practitioner's token. */
  token: string;
  /** A new token for a user, made by the token service as the account page makes one. */
  tokenFor(user: TestUser): Promise<string>;
  revoke(user: TestUser, token: string): Promise<void>;
  get<T = unknown>(url: string, options?: CallOptions): Promise<ApiResponse<T>>;
  post<T = unknown>(url: string, body: unknown, options?: CallOptions): Promise<ApiResponse<T>>;
  /** Any request, checked against the document like every other. */
  call<T = unknown>(method: Method, url: string, options?: CallOptions): Promise<ApiResponse<T>>;
  close(): Promise<void>;
}

interface OpenApiDocument {
  openapi: string;
  paths: Record<string, Record<string, { responses: Record<string, ResponseObject> }>>;
}

interface ResponseObject {
  content?: Record<string, { schema: object }>;
  headers?: Record<string, { required?: boolean }>;
}

export async function startApiTest(options: TestAppOptions = {}): Promise<ApiTest> {
  const t = await startTestApp(options);
  const tokens = tokenService(t.db, accountService(t.db));
  const described = await t.app.inject({ method: 'GET', url: documentUrl });
  if (described.statusCode !== 200) throw new Error(`${documentUrl} answered ${described.statusCode}`);
  const contract = contractOf(described.json() as OpenApiDocument);

  const made = new Map<string, number>();
  const tokenFor = async (user: TestUser) => {
    const { id, token } = await tokens.create(user.id, 'test', '127.0.0.1');
    made.set(token, id);
    return token;
  };
  const token = await tokenFor(t.user);

  const call = async <T>(
    method: Method,
    url: string,
    { body, token: given = token, headers = {} }: CallOptions = {},
  ) => {
    const response = await t.app.inject({
      method,
      url,
      headers: {
        ...(given === null ? {} : { authorization: `Bearer ${given}` }),
        ...(body === undefined ? {} : { 'content-type': 'application/json' }),
        ...headers,
      },
      ...(body === undefined ? {} : { payload: JSON.stringify(body) }),
    });
    const answer: ApiResponse<T> = {
      status: response.statusCode,
      headers: response.headers,
      json: (response.body ? JSON.parse(response.body) : undefined) as T,
      text: response.body,
    };
    contract.check(method, url, answer);
    return answer;
  };

  return {
    t,
    token,
    tokenFor,
    async revoke(user, revoked) {
      const actor = await accountService(t.db).actorFor(user.id);
      const id = made.get(revoked);
      if (!actor || id === undefined) throw new Error('revoke: not a token this test made');
      await tokens.revoke(actor, id, '127.0.0.1');
    },
    get: (url, options) => call('GET', url, options),
    post: (url, body, options) => call('POST', url, { ...options, body }),
    call,
    close: () => t.close(),
  };
}

/** Checks answers against the served document, compiling each response schema once. */
function contractOf(document: OpenApiDocument) {
  if (!document.openapi.startsWith('3.1.'))
    throw new Error(`not an OpenAPI 3.1 document: ${document.openapi}`);
  const base = 'https://stickability.test/openapi.json';
  // The document is one JSON Schema resource; its keywords that are not JSON Schema's are left alone.
  const ajv = new Ajv2020({ allErrors: true, strict: false });
  ajv.addSchema({ ...document, $id: base });
  const compiled = new Map<string, ValidateFunction>();
  const templates = Object.keys(document.paths).map((path) => ({
    path,
    pattern: new RegExp(`^${path.replace(/[.*+?^$()|[\]\\]/g, '\\$&').replace(/\{[^}]+\}/g, '[^/]+')}$`),
    literal: path.replace(/\{[^}]+\}/g, '').length,
  }));

  return {
    check(method: Method, url: string, answer: ApiResponse) {
      const path = decodeURIComponent(url.split('?')[0] ?? url);
      const template = templates.filter((t) => t.pattern.test(path)).sort((a, b) => b.literal - a.literal)[0];
      const where = `${method} ${url} → ${answer.status}`;
      if (!template) throw new Error(`${where}: no path of the document matches`);
      const operation = document.paths[template.path]?.[method.toLowerCase()];
      if (!operation) throw new Error(`${where}: the document has no ${method} for ${template.path}`);
      const response = operation.responses[String(answer.status)];
      if (!response)
        throw new Error(
          `${where}: status not described (described: ${Object.keys(operation.responses).join(', ')})`,
        );
      for (const [name, header] of Object.entries(response.headers ?? {})) {
        if (header.required && answer.headers[name.toLowerCase()] === undefined)
          throw new Error(`${where}: required header ${name} missing`);
      }
      const type =
        String(answer.headers['content-type'] ?? '')
          .split(';')[0]
          ?.trim() ?? '';
      if (!response.content?.[type]) throw new Error(`${where}: content type "${type}" not described`);
      const pointer = [
        'paths',
        template.path,
        method.toLowerCase(),
        'responses',
        String(answer.status),
        'content',
        type,
        'schema',
      ]
        .map((part) => part.replace(/~/g, '~0').replace(/\//g, '~1'))
        .join('/');
      const key = `${base}#/${pointer}`;
      let validate = compiled.get(key);
      if (!validate) {
        validate = ajv.compile({ $ref: key });
        compiled.set(key, validate);
      }
      if (!validate(answer.json)) {
        throw new Error(
          `${where}: body does not match the document:\n${ajv.errorsText(validate.errors, { separator: '\n' })}\n${answer.text.slice(0, 2000)}`,
        );
      }
    },
  };
}

/** A UK local time `days` before now (to the minute), for case files whose findings depend on the clock. */
export function daysAgo(days: number): string {
  return inDays(-days);
}

/**
 * A child protection case of csc's worker `w1` (the test app's practitioner), opened ten days ago, whose
 * child was seen, alone, two days ago (or `seenDaysAgo`): no finding until something goes wrong.
 */
export function anEngagingCase(ref = 'FAM-0001', seenDaysAgo = 2): CaseBuilder {
  return aCase()
    .withRef(ref)
    .withPlan('child-protection')
    .openedOn(daysAgo(10).slice(0, 10))
    .withWorker('w1', 'csc', 'Worker 1')
    .withChild('c1', '2020-01-01')
    .withParent('m1', { livesWith: ['c1'] })
    .withContact({
      at: daysAgo(seenDaysAgo),
      seen: ['c1', 'm1'],
      seenAlone: ['c1'],
      childViews: ['c1'],
      summaryGiven: true,
      contingency: 'Visit again',
    });
}

/** A planned home visit where nobody came to the door: the start of non-engagement. */
export const failedVisit = {
  kind: 'contact',
  mode: 'home-visit',
  planned: true,
  announced: true,
  outcome: 'no-answer-believed-in',
  contingency: 'Return tomorrow with the health visitor',
} as const;
