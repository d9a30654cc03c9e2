// Planning a visit and the phone page for it: "I'm going", "I'm back safe", "Extend by 30 minutes"
// (MK 5.1.9.23–25; FV "Keeping Staff Safe"). Where the worker goes is kept in their whereabouts, never in
// the case's entries.
import type { FastifyInstance, FastifyReply, FastifyRequest } from 'fastify';
import { contingencyAsk } from '../../domain/contingency.js';
import { packFor } from '../../domain/packs/index.js';
import { toInstant, toUkLocalDateTime } from '../../domain/time.js';
import { expectedBackAfter, extensionMinutes } from '../../domain/visits.js';
import { InvalidInput, type Problem } from '../../services/errors.js';
import { clockOf } from '../forms/dates.js';
import { textOf } from '../forms/fields.js';
import { formErrors } from '../forms/errors.js';
import {
  newVisitPlanForm,
  visitPlanField,
  visitPlanFormFrom,
  visitPlanFrom,
  type VisitPlanForm,
} from '../forms/visit-plan.js';
import { setFlash } from '../flash.js';
import { paths } from '../paths.js';
import { signedIn } from '../plugins/current-user.js';
import { keptFormOf, keptIfSignedOut } from '../plugins/kept-forms.js';
import { caseHeaderWithoutTab } from '../presenters/case-header.js';
import { communicationNeedsOf } from '../presenters/communication-needs.js';
import { ukDateTime, ukTime } from '../uk-dates.js';
import type { RouteOptions } from './index.js';

type Params = { ref: string };
type VisitParams = { ref: string; visit: string };
type Body = Record<string, unknown>;

