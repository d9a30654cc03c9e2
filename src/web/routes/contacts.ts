// Recording a contact, the form used most (on a doorstep, on a phone), and correcting one.
import type { FastifyInstance, FastifyReply, FastifyRequest } from 'fastify';
import { contingencyAsk } from '../../domain/contingency.js';
import { packFor } from '../../domain/packs/index.js';
import * as v from '../../domain/vocabularies.js';
import { InvalidInput, NotFound, type Problem } from '../../services/errors.js';
import {
  contactFormFrom,
  contactFormOf,
  contactFrom,
  newContactForm,
  type ContactForm,
} from '../forms/contact.js';
import { formErrors } from '../forms/errors.js';
import { setFlash } from '../flash.js';
import { paths } from '../paths.js';
import { signedIn } from '../plugins/current-user.js';
import { keptFormOf, keptIfSignedOut } from '../plugins/kept-forms.js';
import { caseHeader } from '../presenters/case-header.js';
import { communicationNeedsOf } from '../presenters/communication-needs.js';
import { asRestrictionBoxesProblem, restrictOptionsOf } from '../presenters/restrictions.js';
import type { RouteOptions } from './index.js';

type Params = { ref: string; entryId?: string };
type Body = Record<string, unknown>;

/** Where a service's problem with a contact shows on the form. */
const fieldOf = (path: string) =>
  ({
    at: 'at',
    seen: 'seen',
    seenAlone: 'seen',
    childViews: 'seen',
    behaviours: 'behaviours',
    indicators: 'indicators',
  })[path.replace(/\[\d+\]$/, '')] ?? path.replace(/\[\d+\]$/, '');

export async function contactRoutes(app: FastifyInstance, { services }: RouteOptions): Promise<void> {
  const page = async (
    request: FastifyRequest<{ Params: Params }>,
    reply: FastifyReply,
    form: ContactForm | null,
    problems?: Problem[],
  ) => {
    const overview = await services.cases.overview(signedIn(request), request.params.ref);
    const { entryId } = request.params;
    const original = entryId ? overview.file.entries.find((e) => e.id === entryId) : undefined;
    if (entryId && original?.kind !== 'contact') throw new NotFound(`contact ${entryId}`);
    const links = paths.case(overview.file.case.ref);
    return reply.code(problems ? 400 : 200).view('cases/record-contact.njk', {
      header: caseHeader(overview, 'contact'),
      form: form ?? (original?.kind === 'contact' ? contactFormOf(original) : newContactForm(new Date())),
      correcting: original ?? null,
      action: entryId ? links.amend(entryId) : links.recordContact,
      children: overview.children,
      adults: overview.file.people.filter((p) => p.role !== 'child'),
      needs: communicationNeedsOf(overview.file),
      restrictOptions: restrictOptionsOf(overview.file),
      pack: packFor(overview.file.case.pack),
      contingency: contingencyAsk(overview.assessment.findings, packFor(overview.file.case.pack)),
      vocab: v,
      errors:
        problems &&
        formErrors(
          problems.map(asRestrictionBoxesProblem).map((p) => ({ ...p, path: fieldOf(p.path) })),
          {
            anchors: { at: 'at-day', mode: 'mode', planned: 'planned', outcome: 'outcome', seen: 'children' },
          },
        ),
    });
  };

  const save = async (request: FastifyRequest<{ Params: Params; Body: Body }>, reply: FastifyReply) => {
    const form = contactFormFrom(request.body ?? {});
    const read = contactFrom(form, new Date());
    if ('problems' in read) return page(request, reply, form, read.problems);
    const { ref, entryId } = request.params;
    try {
      if (entryId) await services.entries.amend(signedIn(request), ref, entryId, read.entry);
      else await services.entries.record(signedIn(request), ref, read.entry);
    } catch (error) {
      if (error instanceof InvalidInput) return page(request, reply, form, error.problems);
      throw error;
    }
    setFlash(request, { type: 'success', text: entryId ? 'Correction recorded' : 'Contact recorded' });
    return reply.redirect(paths.case(ref).chronology, 303);
  };

  // Each form shows again as it was typed when it was posted after the session ended (kept-forms.ts).
  const shown = async (request: FastifyRequest<{ Params: Params }>, reply: FastifyReply) =>
    page(request, reply, await keptFormOf(request, reply, contactFormFrom));
  app.get<{ Params: Params }>('/:ref/contacts/new', shown);
  app.post<{ Params: Params; Body: Body }>('/:ref/contacts/new', keptIfSignedOut, save);
  app.get<{ Params: Params }>('/:ref/entries/:entryId/amend', shown);
  app.post<{ Params: Params; Body: Body }>('/:ref/entries/:entryId/amend', keptIfSignedOut, save);
}
