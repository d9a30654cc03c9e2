// "You are out on a visit": from check-out to check-in, every page but the visit's own tells the worker
// where to check in; nobody else sees it (MK 5.1.9.24).
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { addDays } from '../../src/domain/assessment/working-days.js';
import { toInstant, toUkLocalDateTime } from '../../src/domain/time.js';
import { createCaseThroughPages, startTestApp, type TestApp, type TestBrowser } from '../support/app.js';
import { storedEntries } from '../support/database.js';
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
afterEach(async () => {
  vi.useRealTimers();
  await t.close();
});

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

  it('is kept for a late visit that ends after midnight, and refused for a time already gone', async () => {
    // Tomorrow at 23:20 UK time (the case was opened today), with only the clock moved.
    const tomorrow = addDays(toUkLocalDateTime(new Date()).slice(0, 10), 1);
    const nextDay = addDays(tomorrow, 1);
    vi.useFakeTimers({ toFake: ['Date'] });
    vi.setSystemTime(toInstant(`${tomorrow}T23:20`));
    worker = await t.signedIn();

    const planned = await worker.submit('/cases/FAM-0001/visits/new', {
      ...dateTimeBoxes('due', `${tomorrow}T23:30`),
      'back-time': '00:45',
      lone: 'joint',
      contingency: 'Ring the police non-emergency line',
    });
    expect(planned.statusCode).toBe(303);
    const visitPage = planned.headers.location as string;
    const plan = (await storedEntries(t.db)).find((entry) => entry.kind === 'visit-plan');
    expect(plan && 'expectedBack' in plan ? plan.expectedBack : undefined).toBe(`${nextDay}T00:45`);

    const gone = await worker.submit(
      visitPage,
      { where: '12 Oak Road', 'back-time': '23:00' },
      `${visitPage}/check-out`,
    );
    expect(gone.statusCode).toBe(400);
    expect(gone.body).toContain('Enter a time later than now when you expect to be back');

    const out = await worker.submit(
      visitPage,
      { where: '12 Oak Road', 'back-time': '00:45' },
      `${visitPage}/check-out`,
    );
    expect(out.statusCode).toBe(303);
    const checkOut = (await storedEntries(t.db)).find((entry) => entry.kind === 'check-out');
    expect(checkOut && 'expectedBack' in checkOut ? checkOut.expectedBack : undefined).toBe(
      `${nextDay}T00:45`,
    );
    expect((await worker.get(visitPage)).body).toContain('not back by 00:45 tomorrow');
  });
});
