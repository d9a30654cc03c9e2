// The user's alerts about their cases.
import { operation, respond } from '../operation.js';
import { notificationListSchema } from '../schemas.js';

export const notificationOperations = [
  operation({
    method: 'GET',
    path: '/notifications',
    operationId: 'listNotifications',
    tag: 'Notifications',
    summary: 'Your alerts, newest first',
    responses: { 200: { description: 'The alerts', schema: notificationListSchema } },
    problems: {},
    async handle({ by, services }) {
      return respond(200, { items: await services.notifications.list(by.actor) });
    },
  }),
];
