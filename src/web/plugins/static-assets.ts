// Stylesheets, scripts, fonts and images, served from our own origin (no CDN, so the CSP stays 'self').
// Both Frontends' CSS ask for /assets/fonts/… and /assets/images/…, so /assets serves both asset folders.
import fastifyStatic from '@fastify/static';
import type { FastifyInstance } from 'fastify';
import { join } from 'node:path';

/** Asset requests carry no cookie by the time the session plugin looks (see cookieless-paths.ts). */
export async function staticAssets(app: FastifyInstance, { root }: { root: string }): Promise<void> {
  const modules = join(root, 'node_modules');
  await app.register(fastifyStatic, {
    root: [
      join(modules, 'govuk-frontend', 'dist', 'govuk', 'assets'),
      join(modules, '@ministryofjustice', 'frontend', 'moj', 'assets'),
    ],
    prefix: '/assets/',
    decorateReply: false,
    index: false,
  });
  await app.register(fastifyStatic, {
    root: join(modules, 'govuk-frontend', 'dist', 'govuk'),
    prefix: '/vendor/govuk/',
    decorateReply: false,
    index: false,
    // Only the built bundle: the package folder also holds Sass sources and templates.
    allowedPath: (path) => /^\/govuk-frontend\.min\.(css|js)(\.map)?$/.test(path),
  });
  await app.register(fastifyStatic, {
    root: join(modules, '@ministryofjustice', 'frontend', 'moj'),
    prefix: '/vendor/moj/',
    decorateReply: false,
    index: false,
    allowedPath: (path) => /^\/moj-frontend\.min\.(css|js)(\.map)?$/.test(path),
  });
  await app.register(fastifyStatic, {
    root: join(root, 'src', 'web', 'public'),
    prefix: '/public/',
    decorateReply: false,
    index: false,
  });
}
