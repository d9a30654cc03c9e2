// Planning a visit (MK 5.1.9.23–25; FV "Keeping Staff Safe"; SX 1.7.35–36): when, until when, joint or
// lone, the pack's pre-visit safety questions and what the worker will do if nobody answers. To a family
// with a risk-to-staff warning every safety question must be answered, and a lone visit needs a manager's
// agreement (checked by followVisitEntry, and the manager told by entry-notifications.ts, for every visit
// plan however recorded). A plan is an entry; the managers it may name are the store's
// (store/whereabouts.ts).
import type { Entry } from '../domain/entries.js';
import { effectivePack } from './procedure.js';
import type { Question } from '../domain/packs/types.js';
import { toInstant } from '../domain/time.js';
import { loneVisitNeedsAgreement, safetyCheckOf } from '../domain/visits.js';
import type { CaseFile } from '../domain/case-file.js';
import { transaction, type Db, type Tx } from '../store/database.js';
import { lineManagerOf, managersOfAgencies } from '../store/whereabouts.js';
import { caseAgencyIds, loadCaseFile } from '../store/case-records.js';
import type { CaseRow } from '../store/tables.js';
import { openCase } from './case-access.js';
import type { SignedIn } from './cases.js';
import type { EmailOutbox } from './email-outbox.js';
import { InvalidInput, type Problem } from './errors.js';
import { recordOnCase } from './recording.js';
import { hasRiskToStaffWarning, loneRefusal } from './whereabouts.js';

/** A manager of the case who may agree to a lone visit: their agency is on it. */
export interface AgreeingManager {
  ref: string;
  name: string;
  /** The worker's own line manager (listed first). */
  lineManager: boolean;
}

export interface VisitPlanning {
  questions: Question[];
  /** The family has a risk-to-staff warning now. */
  warning: boolean;
  /** A lone visit needs a manager's agreement (the warning, where the pack asks for joint visits). */
  loneNeedsAgreement: boolean;
  managers: AgreeingManager[];
}

export interface VisitPlanInput {
  /** Format date-times (UK local). */
  due?: string;
  expectedBack?: string;
  lone?: boolean;
  /** Safety question id → answer. */
  answers?: Record<string, string>;
  /** A manager's worker ref. */
  managerAgreedLone?: string;
  contingency?: string;
  note?: string;
}

export function visitPlanService(db: Db, outbox?: EmailOutbox) {
  const planning = async (trx: Tx, by: SignedIn, caseRow: CaseRow, file: CaseFile, now: Date) => {
    // The partnership's pack, local thresholds included: the same one the write is checked against.
    const pack = await effectivePack(trx, caseRow.partnership_id, caseRow.pack);
    const warning = hasRiskToStaffWarning(file, now, pack);
    const agencyIds = await caseAgencyIds(trx, caseRow.id);
    const managers = await managersOfAgencies(trx, by.actor.partnershipId, agencyIds, by.actor.userId);
    const lineManager = await lineManagerOf(trx, by.actor.userId);
    const context: VisitPlanning = {
      questions: pack.checklists.preVisitSafety,
      warning,
      loneNeedsAgreement: loneVisitNeedsAgreement(true, warning, pack.thresholds.jointVisitsWhenWarning),
      managers: managers
        .map((m) => ({ ref: m.workerRef, name: m.name, lineManager: m.id === lineManager }))
        .sort((a, b) => Number(b.lineManager) - Number(a.lineManager)),
    };
    return { context, managers };
  };

  return {
    /** What the plan form needs: the questions, whether the family has a warning, the managers to name. */
    async planning(by: SignedIn, ref: string, now = new Date()): Promise<VisitPlanning> {
      return transaction(db, async (trx) => {
        const caseRow = await openCase(trx, by.actor, ref, 'write');
        return (await planning(trx, by, caseRow, await loadCaseFile(trx, caseRow), now)).context;
      });
    },

    /** Records the plan as a `visit-plan` entry, or refuses it naming each problem by its field. */
    plan(by: SignedIn, ref: string, input: VisitPlanInput, now = new Date()): Promise<Entry> {
      // The manager named as agreeing to a lone visit is emailed at once, not at the next sweep.
      return recordOnCase(db, outbox, by, ref, 'write', async (recording) => {
        const { trx, caseRow, file } = recording;
        const { context, managers } = await planning(trx, by, caseRow, file, now);
        const problems = planProblems(input, context);
        if (problems.length > 0) throw new InvalidInput(problems);
        const safetyCheck = safetyCheckOf(context.questions, input.answers ?? {});
        // The agreeing manager is named on the case as a worker of their agency, so the entry can refer to them.
        const manager = managers.find((m) => m.workerRef === input.managerAgreedLone);
        if (input.lone && manager && !file.workers.some((w) => w.ref === manager.workerRef))
          await recording.addWorker({
            ref: manager.workerRef,
            agency: manager.agencyRef,
            name: manager.name,
          });
        return recording.append({
          kind: 'visit-plan',
          due: input.due,
          expectedBack: input.expectedBack,
          lone: Boolean(input.lone),
          safetyCheck,
          ...(input.lone && input.managerAgreedLone ? { managerAgreedLone: input.managerAgreedLone } : {}),
          contingency: input.contingency?.trim(),
          ...(input.note?.trim() ? { note: input.note.trim() } : {}),
        });
      });
    },
  };
}

export type VisitPlanService = ReturnType<typeof visitPlanService>;

/** What a plan must say beyond the format's minimum, in the words the form shows. */
function planProblems(input: VisitPlanInput, context: VisitPlanning): Problem[] {
  const problems: Problem[] = [];
  if (!input.due) problems.push({ path: 'due', message: 'Enter the date and time of the visit' });
  if (!input.expectedBack)
    problems.push({ path: 'expectedBack', message: 'Enter the time you expect to be back' });
  else if (input.due && toInstant(input.expectedBack) <= toInstant(input.due))
    problems.push({
      path: 'expectedBack',
      message: 'The time you expect to be back must be after the visit starts',
    });
  if (input.lone === undefined)
    problems.push({ path: 'lone', message: 'Select whether you are going alone' });
  if (input.lone && context.loneNeedsAgreement && input.managerAgreedLone === undefined)
    problems.push({ path: 'managerAgreedLone', message: loneRefusal });
  else if (
    input.lone &&
    input.managerAgreedLone &&
    !context.managers.some((m) => m.ref === input.managerAgreedLone)
  )
    problems.push({ path: 'managerAgreedLone', message: 'Select a manager of this case who agreed' });
  if (context.warning)
    for (const question of context.questions)
      if (!input.answers?.[question.id]?.trim())
        problems.push({ path: `answers.${question.id}`, message: `Answer: ${question.text}` });
  if (!input.contingency?.trim())
    problems.push({
      path: 'contingency',
      message: 'Enter what you will do if nobody answers or you cannot get in',
    });
  return problems;
}
