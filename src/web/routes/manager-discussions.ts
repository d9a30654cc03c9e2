// A line manager records their discussion of a case with the worker: the decision and its urgency
// (MK 5.1.9.1–4; BEF 11.2), and corrects one from the chronology. Only a manager of the case sees the pages;
// anyone else gets "Page not found".
import type { FastifyInstance, FastifyReply, FastifyRequest } from 'fastify';
import { InvalidInput, type Problem } from '../../services/errors.js';
import { formErrors } from '../forms/errors.js';
import {
  managerDiscussionFormFrom,
  managerDiscussionFormOf,
  managerDiscussionFrom,
  newManagerDiscussionForm,
  urgencyChoices,
  type ManagerDiscussionForm,
} from '../forms/manager-discussion.js';
import { setFlash } from '../flash.js';
import { paths } from '../paths.js';
import { signedIn } from '../plugins/current-user.js';
import { keptFormOf, keptIfSignedOut } from '../plugins/kept-forms.js';
import { caseHeaderWithoutTab } from '../presenters/case-header.js';
import { asRestrictionBoxesProblem, restrictOptionsOf } from '../presenters/restrictions.js';
import type { RouteOptions } from './index.js';

/** `entryId`: the discussion being corrected, on the correction's pages. */
type Params = { ref: string; entryId?: string };
type Body = Record<string, unknown>;

export async function managerDiscussionRoutes(
  app: FastifyInstance,
  { services }: RouteOptions,
): Promise<void> {
  const page = async (
    request: FastifyRequest<{ Params: Params }>,
    reply: FastifyReply,
    form: ManagerDiscussionForm | null,
    problems?: Problem[],
  ) => {
    const by = signedIn(request);
    const { ref, entryId } = request.params;
    // Asked first: a case this user may not record a discussion on is not found, whatever else they may see.
    const workers = await services.managerDiscussions.workers(by, ref);
    // Then the discussion corrected: one on this case the user may read, else not found.
    const correcting = entryId ? await services.managerDiscussions.toCorrect(by, ref, entryId) : null;
    const overview = await services.cases.overview(by, ref);
    const shown =
      form ?? (correcting ? managerDiscussionFormOf(correcting) : newManagerDiscussionForm(new Date()));
    const links = paths.case(overview.file.case.ref);
    return reply.code(problems ? 400 : 200).view('cases/record-manager-discussion.njk', {
      header: caseHeaderWithoutTab(overview),
      form: workers.length === 1 && !shown.worker ? { ...shown, worker: workers[0]?.ref ?? '' } : shown,
      correcting,
      workers,
      urgencies: urgencyChoices,
      restrictOptions: restrictOptionsOf(overview.file),
      action: entryId ? links.correctManagerDiscussion(entryId) : links.recordManagerDiscussion,
      errors:
        problems &&
        formErrors(problems.map(asRestrictionBoxesProblem), {
          anchors: { at: 'at-day', worker: 'worker', urgency: 'urgency' },
        }),
    });
  };

  const save = async (request: FastifyRequest<{ Params: Params; Body: Body }>, reply: FastifyReply) => {
    const { ref, entryId } = request.params;
    const by = signedIn(request);
    const form = managerDiscussionFormFrom(request.body ?? {});
    const workers = await services.managerDiscussions.workers(by, ref);
    // A correction of no discussion the user may correct is not found, however the form is filled in.
    if (entryId) await services.managerDiscussions.toCorrect(by, ref, entryId);
    const read = managerDiscussionFrom(
      form,
      workers.map((worker) => worker.ref),
      new Date(),
    );
    if ('problems' in read) return page(request, reply, form, read.problems);
    try {
      if (entryId) await services.managerDiscussions.correct(by, ref, entryId, read.entry);
      else await services.managerDiscussions.record(by, ref, read.entry);
    } catch (error) {
      if (error instanceof InvalidInput) return page(request, reply, form, error.problems);
      throw error;
    }
    if (entryId) {
      setFlash(request, { type: 'success', text: 'Correction recorded' });
      return reply.redirect(paths.case(ref).chronology, 303);
    }
    setFlash(request, {
      type: 'success',
      text: 'Manager discussion recorded. The worker sees it on the case overview.',
    });
    return reply.redirect(paths.case(ref).overview, 303);
  };

  const shown = async (request: FastifyRequest<{ Params: Params }>, reply: FastifyReply) =>
    page(request, reply, await keptFormOf(request, reply, managerDiscussionFormFrom));
  app.get<{ Params: Params }>('/:ref/manager-discussion/new', shown);
  app.post<{ Params: Params; Body: Body }>('/:ref/manager-discussion/new', keptIfSignedOut, save);
  app.get<{ Params: Params }>('/:ref/manager-discussion/:entryId/correct', shown);
  app.post<{ Params: Params; Body: Body }>(
    '/:ref/manager-discussion/:entryId/correct',
    keptIfSignedOut,
    save,
  );
}
