// The notifications an entry raises, written by appendEntry (recording.ts) in the transaction that records
// the entry, so they are raised the same whichever way the entry came (a page, POST
// /api/v1/cases/{ref}/entries, a service of its own). One rule per kind of entry; a kind with no rule
// raises nothing. Issue 7's incidents add their rules here.
import { addresseesOf, toldActions } from '../domain/addressees.js';
import type { CaseFile } from '../domain/case-file.js';
import type { Entry, EntryOfKind, MeetingAction } from '../domain/entries.js';
import { meetingTypeLabels, threatLabels } from '../domain/labels.js';
import { isRestricted } from '../domain/restrictions.js';
import { toInstant, toUkLocalDateTime } from '../domain/time.js';
import { ukDateFormat } from '../domain/uk-date-format.js';
import { visitTimeText } from '../domain/visits.js';
import type { EntryKind } from '../domain/vocabularies.js';
import type { Tx } from '../store/database.js';
import { caseWorker } from '../store/notifications.js';
import type { CaseRow } from '../store/tables.js';
import type { SignedIn } from './cases.js';
import { insertNotification } from './notifications.js';
import * as recipients from './recipients.js';

/** What a rule sees: the write's transaction, who recorded the entry, and the case as it was before it. */
interface Raising {
  trx: Tx;
  by: SignedIn;
  caseRow: CaseRow;
  file: CaseFile;
  /** The entry, or one it corrects, is restricted: what it says is read on the case (restrictions.ts). */
  restricted: boolean;
}

/** One notification for each of `userIds`. */
interface Notice {
  userIds: number[];
  kind: string;
  text: string;
  /**
   * What an email about it may say. An email leaves the secure system, to inboxes that may be shared or
   * forwarded: it names the case and the sender and asks the reader to sign in, never what the entry says
   * (FV "Key Messages": clear, secure and reliable lines of communication).
   */
  emailSummary: string;
}

/** "12 June 2026": an action's due date. */
const ukDateText = ukDateFormat({ day: 'numeric', month: 'long', year: 'numeric' });

const urgencyWords: Record<NonNullable<EntryOfKind<'engagement-concern'>['urgency']>, string> = {
  immediate: 'urgently, today',
  'within-days': 'within days',
  routine: 'when you next can',
};

type Rule<K extends EntryKind> = (entry: EntryOfKind<K>, raising: Raising) => Promise<Notice[]>;

