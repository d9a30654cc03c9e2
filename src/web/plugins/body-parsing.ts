// Pages post ordinary HTML forms (application/x-www-form-urlencoded); Fastify already reads JSON.
import fastifyFormbody from '@fastify/formbody';
import type { FastifyInstance } from 'fastify';
import fp from 'fastify-plugin';

async function bodyParsingPlugin(app: FastifyInstance): Promise<void> {
  await app.register(fastifyFormbody);
}

export const bodyParsing = fp(bodyParsingPlugin, { name: 'body-parsing' });
