// What a meeting's decision sets in motion: the next steps the case's pack names for it (MK 5.1.25–26,
// BEF 11.2, R7 "Questions", SX 1.7.16, FV "Consider" and the Reporter box), recorded as actions of the
// meeting so they show on the case and become overdue like any other action.
import { addWorkingDays } from './assessment/working-days.js';
import type { MeetingAction } from './entries.js';
import type { DecisionStep, Pack } from './packs/types.js';
import { toInstant, toUkDate } from './time.js';
import type { MeetingDecision, MeetingType } from './vocabularies.js';

/** The next steps the pack names for a decision; none for a decision it gives none (continue, close). */
export function decisionSteps(pack: Pack, decision: MeetingDecision | undefined): DecisionStep[] {
  return pack.decisions.find((named) => named.decision === decision)?.nextSteps ?? [];
}

export interface DecidedMeeting {
  type: MeetingType;
  at: string;
  decision?: MeetingDecision | undefined;
  actions?: MeetingAction[] | undefined;
}

/**
 * The meeting's actions with its decision's next steps added, owned by `owner` and due the steps' working
 * days after the meeting, and which were added. A step is left out when the meeting already lists it
 * (an action naming it) or is that step itself (a strategy discussion deciding child protection).
 */
export function withDecisionSteps(
  meeting: DecidedMeeting,
  pack: Pack,
  owner: string,
): { actions: MeetingAction[]; added: MeetingAction[] } {
  const listed = meeting.actions ?? [];
  const day = toUkDate(toInstant(meeting.at));
  const added = decisionSteps(pack, meeting.decision)
    .filter(
      (step) => step.meeting !== meeting.type && !listed.some((action) => names(action.what, step.name)),
    )
    .map((step) => ({
      what: `${step.text} (${step.citations.join(', ')})`,
      owner,
      due: addWorkingDays(day, step.workingDays, pack.nation),
    }));
  return { actions: [...listed, ...added], added };
}

/** Whether an action's words name a step, whatever the case, spacing or apostrophes. */
function names(what: string, name: string): boolean {
  const plain = (text: string) => text.toLowerCase().replace(/[‘’]/g, "'").replace(/\s+/g, ' ');
  return plain(what).includes(plain(name));
}
