// Visits (issue 7; MK 5.1.9.23–25; FV "Keeping Staff Safe"): plan one, check out (with where, kept out of
// the entry), check in, extend by 30 minutes; and the whereabouts of the workers out, for their managers
// and the duty contact, who acknowledge an overdue alert. The same services and policy as the pages.
import type { OutOnVisit } from '../../services/team-whereabouts.js';
import { noSuch, operation, respond } from '../operation.js';
import {
  caseParams,
  checkOutSchema,
  entrySchema,
  newVisitPlanSchema,
  outOnVisitSchema,
  visitParams,
  whereaboutsListSchema,
  whereaboutsParams,
} from '../schemas.js';

/** A worker out, its instants as ISO 8601 (UTC): the whereabouts here and the team view's `outOnVisits`. */
export const outOnVisitJson = (o: OutOnVisit) => ({
  ...o,
  checkedOutAt: o.checkedOutAt.toISOString(),
  expectedBack: o.expectedBack.toISOString(),
  acknowledged: o.acknowledged && { by: o.acknowledged.by, at: o.acknowledged.at.toISOString() },
});

const noVisit = noSuch('case or visit plan');
/** Checking in and extending: only while checked out to the visit. */
const whileCheckedOut = { 400: 'You are not checked out to this visit', 404: noVisit };

export const visitOperations = [
  operation({
    method: 'POST',
    path: '/cases/{ref}/visit-plans',
    operationId: 'planVisit',
    tag: 'Visits',
    summary: 'Plan a visit',
    description:
      "Records a `visit-plan` entry: when, until when, joint or lone, the pack's pre-visit safety questions and the contingency if there is no access. To a family with a risk-to-staff warning every safety question must be answered, and a lone visit needs `managerAgreedLone` (a manager of the case, who is notified) or is refused.",
    idempotent: true,
    params: caseParams,
    body: newVisitPlanSchema,
    responses: { 201: { description: 'The visit-plan entry as recorded', schema: entrySchema } },
    problems: {
      400: 'A field is missing or invalid, or a lone visit to a family with a warning has no manager’s agreement',
      404: noSuch('case'),
    },
    async handle({ by, services, params, body }) {
      return respond(201, await services.visitPlans.plan(by, params.ref, body));
    },
  }),

  operation({
    method: 'POST',
    path: '/cases/{ref}/visits/{visit}/check-out',
    operationId: 'checkOut',
    tag: 'Visits',
    summary: "Check out to a visit (I'm going)",
    description:
      "Records a `check-out` entry with `expectedBack`. `where` is kept in your whereabouts, seen only by you, your managers and the partnership's duty contact, never in the entry. If you are not back 15 minutes after `expectedBack`, they are alerted, every 15 minutes until one acknowledges. Refused while you are checked out to another visit.",
    idempotent: true,
    params: visitParams,
    body: checkOutSchema,
    responses: { 201: { description: 'The check-out entry as recorded', schema: entrySchema } },
    problems: {
      400: '`expectedBack` is not later than now, or you are already checked out to another visit',
      404: noVisit,
    },
    async handle({ by, services, params, body }) {
      return respond(201, await services.visits.checkOut(by, params.ref, params.visit, body));
    },
  }),

  operation({
    method: 'POST',
    path: '/cases/{ref}/visits/{visit}/check-in',
    operationId: 'checkIn',
    tag: 'Visits',
    summary: "Check in from a visit (I'm back safe)",
    description: 'Records a `check-in` entry; your whereabouts close and no more overdue alerts go out.',
    idempotent: true,
    params: visitParams,
    responses: { 201: { description: 'The check-in entry as recorded', schema: entrySchema } },
    problems: whileCheckedOut,
    async handle({ by, services, params }) {
      return respond(201, await services.visits.checkIn(by, params.ref, params.visit));
    },
  }),

  operation({
    method: 'POST',
    path: '/cases/{ref}/visits/{visit}/extend',
    operationId: 'extendVisit',
    tag: 'Visits',
    summary: 'Extend a visit by 30 minutes',
    description:
      'Records a correction of your check-out (`amends`) whose `expectedBack` is 30 minutes after the later of the old one and now.',
    idempotent: true,
    params: visitParams,
    responses: { 201: { description: 'The correcting check-out entry', schema: entrySchema } },
    problems: whileCheckedOut,
    async handle({ by, services, params }) {
      return respond(201, await services.visits.extend(by, params.ref, params.visit));
    },
  }),

  operation({
    method: 'GET',
    path: '/whereabouts',
    operationId: 'listWhereabouts',
    tag: 'Visits',
    summary: 'Who is out on a visit now',
    description:
      "The workers out whose whereabouts you may see: yourself, the workers you manage (and those they manage), or everyone's if you are the partnership's duty contact.",
    responses: { 200: { description: 'Who is out', schema: whereaboutsListSchema } },
    problems: {},
    async handle({ by, services }) {
      return respond(200, { items: (await services.whereabouts.outNow(by)).map(outOnVisitJson) });
    },
  }),

  operation({
    method: 'POST',
    path: '/whereabouts/{id}/acknowledge',
    operationId: 'acknowledgeOverdueVisit',
    tag: 'Visits',
    summary: 'Acknowledge that a worker is overdue',
    description:
      'For their managers and the duty contact: no more alerts for this expected return. The others alerted are told who took it up.',
    params: whereaboutsParams,
    responses: { 200: { description: 'The worker out, acknowledged', schema: outOnVisitSchema } },
    problems: {
      400: 'The worker is not overdue',
      404: 'No such worker out, or you may not acknowledge it',
    },
    async handle({ by, services, params }) {
      return respond(200, outOnVisitJson(await services.whereabouts.acknowledge(by, params.id)));
    },
  }),
];