const rules: { [K in EntryKind]?: Rule<K> } = {
  // MK 5.1.9.4, 5.1.16; SX 1.7.16; BEF 11.2: decide which agencies need to know, and tell them.
  async alert(entry, raising) {
    const sender = senderOf(entry, raising);
    const userIds = await readersIn(raising, entry.to);
    const what = entry.amends ? 'corrected an alert' : 'sent an alert';
    // A restricted alert (issue 10) is read on the case, where its restriction is applied, not here.
    const body = raising.restricted ? 'sign in and open the case to read it.' : entry.message;
    return [
      {
        userIds,
        kind: 'alert',
        text: `${sender} ${what} on case ${raising.caseRow.ref}: ${body}`,
        emailSummary: `${entry.amends ? 'Corrected alert' : 'New alert'} on case ${raising.caseRow.ref} from ${sender}`,
      },
    ];
  },

  // MK 5.1.13, 5.1.16; SX 1.7.16; FV "Risk to staff": an incident is told at once to the reporter's line
  // manager and to the other agencies on the case. `withTellingTimes` stamped the entry with when.
  async incident(entry, raising) {
    if (entry.amends) return [];
    const sender = senderOf(entry, raising);
    const what = entry.threats.map((threat) => threatLabels[threat].toLowerCase()).join(', ');
    const against = entry.against
      ? ` towards ${raising.file.workers.find((w) => w.ref === entry.against)?.name ?? entry.against}`
      : '';
    const body = raising.restricted ? 'sign in and open the case to read it.' : `${what}${against}.`;
    const emailSummary = `Incident reported on case ${raising.caseRow.ref} by ${sender}`;
    const notices: Notice[] = [];
    const manager = await managerOf(raising);
    if (manager)
      notices.push({
        userIds: [manager],
        kind: 'incident',
        text: `${sender} reported an incident on case ${raising.caseRow.ref}${entry.frightening ? ' and found it frightening' : ''}: ${body} Check they are safe and arrange a debrief.`,
        emailSummary,
      });
    const others = raising.file.agencies
      .map((a) => a.ref)
      .filter((ref) => ref !== raising.by.actor.agencyRef);
    const readers = (await readersIn(raising, others)).filter((id) => id !== manager);
    if (readers.length > 0)
      notices.push({
        userIds: readers,
        kind: 'incident',
        text: `Risk to staff on case ${raising.caseRow.ref}: ${sender} reported an incident: ${body} Plan your visits with care.`,
        emailSummary,
      });
    return notices;
  },

  // SX 1.7.35–36; FV "Keeping Staff Safe": the manager named as agreeing to a lone visit to a family with a
  // risk-to-staff warning is told, so an agreement they did not give is caught before the visit.
  async 'visit-plan'(entry, raising) {
    if (!entry.managerAgreedLone || entry.amends) return [];
    const manager = await caseWorker(raising.trx, raising.caseRow.id, entry.managerAgreedLone);
    if (!manager?.userId) return [];
    const { name } = raising.by.actor;
    return [
      {
        userIds: [manager.userId],
        kind: 'lone-visit-agreed',
        text: `${name} recorded that you agreed to their lone visit on case ${raising.caseRow.ref}${raising.restricted ? '' : `, planned for ${visitTimeText(toInstant(entry.due))},`} although the family has a risk-to-staff warning. If you did not agree, tell them before they go.`,
        emailSummary: `${name} recorded your agreement to a lone visit on case ${raising.caseRow.ref}`,
      },
    ];
  },

  // MK 5.1.9.1; BEF 11.2: a worker worried about engagement raises it with their line manager without delay.
  async 'engagement-concern'(entry, raising) {
    if (!entry.managerAsked || entry.amends) return [];
    const manager = await managerOf(raising);
    if (!manager) return [];
    const sender = senderOf(entry, raising);
    const urgency = entry.urgency ? ` (${urgencyWords[entry.urgency]})` : '';
    return [
      {
        userIds: [manager],
        kind: 'manager-asked',
        text: `${sender} asks to discuss case ${raising.caseRow.ref} with you${urgency}: they are worried about the family's engagement. Their answers are in the chronology.`,
        emailSummary: `${sender} asks to discuss case ${raising.caseRow.ref} with you`,
      },
    ];
  },

  // MK 5.1.10: a multi-agency meeting works only if the agencies invited hear of it; each is told through
  // its workers on the case (recipients.ts workingOnCaseIn).
  async 'meeting-scheduled'(entry, raising) {
    const sender = senderOf(entry, raising);
    const { agencies } = addresseesOf(entry, raising.file);
    const userIds = await workingOnCase(raising, agencies);
    const what = `${meetingTypeLabels[entry.type].toLowerCase()} on ${visitTimeText(toInstant(entry.due))}${entry.place ? ` at ${entry.place}` : ''}`;
    const body = raising.restricted ? 'sign in and open the case to read it.' : `${what}.`;
    return [
      {
        userIds,
        kind: 'meeting-invitation',
        text: `${sender} ${entry.amends ? 'changed a meeting your agency is invited to' : 'invited your agency to a meeting'} on case ${raising.caseRow.ref}: ${body}`,
        emailSummary: `${entry.amends ? 'Meeting changed' : 'Meeting invitation'} on case ${raising.caseRow.ref} from ${sender}`,
      },
    ];
  },

  // MK 5.1.10: the action plan a meeting agrees; each owner of a new or changed action is told what is theirs.
  async meeting(entry, raising) {
    const sender = senderOf(entry, raising);
    const byOwner = new Map<string, MeetingAction[]>();
    for (const action of toldActions(entry, raising.file))
      byOwner.set(action.owner, [...(byOwner.get(action.owner) ?? []), action]);
    const { workers } = addresseesOf(entry, raising.file);
    const told = new Set<number>();
    const notices: Notice[] = [];
    for (const [owner, actions] of byOwner) {
      const aWorker = workers.includes(owner);
      const account = aWorker
        ? await recipients.accountOf(raising.trx, raising.caseRow, raising.by.actor.userId, owner)
        : null;
      const reached = aWorker ? (account === null ? [] : [account]) : await workingOnCase(raising, [owner]);
      const userIds = reached.filter((id) => !told.has(id));
      userIds.forEach((id) => told.add(id));
      const what = actions
        .map((action) => `${action.what}${action.due ? ` (due ${ukDateText(action.due)})` : ''}`)
        .join('; ');
      const whose = `${actions.length === 1 ? 'an action' : 'actions'} for ${aWorker ? 'you' : 'your agency'}`;
      notices.push({
        userIds,
        kind: 'meeting-action',
        text: `${sender} ${entry.amends ? 'corrected' : 'recorded'} a meeting on case ${raising.caseRow.ref} with ${whose}: ${raising.restricted ? 'sign in and open the case to read it.' : `${what}.`}`,
        emailSummary: `An action for you from a meeting on case ${raising.caseRow.ref}, recorded by ${sender}`,
      });
    }
    return notices;
  },
};

