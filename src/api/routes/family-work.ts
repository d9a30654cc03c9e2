// Working with the family through the API (issue 8): a person's communication needs, stages of change
// (BEF 10.0), GROW goals (BEF 10.1), plan reviews, the family plan they make, and the end-of-contact
// summary (SX 1.7.28; BEF 11.1). The same services and policy as the pages.
import { z } from 'zod';
import { needsSchema, personSchema } from '../../domain/case-file.js';
import {
  contactSummarySchema,
  goalSchema,
  planReviewSchema,
  stageOfChangeSchema,
} from '../../domain/entries.js';
import { progressLevels, stagesOfChange } from '../../domain/vocabularies.js';
import { noSuch, operation, respond } from '../operation.js';
import { caseParams, dateTime, entrySchema } from '../schemas.js';

const calendarDate = z.string().describe('YYYY-MM-DD');
const progress = z.enum(progressLevels);
const guidance = z.strictObject({ text: z.string(), citations: z.array(z.string()) });

// Entries as in a case file, without `kind`: `id` and `at` (now) are assigned when absent.
const newStageOfChangeSchema = stageOfChangeSchema.omit({ kind: true }).partial({ id: true, at: true });
const newGoalSchema = goalSchema.omit({ kind: true }).partial({ id: true, at: true });
const newPlanReviewSchema = planReviewSchema.omit({ kind: true }).partial({ id: true, at: true });

const familyPlanSchema = z.strictObject({
  stages: z
    .array(
      z.strictObject({
        person: z.string().describe('a parent or carer, or anyone with a stage recorded'),
        stage: z.enum(stagesOfChange).nullable(),
        recordedAt: dateTime.nullable(),
        indicators: z.array(z.strictObject({ id: z.string(), text: z.string() })).describe('the signs seen'),
        tasks: z.array(guidance).describe("the pack's practitioner tasks for the stage (BEF 10.0)"),
      }),
    )
    .describe('each parent or carer, with their latest stage'),
  goals: z
    .array(
      z.strictObject({
        id: z.string().describe('the `goal` entry'),
        person: z.string(),
        goal: z.string(),
        reality: z.string().nullable(),
        options: z.string().nullable(),
        will: z.string().nullable(),
        due: calendarDate.nullable(),
        progress: z
          .array(z.strictObject({ review: z.string(), at: dateTime, progress }))
          .describe('at each plan review, oldest first'),
        latest: progress.nullable(),
        overdue: z.boolean().describe('due date passed without good progress'),
        beforeAction: z
          .boolean()
          .describe("the person's latest stage is pre-contemplation or contemplation (BEF 10.0)"),
      }),
    )
    .describe('soonest due first'),
  reviews: z.strictObject({
    nextReviewOn: calendarDate.nullable(),
    overdue: z.boolean(),
    items: z.array(entrySchema).describe('the `plan-review` entries, newest first'),
  }),
});

const summaryParams = caseParams.extend({
  id: z.string().min(1).max(64).describe('the id of a `contact` entry, or of a correction of it'),
});

const contactSummaryResponseSchema = z.strictObject({
  text: z.string().describe('the summary under its four headings, in plain words'),
  sms: z
    .string()
    .describe('the text-message version: what happens next and every action, in at most three messages'),
  smsMessages: z
    .int()
    .min(1)
    .max(3)
    .describe(
      'how many text messages `sms` is sent as (160 GSM characters to one, 153 a part; 70 and 67 in UCS-2)',
    ),
  readingAge: z
    .int()
    .nullable()
    .describe('a UK reading age (Flesch–Kincaid grade plus five); the aim is 9 to 11'),
  given: z.boolean().describe('the summary was given to the family; otherwise this is a first draft'),
  parts: contactSummarySchema,
});

const personParams = caseParams.extend({ person: z.string().min(1).max(64).describe("the person's ref") });

const recorded = { 201: { description: 'The entry as recorded', schema: entrySchema } };
const writeProblems = {
  400: 'A field is missing or invalid, or names a person, goal or sign that is not on the case or in the pack',
  404: noSuch('case'),
};

