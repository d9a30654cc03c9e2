// What a user sees when something goes wrong: GOV.UK-style pages with words, never a stack trace.
// A case that isn't there and a case that isn't theirs look the same: a service's NotFound (or any
// error with `statusCode: 404`, or `reply.callNotFound()`) is "Page not found".
import type { FastifyError, FastifyInstance, FastifyReply } from 'fastify';
import fp from 'fastify-plugin';
import { NotFound } from '../../services/errors.js';

interface ErrorPage {
  status: number;
  template: string;
}

function errorPageFor(error: FastifyError): ErrorPage {
  const status =
    error.statusCode && error.statusCode >= 400 && error.statusCode < 600 ? error.statusCode : 500;
  if (error.code?.startsWith('FST_CSRF_')) return { status: 403, template: 'errors/form-expired.njk' };
  if (status === 404 || error instanceof NotFound) return { status: 404, template: 'errors/not-found.njk' };
  return { status, template: 'errors/problem.njk' };
}

async function errorPagesPlugin(app: FastifyInstance): Promise<void> {
  app.setNotFoundHandler(async (_request, reply) =>
    renderErrorPage(reply, { status: 404, template: 'errors/not-found.njk' }),
  );

  app.setErrorHandler(async (error: FastifyError, request, reply) => {
    const page = errorPageFor(error);
    if (page.status >= 500) request.log.error({ err: error }, 'request failed');
    else
      request.log.info(
        { err: { code: error.code, message: error.message }, status: page.status },
        'request refused',
      );
    return renderErrorPage(reply, page);
  });
}

async function renderErrorPage(reply: FastifyReply, page: ErrorPage): Promise<FastifyReply> {
  reply.code(page.status).header('cache-control', 'no-store');
  try {
    const html = await reply.viewAsync(page.template, {});
    return reply.type('text/html; charset=utf-8').send(html);
  } catch (error) {
    // The error page itself failed to render: say so plainly rather than fail twice.
    reply.log.error({ err: error }, 'error page failed to render');
    return reply
      .type('text/plain; charset=utf-8')
      .send('Sorry, there is a problem with the service. Try again later.');
  }
}

export const errorPages = fp(errorPagesPlugin, { name: 'error-pages', dependencies: ['views'] });