export async function visitRoutes(app: FastifyInstance, { services }: RouteOptions): Promise<void> {
  const planPage = async (
    request: FastifyRequest<{ Params: Params }>,
    reply: FastifyReply,
    form: VisitPlanForm | 'kept',
    problems?: Problem[],
  ) => {
    const by = signedIn(request);
    const planning = await services.visitPlans.planning(by, request.params.ref);
    const overview = await services.cases.overview(by, request.params.ref);
    // The GET shows the plan as typed when it was posted after the session ended (kept-forms.ts).
    const shown =
      form === 'kept'
        ? await keptFormOf(request, reply, (fields) => visitPlanFormFrom(fields, planning.questions))
        : form;
    const anchors = { due: 'due-day', lone: 'lone', managerAgreedLone: 'managerAgreedLone' };
    return reply.code(problems ? 400 : 200).view('cases/plan-visit.njk', {
      header: caseHeaderWithoutTab(overview),
      form: shown ?? newVisitPlanForm(new Date()),
      planning,
      needs: communicationNeedsOf(overview.file),
      contingency: contingencyAsk(overview.assessment.findings, packFor(overview.file.case.pack)),
      action: paths.case(overview.file.case.ref).planVisit,
      errors:
        problems &&
        formErrors(
          problems.map((p) => ({ ...p, path: visitPlanField(p.path) })),
          { anchors },
        ),
    });
  };

  app.get<{ Params: Params }>('/:ref/visits/new', (request, reply) => planPage(request, reply, 'kept'));

  app.post<{ Params: Params; Body: Body }>('/:ref/visits/new', keptIfSignedOut, async (request, reply) => {
    const { ref } = request.params;
    const by = signedIn(request);
    const { questions } = await services.visitPlans.planning(by, ref);
    const form = visitPlanFormFrom(request.body ?? {}, questions);
    const read = visitPlanFrom(form);
    try {
      const plan = await services.visitPlans.plan(by, ref, read.input);
      setFlash(request, {
        type: 'success',
        text: 'Visit planned. When you leave for it, press “I’m going”.',
      });
      return await reply.redirect(paths.case(ref).visit(plan.id), 303);
    } catch (error) {
      if (!(error instanceof InvalidInput)) throw error;
      // The form's own problems first; the service's about the times only where the form found none.
      const said = new Set(read.problems.map((p) => (p.path === 'due-time' ? 'due' : p.path)));
      const rest = error.problems.filter((p) => !said.has(p.path));
      return planPage(request, reply, form, [...read.problems, ...rest]);
    }
  });

  const visitPage = async (
    request: FastifyRequest<{ Params: VisitParams }>,
    reply: FastifyReply,
    form: { where: string; backTime: string } | null,
    problems?: Problem[],
  ) => {
    const by = signedIn(request);
    const { ref, visit } = request.params;
    const view = await services.visits.visit(by, ref, visit);
    const overview = await services.cases.overview(by, ref);
    const planned = view.plan.expectedBack ? toInstant(view.plan.expectedBack) : null;
    const links = paths.case(overview.file.case.ref);
    return reply.code(problems ? 400 : 200).view('cases/visit.njk', {
      header: caseHeaderWithoutTab(overview),
      view,
      due: ukDateTime(view.plan.due),
      plannedBack: planned ? ukTime(planned) : null,
      expectedBack: view.out ? ukTime(view.out.expectedBack) : null,
      since: view.out ? ukTime(view.out.since) : null,
      backAt: view.backAt ? ukTime(view.backAt) : null,
      form: form ?? { where: '', backTime: planned && planned > new Date() ? ukTime(planned) : '' },
      extensionMinutes,
      actions: {
        checkOut: links.checkOut(visit),
        checkIn: links.checkIn(visit),
        extend: links.extendVisit(visit),
      },
      errors:
        problems &&
        formErrors(problems.map((p) => ({ ...p, path: p.path === 'expectedBack' ? 'back-time' : p.path }))),
    });
  };

  app.get<{ Params: VisitParams }>('/:ref/visits/:visit', (request, reply) =>
    visitPage(request, reply, null),
  );

  app.post<{ Params: VisitParams; Body: Body }>('/:ref/visits/:visit/check-out', async (request, reply) => {
    const { ref, visit } = request.params;
    const body = request.body ?? {};
    const form = { where: textOf(body.where), backTime: textOf(body['back-time']) };
    const problems: Problem[] = [];
    if (!form.where) problems.push({ path: 'where', message: 'Enter where you are going' });
    const clock = clockOf(form.backTime);
    if (!clock)
      problems.push({ path: 'back-time', message: 'Enter the time you expect to be back, like 15:30' });
    if (problems.length > 0 || !clock) return visitPage(request, reply, form, problems);
    const now = toUkLocalDateTime(new Date());
    // Out at 23:40 and back at 00:30 is back tomorrow (expectedBackAfter); a time already gone is refused.
    const expectedBack = expectedBackAfter(now, clock);
    const tomorrow = expectedBack.slice(0, 10) !== now.slice(0, 10);
    try {
      await services.visits.checkOut(signedIn(request), ref, visit, { where: form.where, expectedBack });
    } catch (error) {
      if (error instanceof InvalidInput) return visitPage(request, reply, form, error.problems);
      throw error;
    }
    setFlash(request, {
      type: 'success',
      text: `You are checked out. Press “I’m back safe” when you are back: if you are not back by ${clock}${tomorrow ? ' tomorrow' : ''}, your manager and the duty contact will be told.`,
    });
    return reply.redirect(paths.case(ref).visit(visit), 303);
  });

  app.post<{ Params: VisitParams }>('/:ref/visits/:visit/check-in', async (request, reply) => {
    const { ref, visit } = request.params;
    try {
      await services.visits.checkIn(signedIn(request), ref, visit);
    } catch (error) {
      if (error instanceof InvalidInput) return visitPage(request, reply, null, error.problems);
      throw error;
    }
    setFlash(request, { type: 'success', text: 'You are back safe. Thank you for checking in.' });
    return reply.redirect(paths.case(ref).visit(visit), 303);
  });

  app.post<{ Params: VisitParams }>('/:ref/visits/:visit/extend', async (request, reply) => {
    const { ref, visit } = request.params;
    try {
      const entry = await services.visits.extend(signedIn(request), ref, visit);
      const back = entry.kind === 'check-out' && entry.expectedBack ? ukTime(entry.expectedBack) : '';
      setFlash(request, { type: 'success', text: `Extended: you are now expected back by ${back}.` });
    } catch (error) {
      if (error instanceof InvalidInput) return visitPage(request, reply, null, error.problems);
      throw error;
    }
    return reply.redirect(paths.case(ref).visit(visit), 303);
  });
}
