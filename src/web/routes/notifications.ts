// The user's notifications, newest first, unread ones marked. Opening one is a form (POST, with the CSRF
// token) that marks it read and goes to what it is about, so it works without JavaScript.
import type { FastifyInstance } from 'fastify';
import type { NotificationView } from '../../services/notifications.js';
import { setFlash } from '../flash.js';
import { paths } from '../paths.js';
import { signedInActor } from '../plugins/current-user.js';
import type { RouteOptions } from './index.js';

type WithId = { Params: { id: string } };

export async function notificationRoutes(app: FastifyInstance, { services }: RouteOptions): Promise<void> {
  app.get('/', async (request, reply) => {
    const notifications = await services.notifications.list(signedInActor(request));
    return reply.view('notifications/list.njk', {
      notifications: notifications.map((notification) => ({
        ...notification,
        href: destinationOf(notification),
        openAction: paths.notifications.open(notification.id),
      })),
      unread: notifications.filter((notification) => !notification.read).length,
    });
  });

  app.post<WithId>('/:id/open', async (request, reply) => {
    const id = Number(request.params.id);
    if (!Number.isSafeInteger(id) || id < 1) return reply.callNotFound();
    const notification = await services.notifications.markRead(signedInActor(request), id);
    return reply.redirect(destinationOf(notification), 303);
  });

  app.post('/read', async (request, reply) => {
    const marked = await services.notifications.markAllRead(signedInActor(request));
    setFlash(request, {
      type: 'success',
      text: marked === 1 ? '1 notification marked as read.' : `${marked} notifications marked as read.`,
    });
    return reply.redirect(paths.notifications.list, 303);
  });
}

/**
 * The entry that raised it in the case's chronology, else the case, else the list itself. An overdue
 * worker is followed up where the whereabouts are (a duty contact may not be on the case at all).
 */
function destinationOf(notification: NotificationView): string {
  if (notification.kind === 'visit-overdue') return paths.whereabouts.list;
  if (!notification.case) return paths.notifications.list;
  const links = paths.case(notification.case);
  return notification.entry ? links.entry(notification.entry) : links.overview;
}
