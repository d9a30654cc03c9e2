// A procedure pack: one partnership's local procedure as data (DESIGN.md, "Procedure packs").
// Every piece of guidance carries the paragraphs it paraphrases, as `MK 5.1.9.1` for a numbered
// paragraph or `FV "Keeping Staff Safe"` for a section known by its heading; the few things taken from
// outside the seeds cite their source by its short name (sources.ts).
import type { FindingCode, Stage } from '../assessment/codes.js';
import type { NamedSourceCitation } from './sources.js';
import type {
  Behaviour,
  MeetingDecision,
  MeetingType,
  PackId,
  Plan,
  stagesOfChange,
} from '../vocabularies.js';

export type Nation = 'england-and-wales' | 'scotland';

/** The seeds' short names, as their citations begin: MK, BEF, R7, SX, FV. */
export type SeedSource = 'MK' | 'BEF' | 'R7' | 'SX' | 'FV';

/** Each seed's procedure as a page names it in words: a reader should not have to know "R7". */
export const seedNames: Record<SeedSource, string> = {
  MK: 'Milton Keynes',
  BEF: 'Barnsley',
  R7: 'Rochdale',
  SX: 'Sussex',
  FV: 'Forth Valley',
};

/**
 * What guidance cites: a paragraph or heading of a seed (`MK 5.1.9.23`, `FV "Keeping Staff Safe"`), or a
 * source outside the seeds by its short name in `namedSources` (`CSPRP 2022`), where FINDINGS.md takes a
 * finding from one. The packs' tests check each seed citation against the seed's text.
 */
export type Citation = `${SeedSource} ${string}` | NamedSourceCitation;

/** A sentence in our own words, with the paragraphs it comes from. */
export interface Guidance {
  text: string;
  citations: Citation[];
}

/** A question on a checklist, with a stable id (answers are saved against it). */
export interface Question extends Guidance {
  id: string;
}

/** The numbers the rules use. The common core holds FINDINGS.md's defaults; a pack overrides where its text differs. */
export interface Thresholds {
  /** Working days a child may go unseen, by plan; halved (rounded down) under `notSeenHalvedUnderAge`. */
  notSeenWorkingDays: Record<Plan, number>;
  /** The age in years under which a child's not-seen limit is halved: 1 in the common core (a baby). */
  notSeenHalvedUnderAge: number;
  failedContacts: { count: number; days: number };
  doorNotAnsweredDays: number;
  refusalDays: number;
  ambivalence: { count: number; days: number };
  avoidance: { count: number; days: number };
  disguisedCompliance: { indicators: number; days: number };
  sporadicCompliance: { completedContacts: number; daysBeforeReview: number; failingDays: number };
  selectiveEngagementDays: number;
  everyoneWithdrawingDays: number;
  mobility: { count: number; days: number };
  hostilityDays: number;
  debriefWorkingDays: number;
  visitGraceMinutes: number;
  managerDiscussionWorkingDays: number;
  supervisionWorkingDays: number;
  multiAgencyMeetingWorkingDays: number;
  professionalsMeetingWorkingDays: number;
  childVoiceDays: number;
  seenAloneFromAge: number;
  attendanceBelowPercent: number;
  healthAppointments: { count: number; days: number };
  staffChurn: { leads: number; days: number };
  professionalCancellations: { count: number; days: number };
  concernsAccumulating: { referrals: number; days: number };
  startAgain: { closures: number; assessments: number; days: number };
  significantAdultDays: number;
  communicationDays: number;
  summaryDays: number;
  /** Whether a family with a risk-to-staff warning may be visited alone only with a manager's agreement. */
  jointVisitsWhenWarning: boolean;
}

/**
 * A next step a decision sets in motion (a strategy discussion, a legal planning meeting, a Reporter referral),
 * recorded as an action of the meeting that decided it. `name` is how a worker would write it, so a step
 * they listed themselves is recognised; `meeting` is the meeting it is, where it is one.
 */
export interface DecisionStep extends Guidance {
  name: string;
  meeting?: MeetingType;
  /** Working days after the meeting by which it is due. */
  workingDays: number;
}

