// "My tasks": the actions meetings gave the worker or their agency, across their cases, overdue first.
import type { FastifyInstance } from 'fastify';
import { signedInActor } from '../plugins/current-user.js';
import type { RouteOptions } from './index.js';

export async function taskRoutes(app: FastifyInstance, { services }: RouteOptions): Promise<void> {
  app.get('/', async (request, reply) => {
    const tasks = await services.tasks.mine(signedInActor(request));
    return reply.view('tasks/list.njk', { tasks, overdue: tasks.filter((task) => task.overdue).length });
  });
}
