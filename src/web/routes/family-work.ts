// Working with the family (BEF 10.0, 10.1): the family plan page, and recording a stage of change, a GROW
// goal and a plan review. Each form is read here and checked again by the service. A stage or a goal is
// corrected from the family plan on the same form, prefilled with its latest version.
import type { FastifyInstance, FastifyReply, FastifyRequest } from 'fastify';
import { stageOfChangeLabels, progressLabels } from '../../domain/family-work.js';
import { toInstant, toUkDate } from '../../domain/time.js';
import { progressLevels, stagesOfChange } from '../../domain/vocabularies.js';
import type { SignedIn } from '../../services/cases.js';
import { InvalidInput, type Problem } from '../../services/errors.js';
import type { FamilyPlan } from '../../services/family-work.js';
import type { KeptFields } from '../../services/kept-forms.js';
import { formErrors } from '../forms/errors.js';
import {
  goalFormFrom,
  goalFormOf,
  goalFrom,
  planReviewFormFrom,
  planReviewFrom,
  stageFormFrom,
  stageFormOf,
  stageFrom,
} from '../forms/family-work.js';
import { setFlash } from '../flash.js';
import { paths } from '../paths.js';
import { signedIn } from '../plugins/current-user.js';
import { keptFormOf, keptIfSignedOut } from '../plugins/kept-forms.js';
import { caseHeader } from '../presenters/case-header.js';
import type { RouteOptions } from './index.js';

/** `entryId`: the stage or goal being corrected, on the correction's pages. */
type Params = { ref: string; entryId?: string };
type Body = Record<string, unknown>;
type Form = 'record-stage' | 'set-goal' | 'record-plan-review';
type Links = ReturnType<typeof paths.case>;
type Read = ReturnType<typeof stageFrom>;
type Save = (by: SignedIn, ref: string, entry: Record<string, unknown>) => Promise<unknown>;

/** What a form's page shows: the values in the boxes, where it posts, and whether it corrects an entry. */
interface FormPage {
  values: unknown;
  action: string;
  correcting: boolean;
  /** On a GET: the values of the form kept when it was posted after the session ended (kept-forms.ts). */
  kept?: (fields: KeptFields, plan: FamilyPlan) => unknown;
}

/** Correcting an entry of `E` a form records: the latest version found (or NotFound), the form it starts as. */
interface Correction<E> {
  url: string;
  find: (by: SignedIn, ref: string, entryId: string) => Promise<E>;
  formOf: (entry: E) => unknown;
  action: (links: Links, entryId: string) => string;
  save: (by: SignedIn, ref: string, entryId: string, entry: Record<string, unknown>) => Promise<unknown>;
}

