// Request limits, off by default and switched on per route with `config: { rateLimit: { ... } }`
// (sign-in: see routes/sign-in.ts). Counted in memory per process: with several app servers behind a
// load balancer each counts alone, which weakens the limit but never locks anyone out wrongly.
import fastifyRateLimit from '@fastify/rate-limit';
import type { FastifyInstance } from 'fastify';
import fp from 'fastify-plugin';

async function rateLimitsPlugin(app: FastifyInstance): Promise<void> {
  await app.register(fastifyRateLimit, { global: false });
}

export const rateLimits = fp(rateLimitsPlugin, { name: 'rate-limits' });
