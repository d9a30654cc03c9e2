// The API as a client meets it: the OpenAPI document and its reference page, and the "done when"
// script. Every answer here (and in every api-*.test.ts) is checked against /api/openapi.json by support/api.ts.
import { composeSystem } from '../../src/system.js';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { assessCommand } from '../../src/cli/assess.js';
import { nonEngagementCodes, type FindingCode } from '../../src/domain/assessment/codes.js';
import {
  anEngagingCase,
  daysAgo,
  documentUrl,
  failedVisit,
  startApiTest,
  type ApiTest,
} from '../support/api.js';

let api: ApiTest;
beforeEach(async () => {
  api = await startApiTest();
});
afterEach(() => api.close());

interface Finding {
  code: FindingCode;
  evidence: string[];
}

describe('the OpenAPI document', () => {
  it('is OpenAPI 3.1, served without a token, and describes exactly the endpoints of the issue', async () => {
    const response = await api.t.app.inject({ method: 'GET', url: documentUrl });
    expect(response.statusCode).toBe(200);
    expect(response.headers['content-type']).toMatch(/^application\/json/);
    const document = response.json();
    expect(document.openapi).toBe('3.1.0');
    const operations = Object.entries(document.paths as Record<string, object>).flatMap(([path, item]) =>
      Object.keys(item).map((method) => `${method.toUpperCase()} ${path}`),
    );
    expect(operations.sort()).toEqual(
      [
        'GET /api/v1/cases',
        'POST /api/v1/cases',
        'GET /api/v1/cases/{ref}',
        'GET /api/v1/cases/{ref}/entries',
        'POST /api/v1/cases/{ref}/entries',
        'GET /api/v1/cases/{ref}/findings',
        'GET /api/v1/cases/{ref}/export',
        'POST /api/v1/import',
        'POST /api/v1/cases/{ref}/closure',
        'POST /api/v1/cases/{ref}/meetings',
        'GET /api/v1/cases/{ref}/actions',
        'POST /api/v1/cases/{ref}/manager-discussions',
        'GET /api/v1/notifications',
        'POST /api/v1/notifications/{id}/read',
        'POST /api/v1/cases/{ref}/alerts',
        'POST /api/v1/cases/{ref}/scheduled-meetings',
        'GET /api/v1/cases/{ref}/scheduled-meetings',
        'POST /api/v1/cases/{ref}/actions/{meeting}/{index}',
        'POST /api/v1/cases/{ref}/incidents',
        'POST /api/v1/cases/{ref}/safety-decisions',
        'POST /api/v1/cases/{ref}/incidents/{incident}/debriefs',
        'GET /api/v1/cases/{ref}/risk-to-staff',
        'POST /api/v1/cases/{ref}/visit-plans',
        'POST /api/v1/cases/{ref}/visits/{visit}/check-out',
        'POST /api/v1/cases/{ref}/visits/{visit}/check-in',
        'POST /api/v1/cases/{ref}/visits/{visit}/extend',
        'GET /api/v1/whereabouts',
        'POST /api/v1/whereabouts/{id}/acknowledge',
        'GET /api/v1/team',
        'POST /api/v1/supervisions',
        'GET /api/v1/supervisions/{id}',
        'POST /api/v1/supervisions/{id}/answers',
        'POST /api/v1/supervisions/{id}/complete',
        'GET /api/v1/cases/{ref}/agreements',
        'POST /api/v1/cases/{ref}/agreements/drafts',
        'POST /api/v1/cases/{ref}/agreements/drafts/{draft}',
        'POST /api/v1/cases/{ref}/agreements/drafts/{draft}/agree',
        'GET /api/v1/cases/{ref}/agreements/{id}',
        'POST /api/v1/cases/{ref}/agreements/{id}/reviews',
        'GET /api/v1/cases/{ref}/agreements/{id}.pdf',
        'POST /api/v1/cases/{ref}/people/{person}/needs',
        'POST /api/v1/cases/{ref}/stages-of-change',
        'POST /api/v1/cases/{ref}/goals',
        'POST /api/v1/cases/{ref}/plan-reviews',
        'GET /api/v1/cases/{ref}/family-plan',
        'GET /api/v1/cases/{ref}/entries/{id}/summary',
        'POST /api/v1/cases/{ref}/entries/{id}/summary',
        'GET /api/v1/audit',
      ].sort(),
    );
  });

  it('puts every operation behind the bearer scheme, with its problems described', async () => {
    const document = (await api.t.app.inject({ method: 'GET', url: documentUrl })).json();
    expect(document.components.securitySchemes.bearerToken).toMatchObject({ type: 'http', scheme: 'bearer' });
    expect(document.security).toEqual([{ bearerToken: [] }]);
    for (const item of Object.values(
      document.paths as Record<string, Record<string, { responses: Record<string, object> }>>,
    )) {
      for (const operation of Object.values(item)) {
        expect(Object.keys(operation.responses)).toEqual(expect.arrayContaining(['401', '429', '500']));
        expect(operation.responses['401']).toMatchObject({ content: { 'application/problem+json': {} } });
      }
    }
    const closure = document.paths['/api/v1/cases/{ref}/closure'].post;
    const conflict = closure.responses['409'].content['application/problem+json'].schema;
    expect(JSON.stringify(conflict)).toContain('#/components/schemas/ClosureBlockedProblem');
    expect(closure.parameters).toContainEqual(
      expect.objectContaining({ in: 'header', name: 'Idempotency-Key' }),
    );
  });
});

