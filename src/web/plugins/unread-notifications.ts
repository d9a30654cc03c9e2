// How many unread notifications the signed-in user has, for the "Notifications (3)" link every page's
// navigation shows (layout.njk). Counted fresh on each request, like the actor.
import type { FastifyInstance } from 'fastify';
import fp from 'fastify-plugin';
import type { NotificationService } from '../../services/notifications.js';

async function unreadNotificationsPlugin(
  app: FastifyInstance,
  { notifications }: { notifications: NotificationService },
): Promise<void> {
  app.addHook('onRequest', async (request, reply) => {
    if (request.actor) reply.locals.unreadNotifications = await notifications.unreadCount(request.actor);
  });
}

export const unreadNotifications = fp(unreadNotificationsPlugin, {
  name: 'unread-notifications',
  dependencies: ['current-user', 'views'],
});
