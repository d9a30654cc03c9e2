// Correcting a meeting from the chronology, as a practitioner corrects a contact: anyone who may write to the
// case is offered the link and the form, prefilled; the correction is a new meeting that `amends` the latest
// version, shown beside the original, and the case is read as corrected (a decision to close that was never
// made no longer lets the case close, MK 5.1.19). The meeting's actions keep their places, so an action
// update still names the action it was recorded against; a correction that drops an action is refused.
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { Meeting } from '../../src/domain/entries.js';
import { meetingActions } from '../../src/domain/meetings.js';
import { toUkDate } from '../../src/domain/time.js';
import {
  addChildThroughPages,
  createCaseThroughPages,
  csrfTokenIn,
  entryIn,
  refusedEntryThroughPages,
  startTestApp,
  type TestApp,
  type TestBrowser,
} from '../support/app.js';
import { accountService } from '../../src/services/accounts.js';
import { entryService } from '../../src/services/entries.js';
import { daysAgo } from '../support/api.js';
import { storedEntries } from '../support/database.js';
import { actionRow, aMeeting, meetingTime } from '../support/meeting-form.js';

let t: TestApp;
let worker: TestBrowser;

const ref = 'FAM-0001';
const chronologyPage = `/cases/${ref}/chronology`;
const overviewPage = `/cases/${ref}`;
const closePage = `/cases/${ref}/close`;
const newMeetingPage = `/cases/${ref}/meetings/new`;
const correctPage = (entryId: string) => `/cases/${ref}/meetings/${entryId}/correct`;

beforeEach(async () => {
  t = await startTestApp();
  await t.addAgency('hv', 'Health Visiting');
  worker = await t.signedIn();
  await createCaseThroughPages(worker, { agencies: 'hv' });
  await addChildThroughPages(worker, ref);
});
afterEach(() => t.close());

const stored = () => storedEntries(t.db);

/** A meeting held now, with two actions; its own fields over them. */
const twoActions = (fields: Record<string, string | string[]> = {}) => ({
  ...aMeeting,
  ...meetingTime(0),
  decision: 'continue',
  ...actionRow(0, 'Joint visit with the health visitor', 'w1', 3),
  ...actionRow(1, 'Ask the school about attendance', 'hv', 5),
  shareWithFamily: 'A letter from the social worker',
  note: 'The family did not come',
  ...fields,
});

/** Records the meeting on its page and answers its id (the last entry written). */
async function held(fields: Record<string, string | string[]>): Promise<Meeting> {
  const saved = await worker.submit(newMeetingPage, fields);
  expect(saved.statusCode, saved.body.slice(0, 2000)).toBe(303);
  const meeting = (await stored()).at(-1);
  if (meeting?.kind !== 'meeting') throw new Error('no meeting recorded');
  return meeting;
}

/** The form fields of `meeting` exactly as recorded (its date and time to the minute). */
function asRecorded(meeting: Meeting): Record<string, string> {
  const [year, month, day] = meeting.at.slice(0, 10).split('-').map(Number);
  return {
    'at-day': String(day),
    'at-month': String(month),
    'at-year': String(year),
    'at-time': meeting.at.slice(11, 16),
  };
}

