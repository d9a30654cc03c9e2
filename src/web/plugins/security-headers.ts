// Security headers on every response (helmet), with a Content Security Policy that allows no inline
// script except GOV.UK Frontend's one-line `js-enabled` snippet in govuk/template.njk, which carries a
// fresh nonce on each page (the template prints `cspNonce`; the views plugin passes it in).
import fastifyHelmet from '@fastify/helmet';
import type { FastifyInstance } from 'fastify';
import fp from 'fastify-plugin';
import type { Config } from '../../config.js';

async function securityHeadersPlugin(app: FastifyInstance, { config }: { config: Config }): Promise<void> {
  const overHttps = config.secureCookies === true;
  await app.register(fastifyHelmet, {
    enableCSPNonces: true,
    contentSecurityPolicy: {
      useDefaults: false,
      directives: {
        defaultSrc: ["'self'"],
        scriptSrc: ["'self'"],
        styleSrc: ["'self'"],
        imgSrc: ["'self'"],
        fontSrc: ["'self'"],
        connectSrc: ["'self'"],
        formAction: ["'self'"],
        frameAncestors: ["'none'"],
        baseUri: ["'self'"],
        objectSrc: ["'none'"],
        // Only behind HTTPS: on plain-HTTP development it would send the browser to an https:// that isn't there.
        ...(overHttps ? { upgradeInsecureRequests: [] } : {}),
      },
    },
    // The CSP's frame-ancestors 'none' for older browsers: no page of ours is ever shown in a frame.
    frameguard: { action: 'deny' },
    strictTransportSecurity: overHttps ? { maxAge: 31_536_000, includeSubDomains: true } : false,
  });

  // Case pages must not stay in a shared computer's cache after sign-out (the back button would show
  // them). Static assets set their own caching and keep it.
  app.addHook('onSend', async (_request, reply, payload) => {
    if (!reply.hasHeader('cache-control')) reply.header('cache-control', 'no-store');
    return payload;
  });
}

export const securityHeaders = fp(securityHeadersPlugin, { name: 'security-headers' });
