// A supervision as the chronology shows it (issue 17, item 9): recorded by the supervisor and about the worker
// supervised, the reflective questions in the pack's words (not their ids), and the decision once.
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { packFor } from '../../src/domain/packs/index.js';
import { anEngagingCase, startApiTest, type ApiTest } from '../support/api.js';
import { entryIn, type TestBrowser } from '../support/app.js';

let api: ApiTest;
let browser: TestBrowser;
const start = '/team/supervision/new';
const decision = 'Joint visit with the health visitor on Friday';

beforeEach(async () => {
  api = await startApiTest();
  const manager = await api.t.addUser({ role: 'manager', name: 'Morgan Manager' });
  await api.t.db
    .updateTable('users')
    .set({ manager_id: manager.id })
    .where('id', '=', api.t.user.id)
    .execute();
  await api.post('/api/v1/import', anEngagingCase('FAM-0001').build());
  browser = await api.t.signedIn(manager);
  const started = await browser.submit(
    `${start}?worker=${api.t.user.id}`,
    { worker: String(api.t.user.id), cases: 'FAM-0001' },
    start,
  );
  const session = String(started.headers.location);
  await browser.submit(`${session}/cases/FAM-0001`, {
    'answer-mk-reflect-relief': 'A little, yes.',
    'answer-decision': decision,
  });
  const done = await browser.submit(session, {}, `${session}/complete`);
  if (done.statusCode !== 303) throw new Error(`completing the supervision answered ${done.statusCode}`);
});
afterEach(() => api.close());

describe('a supervision in the chronology', () => {
  it('names the supervisor as its recorder, the worker supervised, the questions in words and the decision once', async () => {
    const chronology = (await browser.get('/cases/FAM-0001/chronology')).body;
    const id = /id="entry-([^"]+)"[^>]*data-kind="supervision"/.exec(chronology)?.[1] ?? '';
    const entry = entryIn(chronology, id);
    expect(entry).toContain('by Morgan Manager, Children&#39;s Social Care');
    expect(entry).toMatch(/Supervisor<\/dt>\s*<dd[^>]*>Morgan Manager</);
    expect(entry).toMatch(/Worker supervised<\/dt>\s*<dd[^>]*>Worker 1</);
    const relief = packFor('milton-keynes').checklists.reflective.find((q) => q.id === 'mk-reflect-relief');
    expect(entry).toContain(relief?.text);
    expect(entry).toContain('A little, yes.');
    expect(entry).not.toContain('mk-reflect-relief');
    expect(entry.split(decision)).toHaveLength(2);
  });
});
