// Entries: the facts of a case, one schema per kind (FORMAT.md, "Entry kinds and their fields").
// An entry never changes; a correction is a new entry of the same kind whose `amends` names the earlier one.
import { z } from 'zod';
import * as v from './vocabularies.js';
import { findingCodes } from './assessment/codes.js';
import { isCalendarDate, isLocalOrOffsetDateTime } from './time.js';

const ref = z.string().min(1).max(64);
const refs = z.array(ref);
const text = z.string().min(1).max(10_000);
const dateTime = z
  .string()
  .refine(isLocalOrOffsetDateTime, 'a date and time as YYYY-MM-DDTHH:MM, with an optional offset');
const calendarDate = z.string().refine(isCalendarDate, 'a date as YYYY-MM-DD');

const id = z
  .string()
  .regex(
    /^[A-Za-z0-9][A-Za-z0-9._:-]{0,63}$/,
    'an entry id: letters, digits, dot, colon, dash or underscore',
  );

const common = {
  at: dateTime,
  agency: ref.optional(),
  worker: ref.optional(),
  note: text.optional(),
  restricted: z.array(ref).min(1).optional().describe('the roles or agencies that may read this entry'),
  amends: ref.optional().describe('the id of the earlier entry this one corrects'),
};

// A kind's own fields come after the common ones and may narrow them (an allocation's `worker` is required).
const entry = <K extends v.EntryKind, S extends z.ZodRawShape>(kind: K, shape: S) =>
  z.strictObject({ id, kind: z.literal(kind), ...common, ...shape } as {
    id: typeof id;
    kind: z.ZodLiteral<K>;
  } & Omit<typeof common, keyof S> &
    S);

/** The end-of-contact summary given to the family, in plain words (SX 1.7.28, BEF 11.1). */
export const contactSummarySchema = z.strictObject({
  why: text.describe('why we met'),
  done: text.describe('what we did'),
  next: text.describe('what happens next'),
  actions: text.optional().describe('who does what, by when'),
});

export const contactSchema = entry('contact', {
  mode: z.enum(v.contactModes),
  planned: z.boolean().optional(),
  announced: z.boolean().optional(),
  outcome: z.enum(v.contactOutcomes),
  for: refs.optional().describe('who the contact was meant for; absent means every child on the case'),
  seen: refs.optional(),
  seenAlone: refs.optional(),
  childViews: refs.optional().describe('children whose own wishes and feelings were recorded'),
  behaviours: z.array(z.enum(v.behaviours)).optional(),
  indicators: z.array(z.enum(v.disguisedComplianceIndicators)).optional(),
  threats: z.array(z.enum(v.threats)).optional(),
  interpreterUsed: z.boolean().optional(),
  summaryGiven: z.boolean().optional(),
  summary: contactSummarySchema.optional().describe('the end-of-contact summary given to the family'),
  contingency: text.optional(),
  reason: text.optional().describe("the family's stated reason, for cancellations"),
});

export const incidentSchema = entry('incident', {
  threats: z.array(z.enum(v.threats)).min(1),
  against: ref.optional(),
  frightening: z.boolean().optional(),
  managerNotifiedAt: dateTime.optional(),
  agenciesAlertedAt: dateTime.optional(),
  policeInformedAt: dateTime.optional(),
});

const meetingActionSchema = z.strictObject({
  what: text,
  owner: ref.optional(),
  due: calendarDate.optional(),
});

const meetingSchema = entry('meeting', {
  type: z.enum(v.meetingTypes),
  attendees: refs.optional(),
  parentsExcluded: z.boolean().optional(),
  reason: text.optional().describe('why parents were excluded'),
  decision: z.enum(v.meetingDecisions).optional(),
  actions: z.array(meetingActionSchema).optional(),
  shareWithFamily: text.optional(),
});

/** A line manager's discussion of the case with the worker (`worker`): the decision and how urgent it is. */
export const managerDiscussionSchema = entry('manager-discussion', {
  manager: ref.optional(),
  decision: text.optional(),
  urgency: z.enum(v.urgencies).optional(),
});

export const visitPlanSchema = entry('visit-plan', {
  due: dateTime,
  lone: z.boolean().optional(),
  safetyCheck: z
    .strictObject({ complete: z.boolean(), answers: z.record(z.string(), z.string()).optional() })
    .optional(),
  managerAgreedLone: ref.optional(),
  expectedBack: dateTime.optional(),
  contingency: text.optional().describe('what the worker will do if there is no access (MK 5.1.9.23)'),
});

/**
 * An alert to other agencies on the case: whom, about which findings, and what they need to know; and
 * which of them nobody in Stickability could receive it for, so they must be told another way.
 */
export const alertSchema = entry('alert', {
  to: z.array(ref).min(1),
  about: z.array(z.enum(findingCodes)).optional(),
  message: text,
  unreached: refs
    .optional()
    .describe(
      'the agencies in `to` that nobody in Stickability could receive it for (docs/format-extensions.md)',
    ),
});

/** A meeting arranged: its type, when it will be held, where, and the agencies invited. */
export const meetingScheduledSchema = entry('meeting-scheduled', {
  type: z.enum(v.meetingTypes),
  due: dateTime,
  invited: refs.optional(),
  place: text.optional(),
});

