// Every operation of /api/v1, registered from its description (operation.ts). A write that takes an
// `Idempotency-Key` goes through idempotency.ts; every answer is sent as the JSON text it was kept as.
import type { FastifyInstance } from 'fastify';
import type { Services } from '../../services/index.js';
import { signedIn } from '../authentication.js';
import { idempotently } from '../idempotency.js';
import type { Operation } from '../operation.js';
import { agreementOperations } from './agreements.js';
import { alertOperations } from './alerts.js';
import { auditOperations } from './audit.js';
import { caseFileOperations } from './case-files.js';
import { caseOperations } from './cases.js';
import { closureOperations } from './closures.js';
import { entryOperations } from './entries.js';
import { familyWorkOperations } from './family-work.js';
import { findingOperations } from './findings.js';
import { managerDiscussionOperations } from './manager-discussions.js';
import { meetingOperations } from './meetings.js';
import { notificationOperations } from './notifications.js';
import { visitOperations } from './visits.js';
import { staffSafetyOperations } from './staff-safety.js';
import { supervisionOperations } from './supervision.js';

export const operations: Operation[] = [
  ...caseOperations,
  ...entryOperations,
  ...findingOperations,
  ...closureOperations,
  ...managerDiscussionOperations,
  ...alertOperations,
  ...meetingOperations,
  ...agreementOperations,
  ...caseFileOperations,
  ...notificationOperations,
  ...visitOperations,
  ...staffSafetyOperations,
  ...supervisionOperations,
  ...familyWorkOperations,
  ...auditOperations,
];

export async function v1Routes(app: FastifyInstance, { services }: { services: Services }): Promise<void> {
  for (const op of operations) {
    // An answer that is not JSON (the agreement's PDF) is sent as the handler gives it, and never kept.
    const binary = Object.values(op.responses).find((response) => response.mediaType)?.mediaType;
    app.route({
      method: op.method,
      url: op.path.replace(/\{(\w+)\}/g, ':$1'),
      ...(op.bodyLimit ? { bodyLimit: op.bodyLimit } : {}),
      handler: async (request, reply) => {
        const by = signedIn(request);
        const run = (using: Services) =>
          op.run({ by, services: using, params: request.params, query: request.query, body: request.body });
        if (binary) {
          const { status, body } = await run(services);
          return reply.code(status).type(binary).send(body);
        }
        const answer = op.idempotent
          ? await idempotently(services, request, by, run)
          : await run(services).then(({ status, body }) => ({
              status,
              text: JSON.stringify(body),
              replayed: false,
            }));
        if (answer.replayed) reply.header('idempotent-replayed', 'true');
        return reply.code(answer.status).type('application/json; charset=utf-8').send(answer.text);
      },
    });
  }
}
