// A line manager's discussion of a case with a worker: the decision and its urgency (MK 5.1.9.1–4; BEF 11.2).
// The same service and policy as the page: only a manager of the case may record one; for anyone else the
// case is not found.
import { managerDiscussionSchema } from '../../domain/entries.js';
import { noSuch, operation, respond } from '../operation.js';
import { caseParams, entrySchema } from '../schemas.js';

/**
 * A manager-discussion entry as in a case file, without `kind`. `worker` (whom the discussion was with),
 * `decision` and `urgency` are required here; `manager` is yours, `agency` the worker's, when absent.
 */
const newManagerDiscussionSchema = managerDiscussionSchema
  .omit({ kind: true })
  .partial({ id: true, at: true, agency: true })
  .required({ worker: true, decision: true, urgency: true });

export const managerDiscussionOperations = [
  operation({
    method: 'POST',
    path: '/cases/{ref}/manager-discussions',
    operationId: 'recordManagerDiscussion',
    tag: 'Entries',
    summary: 'Record a manager discussion',
    description:
      "For a manager of the case (their agency is on it, or they manage a worker of an agency on it). `worker` is the worker the case was discussed with and must be on the case; `manager` defaults to you and `agency` to the worker's. It answers the `manager-discussion-due` finding and moves the pathway to `manager-discussed`.",
    idempotent: true,
    params: caseParams,
    body: newManagerDiscussionSchema,
    responses: { 201: { description: 'The manager-discussion entry as recorded', schema: entrySchema } },
    problems: {
      400: 'A field is missing or invalid, or `worker` or `manager` is not a worker on the case',
      404: `${noSuch('case')}, or you are not a manager of it`,
    },
    async handle({ by, services, params, body }) {
      return respond(201, await services.managerDiscussions.record(by, params.ref, body));
    },
  }),
];