export interface FindingGuidance {
  /** The pack's title for the finding, in its own terms ("Child not seen", "Reporter must be informed"). */
  title: string;
  citations: Citation[];
  /** What the pack asks for next, in plain words. */
  nextSteps: Guidance[];
}

export interface Pack {
  id: PackId;
  /** The procedure's name as a practitioner knows it. */
  name: string;
  /** The seed's short name used in citations: MK, BEF, R7, SX, FV. */
  source: SeedSource;
  nation: Nation;
  /** Names of things in this procedure (England: child protection conference; Scotland: Reporter, GIRFEC). */
  terms: Record<string, Guidance>;
  thresholds: Thresholds;
  /** Where and why the pack's numbers differ from the common core. */
  thresholdNotes: Guidance[];
  /** The meetings the procedure names, in our vocabulary. */
  meetings: { type: MeetingType; name: string; citations: Citation[] }[];
  /** The outcomes the procedure names for its decision meeting. */
  decisions: { decision: MeetingDecision; name: string; citations: Citation[]; nextSteps?: DecisionStep[] }[];
  /** The escalation pathway's stages, named as the procedure names them. */
  pathway: { stage: Stage; name: string; citations: Citation[] }[];
  checklists: {
    reflective: Question[];
    impactOnChild: Question[];
    preVisitSafety: Question[];
    hostileResponses: Question[];
  };
  /** What each behaviour looks like: the hint beside its checkbox. */
  behaviours: Record<Behaviour, Guidance>;
  /** The hint for the disguised-compliance signs. */
  indicators: Guidance;
  /** Strategies the procedure suggests for each behaviour. */
  strategies: Partial<Record<Behaviour, Guidance[]>>;
  /** Every finding's title, citations and next steps in this pack's terms (the common core where it has none). */
  findings: Record<FindingCode, FindingGuidance>;
  /** The "Worried about engagement?" guide: the procedure's questions when access or engagement fails. */
  guide: Guide;
  /** The cycle of change and the GROW questions for working with the family (BEF 10.0, 10.1). */
  familyWork: FamilyWork;
  /** A short paraphrase of each paragraph the pack cites, shown beside a citation. */
  paragraphs: Record<string, string>;
}

/** One stage of the cycle of change: the signs that show it, and the practitioner's tasks for it (BEF 10.0). */
export interface StageGuidance {
  indicators: Question[];
  tasks: Guidance[];
}

/** One part of the GROW model: its name, what it covers, and the questions that prompt it (BEF 10.1). */
export interface GrowPart {
  part: 'goal' | 'reality' | 'options' | 'will';
  name: string;
  hint: Guidance;
  questions: Guidance[];
}

export interface FamilyWork {
  stagesOfChange: Record<(typeof stagesOfChange)[number], StageGuidance>;
  grow: GrowPart[];
}

/**
 * One question of the guide. `text` is the question; its answer is saved against `id`. A yes/no answer is
 * `yes` or `no`, a choice one of `options`' values, an agencies answer the chosen agency refs joined by
 * commas (empty for none), a text answer the words typed.
 */
export interface GuideQuestion extends Guidance {
  id: string;
  kind: 'yes-no' | 'choice' | 'text' | 'agencies';
  hint?: string;
  options?: { value: string; text: string; hint?: string }[];
  /**
   * What the answer decides when the guide ends: how urgent (`urgency`, options immediate, within-days and
   * routine), whether the line manager is asked to discuss the case (`manager`, yes/no), which agencies are
   * alerted (`inform`) and what they are told (`message`, asked only when an agency was chosen).
   */
  role?: 'urgency' | 'manager' | 'inform' | 'message';
  /** Where an answer leads: another question's id, or `end`. Any other answer leads to the next question. */
  next?: Record<string, string>;
  /** Steps an answer makes due. */
  steps?: Record<string, Guidance[]>;
}

export interface Guide {
  /** What the guide is for, shown before the first question. */
  intro: Guidance;
  /** In the order asked, unless an answer leads elsewhere. */
  questions: GuideQuestion[];
  /** Steps due whenever the guide is finished, whatever the answers. */
  steps: Guidance[];
}
