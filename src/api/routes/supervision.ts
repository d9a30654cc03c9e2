// The manager's view of the team and supervision records (issue 9): the same services and policy as the
// pages, so `GET /team` gives the figures the "Your team" page shows. Only managers have a team; only a
// manager of the worker may start, read, answer or complete a supervision (for anyone else: not found).
import type { TeamView } from '../../services/team-view.js';
import { operation, respond } from '../operation.js';
import {
  newSupervisionSchema,
  supervisionAnswersSchema,
  supervisionParams,
  supervisionRecordSchema,
  teamQuery,
  teamViewSchema,
} from '../schemas.js';
import { outOnVisitJson } from './visits.js';

const teamViewJson = (view: TeamView) => ({
  at: view.at,
  supervisees: view.supervisees,
  cases: view.cases.map(({ ref, plan, stage, worstSeverity, findings, children, leadWorker }) => ({
    ref,
    plan,
    stage,
    worstSeverity,
    findings,
    children,
    leadWorker,
  })),
  casePage: view.casePage,
  childrenNotSeen: view.childrenNotSeen,
  supervision: view.supervision,
  decisions: view.decisions,
  incidents: view.incidents,
  actionsOverdue: view.actionsOverdue,
  outOnVisits: view.outOnVisits.map(outOnVisitJson),
});

const notFound = 'There is no such supervision, or you are not a manager of its worker';

export const supervisionOperations = [
  operation({
    method: 'GET',
    path: '/team',
    operationId: 'teamView',
    tag: 'Team',
    summary: 'Your team: children not seen, supervision, decisions, incidents, actions, cases',
    description:
      'For managers: what the "Your team" page shows, from the cached assessments. `worker` narrows every section to one worker’s cases; `code` and `severity` narrow `cases`.',
    query: teamQuery,
    responses: { 200: { description: 'The team as it stands now', schema: teamViewSchema } },
    problems: {
      400: 'A filter is not one of its values',
      404: 'You are not a manager, or `worker` is not someone you supervise',
    },
    async handle({ by, services, query }) {
      const { page, ...filter } = query;
      return respond(200, teamViewJson(await services.team.view(by, filter, new Date(), page)));
    },
  }),

  operation({
    method: 'POST',
    path: '/supervisions',
    operationId: 'startSupervision',
    tag: 'Team',
    summary: 'Start a supervision of a worker over some of their cases',
    description:
      'Each case gets the questions of its pack, `impact-on-worker` and `decision`, with its findings beside the questions they bear on (`prompts`).',
    idempotent: true,
    body: newSupervisionSchema,
    responses: { 201: { description: 'The supervision, not yet answered', schema: supervisionRecordSchema } },
    problems: {
      400: 'No case, or a case the worker is not named on',
      404: 'The worker is not someone you supervise, or you may not supervise on a case',
    },
    async handle({ by, services, body }) {
      const { id } = await services.supervision.start(by, body);
      return respond(201, await services.supervision.record(by, id));
    },
  }),

  operation({
    method: 'GET',
    path: '/supervisions/{id}',
    operationId: 'getSupervision',
    tag: 'Team',
    summary: 'A supervision with its questions, answers and findings',
    params: supervisionParams,
    responses: { 200: { description: 'The supervision', schema: supervisionRecordSchema } },
    problems: { 404: notFound },
    async handle({ by, services, params }) {
      return respond(200, await services.supervision.record(by, params.id));
    },
  }),

  operation({
    method: 'POST',
    path: '/supervisions/{id}/answers',
    operationId: 'answerSupervision',
    tag: 'Team',
    summary: 'Save answers for one case of a supervision',
    description:
      'Each changed answer is kept as a new row; the latest for a question wins. Nothing is deleted.',
    idempotent: true,
    params: supervisionParams,
    body: supervisionAnswersSchema,
    responses: {
      200: { description: 'The supervision with the answers saved', schema: supervisionRecordSchema },
    },
    problems: {
      400: 'An unknown question, an answer too long, or the supervision is completed',
      404: `${notFound}, or the case is not in it`,
    },
    async handle({ by, services, params, body }) {
      return respond(200, await services.supervision.answer(by, params.id, body.case, body.answers));
    },
  }),

  operation({
    method: 'POST',
    path: '/supervisions/{id}/complete',
    operationId: 'completeSupervision',
    tag: 'Team',
    summary: 'Complete a supervision: record a `supervision` entry on each case',
    description:
      'Each entry names you as `supervisor` and the worker as `worker`, lists the pack questions answered as `reflections`, and carries the `decision` and every `answers`. It answers `supervision-overdue`.',
    idempotent: true,
    params: supervisionParams,
    responses: {
      200: {
        description: 'The completed supervision, with each case’s entry id',
        schema: supervisionRecordSchema,
      },
    },
    problems: { 400: 'A case has no decision, or the supervision is completed already', 404: notFound },
    async handle({ by, services, params }) {
      return respond(200, await services.supervision.complete(by, params.id));
    },
  }),
];
