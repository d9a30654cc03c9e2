// A line manager records their discussion of a case with the worker: the decision and its urgency
// (MK 5.1.9.1–4; BEF 11.2). Only a manager of the case sees the page; anyone else gets "Page not found".
import type { FastifyInstance, FastifyReply, FastifyRequest } from 'fastify';
import { InvalidInput, type Problem } from '../../services/errors.js';
import { formErrors } from '../forms/errors.js';
import {
  managerDiscussionFormFrom,
  managerDiscussionFrom,
  newManagerDiscussionForm,
  urgencyChoices,
  type ManagerDiscussionForm,
} from '../forms/manager-discussion.js';
import { setFlash } from '../flash.js';
import { paths } from '../paths.js';
import { signedIn } from '../plugins/current-user.js';
import { caseHeaderWithoutTab } from '../presenters/case-header.js';
import { restrictOptionsOf } from '../presenters/restrictions.js';
import type { RouteOptions } from './index.js';

type Params = { ref: string };
type Body = Record<string, unknown>;

/** Where a service's problem shows on the form: `restricted[1]` (naming no role or agency) on `restricted`. */
const onField = (problem: Problem): Problem => ({ ...problem, path: problem.path.replace(/\[\d+\]$/, '') });

export async function managerDiscussionRoutes(
  app: FastifyInstance,
  { services }: RouteOptions,
): Promise<void> {
  const page = async (
    request: FastifyRequest<{ Params: Params }>,
    reply: FastifyReply,
    form: ManagerDiscussionForm,
    problems?: Problem[],
  ) => {
    const by = signedIn(request);
    // Asked first: a case this user may not record a discussion on is not found, whatever else they may see.
    const workers = await services.managerDiscussions.workers(by, request.params.ref);
    const overview = await services.cases.overview(by, request.params.ref);
    return reply.code(problems ? 400 : 200).view('cases/record-manager-discussion.njk', {
      header: caseHeaderWithoutTab(overview),
      form: workers.length === 1 && !form.worker ? { ...form, worker: workers[0]?.ref ?? '' } : form,
      workers,
      urgencies: urgencyChoices,
      restrictOptions: restrictOptionsOf(overview.file),
      action: paths.case(overview.file.case.ref).recordManagerDiscussion,
      errors:
        problems &&
        formErrors(problems.map(onField), {
          anchors: { at: 'at-day', worker: 'worker', urgency: 'urgency' },
        }),
    });
  };

  app.get<{ Params: Params }>('/:ref/manager-discussion/new', (request, reply) =>
    page(request, reply, newManagerDiscussionForm(new Date())),
  );

  app.post<{ Params: Params; Body: Body }>('/:ref/manager-discussion/new', async (request, reply) => {
    const { ref } = request.params;
    const form = managerDiscussionFormFrom(request.body ?? {});
    const workers = await services.managerDiscussions.workers(signedIn(request), ref);
    const read = managerDiscussionFrom(
      form,
      workers.map((worker) => worker.ref),
      new Date(),
    );
    if ('problems' in read) return page(request, reply, form, read.problems);
    try {
      await services.managerDiscussions.record(signedIn(request), ref, read.entry);
    } catch (error) {
      if (error instanceof InvalidInput) return page(request, reply, form, error.problems);
      throw error;
    }
    setFlash(request, {
      type: 'success',
      text: 'Manager discussion recorded. The worker sees it on the case overview.',
    });
    return reply.redirect(paths.case(ref).overview, 303);
  });
}
