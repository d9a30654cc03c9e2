// The staff-safety forms: report an incident, record a safety decision, record a debrief. Each reads the
// posted fields into what its page shows back, and into the entry the incident service records.
import type { EntryOfKind } from '../../domain/entries.js';
import { toInstant } from '../../domain/time.js';
import { safetyMeasures, threats } from '../../domain/vocabularies.js';
import type { Problem } from '../../services/errors.js';
import { dateTimeFrom, dateTimePartsFrom, dateTimePartsOf, type DateTimeParts } from './dates.js';
import { listOf, textOf, yesNoOf } from './fields.js';

export interface IncidentForm extends DateTimeParts {
  threats: string[];
  against: string;
  frightening: string;
  note: string;
  policeInformed: string;
}

export const newIncidentForm = (now: Date): IncidentForm => ({
  ...dateTimePartsOf(now),
  threats: [],
  against: '',
  frightening: '',
  note: '',
  policeInformed: '',
});

/** The form filled in from an incident (its latest version), for a correction to start from. */
export const incidentFormOf = (entry: EntryOfKind<'incident'>): IncidentForm => ({
  ...dateTimePartsOf(toInstant(entry.at)),
  threats: [...entry.threats],
  against: entry.against ?? '',
  frightening: yesNoOf(entry.frightening),
  note: entry.note ?? '',
  policeInformed: yesNoOf(entry.policeInformedAt !== undefined),
});

export const incidentFormFrom = (body: Record<string, unknown>): IncidentForm => ({
  ...dateTimePartsFrom(body),
  threats: listOf(body.threats),
  against: textOf(body.against),
  frightening: textOf(body.frightening),
  note: textOf(body.note),
  policeInformed: textOf(body.policeInformed),
});

const yesNo = (value: string): boolean | undefined =>
  value === 'yes' ? true : value === 'no' ? false : undefined;

/** The incident the form describes, or the problems that stop it. `workers` are the refs it may be against. */
export function incidentFrom(
  form: IncidentForm,
  workers: readonly string[],
  now: Date,
): { entry: Record<string, unknown> } | { problems: Problem[] } {
  const problems: Problem[] = [];
  const at = dateTimeFrom(form, now, 'the incident', problems);
  if (form.threats.length === 0 || form.threats.some((t) => !(threats as readonly string[]).includes(t)))
    problems.push({
      path: 'threats',
      message: 'Select what happened: at least one kind of threat or behaviour',
    });
  if (form.against && !workers.includes(form.against))
    problems.push({ path: 'against', message: 'Select who it was aimed at' });
  const frightening = yesNo(form.frightening);
  if (frightening === undefined)
    problems.push({ path: 'frightening', message: 'Select whether it was frightening' });
  if (!form.note) problems.push({ path: 'note', message: 'Enter what happened' });
  const policeInformed = yesNo(form.policeInformed);
  if (policeInformed === undefined)
    problems.push({ path: 'policeInformed', message: 'Select whether the police have been told' });
  if (problems.length > 0 || !at) return { problems };
  return {
    entry: {
      at,
      threats: form.threats,
      ...(form.against ? { against: form.against } : {}),
      frightening,
      note: form.note,
      policeInformed,
    },
  };
}

export interface SafetyDecisionForm {
  measures: string[];
  decision: string;
  reason: string;
}

export const safetyDecisionFormFrom = (body: Record<string, unknown>): SafetyDecisionForm => ({
  measures: listOf(body.measures),
  decision: textOf(body.decision),
  reason: textOf(body.reason),
});

export function safetyDecisionFrom(
  form: SafetyDecisionForm,
): { entry: Record<string, unknown> } | { problems: Problem[] } {
  const problems: Problem[] = [];
  if (form.measures.some((m) => !(safetyMeasures as readonly string[]).includes(m)))
    problems.push({ path: 'measures', message: 'Select the measures from the list' });
  if (!form.decision) problems.push({ path: 'decision', message: 'Enter how the work will go on safely' });
  if (!form.reason) problems.push({ path: 'reason', message: 'Enter the reason for the decision' });
  if (problems.length > 0) return { problems };
  return { entry: { measures: form.measures, decision: form.decision, reason: form.reason } };
}

export interface DebriefForm extends DateTimeParts {
  note: string;
}

export const newDebriefForm = (now: Date): DebriefForm => ({ ...dateTimePartsOf(now), note: '' });

export const debriefFormFrom = (body: Record<string, unknown>): DebriefForm => ({
  ...dateTimePartsFrom(body),
  note: textOf(body.note),
});

export function debriefFrom(
  form: DebriefForm,
  now: Date,
): { entry: Record<string, unknown> } | { problems: Problem[] } {
  const problems: Problem[] = [];
  const at = dateTimeFrom(form, now, 'the debrief', problems);
  if (!form.note) problems.push({ path: 'note', message: 'Enter what was talked through at the debrief' });
  if (problems.length > 0 || !at) return { problems };
  return { entry: { at, note: form.note } };
}
