// A worker's task list: every action a meeting gave them, or their agency, on the cases their agency is
// on, until marked done; overdue ones first (issue 6: actions appear on the owner's task list and become
// overdue visibly). Its queries are the store's (store/meeting-actions.ts, store/case-records.ts).
import { meetingActions, type ActionItem } from '../domain/meetings.js';
import { can, type Actor } from '../domain/policy.js';
import { toUkDate } from '../domain/time.js';
import { readableFile } from '../domain/restrictions.js';
import { transaction, type Db } from '../store/database.js';
import { caseAgencyIds, loadCaseFile } from '../store/case-records.js';
import { casesWithMeetingsOf } from '../store/meeting-actions.js';

export interface Task extends ActionItem {
  case: string;
  /** Whether the action is the worker's own, or their agency's. */
  ownedBy: 'me' | 'my-agency';
}

export function taskService(db: Db) {
  return {
    mine(actor: Actor, now = new Date()): Promise<Task[]> {
      return transaction(db, async (tx) => {
        const cases = await casesWithMeetingsOf(tx, actor.partnershipId, actor.agencyId);
        const today = toUkDate(now);
        const tasks: Task[] = [];
        for (const caseRow of cases) {
          // Only while the agency is still on the case (an ended involvement leaves the row), and not for an admin.
          const access = {
            partnershipId: caseRow.partnership_id,
            agencyIds: await caseAgencyIds(tx, caseRow.id),
          };
          if (!can(actor, 'read', access)) continue;
          // A meeting restricted from the user gives them no tasks to see (restrictions.ts).
          const file = readableFile(await loadCaseFile(tx, caseRow), actor);
          // A worker ref names a person only within their agency: the same ref in another agency is someone else.
          const isMe = file.workers.some((w) => w.ref === actor.workerRef && w.agency === actor.agencyRef);
          for (const action of meetingActions(file.entries, today)) {
            if (action.doneAt !== null) continue;
            const ownedBy =
              isMe && action.owner === actor.workerRef
                ? 'me'
                : action.owner === actor.agencyRef
                  ? 'my-agency'
                  : null;
            if (ownedBy) tasks.push({ ...action, case: caseRow.ref, ownedBy });
          }
        }
        return tasks.sort(
          (a, b) =>
            Number(b.overdue) - Number(a.overdue) ||
            (a.due ?? '9999').localeCompare(b.due ?? '9999') ||
            a.case.localeCompare(b.case),
        );
      });
    },
  };
}
export type TaskService = ReturnType<typeof taskService>;
