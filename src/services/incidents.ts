// Keeping workers safe on a hostile case (issue 7): reporting an incident, a manager's safety decision, a
// debrief after a frightening incident, and the case's risk-to-staff view. Each write is one transaction.
//
// An incident is told at once to the reporter's line manager (MK 5.1.13; SX 1.7.16) and to the other
// agencies on the case (MK 5.1.16): the notifications are raised by the entry itself, and the times it was
// told are stamped on it (entry-notifications.ts), so an incident recorded through the API is told the same way.
import type { CaseFile } from '../domain/case-file.js';
import type { Entry, EntryOfKind } from '../domain/entries.js';
import {
  incidentsOf,
  riskToStaffOf,
  safetyDecisionsOf,
  type RiskToStaff,
  type SafetyDecision,
} from '../domain/risk-to-staff.js';
import { toUkLocalDateTime } from '../domain/time.js';
import { transaction, type Db } from '../store/database.js';
import type { Actor } from '../domain/policy.js';
import { readableFile } from '../domain/restrictions.js';
import { loadCaseFile } from '../store/case-records.js';
import { currentAssessment } from './assessments.js';
import { correctionOf, entryToCorrect } from './corrections.js';
import type { EmailOutbox } from './email-outbox.js';
import { audit } from './audit.js';
import { mayOnCase, openCase } from './case-access.js';
import type { SignedIn } from './cases.js';
import { InvalidInput, NotFound, type Problem } from './errors.js';
import { recordOnCase } from './recording.js';

export interface RiskView {
  file: CaseFile;
  /** The warning, while the assessment finds hostility to staff. */
  warning: RiskToStaff | null;
  incidents: { incident: EntryOfKind<'incident'>; debriefs: EntryOfKind<'debrief'>[] }[];
  decisions: SafetyDecision[];
}

