// Request limits, off by default and switched on where a scope asks (the API's, api/index.ts). Counted in
// memory per process: with several app servers behind a load balancer each counts alone, which weakens a
// limit but never locks anyone out wrongly. Sign-in's limits are not here: they read the audit log
// (services/accounts.ts), so that only wrong passwords count.
import fastifyRateLimit from '@fastify/rate-limit';
import type { FastifyInstance } from 'fastify';
import fp from 'fastify-plugin';

async function rateLimitsPlugin(app: FastifyInstance): Promise<void> {
  await app.register(fastifyRateLimit, { global: false });
}

export const rateLimits = fp(rateLimitsPlugin, { name: 'rate-limits' });
