// A case's findings and pathway stage, exactly as `stickability assess` prints them.
import { noSuch, operation, respond } from '../operation.js';
import { toInstant } from '../../domain/time.js';
import { assessmentReportSchema, caseParams, findingsQuery } from '../schemas.js';

export const findingOperations = [
  operation({
    method: 'GET',
    path: '/cases/{ref}/findings',
    operationId: 'getFindings',
    tag: 'Findings',
    summary: "The case's stage and findings",
    description:
      'The same JSON as `stickability assess --case REF [--at TIME]`: findings by severity, then since.',
    params: caseParams,
    query: findingsQuery,
    responses: { 200: { description: 'The assessment', schema: assessmentReportSchema } },
    problems: { 400: '`at` is not a date and time', 404: noSuch('case') },
    async handle({ by, services, params, query }) {
      const now = query.at === undefined ? new Date() : toInstant(query.at);
      return respond(200, await services.assessments.report(by, params.ref, now));
    },
  }),
];