describe('correcting a meeting', () => {
  it('is offered from the chronology, prefilled, and stored as a correction beside the original', async () => {
    const meeting = await held(twoActions());
    const id = meeting.id;
    const before = (await worker.get(chronologyPage)).body;
    expect(entryIn(before, id)).toContain(`href="${correctPage(id)}"`);
    expect(entryIn(before, id)).toContain('Correct this entry');
    // The overview's latest entries offer it too.
    expect((await worker.get(overviewPage)).body).toContain(`href="${correctPage(id)}"`);

    const form = await worker.get(correctPage(id));
    expect(form.statusCode).toBe(200);
    expect(form.body).toContain('<title>Correct a meeting record');
    expect(form.body).toMatch(/<h1[^>]*>[\s\S]*Correct a meeting record<\/h1>/);
    expect(form.body).toContain('govuk-inset-text');
    expect(form.body).toContain('stays in the chronology as it was recorded');
    expect(form.body).toContain('Save correction');
    expect(form.body).toContain(`action="${correctPage(id)}"`);
    for (const [box, value] of Object.entries(asRecorded(meeting)))
      expect(form.body).toMatch(new RegExp(`name="${box}"[^>]*value="${value}"`));
    expect(form.body).toMatch(/<input[^>]*name="type"[^>]*value="multi-agency"[^>]*checked/);
    expect(form.body).toMatch(/<input[^>]*name="attendees"[^>]*value="csc"[^>]*checked/);
    expect(form.body).toMatch(/<input[^>]*name="attendees"[^>]*value="hv"[^>]*checked/);
    expect(form.body).toMatch(/<input[^>]*name="parentsExcluded"[^>]*value="no"[^>]*checked/);
    expect(form.body).toMatch(/<input[^>]*name="decision"[^>]*value="continue"[^>]*checked/);
    expect(form.body).toMatch(/name="actions-0-what"[^>]*value="Joint visit with the health visitor"/);
    expect(form.body).toMatch(/<option value="w1" selected>/);
    expect(form.body).toMatch(/name="actions-1-what"[^>]*value="Ask the school about attendance"/);
    expect(form.body).toMatch(/<option value="hv" selected>/);
    const due = meeting.actions?.[1]?.due ?? '';
    expect(form.body).toMatch(new RegExp(`name="actions-1-due-day"[^>]*value="${Number(due.slice(8, 10))}"`));
    expect(form.body).toMatch(/<textarea[^>]*name="shareWithFamily"[^>]*>A letter from the social worker/);
    expect(form.body).toMatch(/<textarea[^>]*name="note"[^>]*>The family did not come/);
    // The two actions, then the usual three blank rows.
    expect(form.body.match(/name="actions-\d-what"/g)).toHaveLength(5);

    // "Add another action" works in correction mode: the form again, one more row, nothing written.
    const more = await worker.submit(correctPage(id), {
      ...twoActions(asRecorded(meeting)),
      addAction: '1',
    });
    expect(more.statusCode).toBe(200);
    expect(more.body).toContain('Correct a meeting record');
    expect(more.body.match(/name="actions-\d-what"/g)).toHaveLength(4);
    expect(more.body).toContain(`formaction="${correctPage(id)}#action-4"`);
    expect((await stored()).at(-1)?.id).toBe(id);

    // The decision corrected to child protection: its next steps are added after the two actions.
    const saved = await worker.submit(correctPage(id), {
      ...twoActions(asRecorded(meeting)),
      decision: 'child-protection',
    });
    expect(saved.statusCode).toBe(303);
    expect(saved.headers.location).toBe(chronologyPage);
    const entries = await stored();
    const correction = entries.at(-1);
    expect(entries.at(-2)).toEqual(meeting);
    expect(correction).toMatchObject({
      kind: 'meeting',
      amends: id,
      type: 'multi-agency',
      decision: 'child-protection',
      attendees: ['csc', 'hv'],
      note: 'The family did not come',
    });
    if (correction?.kind !== 'meeting') throw new Error('no correction');
    expect(correction.actions?.slice(0, 2)).toEqual(meeting.actions);
    expect(correction.actions?.length).toBeGreaterThan(2);

    const after = (await worker.get(chronologyPage)).body;
    expect(after).toContain('Correction recorded');
    const shown = entryIn(after, id);
    expect(shown).toMatch(/data-qa="correction"[\s\S]*Corrected on[\s\S]*Changed: [^<]*Decision/);
    // Listed once, beside the original, and the next correction corrects it.
    expect(after).not.toContain(`id="entry-${correction.id}"`);
    expect(shown).toContain(`href="${correctPage(correction.id)}"`);
  });

  it('moves the closure guard with it: a decision to close corrected to continue no longer lets the case close (MK 5.1.19)', async () => {
    await refusedEntryThroughPages(worker, ref, 1);
    const meeting = await held({ ...twoActions(), decision: 'close' });
    const closings = () => t.db.selectFrom('entries').select('kind').where('kind', '=', 'closure').execute();

    // Corrected to "continue trying to engage": the closure is refused again.
    const corrected = await worker.submit(correctPage(meeting.id), {
      ...twoActions(asRecorded(meeting)),
      decision: 'continue',
    });
    expect(corrected.statusCode).toBe(303);
    const refused = await worker.submit(closePage, { closing: 'case', reason: 'Agreed at the meeting' });
    expect(refused.statusCode).toBe(409);
    expect(refused.body).toContain('The case cannot be closed yet');
    expect(await closings()).toEqual([]);

    // Put right again (it did decide to close), the case closes.
    const correction = (await stored()).at(-1);
    if (!correction) throw new Error('no correction');
    const again = await worker.submit(correctPage(correction.id), {
      ...twoActions(asRecorded(meeting)),
      decision: 'close',
    });
    expect(again.statusCode).toBe(303);
    const closed = await worker.submit(closePage, { closing: 'case', reason: 'Agreed at the meeting' });
    expect(closed.statusCode).toBe(303);
    expect(await closings()).toHaveLength(1);
  });

  it('keeps an action update on its action when a correction changes action 1 and adds another', async () => {
    const meeting = await held(twoActions());
    const token = csrfTokenIn((await worker.get(overviewPage)).body);
    const marked = await worker.post(`/cases/${ref}/meetings/${meeting.id}/actions/1`, {
      _csrf: token,
      done: 'true',
    });
    expect(marked.statusCode).toBe(303);
    expect((await stored()).at(-1)).toMatchObject({ kind: 'action-update', meeting: meeting.id, action: 1 });

    const saved = await worker.submit(correctPage(meeting.id), {
      ...twoActions(asRecorded(meeting)),
      ...actionRow(0, 'Joint unannounced visit with the health visitor', 'w1', 3),
      ...actionRow(2, 'Ask the GP about the baby', 'hv', 7),
    });
    expect(saved.statusCode).toBe(303);
    const correction = (await stored()).at(-1);
    expect(correction).toMatchObject({ kind: 'meeting', amends: meeting.id });

    const actions = meetingActions(await stored(), toUkDate(new Date()));
    expect(
      actions.map(({ meeting: of, index, what, doneAt }) => ({ of, index, what, done: !!doneAt })),
    ).toEqual([
      { of: meeting.id, index: 0, what: 'Joint unannounced visit with the health visitor', done: false },
      { of: meeting.id, index: 1, what: 'Ask the school about attendance', done: true },
      { of: meeting.id, index: 2, what: 'Ask the GP about the baby', done: false },
    ]);
  });

  it('refuses a correction with fewer actions than before, and writes nothing', async () => {
    const meeting = await held(twoActions());
    const count = (await stored()).length;

    // Action 1 emptied on the form.
    const emptied = await worker.submit(correctPage(meeting.id), {
      ...twoActions(asRecorded(meeting)),
      'actions-0-what': '',
      'actions-0-owner': '',
      'actions-0-due-day': '',
      'actions-0-due-month': '',
      'actions-0-due-year': '',
    });
    expect(emptied.statusCode).toBe(400);
    expect(emptied.body).toContain('<title>Error: Correct a meeting record');
    expect(emptied.body).toContain('govuk-error-summary');
    expect(emptied.body).toMatch(
      /<a href="#actions-0-what">Action 1 was agreed at the meeting: a correction may change it but not remove it<\/a>/,
    );
    expect(emptied.body).toContain('Save correction');
    expect(emptied.body).toContain(`action="${correctPage(meeting.id)}"`);

    // A form sent without the rows of a meeting with more actions than the blank form has: the service's check.
    const four = await held({
      ...twoActions(),
      ...actionRow(2, 'Ask the GP', 'hv', 7),
      ...actionRow(3, 'Write to the family', 'w1', 7),
    });
    const fewer = await worker.submit(correctPage(four.id), {
      ...twoActions(asRecorded(four)),
      ...actionRow(2, 'Ask the GP', 'hv', 7),
    });
    expect(fewer.statusCode).toBe(400);
    expect(fewer.body).toContain('govuk-error-summary');
    expect(fewer.body).toMatch(
      /<a href="#actions">Keep all 4 actions of the meeting as recorded: a correction may change an action or add new ones, but not remove one<\/a>/,
    );
    expect((await stored()).length).toBe(count + 1);
  });

  it('keeps the dates its actions had, though passed since, but gives no action a new past date', async () => {
    // A meeting a week ago whose first action was due two days ago: recorded as any entry, since the
    // meeting form takes no date already past.
    const actor = await accountService(t.db).actorFor(t.user.id);
    if (!actor) throw new Error('no actor for the test user');
    const meeting = (await entryService(t.db).record({ actor, address: '127.0.0.1' }, ref, {
      kind: 'meeting',
      at: daysAgo(7),
      type: 'multi-agency',
      attendees: ['csc', 'hv'],
      parentsExcluded: false,
      actions: [{ what: 'Joint visit with the health visitor', owner: 'w1', due: daysAgo(2).slice(0, 10) }],
    })) as Meeting;
    const fields = {
      ...aMeeting,
      ...asRecorded(meeting),
      ...actionRow(0, 'Joint visit with the health visitor', 'w1', -2),
      note: 'Corrected: the school came too',
    };
    const moved = await worker.submit(correctPage(meeting.id), {
      ...fields,
      ...actionRow(0, 'Joint visit with the health visitor', 'w1', -1),
    });
    expect(moved.statusCode).toBe(400);
    expect(moved.body).toContain('href="#actions-0-due-day"');
    expect(moved.body).toContain('The date action 1 is due must be today or in the future');
    const added = await worker.submit(correctPage(meeting.id), {
      ...fields,
      ...actionRow(1, 'Ask the school', 'hv', -1),
    });
    expect(added.statusCode).toBe(400);
    expect(added.body).toContain('href="#actions-1-due-day"');
    expect((await stored()).at(-1)?.id).toBe(meeting.id);

    const kept = await worker.submit(correctPage(meeting.id), fields);
    expect(kept.statusCode, kept.body.slice(0, 2000)).toBe(303);
    expect((await stored()).at(-1)).toMatchObject({ amends: meeting.id, actions: meeting.actions });
  });

  it('says what is missing (no agencies attended) and writes nothing', async () => {
    const meeting = await held(twoActions());
    const { attendees: _attendees, ...withoutAttendees } = twoActions(asRecorded(meeting));
    const refused = await worker.submit(correctPage(meeting.id), withoutAttendees);
    expect(refused.statusCode).toBe(400);
    expect(refused.body).toContain('govuk-error-summary');
    expect(refused.body).toMatch(/<a href="#attendees">Select the agencies that attended<\/a>/);
    expect(refused.body).toContain('Correct a meeting record');
    expect((await stored()).at(-1)?.id).toBe(meeting.id);
  });

  it('is "Page not found" for a contact, or no entry at all', async () => {
    await refusedEntryThroughPages(worker, ref, 1);
    const contact = (await stored()).at(-1);
    expect(contact?.kind).toBe('contact');
    const meeting = await held(twoActions());
    const count = (await stored()).length;
    const token = csrfTokenIn((await worker.get(chronologyPage)).body);
    for (const entryId of [contact?.id ?? '', 'e99']) {
      const page = await worker.get(correctPage(entryId));
      expect(page.statusCode, `GET ${entryId}`).toBe(404);
      expect(page.body).toContain('Page not found');
      const posted = await worker.post(correctPage(entryId), {
        _csrf: token,
        ...twoActions(asRecorded(meeting)),
      });
      expect(posted.statusCode, `POST ${entryId}`).toBe(404);
    }
    expect((await stored()).length).toBe(count);
  });

  it('is "Page not found" for a worker whose agency is not on the case', async () => {
    const meeting = await held(twoActions());
    const outsider = await t.signedIn(
      await t.addUser({ name: 'Pat Police', agencyId: await t.addAgency('police', 'Police') }),
    );
    const page = await outsider.get(correctPage(meeting.id));
    expect(page.statusCode).toBe(404);
    expect(page.body).toContain('Page not found');
    const token = csrfTokenIn((await outsider.get('/cases')).body);
    const posted = await outsider.post(correctPage(meeting.id), {
      _csrf: token,
      ...twoActions(asRecorded(meeting)),
    });
    expect(posted.statusCode).toBe(404);
    expect((await stored()).at(-1)?.id).toBe(meeting.id);
  });
});
