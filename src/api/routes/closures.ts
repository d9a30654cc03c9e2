// Closing a case, or ending one agency's involvement, through the closure guard (MK 5.1.19).
import { noSuch, operation, respond } from '../operation.js';
import { caseParams, closureBlockedSchema, closureSchema, entrySchema, problemSchema } from '../schemas.js';

export const closureOperations = [
  operation({
    method: 'POST',
    path: '/cases/{ref}/closure',
    operationId: 'closeCase',
    tag: 'Entries',
    summary: "Close the case, or end one agency's involvement",
    description:
      'Refused while a non-engagement finding is active and no multi-agency meeting has decided to close (a `meeting` entry with `decision: close`): the 409 lists the findings.',
    idempotent: true,
    params: caseParams,
    body: closureSchema,
    responses: {
      201: { description: 'The closure or involvement-end entry as recorded', schema: entrySchema },
    },
    problems: {
      400: 'No reason given, or `agency` is not on the case',
      404: noSuch('case'),
      409: 'The closure guard applies (`type` ends in `closure-blocked`)',
    },
    problemSchemas: { 409: closureBlockedSchema.or(problemSchema) },
    async handle({ by, services, params, body }) {
      return respond(201, await services.closures.close(by, params.ref, body));
    },
  }),
];
