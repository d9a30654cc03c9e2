// Nothing typed is lost to a session ending (issue 17), in Chromium: the warning before the session ends,
// with Stay signed in; and a contact typed, saved after the session ended, kept through signing in again
// and recorded once by one Save. axe checks each page and the open warning.
import { describe, expect, it } from 'vitest';
import type { BrowserContext, Page } from 'playwright-core';
import { demoUsers, expectAccessible, screenshot, signIn, useBrowserTestApp } from '../support/browser.js';
import { ChronologyPage, RecordContactPage, SignInPage, onAccessiblePage } from './pages.js';

const t = useBrowserTestApp();
const recordContact = '/cases/DEMO-001/contacts/new';
const note = 'Robin waved from the upstairs window; Mum said through the door to come back next week';

/** The session row behind the context's cookie: ended by deleting it, as 8 idle hours would. */
async function endSession(context: BrowserContext): Promise<void> {
  const cookie = (await context.cookies()).find((c) => c.name === 'stickability');
  const signed = decodeURIComponent(cookie?.value ?? '');
  const sid = signed.slice(0, signed.lastIndexOf('.'));
  const ended = await t.db.deleteFrom('sessions').where('sid', '=', sid).executeTakeFirst();
  expect(ended.numDeletedRows).toBe(1n);
}

async function contactsOnDemo001(): Promise<number> {
  const rows = await t.db
    .selectFrom('entries')
    .innerJoin('cases', 'cases.id', 'entries.case_id')
    .select('entries.id')
    .where('cases.ref', '=', 'DEMO-001')
    .where('entries.kind', '=', 'contact')
    .execute();
  return rows.length;
}

const dialog = (page: Page) => page.getByRole('alertdialog');

describe('when the session ends', () => {
  it('warns 5 minutes before, in UK time, and Stay signed in keeps the session', async () => {
    const page = await t.newPage();
    await page.clock.install();
    await page.goto('/sign-in');
    await signIn(page, demoUsers.worker);
    await page.goto(recordContact);
    await onAccessiblePage(RecordContactPage, page);
    const endsText = await page.locator('[data-qa=session-ends] [data-session-end-text]').innerText();
    expect(endsText).toMatch(/^\d\d:\d\d/);
    await expect.poll(() => dialog(page).isVisible(), { timeout: 10_000 }).toBe(false);

    // 7 hours 56 minutes without a request: 4 minutes left.
    await page.clock.fastForward('07:56:00');
    await expect.poll(() => dialog(page).isVisible(), { timeout: 10_000 }).toBe(true);
    await expect
      .poll(() => dialog(page).getByRole('heading').first().innerText())
      .toBe('You are about to be signed out');
    expect(await dialog(page).innerText()).toContain(`you will be signed out at ${endsText}`);
    // Focus is in the warning, on its button: Enter or Space stays signed in.
    expect(
      await page.evaluate<string>('document.activeElement?.closest("dialog")?.id ?? "outside the dialog"'),
    ).toBe('session-timeout');
    await expectAccessible(page);
    await screenshot(page, 'session-timeout-warning');

    // The server's clock is not the page's: the session row ends 8 real hours after the click.
    const latestEnd = async () =>
      Math.max(
        ...(await t.db.selectFrom('sessions').select('expires_at').execute()).map((s) =>
          Date.parse(s.expires_at),
        ),
      );
    const before = await latestEnd();
    // By keyboard on the button (the screenshot, when taken, moved focus off it).
    await dialog(page).getByRole('button', { name: 'Stay signed in' }).press('Enter');
    await expect.poll(() => dialog(page).isVisible(), { timeout: 10_000 }).toBe(false);
    expect(await latestEnd()).toBeGreaterThan(before);

    // Escape on the warning means "I'm here" too.
    await page.clock.fastForward('07:56:00');
    await expect.poll(() => dialog(page).isVisible(), { timeout: 10_000 }).toBe(true);
    await page.keyboard.press('Escape');
    await expect.poll(() => dialog(page).isVisible(), { timeout: 10_000 }).toBe(false);

    // Left alone to the end, it says the session has ended and that the form is not lost.
    await page.clock.fastForward('08:00:01');
    await expect
      .poll(() => dialog(page).getByRole('heading', { name: 'You have been signed out' }).isVisible(), {
        timeout: 10_000,
      })
      .toBe(true);
    expect(await dialog(page).innerText()).toContain('Nothing you typed here is lost');
    await expectAccessible(page);
  });

  it('keeps a contact saved after it ended: after signing in it is filled in, and one Save records it once', async () => {
    const page = await t.newPage({ path: '/sign-in' });
    await signIn(page, demoUsers.worker);
    await page.goto(recordContact);
    const form = await onAccessiblePage(RecordContactPage, page);
    await form.fill({ outcome: 'Refused entry', contingency: 'Visit with the health visitor', note });
    const contacts = await contactsOnDemo001();

    await endSession(page.context());
    await form.save();
    const signInPage = await onAccessiblePage(SignInPage, page);
    expect(await signInPage.flash.innerText()).toContain('What you typed has been kept');
    expect(await contactsOnDemo001()).toBe(contacts);

    await signIn(page, demoUsers.worker);
    const restored = await onAccessiblePage(RecordContactPage, page);
    expect(new URL(page.url()).pathname).toBe(recordContact);
    expect(await page.locator('[data-qa=kept-form]').innerText()).toContain('has not been saved');
    expect(await page.getByLabel('Note', { exact: true }).inputValue()).toBe(note);
    expect(await page.getByLabel('Refused entry', { exact: true }).isChecked()).toBe(true);
    expect(await contactsOnDemo001()).toBe(contacts); // nothing saved until Save
    await screenshot(page, 'kept-form');

    await restored.save();
    const chronology = await onAccessiblePage(ChronologyPage, page);
    expect(await chronology.flash.innerText()).toContain('Contact recorded');
    expect(await contactsOnDemo001()).toBe(contacts + 1);
    expect(await page.getByText(note).count()).toBeGreaterThan(0);
  });
});