/** A form of the family plan: a new entry at `url`, and with `correction` a correction of one. */
interface Journey<E> {
  url: string;
  form: Form;
  empty: () => unknown;
  action: (links: Links) => string;
  read: (body: Body, plan: FamilyPlan, correcting: E | null) => { values: unknown; read: Read };
  save: Save;
  done: string;
  correction?: Correction<E>;
}

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
    page: FormPage,
    problems?: Problem[],
  ) => {
    const shown = await view(request);
    const { kept } = page;
    const restored = kept && (await keptFormOf(request, reply, (fields) => kept(fields, shown.plan)));
    return reply.code(problems ? 400 : 200).view(`cases/${form}.njk`, {
      ...shown,
      form: restored ?? page.values,
      action: page.action,
      correcting: page.correcting,
      errors: problems && formErrors(problems, { anchors }),
    });
  };

  /**
   * A form's GET and POST, and with `correction` those of correcting an entry it records: `read` turns the
   * posted body into the entry's fields, or problems (`correcting`: the latest version of the entry
   * corrected, or null). A correction of no entry of the kind the user may read is not found, however the
   * form is filled in.
   */
  const journey = <E>({ url, form, empty, action, read, save, done, correction }: Journey<E>) => {
    const page = (params: Params, values: unknown, correcting: boolean): FormPage => {
      const links = paths.case(params.ref);
      const { entryId } = params;
      return {
        values,
        correcting,
        action: correcting && correction && entryId ? correction.action(links, entryId) : action(links),
      };
    };

    const submit = async (
      request: FastifyRequest<{ Params: Params; Body: Body }>,
      reply: FastifyReply,
      correcting: E | null,
    ) => {
      const { ref, entryId } = request.params;
      const by = signedIn(request);
      const plan = await services.familyWork.plan(by, ref);
      const { values, read: result } = read(request.body ?? {}, plan, correcting);
      const again = (problems: Problem[]) =>
        formPage(request, reply, form, page(request.params, values, correcting !== null), problems);
      if ('problems' in result) return again(result.problems);
      try {
        if (correcting !== null && correction && entryId)
          await correction.save(by, ref, entryId, result.entry);
        else await save(by, ref, result.entry);
      } catch (error) {
        if (error instanceof InvalidInput) return again(error.problems);
        throw error;
      }
      setFlash(request, { type: 'success', text: correcting === null ? done : 'Correction recorded' });
      return reply.redirect(paths.case(ref).familyPlan, 303);
    };

    // Each GET shows its form as typed when it was posted after the session ended.
    const kept = (fields: KeptFields, plan: FamilyPlan) => read(fields, plan, null).values;
    app.get<{ Params: Params }>(url, (request, reply) =>
      formPage(request, reply, form, { ...page(request.params, empty(), false), kept }),
    );
    app.post<{ Params: Params; Body: Body }>(url, keptIfSignedOut, (request, reply) =>
      submit(request, reply, null),
    );
    if (!correction) return;

    /** The latest version of the entry the URL names, or NotFound. */
    const corrected = (request: FastifyRequest<{ Params: Params }>) =>
      correction.find(signedIn(request), request.params.ref, request.params.entryId ?? '');
    app.get<{ Params: Params }>(correction.url, async (request, reply) => {
      const entry = await corrected(request);
      return formPage(request, reply, form, {
        ...page(request.params, correction.formOf(entry), true),
        kept,
      });
    });
    app.post<{ Params: Params; Body: Body }>(correction.url, keptIfSignedOut, async (request, reply) =>
      submit(request, reply, await corrected(request)),
    );
  };

  const today = () => toUkDate(new Date());
  journey({
    url: '/:ref/family-plan/stages/new',
    form: 'record-stage',
    empty: () => ({ person: '', stage: '', indicators: [], note: '' }),
    action: (links) => links.recordStage,
    read: (body, plan) => {
      const values = stageFormFrom(body);
      return { values, read: stageFrom(values, plan.pack) };
    },
    save: (by, ref, entry) => services.familyWork.recordStage(by, ref, entry),
    done: 'Stage of change recorded',
    correction: {
      url: '/:ref/family-plan/stages/:entryId/correct',
      find: (by, ref, entryId) => services.familyWork.toCorrect(by, ref, entryId, 'stage-of-change'),
      formOf: stageFormOf,
      action: (links, entryId) => links.correctStage(entryId),
      save: (by, ref, entryId, entry) => services.familyWork.correctStage(by, ref, entryId, entry),
    },
  });
  journey({
    url: '/:ref/family-plan/goals/new',
    form: 'set-goal',
    empty: () => ({
      person: '',
      goal: '',
      reality: '',
      options: '',
      will: '',
      due: { day: '', month: '', year: '' },
    }),
    action: (links) => links.setGoal,
    read: (body, _plan, correcting) => {
      const values = goalFormFrom(body);
      // A correction's due date is checked against the day the goal was set, not today.
      const setOn = correcting ? toUkDate(toInstant(correcting.at)) : undefined;
      return { values, read: goalFrom(values, today(), setOn) };
    },
    save: (by, ref, entry) => services.familyWork.setGoal(by, ref, entry),
    done: 'Goal set',
    correction: {
      url: '/:ref/family-plan/goals/:entryId/correct',
      find: (by, ref, entryId) => services.familyWork.toCorrect(by, ref, entryId, 'goal'),
      formOf: goalFormOf,
      action: (links, entryId) => links.correctGoal(entryId),
      save: (by, ref, entryId, entry) => services.familyWork.correctGoal(by, ref, entryId, entry),
    },
  });
  journey<never>({
    url: '/:ref/family-plan/reviews/new',
    form: 'record-plan-review',
    empty: () => ({ progress: '', goals: {}, nextReviewOn: { day: '', month: '', year: '' }, note: '' }),
    action: (links) => links.recordPlanReview,
    read: (body, plan) => {
      const values = planReviewFormFrom(
        body,
        plan.goals.map((g) => g.goal.id),
      );
      return { values, read: planReviewFrom(values, today()) };
    },
    save: (by, ref, entry) => services.familyWork.recordPlanReview(by, ref, entry),
    done: 'Plan review recorded',
  });
}