/** `outbox` sends the emails the incident's notifications owe once it has committed. */
export function incidentService(db: Db, outbox?: EmailOutbox) {
  return {
    /** Whether the user may record a safety decision on the case (a manager of it: SX 1.7.36). */
    mayDecide(actor: Actor, ref: string): Promise<boolean> {
      return mayOnCase(db, actor, ref, 'record-safety-decision');
    },

    /**
     * Reports an incident: `threats` (at least one), `against` (a worker on the case), `frightening`, what
     * happened (`note`), and whether the police were told (`policeInformed`: true records the time now).
     * The manager and the other agencies are told as it is recorded, and the entry says when.
     */
    report(by: SignedIn, ref: string, input: Record<string, unknown>): Promise<Entry> {
      return recordOnCase(db, outbox, by, ref, 'write', async (recording) => {
        const { policeInformed, ...fields } = checkedIncident(input);
        return recording.append(
          await recording.tellingTimes({
            ...fields,
            kind: 'incident',
            ...(policeInformed ? { policeInformedAt: toUkLocalDateTime(new Date()) } : {}),
          }),
        );
      });
    },

    /**
     * The latest version of the incident `entryId`, for a user who may write to the case: what a
     * correction starts from. Not found when it names no incident on the case the user may read.
     */
    toCorrect(by: SignedIn, ref: string, entryId: string): Promise<EntryOfKind<'incident'>> {
      return entryToCorrect(db, by.actor, ref, 'write', 'incident', entryId);
    },

    /**
     * Corrects the incident `entryId` (its latest version), with the fields `report` takes. Nobody is told
     * again: the correction stands for the whole entry, so it carries over who reported it, when their
     * manager and the other agencies were told (`withTellingTimes`), and the time the police were told,
     * unless it now says they were not (a time is recorded now if they are told only now).
     */
    correct(by: SignedIn, ref: string, entryId: string, input: Record<string, unknown>): Promise<Entry> {
      return recordOnCase(db, outbox, by, ref, 'write', async (recording) => {
        const { amended, amending } = correctionOf(recording.file, by.actor, 'incident', entryId);
        if (!amended) throw new NotFound(`incident ${entryId}`);
        const { policeInformed, ...fields } = checkedIncident(input);
        const policeInformedAt = policeInformed
          ? (amended.policeInformedAt ?? toUkLocalDateTime(new Date()))
          : undefined;
        return recording.append(
          await recording.tellingTimes({
            ...fields,
            ...amending,
            kind: 'incident',
            worker: amended.worker,
            agency: amended.agency,
            ...(policeInformedAt ? { policeInformedAt } : {}),
          }),
        );
      });
    },

    /** A manager's decision on how work goes on safely, and why (SX 1.7.36): `measures`, `decision`, `reason`. */
    decideSafety(by: SignedIn, ref: string, input: Record<string, unknown>): Promise<Entry> {
      return recordOnCase(db, outbox, by, ref, 'record-safety-decision', (recording) => {
        const problems: Problem[] = [];
        if (typeof input.decision !== 'string' || !input.decision.trim())
          problems.push({ path: 'decision', message: 'Enter how the work will go on safely' });
        if (typeof input.reason !== 'string' || !input.reason.trim())
          problems.push({ path: 'reason', message: 'Enter the reason for the decision' });
        if (problems.length > 0) throw new InvalidInput(problems);
        return recording.append({ measures: [], ...input, kind: 'safety-decision' });
      });
    },

    /** A debrief after an incident (SX 1.7.21, 1.7.33): what was talked through, and any support agreed. */
    debrief(by: SignedIn, ref: string, incidentId: string, input: Record<string, unknown>): Promise<Entry> {
      return recordOnCase(db, outbox, by, ref, 'write', (recording) => {
        const readable = readableFile(recording.file, by.actor);
        if (!incidentsOf(readable).some((incident) => incident.id === incidentId))
          throw new NotFound(`incident ${incidentId}`);
        if (typeof input.note !== 'string' || !input.note.trim())
          throw new InvalidInput([{ path: 'note', message: 'Enter what was talked through at the debrief' }]);
        return recording.append({ ...input, kind: 'debrief', incident: incidentId });
      });
    },

    /** The case's risk to staff: the warning, every incident with its debriefs, every safety decision; audited. */
    async view(by: SignedIn, ref: string, now = new Date()): Promise<RiskView> {
      return transaction(db, async (trx) => {
        const caseRow = await openCase(trx, by.actor, ref, 'read');
        // The warning holds for everyone on the case and shows every incident in it, restricted or not,
        // without a restricted one's note (MK 5.1.16; risk-to-staff.ts); the page's list of incidents and
        // decisions leaves out those restricted from the user (restrictions.ts).
        const whole = await loadCaseFile(trx, caseRow);
        const file = readableFile(whole, by.actor);
        const assessment = await currentAssessment(trx, caseRow, now);
        await audit(trx, by, 'read-risk-to-staff', caseRow.id);
        const debriefs = file.entries.filter((e): e is EntryOfKind<'debrief'> => e.kind === 'debrief');
        return {
          file,
          warning: riskToStaffOf(whole, assessment.findings, by.actor),
          incidents: incidentsOf(file).map((incident) => ({
            incident,
            debriefs: debriefs.filter((debrief) => debrief.incident === incident.id),
          })),
          decisions: safetyDecisionsOf(file),
        };
      });
    },
  };
}

export type IncidentService = ReturnType<typeof incidentService>;

/** The input of `report` or `correct`, once it says what an incident must; else InvalidInput. */
function checkedIncident(input: Record<string, unknown>): Record<string, unknown> {
  const problems = incidentProblems(input);
  if (problems.length > 0) throw new InvalidInput(problems);
  return input;
}

function incidentProblems(input: Record<string, unknown>): Problem[] {
  const problems: Problem[] = [];
  if (!Array.isArray(input.threats) || input.threats.length === 0)
    problems.push({
      path: 'threats',
      message: 'Select what happened: at least one kind of threat or behaviour',
    });
  if (typeof input.frightening !== 'boolean')
    problems.push({ path: 'frightening', message: 'Select whether it was frightening' });
  if (typeof input.note !== 'string' || !input.note.trim())
    problems.push({ path: 'note', message: 'Enter what happened' });
  if (typeof input.policeInformed !== 'boolean')
    problems.push({ path: 'policeInformed', message: 'Select whether the police have been told' });
  return problems;
}
