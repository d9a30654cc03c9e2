// Keeping workers safe (issue 7): report an incident (the reporter's manager and the other agencies told at
// once, MK 5.1.13, 5.1.16), a manager's safety decision (SX 1.7.36), a debrief, and the case's risk to staff.
import { noSuch, operation, respond } from '../operation.js';
import { asKind, receivedOf } from '../received.js';
import {
  caseParams,
  entrySchema,
  incidentParams,
  newDebriefSchema,
  newIncidentSchema,
  newSafetyDecisionSchema,
  reportedIncidentSchema,
  riskToStaffSchema,
} from '../schemas.js';

export const staffSafetyOperations = [
  operation({
    method: 'POST',
    path: '/cases/{ref}/incidents',
    operationId: 'reportIncident',
    tag: 'Staff safety',
    summary: 'Report an incident',
    description:
      "Threats, abuse or violence towards a worker. The reporter's line manager and the users of the other agencies on the case are notified as it is recorded (and emailed where the server sends email); the entry's `managerNotifiedAt` and `agenciesAlertedAt` say when, and the answer's `received` whom it reached (an agency with nobody here, or a reporter with no line manager here, must be told another way). `policeInformed: true` records `policeInformedAt` as now.",
    idempotent: true,
    params: caseParams,
    body: newIncidentSchema,
    responses: {
      201: { description: 'The incident as recorded, and whom it reached', schema: reportedIncidentSchema },
    },
    problems: {
      400: 'The body does not match, or `against` names no worker on the case',
      404: noSuch('case'),
    },
    async handle({ by, services, params, body }) {
      const entry = asKind(await services.incidents.report(by, params.ref, body), 'incident');
      const told = await services.told.of(by, params.ref, entry.id);
      return respond(201, { ...entry, received: { ...receivedOf(told), lineManager: told.manager } });
    },
  }),

  operation({
    method: 'POST',
    path: '/cases/{ref}/safety-decisions',
    operationId: 'recordSafetyDecision',
    tag: 'Staff safety',
    summary: 'Record how work with the family goes on safely',
    description:
      'A `safety-decision` entry (docs/format-extensions.md): the measures in force, the decision and why (SX 1.7.36). A manager of the case only. The latest one is shown with the risk-to-staff warning.',
    idempotent: true,
    params: caseParams,
    body: newSafetyDecisionSchema,
    responses: { 201: { description: 'The decision as recorded', schema: entrySchema } },
    problems: {
      400: 'The body does not match',
      404: 'There is no such case, or you may not record a safety decision on it (you are not its manager)',
    },
    async handle({ by, services, params, body }) {
      return respond(201, await services.incidents.decideSafety(by, params.ref, body));
    },
  }),

  operation({
    method: 'POST',
    path: '/cases/{ref}/incidents/{incident}/debriefs',
    operationId: 'recordDebrief',
    tag: 'Staff safety',
    summary: 'Record a debrief after an incident',
    description: 'A `debrief` entry naming the incident; it answers `debrief-due` (SX 1.7.21).',
    idempotent: true,
    params: incidentParams,
    body: newDebriefSchema,
    responses: { 201: { description: 'The debrief as recorded', schema: entrySchema } },
    problems: {
      400: 'The body does not match',
      404: noSuch('case or incident'),
    },
    async handle({ by, services, params, body }) {
      return respond(201, await services.incidents.debrief(by, params.ref, params.incident, body));
    },
  }),

  operation({
    method: 'GET',
    path: '/cases/{ref}/risk-to-staff',
    operationId: 'getRiskToStaff',
    tag: 'Staff safety',
    summary: "The case's risk to staff",
    description:
      'The risk-to-staff warning (while the case has a `hostility-to-staff` finding) with the safety decision in force, every incident with its debriefs, and every safety decision.',
    params: caseParams,
    responses: { 200: { description: 'The risk to staff', schema: riskToStaffSchema } },
    problems: { 404: noSuch('case') },
    async handle({ by, services, params }) {
      const { warning, incidents, decisions } = await services.incidents.view(by, params.ref);
      return respond(200, { warning, incidents, decisions });
    },
  }),
];