/**
 * The answers of the "Worried about engagement?" guide (question id → answer), how urgent the worker
 * judged it, and whether they asked their line manager to discuss it.
 */
export const engagementConcernSchema = entry('engagement-concern', {
  answers: z.record(z.string().min(1).max(64), z.string().max(10_000)),
  urgency: z.enum(v.urgencies).optional(),
  managerAsked: z.boolean().optional(),
});

/**
 * A line manager's decision on how work with a hostile family continues safely, and why (SX 1.7.36): the
 * measures in force until a later decision replaces them. The risk-to-staff warning shows the latest.
 */
export const safetyDecisionSchema = entry('safety-decision', {
  measures: z.array(z.enum(v.safetyMeasures)),
  decision: text,
  reason: text.optional(),
});

const agreementItemSchema = z.strictObject({
  id: ref,
  who: ref.optional(),
  text,
  consequence: text.optional(),
});

const withAgencyAndReason = { agency: ref.optional(), reason: text.optional() };
const aboutPerson = { person: ref };

/** A parent's or carer's stage of change (BEF 10.0), with the ids of the pack's indicators seen. */
export const stageOfChangeSchema = entry('stage-of-change', {
  ...aboutPerson,
  stage: z.enum(v.stagesOfChange),
  indicators: refs.optional().describe("ids of the pack's indicators of the stage that were seen"),
});

/** A goal set with a family member in the four parts of the GROW model (BEF 10.1). */
export const goalSchema = entry('goal', {
  ...aboutPerson,
  goal: text,
  reality: text.optional(),
  options: text.optional(),
  will: text.optional(),
  due: calendarDate.optional(),
});

/** A review of the plan: progress overall and on each goal, and when it is next reviewed. */
export const planReviewSchema = entry('plan-review', {
  progress: z.enum(v.progressLevels),
  nextReviewOn: calendarDate.optional(),
  goals: z
    .array(
      z.strictObject({ goal: ref.describe('the id of the goal entry'), progress: z.enum(v.progressLevels) }),
    )
    .optional()
    .describe('progress on each goal'),
});

export const entrySchema = z.discriminatedUnion('kind', [
  contactSchema,
  incidentSchema,
  entry('debrief', { incident: ref }),
  meetingSchema,
  managerDiscussionSchema,
  entry('supervision', {
    supervisor: ref.optional(),
    reflections: refs.optional(),
    decision: text.optional(),
    answers: z
      .record(z.string().min(1).max(64), z.string().max(10_000))
      .optional()
      .describe('question id → what was said (docs/format-extensions.md)'),
  }),
  visitPlanSchema,
  entry('check-out', { visit: ref, expectedBack: dateTime.optional() }),
  entry('check-in', { visit: ref }),
  entry('agreement', {
    type: z.enum(v.agreementTypes),
    items: z.array(agreementItemSchema).min(1),
    present: refs
      .optional()
      .describe(
        'who was there when it was agreed: people in the family and workers (docs/format-extensions.md)',
      ),
  }),
  entry('agreement-review', {
    agreement: ref,
    item: ref,
    kept: z.boolean(),
    familyAccount: z.enum(v.familyAccounts).optional(),
  }),
  stageOfChangeSchema,
  goalSchema,
  planReviewSchema,
  entry('plan-change', { plan: z.enum(v.plans) }),
  entry('concern-level', { level: z.enum(v.concernLevels) }),
  entry('allocation', { worker: ref, role: z.enum(v.allocationRoles) }),
  entry('referral', withAgencyAndReason),
  entry('assessment', withAgencyAndReason),
  entry('closure', withAgencyAndReason),
  entry('reopening', withAgencyAndReason),
  entry('involvement-end', { agency: ref, reason: text.optional() }),
  entry('address-change', aboutPerson),
  entry('gp-change', aboutPerson),
  entry('hospital-attendance', { ...aboutPerson, hospital: text, emergency: z.boolean().optional() }),
  entry('attendance', { ...aboutPerson, percent: z.number().min(0).max(100), period: text.optional() }),
  entry('reporter-informed', { reason: text.optional() }),
  // Stickability's additions to version 1 (docs/format-extensions.md): the steps a worker takes on a
  // finding (MK 5.1.9.1–4, 5.1.16; BEF 11.2) and the life of a meeting's actions.
  alertSchema,
  meetingScheduledSchema,
  entry('action-update', {
    meeting: ref,
    action: z.number().int().min(0).describe("the action's position in the meeting's list, from 0"),
    done: z.boolean(),
  }),
  engagementConcernSchema,
  safetyDecisionSchema,
]);

export type Entry = z.infer<typeof entrySchema>;
export type Contact = z.infer<typeof contactSchema>;
export type EntryOfKind<K extends v.EntryKind> = Extract<Entry, { kind: K }>;

/** A meeting and one of its actions: the meeting pages and the API build on them. */
export { meetingActionSchema, meetingSchema };
export type Meeting = z.infer<typeof meetingSchema>;
export type MeetingAction = z.infer<typeof meetingActionSchema>;
