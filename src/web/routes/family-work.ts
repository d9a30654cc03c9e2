// Working with the family (BEF 10.0, 10.1): the family plan page, and recording a stage of change, a GROW
// goal and a plan review. Each form is read here and checked again by the service.
import type { FastifyInstance, FastifyReply, FastifyRequest } from 'fastify';
import { stageOfChangeLabels, progressLabels } from '../../domain/family-work.js';
import { toUkDate } from '../../domain/time.js';
import { progressLevels, stagesOfChange } from '../../domain/vocabularies.js';
import type { SignedIn } from '../../services/cases.js';
import { InvalidInput, type Problem } from '../../services/errors.js';
import type { FamilyPlan } from '../../services/family-work.js';
import { formErrors } from '../forms/errors.js';
import {
  goalFormFrom,
  goalFrom,
  planReviewFormFrom,
  planReviewFrom,
  stageFormFrom,
  stageFrom,
} from '../forms/family-work.js';
import { setFlash } from '../flash.js';
import { paths } from '../paths.js';
import { signedIn } from '../plugins/current-user.js';
import { caseHeader } from '../presenters/case-header.js';
import type { RouteOptions } from './index.js';

type Params = { ref: string };
type Body = Record<string, unknown>;
type Form = 'record-stage' | 'set-goal' | 'record-plan-review';

const anchors = {
  person: 'person',
  stage: 'stage',
  progress: 'progress',
  due: 'due-day',
  nextReviewOn: 'nextReviewOn-day',
};

export async function familyWorkRoutes(app: FastifyInstance, { services }: RouteOptions): Promise<void> {
  /** Everything the family plan and its forms show: the plan, the case's header, the pack's words. */
  const view = async (request: FastifyRequest<{ Params: Params }>) => {
    const by = signedIn(request);
    const plan = await services.familyWork.plan(by, request.params.ref);
    const overview = await services.cases.overview(by, request.params.ref);
    return {
      plan,
      header: caseHeader(overview, 'family'),
      links: paths.case(plan.file.case.ref),
      stageLabels: stageOfChangeLabels,
      progressLabels,
      stages: stagesOfChange,
      progressLevels,
    };
  };

  app.get<{ Params: Params }>('/:ref/family-plan', async (request, reply) =>
    reply.view('cases/family-plan.njk', await view(request)),
  );

  const formPage = async (
    request: FastifyRequest<{ Params: Params }>,
    reply: FastifyReply,
    form: Form,
    values: unknown,
    problems?: Problem[],
  ) =>
    reply.code(problems ? 400 : 200).view(`cases/${form}.njk`, {
      ...(await view(request)),
      form: values,
      errors: problems && formErrors(problems, { anchors }),
    });

  /** A form's GET and POST: `read` turns the posted body into the entry's fields, or problems. */
  const journey = (
    url: string,
    form: Form,
    empty: () => unknown,
    read: (body: Body, plan: FamilyPlan) => { values: unknown; read: ReturnType<typeof stageFrom> },
    save: (by: SignedIn, ref: string, entry: Record<string, unknown>) => Promise<unknown>,
    done: string,
  ) => {
    app.get<{ Params: Params }>(url, (request, reply) => formPage(request, reply, form, empty()));
    app.post<{ Params: Params; Body: Body }>(url, async (request, reply) => {
      const { ref } = request.params;
      const plan = await services.familyWork.plan(signedIn(request), ref);
      const { values, read: result } = read(request.body ?? {}, plan);
      if ('problems' in result) return formPage(request, reply, form, values, result.problems);
      try {
        await save(signedIn(request), ref, result.entry);
      } catch (error) {
        if (error instanceof InvalidInput) return formPage(request, reply, form, values, error.problems);
        throw error;
      }
      setFlash(request, { type: 'success', text: done });
      return reply.redirect(paths.case(ref).familyPlan, 303);
    });
  };

  const today = () => toUkDate(new Date());
  journey(
    '/:ref/family-plan/stages/new',
    'record-stage',
    () => ({ person: '', stage: '', indicators: [], note: '' }),
    (body, plan) => {
      const values = stageFormFrom(body);
      return { values, read: stageFrom(values, plan.pack) };
    },
    (by, ref, entry) => services.familyWork.recordStage(by, ref, entry),
    'Stage of change recorded',
  );
  journey(
    '/:ref/family-plan/goals/new',
    'set-goal',
    () => ({
      person: '',
      goal: '',
      reality: '',
      options: '',
      will: '',
      due: { day: '', month: '', year: '' },
    }),
    (body) => {
      const values = goalFormFrom(body);
      return { values, read: goalFrom(values, today()) };
    },
    (by, ref, entry) => services.familyWork.setGoal(by, ref, entry),
    'Goal set',
  );
  journey(
    '/:ref/family-plan/reviews/new',
    'record-plan-review',
    () => ({ progress: '', goals: {}, nextReviewOn: { day: '', month: '', year: '' }, note: '' }),
    (body, plan) => {
      const values = planReviewFormFrom(
        body,
        plan.goals.map((g) => g.goal.id),
      );
      return { values, read: planReviewFrom(values, today()) };
    },
    (by, ref, entry) => services.familyWork.recordPlanReview(by, ref, entry),
    'Plan review recorded',
  );
}
