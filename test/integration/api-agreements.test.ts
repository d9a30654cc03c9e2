// Agreements through /api/v1: draft, save again, agree, review, and the family's PDF. Every JSON answer is
// checked against the OpenAPI document (support/api.ts).
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { anEngagingCase, documentUrl, startApiTest, type ApiTest } from '../support/api.js';
import { addAgenciesOf } from '../support/agencies.js';
import { readPdf } from '../support/pdf-text.js';

let api: ApiTest;
beforeEach(async () => {
  api = await startApiTest();
  const file = anEngagingCase().withAgency('hv').build();
  await addAgenciesOf(api.t, file);
  await api.post('/api/v1/import', file);
});
afterEach(() => api.close());

const base = '/api/v1/cases/FAM-0001/agreements';
const twoWay = {
  type: 'written-agreement',
  items: [
    { who: 'm1', text: 'Take the children to school on time.' },
    { who: 'hv', text: 'Visit on Tuesdays, and text the day before.' },
  ],
};

describe('agreements through the API', () => {
  it('drafts, saves again, agrees, reviews, and lists both sides at a glance', async () => {
    const draft = await api.post<{ id: number }>(`${base}/drafts`, twoWay);
    expect(draft.status).toBe(201);
    const saved = await api.post<{ versions: number }>(`${base}/drafts/${draft.json.id}`, {
      ...twoWay,
      items: [...twoWay.items, { who: 'csc', text: 'Ring before each visit.' }],
    });
    expect(saved.json.versions).toBe(2);
    const agreed = await api.post<{ id: string; present: string[] }>(
      `${base}/drafts/${draft.json.id}/agree`,
      { present: ['m1', 'w1'] },
    );
    expect(agreed.status).toBe(201);
    expect(agreed.json.present).toEqual(['m1', 'w1']);
    const again = await api.post(`${base}/drafts/${draft.json.id}/agree`, {});
    expect(again.status).toBe(409);
    const reviewed = await api.post<{ items: unknown[] }>(`${base}/${agreed.json.id}/reviews`, {
      items: [
        { item: 'i1', kept: false, familyAccount: 'kept', said: 'They were ill.' },
        { item: 'i2', kept: true },
        { item: 'i3', kept: false },
      ],
    });
    expect(reviewed.status).toBe(201);
    expect(reviewed.json.items).toHaveLength(3);
    const listed = await api.get<{ drafts: unknown[]; agreements: { notKept: object }[] }>(base);
    expect(listed.json.drafts).toEqual([]);
    expect(listed.json.agreements[0]?.notKept).toEqual({ family: 1, agencies: 1 });
    const one = await api.get<{ reviewedAt: string | null }>(`${base}/${agreed.json.id}`);
    expect(one.json.reviewedAt).not.toBeNull();
  });

  it('refuses a one-way written agreement with a 400 naming items', async () => {
    const refused = await api.post<{ errors: { path: string }[] }>(`${base}/drafts`, {
      type: 'written-agreement',
      items: [{ who: 'm1', text: 'Everything' }],
    });
    expect(refused.status).toBe(400);
    expect(JSON.stringify(refused.json)).toContain('items');
  });

  it('serves the agreement as a PDF, in large print on request, described in the document', async () => {
    const draft = await api.post<{ id: number }>(`${base}/drafts`, twoWay);
    const agreed = await api.post<{ id: string }>(`${base}/drafts/${draft.json.id}/agree`, {});
    const response = await api.t.app.inject({
      method: 'GET',
      url: `${base}/${agreed.json.id}.pdf?largePrint=true`,
      headers: { authorization: `Bearer ${api.token}` },
    });
    expect(response.statusCode).toBe(200);
    expect(response.headers['content-type']).toBe('application/pdf');
    const pdf = await readPdf(response.rawPayload);
    expect(pdf.text).toContain('Our written agreement');
    expect(pdf.text.replace(/\n/g, ' ')).toContain('Visit on Tuesdays, and text the day before.');
    expect(Math.min(...pdf.fontSizes)).toBeGreaterThanOrEqual(16);
    const document = (await api.t.app.inject({ method: 'GET', url: documentUrl })).json();
    const described = document.paths['/api/v1/cases/{ref}/agreements/{id}.pdf'].get.responses['200'];
    expect(Object.keys(described.content)).toEqual(['application/pdf']);
    const missing = await api.t.app.inject({
      method: 'GET',
      url: `${base}/nope.pdf`,
      headers: { authorization: `Bearer ${api.token}` },
    });
    expect(missing.statusCode).toBe(404);
  });
});
