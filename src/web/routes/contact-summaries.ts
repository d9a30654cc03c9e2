// The end-of-contact summary for the family (SX 1.7.28; BEF 11.1): the worker edits the draft, checks its
// reading age, gives it (a correction of the contact that sets `summaryGiven`) and prints it in large print.
import type { FastifyInstance, FastifyReply, FastifyRequest } from 'fastify';
import { summaryFrom, type SummaryParts } from '../../domain/contact-summary.js';
import { readingAgeAdvice, readingAgeTarget } from '../../domain/readability.js';
import { summaryVersions } from '../../services/contact-summaries.js';
import { InvalidInput, type Problem } from '../../services/errors.js';
import { formErrors } from '../forms/errors.js';
import { textOf } from '../forms/fields.js';
import { setFlash } from '../flash.js';
import { paths } from '../paths.js';
import { signedIn } from '../plugins/current-user.js';
import { caseHeaderWithoutTab } from '../presenters/case-header.js';
import { communicationNeedsOf } from '../presenters/communication-needs.js';
import type { RouteOptions } from './index.js';

type Params = { ref: string; entryId: string };
type Body = Record<string, unknown>;

const partsFrom = (body: Body): SummaryParts => ({
  why: textOf(body.why),
  done: textOf(body.done),
  next: textOf(body.next),
  actions: textOf(body.actions) || undefined,
});

export async function contactSummaryRoutes(app: FastifyInstance, { services }: RouteOptions): Promise<void> {
  const page = async (
    request: FastifyRequest<{ Params: Params }>,
    reply: FastifyReply,
    edited: SummaryParts | null,
    problems?: Problem[],
  ) => {
    const by = signedIn(request);
    const { ref, entryId } = request.params;
    const summary = await services.contactSummaries.summary(by, ref, entryId);
    const overview = await services.cases.overview(by, ref);
    const parts = edited ?? summary.parts;
    const worker = summary.file.workers.find((w) => w.ref === summary.contact.worker)?.name;
    const versions = summaryVersions(parts, worker);
    const links = paths.case(ref);
    return reply.code(problems ? 400 : 200).view('cases/contact-summary.njk', {
      header: caseHeaderWithoutTab(overview),
      contact: summary.contact,
      from: summaryFrom(summary.file, summary.contact),
      given: summary.given && !edited,
      givenBefore: summary.given,
      parts,
      ...versions,
      advice: readingAgeAdvice(versions.readingAge),
      target: readingAgeTarget,
      needs: communicationNeedsOf(summary.file),
      action: links.contactSummary(entryId),
      pdfHref: links.contactSummaryPdf(entryId),
      chronologyHref: links.entry(summary.contact.id),
      errors: problems && formErrors(problems),
    });
  };

  app.get<{ Params: Params }>('/:ref/entries/:entryId/summary', (request, reply) =>
    page(request, reply, null),
  );

  app.post<{ Params: Params; Body: Body }>('/:ref/entries/:entryId/summary', async (request, reply) => {
    const body = request.body ?? {};
    const parts = partsFrom(body);
    const problems: Problem[] = [];
    if (!parts.why) problems.push({ path: 'why', message: 'Say why you met' });
    if (!parts.done) problems.push({ path: 'done', message: 'Say what you did' });
    if (!parts.next) problems.push({ path: 'next', message: 'Say what happens next' });
    if (problems.length) return page(request, reply, parts, problems);
    // "Check reading age" shows the edited words measured again; nothing is recorded.
    if (body.action !== 'give') return page(request, reply, parts);
    const { ref, entryId } = request.params;
    try {
      await services.contactSummaries.give(signedIn(request), ref, entryId, parts);
    } catch (error) {
      if (error instanceof InvalidInput) return page(request, reply, parts, error.problems);
      throw error;
    }
    setFlash(request, { type: 'success', text: 'Summary recorded as given to the family' });
    return reply.redirect(paths.case(ref).contactSummary(entryId), 303);
  });

  app.get<{ Params: Params }>('/:ref/entries/:entryId/summary.pdf', async (request, reply) => {
    const { ref, entryId } = request.params;
    const pdf = await services.contactSummaries.largePrint(signedIn(request), ref, entryId);
    return reply
      .type('application/pdf')
      .header('content-disposition', `inline; filename="summary-${entryId}.pdf"`)
      .header('cache-control', 'no-store')
      .send(pdf);
  });
}
