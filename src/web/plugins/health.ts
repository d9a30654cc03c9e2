// GET /health for load balancers and monitoring: up only when the database answers. Registered first,
// outside the session and view plugins, so a probe never creates a session or renders a page.
import type { FastifyInstance } from 'fastify';
import { sql } from 'kysely';
import type { Db } from '../../store/database.js';
import { paths } from '../paths.js';

export async function health(app: FastifyInstance, { db }: { db: Db }): Promise<void> {
  app.get(paths.health, async (request, reply) => {
    reply.header('cache-control', 'no-store');
    try {
      await sql`select 1`.execute(db);
      return { status: 'ok' };
    } catch (error) {
      request.log.error({ err: error }, 'health check: database unavailable');
      return reply.code(503).send({ status: 'unavailable' });
    }
  });
}
