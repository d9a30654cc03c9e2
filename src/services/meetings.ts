// Meetings: recording one under the case's pack, with the next steps its decision sets in motion added as
// actions (MK 5.1.23–26), and every action the case's meetings agreed, overdue or not. Each is one transaction.
import { withDecisionSteps } from '../domain/decisions.js';
import type { Meeting, MeetingAction } from '../domain/entries.js';
import { meetingActions, meetingProblems, type ActionItem } from '../domain/meetings.js';
import { packFor } from '../domain/packs/index.js';
import { toUkDate } from '../domain/time.js';
import type { Db } from '../store/database.js';
import { loadCaseFile } from '../store/case-records.js';
import { audit } from './audit.js';
import { openCase } from './case-access.js';
import type { SignedIn } from './cases.js';
import { appendEntry, prepareEntry } from './entries.js';
import { InvalidInput } from './errors.js';

export interface RecordedMeeting {
  entry: Meeting;
  /** The next steps of the decision that were added to the actions. */
  added: MeetingAction[];
}

export function meetingService(db: Db) {
  return {
    /**
     * Records a meeting (an entry of kind `meeting`, defaults as for any entry). Its type and decision must
     * be the pack's, a reason is needed when parents were excluded (SX 1.7.21), and each action needs an
     * owner on the case and a due date. The decision's next steps are added, owned by the recording worker.
     */
    async record(by: SignedIn, ref: string, input: Record<string, unknown>): Promise<RecordedMeeting> {
      return db.transaction().execute(async (trx) => {
        const caseRow = await openCase(trx, by.actor, ref, 'write');
        const file = await loadCaseFile(trx, caseRow);
        const pack = packFor(caseRow.pack);
        const drafted = prepareEntry(by, file, { ...input, kind: 'meeting' });
        const meeting = drafted.entry as Meeting;
        const owners = new Set([...drafted.workers, ...file.agencies].map((owner) => owner.ref));
        const problems = meetingProblems(meeting, pack, owners);
        if (problems.length > 0) throw new InvalidInput(problems);
        const { actions, added } = withDecisionSteps(meeting, pack, by.actor.workerRef);
        const prepared = added.length > 0 ? prepareEntry(by, file, { ...meeting, actions }) : drafted;
        await appendEntry(trx, by, caseRow, file, prepared);
        return { entry: prepared.entry as Meeting, added };
      });
    },

    /** Every action of the case's meetings, newest meeting first, overdue once its date has passed; audited. */
    async actions(by: SignedIn, ref: string, now = new Date()): Promise<ActionItem[]> {
      return db.transaction().execute(async (trx) => {
        const caseRow = await openCase(trx, by.actor, ref, 'read');
        const file = await loadCaseFile(trx, caseRow);
        await audit(trx, by, 'read-actions', caseRow.id);
        return meetingActions(file.entries, toUkDate(now));
      });
    },
  };
}
