// The notifications an entry raises, written by appendEntry in the transaction that records the entry, so
// they are raised the same whichever way the entry came (a page, POST /api/v1/cases/{ref}/entries, a
// service of its own). One rule per kind of entry; a kind with no rule raises nothing. Issue 7's
// incidents add their rules here.
import type { CaseFile } from '../domain/case-file.js';
import type { Entry, EntryOfKind } from '../domain/entries.js';
import { threatLabels } from '../domain/labels.js';
import { can } from '../domain/policy.js';
import { isRestricted } from '../domain/restrictions.js';
import { toInstant, toUkLocalDateTime } from '../domain/time.js';
import { visitTimeText } from '../domain/visits.js';
import type { EntryKind } from '../domain/vocabularies.js';
import type { Db } from '../store/database.js';
import { caseAgencyIds } from '../store/case-records.js';
import type { CaseRow } from '../store/tables.js';
import { actorOf, selectActorRows } from './accounts.js';
import type { SignedIn } from './cases.js';
import { insertNotification } from './notifications.js';

/** What a rule sees: the write's transaction, who recorded the entry, and the case as it was before it. */
interface Raising {
  trx: Db;
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
    const manager = await raising.trx
      .selectFrom('case_workers')
      .select('user_id')
      .where('case_id', '=', raising.caseRow.id)
      .where('ref', '=', entry.managerAgreedLone)
      .executeTakeFirst();
    if (!manager?.user_id) return [];
    const { name } = raising.by.actor;
    return [
      {
        userIds: [manager.user_id],
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
};

/** Raises the notifications `entry` calls for, inside the caller's transaction; returns their ids. */
export async function raiseNotifications(
  trx: Db,
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
  trx: Db,
  by: SignedIn,
  caseRow: CaseRow,
  file: CaseFile,
  input: Record<string, unknown>,
): Promise<Record<string, unknown>> {
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

/** The recording user's line manager, if they have one. */
async function managerOf({ trx, by }: Raising): Promise<number | null> {
  const row = await trx
    .selectFrom('users')
    .select('manager_id')
    .where('id', '=', by.actor.userId)
    .executeTakeFirst();
  return row?.manager_id ?? null;
}

/** "Name (Agency)": the recording user and the agency the entry is recorded for. */
function senderOf(entry: Entry, { by, file }: Raising): string {
  const agency = file.agencies.find((a) => a.ref === entry.agency)?.name ?? entry.agency;
  return agency ? `${by.actor.name} (${agency})` : by.actor.name;
}

/**
 * The users of the agencies named (within the case's partnership) who may read the case, except the one
 * who recorded the entry: nobody is told about a case the policy would not show them (an administrator or
 * auditor of an addressed agency is not told).
 */
async function readersIn({ trx, by, caseRow }: Raising, agencyRefs: readonly string[]): Promise<number[]> {
  if (agencyRefs.length === 0) return [];
  const users = await selectActorRows(trx)
    .where('agencies.partnership_id', '=', caseRow.partnership_id)
    .where('agencies.ref', 'in', [...agencyRefs])
    .where('users.id', '!=', by.actor.userId)
    .orderBy('users.id')
    .execute();
  const access = { partnershipId: caseRow.partnership_id, agencyIds: await caseAgencyIds(trx, caseRow.id) };
  // Their own agency is on the case (an alert's agencies resolve against it), so whom they supervise does
  // not change the answer.
  return users.filter((user) => can(actorOf(user, []), 'read', access)).map((user) => user.id);
}
