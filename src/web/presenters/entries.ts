// Turns an entry into what the chronology shows: a title and labelled lines, with people, agencies
// and workers by name and every vocabulary value by its label.
import { isAgencyConcerned } from '../../domain/attribution.js';
import type { CaseFile } from '../../domain/case-file.js';
import type { Entry } from '../../domain/entries.js';
import {
  askWhom,
  isReaderRole,
  isWithheld,
  type ReadableEntry,
  type WithheldEntry,
} from '../../domain/restrictions.js';
import * as labels from '../../domain/labels.js';
import { failedOutcomes } from '../../domain/vocabularies.js';
import type { MeetingAction } from '../../domain/entries.js';
import { ukDate } from '../uk-dates.js';
import { guideAnswerLines } from './guide.js';
import { supervisionFields, supervisionLines } from './supervision.js';
import { familyWorkField } from './family-work-fields.js';

export interface EntryView {
  id: string;
  kind: string;
  title: string;
  at: string;
  by: string;
  lines: { label: string; value: string }[];
  /** Outcomes and behaviours that a reader should notice: a failed contact, a threat. */
  warning: boolean;
  restricted: boolean;
  /** For an entry the reader may not read: that it exists, when, and whom to ask (domain/restrictions.ts). */
  withheld: string | null;
}

const fieldLabels: Record<string, string> = {
  at: 'Date and time',
  mode: 'How',
  outcome: 'Outcome',
  agency: 'Agency',
  worker: 'Worker',
  planned: 'Planned',
  announced: 'Announced',
  for: 'Meant for',
  seen: 'Seen',
  seenAlone: 'Seen alone',
  childViews: 'Child’s wishes and feelings recorded',
  behaviours: 'Behaviours',
  indicators: 'Signs of disguised compliance',
  threats: 'Threats',
  interpreterUsed: 'Interpreter used',
  summaryGiven: 'End-of-contact summary given',
  summary: 'Summary given to the family',
  goals: 'Progress on goals',
  contingency: 'Contingency plan',
  reason: 'Reason given',
  against: 'Against',
  frightening: 'Frightening',
  managerNotifiedAt: 'Manager told',
  agenciesAlertedAt: 'Other agencies alerted',
  policeInformedAt: 'Police informed',
  incident: 'Incident',
  type: 'Type',
  attendees: 'Agencies attending',
  parentsExcluded: 'Parents excluded',
  decision: 'Decision',
  actions: 'Actions',
  shareWithFamily: 'To share with the family',
  manager: 'Manager',
  urgency: 'Urgency',
  supervisor: 'Supervisor',
  reflections: 'Reflective questions answered',
  due: 'Due',
  lone: 'Lone visit',
  safetyCheck: 'Safety check',
  managerAgreedLone: 'Lone visit agreed by',
  expectedBack: 'Expected back',
  visit: 'Visit',
  items: 'Items',
  agreement: 'Agreement',
  item: 'Item',
  kept: 'Kept',
  familyAccount: 'Family’s account',
  person: 'Person',
  stage: 'Stage',
  goal: 'Goal',
  reality: 'Reality',
  options: 'Options',
  will: 'Will',
  progress: 'Progress',
  nextReviewOn: 'Next review',
  plan: 'Plan',
  level: 'Level',
  role: 'Role',
  hospital: 'Hospital',
  emergency: 'Emergency attendance',
  percent: 'Attendance (%)',
  period: 'Period',
  to: 'Sent to',
  unreached: 'Nobody in Stickability to receive it',
  about: 'About',
  message: 'Message',
  invited: 'Agencies invited',
  place: 'Where',
  meeting: 'Meeting',
  action: 'Action',
  done: 'Done',
  answers: 'Answers',
  managerAsked: 'Line manager asked to discuss',
  measures: 'Safety measures',
  restricted: 'Restricted to',
  note: 'Note',
};

const vocabularies: Record<string, Record<string, string>> = {
  behaviours: labels.behaviourLabels,
  indicators: labels.indicatorLabels,
  threats: labels.threatLabels,
  type: { ...labels.meetingTypeLabels },
  decision: labels.meetingDecisionLabels,
  plan: labels.planLabels,
  role: { lead: 'Lead worker', other: 'Other worker' },
  urgency: { immediate: 'Immediate', 'within-days': 'Within days', routine: 'Routine' },
  measures: labels.safetyMeasureLabels,
};

/** Outcomes the timeline marks: the failed ones (FINDINGS.md), and a visit the family cut short. */
const failed: ReadonlySet<string> = new Set([...failedOutcomes, 'cut-short']);

const personFields = new Set(['for', 'seen', 'seenAlone', 'childViews', 'person']);
const workerFields = new Set(['against', 'manager', 'supervisor', 'managerAgreedLone']);
const hidden = new Set(['id', 'kind', 'at', 'agency', 'worker', 'amends', 'mode', 'outcome']);

