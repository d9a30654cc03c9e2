// Meetings: recording one under the case's pack, with the next steps its decision sets in motion added as
// actions (MK 5.1.23–26), and every action the case's meetings agreed, overdue or not. Each is one transaction.
import { withDecisionSteps } from '../domain/decisions.js';
import type { Entry, Meeting, MeetingAction } from '../domain/entries.js';
import {
  meetingActions,
  meetingProblems,
  meetingTypesOf,
  scheduledMeetings,
  type ActionItem,
  type ScheduledMeeting,
} from '../domain/meetings.js';
import { packFor } from '../domain/packs/index.js';
import { toUkDate } from '../domain/time.js';
import { readableFile } from '../domain/restrictions.js';
import { transaction, type Db } from '../store/database.js';
import { loadCaseFile } from '../store/case-records.js';
import { audit } from './audit.js';
import { openCase } from './case-access.js';
import type { SignedIn } from './cases.js';
import { correctionOf, entryToCorrect } from './corrections.js';
import type { EmailOutbox } from './email-outbox.js';
import { InvalidInput, NotFound, type Problem } from './errors.js';
import { recordOnCase } from './recording.js';

export interface RecordedMeeting {
  entry: Meeting;
  /** The next steps of the decision that were added to the actions. */
  added: MeetingAction[];
}

/** `outbox` sends the emails owed to those invited and to the owners of actions, once each write commits. */
export function meetingService(db: Db, outbox?: EmailOutbox) {
  return {
    /**
     * Records a meeting (an entry of kind `meeting`, defaults as for any entry). Its type and decision must
     * be the pack's, a reason is needed when parents were excluded (SX 1.7.21), and each action needs an
     * owner on the case and a due date, today or later (UK; a correction's actions may keep the dates they
     * had). The decision's next steps are added, owned by the recording worker.
     */
    record(by: SignedIn, ref: string, input: Record<string, unknown>): Promise<RecordedMeeting> {
      return write(db, outbox, by, ref, input);
    },

    /**
     * The latest version of the meeting `entryId` (the meeting itself, or its latest correction), for a
     * user who may write to the case: what a correction starts from. Not found when the entry is no meeting
     * on the case, or one the user may not read.
     */
    toCorrect(by: SignedIn, ref: string, entryId: string): Promise<Meeting> {
      return entryToCorrect(db, by.actor, ref, 'write', 'meeting', entryId);
    },

    /**
     * Corrects the meeting `entryId`: a new meeting, checked as `record` checks one (a changed decision's
     * next steps added), that amends its latest version. Its actions keep their places, as action updates
     * name an action by its meeting and its index: a correction may change an action's words, owner or due
     * date and add actions after them, but one with fewer actions than the version it corrects is refused.
     * The meeting stays as it was.
     */
    correct(
      by: SignedIn,
      ref: string,
      entryId: string,
      input: Record<string, unknown>,
    ): Promise<RecordedMeeting> {
      return write(db, outbox, by, ref, input, entryId);
    },

    /**
     * Arranges a meeting (an entry of kind `meeting-scheduled`): a type the pack names, when it will be held
     * and the agencies invited, whose workers on the case are told (entry-notifications.ts). Recording the
     * meeting itself comes later, with `record`.
     */
    schedule(by: SignedIn, ref: string, input: Record<string, unknown>): Promise<Entry> {
      return recordOnCase(db, outbox, by, ref, 'write', (recording) => {
        const pack = packFor(recording.caseRow.pack);
        const problems: Problem[] = [];
        if (!input.type) problems.push({ path: 'type', message: 'Select the type of meeting' });
        else if (!meetingTypesOf(pack).some((named) => named.type === input.type))
          problems.push({
            path: 'type',
            message: `The ${pack.name} procedure names no meeting of this type`,
          });
        if (!input.due) problems.push({ path: 'due', message: 'Enter the date and time of the meeting' });
        if (!Array.isArray(input.invited) || input.invited.length === 0)
          problems.push({ path: 'invited', message: 'Select the agencies invited to the meeting' });
        if (problems.length > 0) throw new InvalidInput(problems);
        return recording.append({ ...input, kind: 'meeting-scheduled' });
      });
    },

    /** The meetings arranged on the case, soonest first, with whether each has been held; audited. */
    async scheduled(by: SignedIn, ref: string, now = new Date()): Promise<ScheduledMeeting[]> {
      return transaction(db, async (trx) => {
        const caseRow = await openCase(trx, by.actor, ref, 'read');
        const file = readableFile(await loadCaseFile(trx, caseRow), by.actor);
        await audit(trx, by, 'read-meetings', caseRow.id);
        return scheduledMeetings(file.entries, now);
      });
    },

    /**
     * Marks one meeting action done, or reopens it (an `action-update` entry). The action is named by its
     * meeting's id and its position in that meeting's actions; marking it as it already stands is refused.
     */
    async updateAction(
      by: SignedIn,
      ref: string,
      update: { meeting: string; index: number; done: boolean; note?: string },
    ): Promise<{ entry: Entry; action: ActionItem }> {
      return recordOnCase(db, outbox, by, ref, 'write', async (recording) => {
        // An action of a meeting restricted from the user is not there for them (restrictions.ts).
        const readable = readableFile(recording.file, by.actor);
        const action = meetingActions(readable.entries, toUkDate(new Date())).find(
          (item) => item.meeting === update.meeting && item.index === update.index,
        );
        if (!action) throw new NotFound(`action ${update.index} of meeting ${update.meeting}`);
        if ((action.doneAt !== null) === update.done)
          throw new InvalidInput([
            {
              path: 'done',
              message: update.done ? 'This action is already done' : 'This action is not done',
            },
          ]);
        const entry = await recording.append({
          kind: 'action-update',
          meeting: update.meeting,
          action: update.index,
          done: update.done,
          note: update.note || undefined,
        });
        const entries = [...readable.entries, entry];
        const updated = meetingActions(entries, toUkDate(new Date())).find(
          (item) => item.meeting === update.meeting && item.index === update.index,
        ) as ActionItem;
        return { entry, action: updated };
      });
    },

    /** Every action of the case's meetings, newest meeting first, overdue once its date has passed; audited. */
    async actions(by: SignedIn, ref: string, now = new Date()): Promise<ActionItem[]> {
      return transaction(db, async (trx) => {
        const caseRow = await openCase(trx, by.actor, ref, 'read');
        const file = readableFile(await loadCaseFile(trx, caseRow), by.actor);
        await audit(trx, by, 'read-actions', caseRow.id);
        return meetingActions(file.entries, toUkDate(now));
      });
    },
  };
}

