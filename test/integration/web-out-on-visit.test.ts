// "You are out on a visit": from check-out to check-in, every page but the visit's own tells the worker
// where to check in; nobody else sees it (MK 5.1.9.24).
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { toUkLocalDateTime } from '../../src/domain/time.js';
import { createCaseThroughPages, startTestApp, type TestApp, type TestBrowser } from '../support/app.js';
import { dateTimeBoxes } from '../support/forms.js';

let t: TestApp;
let worker: TestBrowser;
/** UK local date and time `minutes` from now. */
const at = (minutes: number) => toUkLocalDateTime(new Date(Date.now() + minutes * 60_000));

beforeEach(async () => {
  t = await startTestApp();
  worker = await t.signedIn();
  await createCaseThroughPages(worker);
});
afterEach(() => t.close());

describe('the out-on-a-visit reminder', () => {
  it('shows on every other page while the worker is out, and goes when they check in', async () => {
    const planned = await worker.submit('/cases/FAM-0001/visits/new', {
      ...dateTimeBoxes('due', at(30)),
      'back-time': at(150).slice(11, 16),
      lone: 'joint',
      contingency: 'Leave a card and ring the school',
    });
    expect(planned.statusCode).toBe(303);
    const visitPage = planned.headers.location as string;
    expect((await worker.get('/cases')).body).not.toContain('data-qa="out-on-visit"');

    const out = await worker.submit(
      visitPage,
      { where: '12 Oak Road', 'back-time': at(150).slice(11, 16) },
      `${visitPage}/check-out`,
    );
    expect(out.statusCode).toBe(303);
    for (const path of ['/cases', '/tasks', '/cases/FAM-0001/chronology']) {
      const body = (await worker.get(path)).body;
      expect(body).toContain('data-qa="out-on-visit"');
      expect(body).toContain(`href="${visitPage}"`);
      expect(body).not.toContain('12 Oak Road');
    }
    expect((await worker.get(visitPage)).body).not.toContain('data-qa="out-on-visit"');

    const colleague = await t.signedIn(await t.addUser());
    expect((await colleague.get('/cases')).body).not.toContain('data-qa="out-on-visit"');

    await worker.submit(visitPage, {}, `${visitPage}/check-in`);
    expect((await worker.get('/cases')).body).not.toContain('data-qa="out-on-visit"');
  });
});
