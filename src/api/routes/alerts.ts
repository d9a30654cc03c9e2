// Informing the other agencies (MK 5.1.9.4, 5.1.16; SX 1.7.16; BEF 11.2): the same service and policy as
// the page. The alert is an entry in the chronology; each worker of the agencies in `to` gets a
// notification (and an email when the server sends email), whether the alert came here or through
// POST /cases/{ref}/entries; the answer here says whom it reached.
import { noSuch, operation, respond } from '../operation.js';
import { asKind, receivedOf } from '../received.js';
import { caseParams, newAlertSchema, sentAlertSchema } from '../schemas.js';

export const alertOperations = [
  operation({
    method: 'POST',
    path: '/cases/{ref}/alerts',
    operationId: 'sendAlert',
    tag: 'Entries',
    summary: 'Inform the other agencies on the case',
    description:
      'An alert entry as in a case file, without `kind`. `to` defaults to every agency on the case but yours; `about` names findings (codes) the alert is about; `message` is required. Every user of each agency in `to` who may read the case, except you, gets a notification. The answer says whom it reached (`received`); the entry keeps in `unreached` the agencies nobody here can receive it for: tell them another way (telephone, secure email).',
    idempotent: true,
    params: caseParams,
    body: newAlertSchema,
    responses: {
      201: { description: 'The alert entry as recorded, and whom it reached', schema: sentAlertSchema },
    },
    problems: {
      400: 'A field is missing or invalid, an agency in `to` is not on the case, or no other agency is on it',
      404: noSuch('case'),
    },
    async handle({ by, services, params, body }) {
      const entry = asKind(await services.alerts.record(by, params.ref, body), 'alert');
      return respond(201, {
        ...entry,
        received: receivedOf(await services.told.of(by, params.ref, entry.id)),
      });
    },
  }),
];