export const familyWorkOperations = [
  operation({
    method: 'POST',
    path: '/cases/{ref}/people/{person}/needs',
    operationId: 'changeCommunicationNeeds',
    tag: 'Family work',
    summary: "Change a person's communication needs",
    description:
      'Replaces the needs (interpreter language, literacy, cognitive needs, disability, preferred contact method, dates to avoid) with the body: a field left out means none recorded. The record changes by a new version; every version is kept.',
    params: personParams,
    body: needsSchema,
    responses: { 200: { description: 'The person as now recorded', schema: personSchema } },
    problems: { 400: 'A field is invalid', 404: noSuch('case or person') },
    async handle({ by, services, params, body }) {
      return respond(200, await services.people.changeNeeds(by, params.ref, params.person, body));
    },
  }),
  operation({
    method: 'POST',
    path: '/cases/{ref}/stages-of-change',
    operationId: 'recordStageOfChange',
    tag: 'Family work',
    summary: "Record a parent's stage of change",
    description:
      "A `stage-of-change` entry. `person` is an adult on the case; `indicators` are ids of the pack's signs of that stage (see GET family-plan's tasks, or the pack). Feeds `stage-strategy-mismatch`.",
    idempotent: true,
    params: caseParams,
    body: newStageOfChangeSchema,
    responses: recorded,
    problems: writeProblems,
    async handle({ by, services, params, body }) {
      return respond(201, await services.familyWork.recordStage(by, params.ref, body));
    },
  }),
  operation({
    method: 'POST',
    path: '/cases/{ref}/goals',
    operationId: 'setGoal',
    tag: 'Family work',
    summary: 'Set a GROW goal',
    description:
      'A `goal` entry for a member of the family: the goal, reality, options and will, and a due date.',
    idempotent: true,
    params: caseParams,
    body: newGoalSchema,
    responses: recorded,
    problems: writeProblems,
    async handle({ by, services, params, body }) {
      return respond(201, await services.familyWork.setGoal(by, params.ref, body));
    },
  }),
  operation({
    method: 'POST',
    path: '/cases/{ref}/plan-reviews',
    operationId: 'recordPlanReview',
    tag: 'Family work',
    summary: 'Record a plan review',
    description:
      'A `plan-review` entry: progress overall, on each goal (`goals`, each a `goal` entry of the case, once), and the next review date. Two reviews in a row without progress, or a next review date that passes, is `drift`.',
    idempotent: true,
    params: caseParams,
    body: newPlanReviewSchema,
    responses: recorded,
    problems: writeProblems,
    async handle({ by, services, params, body }) {
      return respond(201, await services.familyWork.recordPlanReview(by, params.ref, body));
    },
  }),
  operation({
    method: 'GET',
    path: '/cases/{ref}/family-plan',
    operationId: 'getFamilyPlan',
    tag: 'Family work',
    summary: 'The family plan',
    description:
      "Each parent's or carer's latest stage of change with the signs seen and the pack's tasks for it, every goal with its progress at each review, and the plan reviews with the next review date.",
    params: caseParams,
    responses: { 200: { description: 'The family plan', schema: familyPlanSchema } },
    problems: { 404: noSuch('case') },
    async handle({ by, services, params }) {
      const plan = await services.familyWork.plan(by, params.ref);
      return respond(200, {
        stages: plan.stages.map((s) => ({
          person: s.person.ref,
          stage: s.latest?.stage ?? null,
          recordedAt: s.latest?.at ?? null,
          indicators: s.indicatorsSeen.map(({ id, text }) => ({ id, text })),
          tasks: s.guidance?.tasks ?? [],
        })),
        goals: plan.goals.map((g) => ({
          id: g.goal.id,
          person: g.goal.person,
          goal: g.goal.goal,
          reality: g.goal.reality ?? null,
          options: g.goal.options ?? null,
          will: g.goal.will ?? null,
          due: g.goal.due ?? null,
          progress: g.progress,
          latest: g.latest,
          overdue: g.overdue,
          beforeAction: g.beforeAction,
        })),
        reviews: {
          nextReviewOn: plan.reviews.nextReviewOn,
          overdue: plan.reviews.overdue,
          items: plan.reviews.reviews,
        },
      });
    },
  }),
  operation({
    method: 'GET',
    path: '/cases/{ref}/entries/{id}/summary',
    operationId: 'getContactSummary',
    tag: 'Family work',
    summary: 'The end-of-contact summary for the family',
    description:
      'The summary given for the contact, or a first draft worked out from it and from what the case plans next: why we met, what we did, what happens next, who does what by when. With its text-message version and reading age.',
    params: summaryParams,
    responses: { 200: { description: 'The summary', schema: contactSummaryResponseSchema } },
    problems: { 404: noSuch('case or contact') },
    async handle({ by, services, params }) {
      const { text, sms, smsSize, readingAge, given, parts } = await services.contactSummaries.summary(
        by,
        params.ref,
        params.id,
      );
      return respond(200, { text, sms, smsMessages: smsSize.messages, readingAge, given, parts });
    },
  }),
  operation({
    method: 'POST',
    path: '/cases/{ref}/entries/{id}/summary',
    operationId: 'giveContactSummary',
    tag: 'Family work',
    summary: 'Record the end-of-contact summary as given',
    description:
      'Records a correction of the contact (it `amends` the latest version) with `summaryGiven: true` and the words given as `summary`; the contact as first recorded stays as it was. Answers `end-of-contact-summary-missing` for that contact.',
    idempotent: true,
    params: summaryParams,
    body: contactSummarySchema,
    responses: { 201: { description: 'The correction of the contact as recorded', schema: entrySchema } },
    problems: {
      400: '`why`, `done` or `next` is missing or empty',
      404: noSuch('case or contact'),
    },
    async handle({ by, services, params, body }) {
      return respond(201, await services.contactSummaries.give(by, params.ref, params.id, body));
    },
  }),
];