/**
 * Records a meeting, or (with `correcting`) a correction of one, in one transaction: the case opened for
 * writing, the meeting checked under its pack (a correction, by prepareEntry, against the actions of the version
 * it amends), the decision's next steps added, the entry appended as any other (the owners of its actions
 * told); the emails owed go once it has committed.
 */
function write(
  db: Db,
  outbox: EmailOutbox | undefined,
  by: SignedIn,
  ref: string,
  input: Record<string, unknown>,
  correcting?: string,
): Promise<RecordedMeeting> {
  return recordOnCase(db, outbox, by, ref, 'write', async (recording) => {
    const { caseRow, file } = recording;
    const pack = packFor(caseRow.pack);
    const { amended, amending } = correctionOf(file, by.actor, 'meeting', correcting);
    const drafted = recording.prepare({ ...input, ...amending, kind: 'meeting' });
    const meeting = drafted.entry as Meeting;
    const owners = new Set([...drafted.workers, ...file.agencies].map((owner) => owner.ref));
    const problems = meetingProblems(meeting, pack, owners, toUkDate(new Date()), amended);
    if (problems.length > 0) throw new InvalidInput(problems);
    const { actions, added } = withDecisionSteps(meeting, pack, by.actor.workerRef);
    const prepared = added.length > 0 ? recording.prepare({ ...meeting, actions }) : drafted;
    return { entry: (await recording.write(prepared)) as Meeting, added };
  });
}
