// Meetings and their actions: record a meeting under the case's pack (its decision's next steps added as
// actions, MK 5.1.23–26), and list every action the case's meetings agreed, with whether it is overdue.
import { operation, respond } from '../operation.js';
import { actionListSchema, caseParams, entrySchema, newMeetingSchema } from '../schemas.js';

export const meetingOperations = [
  operation({
    method: 'POST',
    path: '/cases/{ref}/meetings',
    operationId: 'recordMeeting',
    tag: 'Entries',
    summary: 'Record a meeting',
    description:
      "A meeting entry as in a case file, without `kind`. Its `type` and `decision` must be ones the case's procedure pack names; `reason` is required when `parentsExcluded` is true (SX 1.7.21). A decision of `child-protection`, `legal` or `reporter-referral` adds the next steps the pack names to `actions` (owned by you, due a few working days after the meeting) unless an action already names them.",
    idempotent: true,
    params: caseParams,
    body: newMeetingSchema,
    responses: {
      201: { description: 'The meeting as recorded, with any next steps added', schema: entrySchema },
    },
    problems: {
      400: "The meeting does not match, names a type or decision the pack does not, or an action's owner is not on the case",
      404: 'There is no such case, or you may not see it',
    },
    async handle({ by, services, params, body }) {
      return respond(201, (await services.meetings.record(by, params.ref, body)).entry);
    },
  }),

  operation({
    method: 'GET',
    path: '/cases/{ref}/actions',
    operationId: 'listActions',
    tag: 'Entries',
    summary: "Every action agreed at the case's meetings",
    description: 'Newest meeting first, as corrected. `overdue` once the due date has passed.',
    params: caseParams,
    responses: { 200: { description: 'The actions', schema: actionListSchema } },
    problems: { 404: 'There is no such case, or you may not see it' },
    async handle({ by, services, params }) {
      return respond(200, { items: await services.meetings.actions(by, params.ref) });
    },
  }),
];
