// The user's notifications: alerts from the other agencies on their cases and requests to discuss a case,
// newest first; reading one marks it read.
import { operation, respond } from '../operation.js';
import { notificationListSchema, notificationParams, notificationSchema } from '../schemas.js';

export const notificationOperations = [
  operation({
    method: 'GET',
    path: '/notifications',
    operationId: 'listNotifications',
    tag: 'Notifications',
    summary: 'Your notifications, newest first',
    description: '`read` tells each one apart; `unread` counts every unread one, beyond the latest 50 too.',
    responses: { 200: { description: 'The notifications', schema: notificationListSchema } },
    problems: {},
    async handle({ by, services }) {
      const [items, unread] = await Promise.all([
        services.notifications.list(by.actor),
        services.notifications.unreadCount(by.actor),
      ]);
      return respond(200, { items, unread });
    },
  }),

  operation({
    method: 'POST',
    path: '/notifications/{id}/read',
    operationId: 'markNotificationRead',
    tag: 'Notifications',
    summary: 'Mark a notification read',
    description: 'Marking one read again changes nothing: it stays read since it was first read.',
    params: notificationParams,
    responses: { 200: { description: 'The notification, now read', schema: notificationSchema } },
    problems: { 400: '`id` is not a number', 404: 'You have no notification with this id' },
    async handle({ by, services, params }) {
      return respond(200, await services.notifications.markRead(by.actor, params.id));
    },
  }),
];
