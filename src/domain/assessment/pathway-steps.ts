// Which entry reached each step of the pathway (FORMAT.md, "The pathway stage"), so the stage indicator can
// link each step to it: the first evidence of the concern, the manager discussion (MK 5.1.9.1), the
// multi-agency meeting (MK 5.1.10–11), the professionals meeting (MK 5.1.17–21) and the decision (MK 5.1.23–26).
// Pure: it reads the case file and its assessment, never the clock.
import { asAmended } from '../amendments.js';
import type { CaseFile } from '../case-file.js';
import type { Entry } from '../entries.js';
import { toInstant } from '../time.js';
import type { Assessment } from './assess.js';
import { nonEngagementCodes, type Stage } from './codes.js';
import { multiAgencyMeetings, professionalsMeetings } from './findings/pathway.js';

export type PathwayStep =
  'concern' | 'manager-discussed' | 'multi-agency' | 'professionals-meeting' | 'decision';

/** The id of the entry that reached each step in the current episode, for the steps reached so far. */
export type PathwayStepEntries = Partial<Record<PathwayStep, string>>;

const ladder: readonly Stage[] = [
  'engaging',
  'concern',
  'manager-discussed',
  'multi-agency',
  'professionals-meeting',
];
/** How far a stage is up the ladder; every meeting decision is past its top. */
const rung = (stage: Stage) => (ladder.includes(stage) ? ladder.indexOf(stage) : ladder.length);

interface Timed {
  entry: Entry;
  ms: number;
}

const isMeetingOf = (types: ReadonlySet<string>) => (entry: Entry) =>
  entry.kind === 'meeting' && types.has(entry.type);
const steps: { step: Exclude<PathwayStep, 'concern' | 'decision'>; matches: (entry: Entry) => boolean }[] = [
  { step: 'manager-discussed', matches: (entry) => entry.kind === 'manager-discussion' },
  { step: 'multi-agency', matches: isMeetingOf(multiAgencyMeetings) },
  { step: 'professionals-meeting', matches: isMeetingOf(professionalsMeetings) },
];

/**
 * The entries behind each step reached. The episode is taken to begin at the earliest `since` of the
 * non-engagement findings active now (the assessment keeps no more than that); where no entry of a step the
 * stage has reached lies after it, the episode began earlier and its latest such entry is the one.
 */
export function pathwayStepEntries(
  file: CaseFile,
  assessment: Pick<Assessment, 'stage' | 'findings'>,
  now: Date,
): PathwayStepEntries {
  const { stage } = assessment;
  const active = assessment.findings.filter((finding) => nonEngagementCodes.has(finding.code));
  if (stage === 'engaging' || active.length === 0) return {};
  const episodeFrom = Math.min(...active.map((finding) => toInstant(finding.since).getTime()));
  const timeline: Timed[] = asAmended(file.entries)
    .map((entry, order) => ({ entry, ms: toInstant(entry.at).getTime(), order }))
    .filter((item) => item.ms <= now.getTime())
    .sort((a, b) => a.ms - b.ms || a.order - b.order);

  const reached: PathwayStepEntries = {};
  const evidence = new Set(active.flatMap((finding) => finding.evidence));
  const concern = timeline.find((item) => evidence.has(item.entry.id));
  if (concern) reached.concern = concern.entry.id;

  for (const { step, matches } of steps) {
    if (rung(stage) < rung(step)) break;
    const matching = timeline.filter((item) => matches(item.entry));
    const found =
      matching.find((item) => item.ms >= episodeFrom) ?? (stage === step ? matching.at(-1) : undefined);
    if (found) reached[step] = found.entry.id;
  }

  if (rung(stage) === ladder.length) {
    // The stage is the latest meeting decision of the episode.
    const decided = timeline.filter((item) => item.entry.kind === 'meeting' && item.entry.decision);
    const decision = decided.filter((item) => item.ms >= episodeFrom).at(-1) ?? decided.at(-1);
    if (decision) reached.decision = decision.entry.id;
  }
  return reached;
}