/** Raises the notifications `entry` calls for, inside the caller's transaction; returns their ids. */
export async function raiseNotifications(
  trx: Tx,
  by: SignedIn,
  caseRow: CaseRow,
  file: CaseFile,
  entry: Entry,
): Promise<number[]> {
  const rule = rules[entry.kind] as Rule<EntryKind> | undefined;
  if (!rule) return [];
  const restricted = isRestricted(entry, file.entries);
  const notices = await rule(entry as EntryOfKind<EntryKind>, { trx, by, caseRow, file, restricted });
  const ids: number[] = [];
  for (const notice of notices) {
    for (const userId of notice.userIds) {
      ids.push(
        await insertNotification(trx, {
          userId,
          kind: notice.kind,
          text: notice.text,
          caseId: caseRow.id,
          entryId: entry.id,
          emailSummary: notice.emailSummary,
        }),
      );
    }
  }
  return ids;
}

/**
 * An incident as it will be told: `managerNotifiedAt` when the reporter has a line manager, and
 * `agenciesAlertedAt` when a user of another agency on the case will be told, both now, unless the input
 * already says when (an incident recorded later by someone who told them at the time). A correction tells
 * nobody again; it stands for the whole incident, so unless it says otherwise it keeps when the version it
 * corrects was told (else, read as amended, the incident would look never escalated).
 */
export async function withTellingTimes(
  trx: Tx,
  by: SignedIn,
  caseRow: CaseRow,
  file: CaseFile,
  input: Record<string, unknown>,
): Promise<Record<string, unknown>> {
  if (input.kind === 'alert') return withUnreached(trx, by, caseRow, input);
  if (input.kind !== 'incident') return input;
  if (input.amends) {
    const amended = file.entries.find((entry) => entry.id === input.amends);
    if (amended?.kind !== 'incident') return input;
    return {
      ...(amended.managerNotifiedAt ? { managerNotifiedAt: amended.managerNotifiedAt } : {}),
      ...(amended.agenciesAlertedAt ? { agenciesAlertedAt: amended.agenciesAlertedAt } : {}),
      ...input,
    };
  }
  const raising = { trx, by, caseRow, file, restricted: true };
  const now = toUkLocalDateTime(new Date());
  const others = file.agencies.map((a) => a.ref).filter((ref) => ref !== by.actor.agencyRef);
  return {
    ...((await managerOf(raising)) ? { managerNotifiedAt: now } : {}),
    ...((await readersIn(raising, others)).length > 0 ? { agenciesAlertedAt: now } : {}),
    ...input,
  };
}

/**
 * An alert as it will be sent: `unreached`, the agencies in `to` that nobody here can receive it for (no
 * active user of theirs may read the case), so the entry keeps who must be told another way. Worked out
 * here whatever the input says: only the system knows whom it reached.
 */
async function withUnreached(
  trx: Tx,
  by: SignedIn,
  caseRow: CaseRow,
  input: Record<string, unknown>,
): Promise<Record<string, unknown>> {
  const to: unknown = input.to;
  if (!Array.isArray(to) || !to.every((ref) => typeof ref === 'string')) return input;
  const unreached: string[] = [];
  for (const ref of new Set(to as string[]))
    if ((await recipients.readersIn(trx, caseRow, by.actor.userId, [ref])).length === 0) unreached.push(ref);
  return { ...input, unreached };
}

/** The recording user's line manager, if they have one. */
function managerOf({ trx, by }: Raising): Promise<number | null> {
  return recipients.managerOf(trx, by.actor.userId);
}

/** "Name (Agency)": the recording user and the agency the entry is recorded for. */
function senderOf(entry: Entry, { by, file }: Raising): string {
  const agency = file.agencies.find((a) => a.ref === entry.agency)?.name ?? entry.agency;
  return agency ? `${by.actor.name} (${agency})` : by.actor.name;
}

/** The users of the agencies named who may read the case, except the one who recorded the entry. */
function readersIn({ trx, by, caseRow }: Raising, agencyRefs: readonly string[]): Promise<number[]> {
  return recipients.readersIn(trx, caseRow, by.actor.userId, agencyRefs);
}

/** Whom each agency named is told through: its workers on the case (recipients.ts), but the recorder. */
async function workingOnCase({ trx, by, caseRow }: Raising, agencyRefs: readonly string[]) {
  const ids = new Set<number>();
  for (const ref of agencyRefs)
    for (const id of await recipients.workingOnCaseIn(trx, caseRow, by.actor.userId, ref)) ids.add(id);
  return [...ids];
}
