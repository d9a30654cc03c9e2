// A case refused to a user (openCase's CaseRefused: not theirs, or not there) leaves an audit row, for
// the pages and the API alike. The refusal rolled back the transaction it was thrown in, so the row is
// written here, once the request has failed: an onError hook, which Fastify runs before the scope's error
// handler (error-pages.ts, api/problems.ts) answers "not found".
import type { FastifyInstance } from 'fastify';
import fp from 'fastify-plugin';
import type { AuditService } from '../../services/audit.js';
import { CaseRefused } from '../../services/case-access.js';

async function refusalAuditPlugin(app: FastifyInstance, { audit }: { audit: AuditService }): Promise<void> {
  app.addHook('onError', async (request, _reply, error) => {
    if (!(error instanceof CaseRefused)) return;
    try {
      await audit.recordRefusal(
        { actor: request.actor ?? request.apiActor ?? null, address: request.ip },
        error,
      );
    } catch (failure) {
      // The user is told "not found" either way; a trail that could not be written must not go unnoticed.
      request.log.error({ err: failure }, 'could not audit a refused case');
    }
  });
}

export const refusalAudit = fp(refusalAuditPlugin, { name: 'refusal-audit', dependencies: ['current-user'] });
