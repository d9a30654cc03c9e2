// The OpenAPI document at /api/openapi.json and a readable reference at /api/docs: Swagger UI, served
// from its npm package (no CDN), under the app's Content Security Policy. Neither needs a token.
import fastifySwagger from '@fastify/swagger';
import fastifySwaggerUi from '@fastify/swagger-ui';
import type { FastifyInstance } from 'fastify';

/**
 * Swagger UI's stylesheet draws its icons as `data:` images, and its logo is one; everything else
 * (scripts, styles, the document) comes from our own origin, so the policy is otherwise the pages' own.
 */
function allowDataImages(policy: string): string {
  return policy.replace(/img-src ([^;]*)/, (_match, sources: string) => `img-src ${sources} data:`);
}

export async function apiDocs(app: FastifyInstance, { document }: { document: object }): Promise<void> {
  const prefix = app.prefix;
  // An OpenAPI 3.1 document: the plugin's types name only 2.0 and 3.0, and it serves any as given.
  await app.register(fastifySwagger, { mode: 'static', specification: { document: document as never } });
  app.get('/openapi.json', async (_request, reply) =>
    reply.type('application/json; charset=utf-8').send(document),
  );
  await app.register(fastifySwaggerUi, {
    routePrefix: '/docs',
    // The page links its assets by routePrefix alone, which does not know this scope's own /api prefix.
    indexPrefix: prefix,
    transformStaticCSP: allowDataImages,
    theme: { title: 'Stickability API' },
    // BaseLayout: no top bar, whose "Explore" box would load any document and whose logo brings an
    // inline <style> the policy refuses.
    uiConfig: { layout: 'BaseLayout', deepLinking: true, defaultModelsExpandDepth: 0 },
  });
}
