// The pathway stage (FORMAT.md, "The pathway stage"): how far the local procedure has got in the
// current episode of non-engagement, which began when a non-engagement finding became active with
// none active before.
import type { MeetingDecision } from '../vocabularies.js';
import type { Stage } from './codes.js';
import type { Found } from './detector.js';
import { holdsAt } from './spells.js';
import { multiAgencyMeetings, professionalsMeetings } from './findings/pathway.js';
import { ofKind, type CaseTimeline } from './timeline.js';

const decisionStage: Record<MeetingDecision, Stage> = {
  continue: 'continue',
  close: 'closed',
  'step-down': 'step-down',
  'child-protection': 'child-protection',
  legal: 'legal',
  'reporter-referral': 'reporter-referral',
};

export function stageOf(t: CaseTimeline, found: Found): { stage: Stage; episodeFrom: number | null } {
  const episode = holdsAt(found.nonEngagement(), t.now);
  if (!episode) return { stage: 'engaging', episodeFrom: null };
  const since = <T extends { ms: number }>(items: T[]) => items.filter((item) => item.ms >= episode.from);
  const meetings = since(ofKind(t, 'meeting'));
  const decided = meetings.filter((m) => m.entry.decision).at(-1);
  if (decided?.entry.decision)
    return { stage: decisionStage[decided.entry.decision], episodeFrom: episode.from };
  const stage: Stage = meetings.some((m) => professionalsMeetings.has(m.entry.type))
    ? 'professionals-meeting'
    : meetings.some((m) => multiAgencyMeetings.has(m.entry.type))
      ? 'multi-agency'
      : since(ofKind(t, 'manager-discussion')).length > 0
        ? 'manager-discussed'
        : 'concern';
  return { stage, episodeFrom: episode.from };
}
