// Progressive enhancement only: every page works without this file. Loaded as a module, so browsers
// too old for GOV.UK Frontend's JavaScript skip it and keep the plain pages.
import { initAll as initGovukFrontend } from '/vendor/govuk/govuk-frontend.min.js';
import { initAll as initMojFrontend } from '/vendor/moj/moj-frontend.min.js';

initGovukFrontend();
initMojFrontend();

const timeoutDialog = document.querySelector('[data-module="app-session-timeout"]');
if (timeoutDialog && typeof timeoutDialog.showModal === 'function') warnBeforeSignOut(timeoutDialog);

/**
 * The timeout warning (layout.njk): opened 5 minutes before the session ends, with "Stay signed in",
 * which renews it; once it has ended, says so. The end is counted from the server's "ends in", not its
 * clock, and shared with the other tabs (localStorage): a tab in use keeps the session for them all.
 */
function warnBeforeSignOut(dialog) {
  const warnBeforeMs = 5 * 60 * 1000;
  const shared = 'stickability.sessionEnds';
  const form = dialog.querySelector('form[method="post"]');
  const [warning, signedOut] = ['warning', 'signed-out'].map((state) =>
    dialog.querySelector(`[data-state="${state}"]`),
  );
  const text = dialog.querySelector('[data-session-end-text]').textContent;
  let ends = { at: Date.now() + Number(dialog.dataset.endsIn), text };
  let timer;

  const read = () => {
    try {
      return JSON.parse(localStorage.getItem(shared) ?? 'null');
    } catch {
      return null;
    }
  };
  const share = () => {
    try {
      localStorage.setItem(shared, JSON.stringify(ends));
    } catch {
      // Private browsing may refuse storage: this tab still warns on its own count.
    }
  };
  const showEnd = (text) => {
    if (!text) return;
    for (const element of document.querySelectorAll('[data-session-end-text]')) element.textContent = text;
  };
  const open = (state) => {
    const ended = state === signedOut;
    warning.hidden = ended;
    signedOut.hidden = !ended;
    dialog.setAttribute('aria-labelledby', ended ? 'session-ended-title' : 'session-timeout-title');
    dialog.setAttribute('aria-describedby', ended ? 'session-ended-text' : 'session-timeout-text');
    if (!dialog.open) dialog.showModal();
  };

  function check() {
    clearTimeout(timer);
    const other = read();
    if (other && other.at > ends.at) ends = other;
    showEnd(ends.text);
    const left = ends.at - Date.now();
    if (left <= 0) return open(signedOut);
    if (left <= warnBeforeMs) {
      open(warning);
      timer = setTimeout(check, left);
      return;
    }
    if (dialog.open) dialog.close();
    timer = setTimeout(check, left - warnBeforeMs);
  }

  async function staySignedIn() {
    const response = await fetch(form.action, {
      method: 'POST',
      body: new URLSearchParams(new FormData(form)),
      headers: { accept: 'application/json' },
      redirect: 'manual',
    }).catch(() => null);
    // Sent to sign in instead (or no answer): the session has already ended.
    if (!response?.ok) return open(signedOut);
    const { endsInMs, endsAt } = await response.json();
    ends = { at: Date.now() + endsInMs, text: endsAt };
    share();
    check();
  }

  form.addEventListener('submit', (event) => {
    event.preventDefault();
    staySignedIn();
  });
  // Escape on the warning means "I'm here": it renews the session as the button does.
  dialog.addEventListener('cancel', (event) => {
    if (signedOut.hidden) {
      event.preventDefault();
      staySignedIn();
    }
  });
  window.addEventListener('storage', (event) => event.key === shared && check());
  // Timers sleep with a laptop and slow down in a hidden tab: look again when the page is seen.
  document.addEventListener('visibilitychange', () => document.visibilityState === 'visible' && check());
  check();
  share();
}