describe('the reference page', () => {
  it('is Swagger UI from the npm package, under the CSP with data: images allowed', async () => {
    const page = await api.t.app.inject({ method: 'GET', url: '/api/docs' });
    expect(page.statusCode).toBe(200);
    expect(page.body).toContain('/api/docs/static/swagger-ui-bundle.js');
    const policy = String(page.headers['content-security-policy']);
    expect(policy).toMatch(/script-src 'self'/);
    expect(policy).toMatch(/img-src 'self' data:/);
    expect(policy).not.toContain('unsafe-inline');
    const bundle = await api.t.app.inject({ method: 'GET', url: '/api/docs/static/swagger-ui-bundle.js' });
    expect(bundle.statusCode).toBe(200);
    expect(bundle.headers['content-type']).toMatch(/javascript/);
    // The pages keep their own, stricter policy.
    expect(
      String((await api.t.app.inject({ method: 'GET', url: '/sign-in' })).headers['content-security-policy']),
    ).toMatch(/img-src 'self';/);
  });
});

describe('done when', () => {
  it("a script with a token lists the worker's cases, records a failed visit, reads the findings it caused and is refused closing", async () => {
    await api.post('/api/v1/import', anEngagingCase('FAM-0042').build());

    const cases = await api.get<{ items: { ref: string; stage: string }[] }>('/api/v1/cases');
    expect(cases.status).toBe(200);
    expect(cases.json.items).toEqual([expect.objectContaining({ ref: 'FAM-0042', stage: 'engaging' })]);

    const visit = await api.post<{ id: string }>('/api/v1/cases/FAM-0042/entries', failedVisit);
    expect(visit.status).toBe(201);

    const findings = await api.get<{ stage: string; findings: Finding[] }>('/api/v1/cases/FAM-0042/findings');
    expect(findings.status).toBe(200);
    expect(findings.json.stage).toBe('concern');
    const caused = findings.json.findings.filter((f) => f.evidence.includes(visit.json.id));
    expect(caused.map((f) => f.code)).toContain('door-not-answered');

    const closing = await api.post<{ type: string; findings: Finding[] }>('/api/v1/cases/FAM-0042/closure', {
      reason: 'Family not engaging',
    });
    expect(closing.status).toBe(409);
    expect(closing.headers['content-type']).toMatch(/^application\/problem\+json/);
    expect(closing.json.type).toMatch(/closure-blocked$/);
    expect(closing.json.findings.map((f) => f.code)).toContain('door-not-answered');
    expect(closing.json.findings.every((f) => nonEngagementCodes.has(f.code))).toBe(true);
  });
});

describe('findings', () => {
  it('are exactly what `stickability assess --case` prints for the same moment', async () => {
    await api.post(
      '/api/v1/import',
      anEngagingCase()
        .withContact({ at: daysAgo(1), outcome: 'refused-entry', behaviours: ['refusal'] })
        .build(),
    );
    const at = daysAgo(0.5);
    const fromApi = await api.get(`/api/v1/cases/FAM-0001/findings?at=${encodeURIComponent(at)}`);
    const printed: string[] = [];
    await assessCommand(
      ['--case', 'FAM-0001', '--at', at],
      { out: (text) => printed.push(text), err: () => undefined },
      async () => composeSystem(api.t.db, api.t.config, { error: () => undefined }),
    );
    expect(fromApi.json).toEqual(JSON.parse(printed.join('')));
    expect((fromApi.json as { findings: unknown[] }).findings.length).toBeGreaterThan(0);
  });

  it('name a moment that is not a date and time by its parameter', async () => {
    await api.post('/api/v1/import', anEngagingCase().build());
    const refused = await api.get<{ errors: unknown[] }>('/api/v1/cases/FAM-0001/findings?at=yesterday');
    expect(refused.status).toBe(400);
    expect(refused.json.errors).toEqual([{ path: 'at', message: expect.any(String) }]);
  });
});