export function presentEntry(
  entry: ReadableEntry,
  file: CaseFile,
  formatTime: (at: string) => string,
): EntryView {
  if (isWithheld(entry)) return presentWithheld(entry, formatTime);
  const name = (refs: Map<string, string>, ref: string) => refs.get(ref) ?? ref;
  const people = new Map(file.people.map((p) => [p.ref, p.name]));
  const workers = new Map(file.workers.map((w) => [w.ref, w.name]));
  const agencies = new Map(file.agencies.map((a) => [a.ref, a.name]));

  const format = (field: string, value: unknown): string => {
    const worded = familyWorkField(entry, field, file);
    if (worded !== undefined) return worded;
    if (typeof value === 'boolean') return value ? 'Yes' : 'No';
    if (field === 'actions' && Array.isArray(value))
      return value.map((action: MeetingAction) => describeAction(action, workers, agencies)).join('; ');
    if (Array.isArray(value)) {
      if (value.length === 0) return 'None';
      return value
        .map((item) => (typeof item === 'string' ? format(field, item) : describeObject(item)))
        .join(', ');
    }
    if (typeof value === 'string') {
      if (personFields.has(field)) return name(people, value);
      if (workerFields.has(field)) return name(workers, value);
      if (['attendees', 'to', 'unreached', 'invited'].includes(field)) return name(agencies, value);
      if (field === 'restricted') return isReaderRole(value) ? roleLabels[value] : name(agencies, value);
      if (field.endsWith('At') || field === 'due' || field === 'expectedBack') return formatTime(value);
      return vocabularies[field]?.[value] ?? value;
    }
    if (typeof value === 'object' && value) return describeObject(value);
    return String(value);
  };

  const lines = Object.entries(entry)
    .filter(([field, value]) => !hidden.has(field) && value !== undefined)
    .flatMap(([field, value]) =>
      // The guide's answers read as its questions, one line each (presenters/guide.ts).
      entry.kind === 'engagement-concern' && field === 'answers'
        ? guideAnswerLines(file, entry.answers)
        : entry.kind === 'supervision' && supervisionFields.has(field)
          ? supervisionLines(entry, field, file)
          : [{ label: fieldLabels[field] ?? field, value: format(field, value) }],
    );

  // An involvement-end's `agency` is the agency leaving, a referral's the agency referred (attribution.ts):
  // not the recording worker's.
  const byAgency = isAgencyConcerned(entry.kind)
    ? file.workers.find((w) => w.ref === entry.worker)?.agency
    : entry.agency;
  // A supervision's `worker` is the worker supervised; the supervisor recorded it.
  const recorder =
    entry.kind === 'supervision' && entry.supervisor
      ? file.workers.find((w) => w.ref === entry.supervisor)
      : undefined;
  const by = (
    recorder
      ? [recorder.name, name(agencies, recorder.agency)]
      : [entry.worker && name(workers, entry.worker), byAgency && name(agencies, byAgency)]
  )
    .filter(Boolean)
    .join(', ');
  return {
    id: entry.id,
    kind: entry.kind,
    title:
      entry.kind === 'allocation'
        ? `Allocated to ${name(workers, entry.worker)}`
        : entry.kind === 'involvement-end'
          ? `${name(agencies, entry.agency)}’s involvement ended`
          : titleOf(entry),
    at: entry.at,
    by,
    lines,
    warning:
      (entry.kind === 'contact' && (failed.has(entry.outcome) || Boolean(entry.threats?.length))) ||
      entry.kind === 'incident',
    restricted: Boolean(entry.restricted),
    withheld: null,
  };
}

const roleLabels = {
  practitioner: 'Practitioners',
  manager: 'Managers',
  'partnership-admin': 'Partnership administrators',
  auditor: 'Auditors',
};

/** "A restricted entry exists, recorded on …; ask …": the whole of a withheld entry. */
function presentWithheld(entry: WithheldEntry, formatTime: (at: string) => string): EntryView {
  return {
    id: entry.id,
    kind: entry.kind,
    title: `Restricted entry: ${labels.entryKindLabels[entry.kind].toLowerCase()}`,
    at: entry.at,
    by: [entry.ask.worker, entry.ask.agency].filter(Boolean).join(', '),
    lines: [],
    warning: false,
    restricted: true,
    withheld: `A restricted entry exists, recorded on ${formatTime(entry.at)}; ask ${askWhom(entry.ask)}.`,
  };
}

/** A field's name as the chronology shows it. */
export function fieldLabel(field: string): string {
  return fieldLabels[field] ?? field;
}

function titleOf(entry: Entry): string {
  switch (entry.kind) {
    case 'contact':
      return `${labels.contactModeLabels[entry.mode]}: ${labels.outcomeLabels[entry.outcome].toLowerCase()}`;
    case 'meeting':
      return labels.meetingTypeLabels[entry.type];
    default:
      return labels.entryKindLabels[entry.kind];
  }
}

function describeObject(value: object): string {
  return Object.entries(value)
    .filter(([, v]) => v !== undefined && typeof v !== 'object')
    .map(([k, v]) => `${k}: ${String(v)}`)
    .join('; ');
}

/** A meeting's action as a reader wants it: what, by whom, by when. */
function describeAction(
  action: MeetingAction,
  workers: Map<string, string>,
  agencies: Map<string, string>,
): string {
  const owner = action.owner && (workers.get(action.owner) ?? agencies.get(action.owner) ?? action.owner);
  const by = [owner, action.due && `by ${ukDate(action.due)}`].filter(Boolean).join(', ');
  return by ? `${action.what} (${by})` : action.what;
}
