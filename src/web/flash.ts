// A message for the next page a user sees ("You have signed out", "Case created"): kept in the session
// by the request that did the thing, shown once as a GOV.UK notification banner by the layout.
import type { FastifyRequest } from 'fastify';

export interface Flash {
  text: string;
  /** Paragraphs under `text`, which then reads as the banner's heading (who was told, and who was not). */
  lines?: string[];
  /** `success` for something the user just did; otherwise an information banner. */
  type?: 'success';
}

declare module 'fastify' {
  interface Session {
    flash?: Flash;
  }
}

export function setFlash(request: FastifyRequest, flash: Flash): void {
  request.session.flash = flash;
}

/** The waiting message, removed so it shows only once. */
export function takeFlash(request: FastifyRequest): Flash | undefined {
  const flash = request.session?.flash;
  if (flash) delete request.session.flash;
  return flash;
}
