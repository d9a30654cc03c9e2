// Keeping a worker safe on a visit, on a phone (issue 7): plan a lone visit to a hostile family with the
// manager's agreement, check out, miss the return time, the manager is alerted and sees who is overdue
// and where, and checking in clears it. 375 px wide; axe checks every page.
import { describe, expect, it } from 'vitest';
import { toUkDate } from '../../src/domain/time.js';
import { sweepOverdueVisits } from '../../src/services/overdue-visits.js';
import {
  demoUsers,
  expectAccessible,
  pageWidths,
  screenshot,
  signIn,
  useBrowserTestApp,
} from '../support/browser.js';

const t = useBrowserTestApp();

const phone = { viewport: { width: 375, height: 812 }, isMobile: true, hasTouch: true };
const clock = (at: Date) =>
  new Intl.DateTimeFormat('en-GB', {
    timeZone: 'Europe/London',
    hour: '2-digit',
    minute: '2-digit',
    hourCycle: 'h23',
  }).format(at);

describe('a visit to a hostile family, on a phone', () => {
  it('plan → check out → overdue alert seen by the manager → check in clears it', async () => {
    const worker = await t.newPage({ ...phone, path: '/' });
    await signIn(worker, demoUsers.worker);
    const started = Date.now();
    await worker.goto('/cases/DEMO-004');
    await worker.locator('[data-qa=plan-visit]').click();
    await worker.locator('h1', { hasText: 'Plan a visit' }).waitFor();
    await expect(worker.locator('[data-qa=plan-warning]').textContent()).resolves.toMatch(
      /risk-to-staff warning/,
    );
    await expectAccessible(worker);
    // Going alone without naming a manager is refused, with the error summary.
    const now = new Date();
    const arrive = new Date(now.getTime() + 5 * 60_000);
    // The date boxes start as today: set to the arrival's day, which is tomorrow in the last minutes of one.
    const [year, month, day] = toUkDate(arrive).split('-').map(Number) as [number, number, number];
    await worker.getByLabel('Day').fill(String(day));
    await worker.getByLabel('Month').fill(String(month));
    await worker.getByLabel('Year').fill(String(year));
    await worker.getByLabel('Time you arrive').fill(clock(arrive));
    await worker.getByLabel('Time you expect to be back').fill(clock(new Date(now.getTime() + 65 * 60_000)));
    await worker.getByLabel('Yes, I am going alone').check();
    await worker.getByRole('button', { name: 'Save the plan' }).click();
    await expect(worker.locator('.govuk-error-summary').textContent()).resolves.toMatch(
      /plan a joint visit, or select the manager/,
    );
    await expectAccessible(worker);
    await worker.getByLabel('Jo Morgan').check();
    for (const yes of await worker.locator('input[type=radio][value=yes]').all()) await yes.check();
    await worker
      .getByLabel('If nobody answers or you cannot get in, what will you do?')
      .fill('Ring the health visitor; try again tomorrow with police');
    await worker.getByRole('button', { name: 'Save the plan' }).click();

    await worker.locator('h1', { hasText: 'Your visit' }).waitFor();
    await worker.getByLabel('Where are you going?').fill('14 Mill Lane, flat 2');
    await worker.getByRole('button', { name: 'I’m going' }).click();
    await worker.locator('[data-qa=check-in]').waitFor();
    expect(Date.now() - started).toBeLessThan(60_000);
    await expectAccessible(worker);
    const widths = await pageWidths(worker);
    expect(widths.scrollWidth).toBeLessThanOrEqual(widths.viewport);
    await screenshot(worker, 'visit-checked-out');

    // The minute scheduler, an hour and 21 minutes on: past the return time and the 15 minutes' grace.
    const raised = await sweepOverdueVisits(t.db, { now: new Date(now.getTime() + 81 * 60_000) });
    expect(raised).toHaveLength(1);

    const manager = await t.newPage({ ...phone, path: '/' });
    await signIn(manager, demoUsers.manager);
    await manager.goto('/notifications');
    await expect(manager.locator('main').textContent()).resolves.toMatch(
      /Sam Taylor has not checked in from a visit on case DEMO-004/,
    );
    await manager.goto('/team');
    await manager.locator('[data-qa=whereabouts-link]').click();
    await manager.locator('h1', { hasText: 'Team whereabouts' }).waitFor();
    const out = manager.locator('[data-qa=out-on-visit]');
    await expect(out.getAttribute('data-overdue')).resolves.toBe('yes');
    await expect(out.locator('[data-qa=where]').textContent()).resolves.toBe('14 Mill Lane, flat 2');
    await expectAccessible(manager);
    await screenshot(manager, 'team-whereabouts-overdue');
    await manager.locator('[data-qa=acknowledge]').click();
    await expect(out.locator('[data-qa=acknowledged]').textContent()).resolves.toMatch(/By Jo Morgan/);

    // Another agency's worker never sees where anyone went.
    const other = await t.newPage({ ...phone, path: '/' });
    await signIn(other, demoUsers.worker2);
    const refused = await other.goto('/team/whereabouts');
    expect(refused?.status()).toBe(404);

    await worker.locator('[data-qa=check-in]').click();
    await expect(worker.locator('[data-qa=flash]').textContent()).resolves.toMatch(/back safe/);
    await expectAccessible(worker);
    await manager.reload();
    await manager.locator('[data-qa=nobody-out]').waitFor();
    expect(await sweepOverdueVisits(t.db, { now: new Date(now.getTime() + 120 * 60_000) })).toEqual([]);
  });
});
