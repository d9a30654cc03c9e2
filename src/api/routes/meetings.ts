// Meetings and their actions: record a meeting under the case's pack (its decision's next steps added as
// actions, MK 5.1.23–26), and list every action the case's meetings agreed, with whether it is overdue.
import { noSuch, operation, respond } from '../operation.js';
import { asKind, receivedOf } from '../received.js';
import {
  actionListSchema,
  actionParams,
  actionUpdateSchema,
  arrangedMeetingSchema,
  caseParams,
  entrySchema,
  newMeetingSchema,
  newScheduledMeetingSchema,
  scheduledMeetingListSchema,
} from '../schemas.js';

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
      404: noSuch('case'),
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
    problems: { 404: noSuch('case') },
    async handle({ by, services, params }) {
      return respond(200, { items: await services.meetings.actions(by, params.ref) });
    },
  }),

  operation({
    method: 'POST',
    path: '/cases/{ref}/actions/{meeting}/{index}',
    operationId: 'updateAction',
    tag: 'Entries',
    summary: 'Mark a meeting action done, or reopen it',
    description:
      'Records an `action-update` entry (docs/format-extensions.md). A done action leaves its owner’s task list and is never overdue. Marking an action as it already stands is refused.',
    idempotent: true,
    params: actionParams,
    body: actionUpdateSchema,
    responses: { 201: { description: 'The entry recorded', schema: entrySchema } },
    problems: {
      400: 'The action is already done (or, reopening it, not done)',
      404: noSuch('case, meeting or action'),
    },
    async handle({ by, services, params, body }) {
      const { entry } = await services.meetings.updateAction(by, params.ref, {
        meeting: params.meeting,
        index: Number(params.index),
        done: body.done,
        ...(body.note ? { note: body.note } : {}),
      });
      return respond(201, entry);
    },
  }),

  operation({
    method: 'POST',
    path: '/cases/{ref}/scheduled-meetings',
    operationId: 'scheduleMeeting',
    tag: 'Entries',
    summary: 'Arrange a meeting',
    description:
      "A `meeting-scheduled` entry (docs/format-extensions.md) without `kind`: a `type` the case's procedure pack names, `due` (when it will be held) and the agencies `invited`, whose workers on the case are notified (every user of one with no worker on it yet who may read it); `received` says whom it reached. Record the meeting itself with `POST /cases/{ref}/meetings` once it has been held.",
    idempotent: true,
    params: caseParams,
    body: newScheduledMeetingSchema,
    responses: {
      201: { description: 'The meeting as arranged, and whom it reached', schema: arrangedMeetingSchema },
    },
    problems: {
      400: 'The body does not match, the pack names no such meeting, or an invited agency is not on the case',
      404: noSuch('case'),
    },
    async handle({ by, services, params, body }) {
      const entry = asKind(await services.meetings.schedule(by, params.ref, body), 'meeting-scheduled');
      return respond(201, {
        ...entry,
        received: receivedOf(await services.told.of(by, params.ref, entry.id)),
      });
    },
  }),

  operation({
    method: 'GET',
    path: '/cases/{ref}/scheduled-meetings',
    operationId: 'listScheduledMeetings',
    tag: 'Entries',
    summary: 'The meetings arranged on the case',
    description: 'Soonest first, each with the meeting recorded for it, if any.',
    params: caseParams,
    responses: { 200: { description: 'The meetings arranged', schema: scheduledMeetingListSchema } },
    problems: { 404: noSuch('case') },
    async handle({ by, services, params }) {
      return respond(200, { items: await services.meetings.scheduled(by, params.ref) });
    },
  }),
];
