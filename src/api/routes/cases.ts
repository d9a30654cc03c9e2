// The cases a user may see, a new case, and one case with its people, agencies and stage.
import { noSuch, operation, respond } from '../operation.js';
import {
  caseDetailsSchema,
  caseListQuery,
  caseListSchema,
  caseParams,
  createdCaseSchema,
  newCaseSchema,
} from '../schemas.js';

export const caseOperations = [
  operation({
    method: 'GET',
    path: '/cases',
    operationId: 'listCases',
    tag: 'Cases',
    summary: 'The cases you may see, worst finding first',
    description:
      "Your agency's cases, and a manager's team's, a page at a time: ask for the next page with the `nextCursor` of the page before. The filters combine: `severity` and `code` narrow to cases with a finding that has both. A case whose worst finding changes while you page moves in the order, so it can be missed or listed twice.",
    query: caseListQuery,
    responses: { 200: { description: 'The cases', schema: caseListSchema } },
    problems: {
      400: 'A filter is not one of its values, `limit` is out of range or `cursor` is not one this API wrote',
    },
    async handle({ by, services, query }) {
      const { limit, cursor, ...filter } = query;
      const cases = await services.cases.visible(by.actor, filter, { limit, cursor });
      return respond(200, {
        nextCursor: cases.nextCursor,
        items: cases.items.map(({ id, ref, plan, stage, worstSeverity, findings }) => ({
          id,
          ref,
          plan,
          stage,
          worstSeverity,
          findings,
        })),
      });
    },
  }),

  operation({
    method: 'POST',
    path: '/cases',
    operationId: 'createCase',
    tag: 'Cases',
    summary: 'Create a case',
    description:
      'The case, its agencies and people as in a case file. You hold the case (a lead allocation to you is its first entry) until it is allocated to someone else.',
    idempotent: true,
    body: newCaseSchema,
    responses: { 201: { description: 'The case was created', schema: createdCaseSchema } },
    problems: {
      400: 'The body does not match, or your own agency is not among `agencies`',
      409: 'A case with this reference exists',
    },
    async handle({ by, services, body }) {
      return respond(201, await services.caseFiles.create(by, body));
    },
  }),

  operation({
    method: 'GET',
    path: '/cases/{ref}',
    operationId: 'getCase',
    tag: 'Cases',
    summary: 'One case, with its agencies, workers, people and stage',
    params: caseParams,
    responses: { 200: { description: 'The case', schema: caseDetailsSchema } },
    problems: { 404: noSuch('case') },
    async handle({ by, services, params }) {
      const { file, assessment } = await services.cases.overview(by, params.ref);
      const { case: details, agencies, workers, people } = file;
      return respond(200, {
        case: details,
        stage: assessment.stage,
        worstSeverity: assessment.worstSeverity,
        agencies,
        workers,
        people,
      });
    },
  }),
];
