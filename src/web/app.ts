// The web app: one plugin per concern, in an order that matters (each may rely on those before it).
import Fastify, { type FastifyInstance } from 'fastify';
import { api } from '../api/index.js';
import type { Config } from '../config.js';
import type { Db } from '../store/database.js';
import { bodyParsing } from './plugins/body-parsing.js';
import { cookielessPaths } from './plugins/cookieless-paths.js';
import { csrf } from './plugins/csrf.js';
import { currentUser } from './plugins/current-user.js';
import { errorPages } from './plugins/error-pages.js';
import { health } from './plugins/health.js';
import { rateLimits } from './plugins/rate-limits.js';
import { refusalAudit } from './plugins/refusal-audit.js';
import { securityHeaders } from './plugins/security-headers.js';
import { sessions } from './plugins/sessions.js';
import { staticAssets } from './plugins/static-assets.js';
import { outOnVisit } from './plugins/out-on-visit.js';
import { keptForms } from './plugins/kept-forms.js';
import { sessionTimeout } from './plugins/session-timeout.js';
import { unreadNotifications } from './plugins/unread-notifications.js';
import { views } from './plugins/views.js';
import { paths } from './paths.js';
import { projectRoot } from './project-root.js';
import { routes } from './routes/index.js';
import { composeSystem, type System } from '../system.js';
import { requestLogOptions, type LogDestination } from './request-log.js';

export interface AppDependencies {
  db: Db;
  config: Config;
  /** What the app serves (system.ts); composed on `db` and `config`, logging to the app's log, when absent. */
  system?: System;
  /** The request log (request-log.ts): off, to standard output, or to a destination of its own. */
  logger?: boolean | LogDestination;
}

export async function buildApp(dependencies: AppDependencies): Promise<FastifyInstance> {
  return (await buildServer(dependencies)).app;
}

/** The app and the System it serves, which the server's scheduler runs too (cli/serve.ts). */
export async function buildServer({
  db,
  config,
  logger = false,
  system: given,
}: AppDependencies): Promise<{ app: FastifyInstance; system: System }> {
  const root = projectRoot();
  const app = Fastify({ logger: requestLogOptions(logger), trustProxy: config.trustProxy });
  const system = given ?? composeSystem(db, config, app.log);
  const { services } = system;

  await app.register(health, { db });
  await app.register(securityHeaders, { config });
  await app.register(staticAssets, { root });
  // The API and the assets never see a cookie: no session is read, extended or re-sent for them.
  await app.register(cookielessPaths);
  await app.register(sessions, { db, config });
  await app.register(bodyParsing);
  await app.register(views, { root });
  await app.register(csrf);
  await app.register(currentUser, { accounts: services.accounts });
  await app.register(sessionTimeout);
  // Before the CSRF check runs (a preHandler), a form posted after its session ended is kept.
  await app.register(keptForms, { service: services.keptForms, config });
  await app.register(unreadNotifications, { notifications: services.notifications });
  await app.register(outOnVisit, { visits: services.visits });
  await app.register(rateLimits);
  // Before the routes: each Fastify scope keeps the error handler it was created under.
  await app.register(errorPages);
  // A case refused to a user is audited, for the pages and the API alike (their routes come after).
  await app.register(refusalAudit, { audit: services.audit });
  await app.register(routes, { services, publicUrl: config.publicUrl });
  await app.register(api, { services, prefix: paths.api.base });

  return { app, system };
}
