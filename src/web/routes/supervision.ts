// Supervision of a worker by their manager (MK 5.1.9.5, 5.1.9.23; SX 1.7.17–18): choose the worker and the
// cases, answer each case's questions with its findings beside them (saved as you go, so a session can be
// left and resumed), then complete it, which records a `supervision` entry on each case. For the worker's
// managers only; anyone else gets "Page not found".
import type { FastifyInstance, FastifyReply, FastifyRequest } from 'fastify';
import { InvalidInput, NotFound, type Problem } from '../../services/errors.js';
import type { SupervisionCase } from '../../services/supervision.js';
import { formErrors } from '../forms/errors.js';
import { listOf, textOf } from '../forms/fields.js';
import { setFlash } from '../flash.js';
import { paths } from '../paths.js';
import { signedIn } from '../plugins/current-user.js';
import { keptFormOf, keptIfSignedOut } from '../plugins/kept-forms.js';
import { severityTags } from '../presenters/findings.js';
import { caseWithChildren } from '../presenters/names.js';
import { answerField, caseProgress, questionSections } from '../presenters/supervision.js';
import type { RouteOptions } from './index.js';

type Session = { id: string };
type CaseParams = Session & { ref: string };
type Body = Record<string, unknown>;

const sessionId = (value: string): number => {
  if (!/^\d{1,12}$/.test(value)) throw new NotFound(`supervision ${value}`);
  return Number(value);
};

/** The answers to the case's questions (question id → text) as the form posted them, or as it was kept. */
const answersIn = (discussed: SupervisionCase, fields: Body): Record<string, string> =>
  Object.fromEntries(
    discussed.questions.map((q) => {
      const typed = fields[answerField(q.id)];
      return [q.id, typeof typed === 'string' ? typed : ''];
    }),
  );

export async function supervisionRoutes(app: FastifyInstance, { services }: RouteOptions): Promise<void> {
  const startPage = async (
    request: FastifyRequest,
    reply: FastifyReply,
    workerId: string,
    chosen: string[],
    problems?: Problem[],
  ) => {
    const by = signedIn(request);
    if (by.actor.role !== 'manager') throw new NotFound('supervision');
    const workers = await services.supervision.supervisees(by.actor);
    const worker = workers.find((w) => String(w.id) === workerId);
    const cases = worker ? await services.supervision.casesOf(by, worker.id) : [];
    return reply.code(problems ? 400 : 200).view('team/supervision-start.njk', {
      workers,
      worker,
      cases: cases.map((c) => ({
        ...c,
        label: caseWithChildren(c.ref, c.children),
        tag: c.worstSeverity ? severityTags[c.worstSeverity] : null,
        checked: chosen.includes(c.ref),
      })),
      errors: problems && formErrors(problems, { anchors: { cases: 'cases', worker: 'worker' } }),
    });
  };

  app.get<{ Querystring: { worker?: string } }>('/new', (request, reply) =>
    startPage(request, reply, textOf(request.query.worker), []),
  );

  app.post<{ Body: Body }>('/new', async (request, reply) => {
    const body = request.body ?? {};
    const worker = textOf(body.worker);
    const cases = listOf(body.cases);
    if (!/^\d+$/.test(worker))
      return startPage(request, reply, '', [], [{ path: 'worker', message: 'Select the worker' }]);
    try {
      const { id } = await services.supervision.start(signedIn(request), { worker: Number(worker), cases });
      return reply.redirect(paths.supervision.session(id), 303);
    } catch (error) {
      if (error instanceof InvalidInput) return startPage(request, reply, worker, cases, error.problems);
      throw error;
    }
  });

  const sessionPage = async (
    request: FastifyRequest<{ Params: Session }>,
    reply: FastifyReply,
    problems?: Problem[],
  ) => {
    const record = await services.supervision.record(signedIn(request), sessionId(request.params.id));
    return reply.code(problems ? 400 : 200).view('team/supervision.njk', {
      record,
      cases: caseProgress(record),
      errors:
        problems &&
        formErrors(problems, {
          anchors: Object.fromEntries(record.cases.map((c) => [c.ref, `case-${c.ref}`])),
        }),
    });
  };

  app.get<{ Params: Session }>('/:id', (request, reply) => sessionPage(request, reply));

  app.post<{ Params: Session }>('/:id/complete', async (request, reply) => {
    const id = sessionId(request.params.id);
    try {
      const record = await services.supervision.complete(signedIn(request), id);
      const n = record.cases.length;
      setFlash(request, {
        type: 'success',
        text: `Supervision of ${record.worker.name} recorded on ${n} ${n === 1 ? 'case' : 'cases'}.`,
      });
      return reply.redirect(paths.supervision.session(id), 303);
    } catch (error) {
      if (error instanceof InvalidInput) return sessionPage(request, reply, error.problems);
      throw error;
    }
  });

  const casePage = async (
    request: FastifyRequest<{ Params: CaseParams }>,
    reply: FastifyReply,
    typed: Record<string, string> | 'kept',
    problems?: Problem[],
  ) => {
    const record = await services.supervision.record(signedIn(request), sessionId(request.params.id));
    const discussed = record.cases.find((c) => c.ref === request.params.ref);
    if (!discussed) throw new NotFound(`case ${request.params.ref}`);
    const position = record.cases.indexOf(discussed);
    // The GET shows the answers as typed when they were posted after the session ended (kept-forms.ts),
    // unless the supervision has been completed since: its answers can no longer be changed.
    const shown =
      typed !== 'kept'
        ? typed
        : record.completedAt
          ? null
          : await keptFormOf(request, reply, (fields) => answersIn(discussed, fields));
    return reply.code(problems ? 400 : 200).view('team/supervision-case.njk', {
      record,
      discussed,
      sections: questionSections(discussed, shown ?? undefined),
      next: record.cases[position + 1]?.ref ?? null,
      errors:
        problems &&
        formErrors(problems.map((p) => ({ ...p, path: answerField(p.path.replace(/^answers\./, '')) }))),
    });
  };

  app.get<{ Params: CaseParams }>('/:id/cases/:ref', (request, reply) => casePage(request, reply, 'kept'));

  app.post<{ Params: CaseParams; Body: Body }>('/:id/cases/:ref', keptIfSignedOut, async (request, reply) => {
    const id = sessionId(request.params.id);
    const { ref } = request.params;
    const by = signedIn(request);
    const record = await services.supervision.record(by, id);
    const discussed = record.cases.find((c) => c.ref === ref);
    if (!discussed) throw new NotFound(`case ${ref}`);
    const body = request.body ?? {};
    const given = answersIn(discussed, body);
    try {
      await services.supervision.answer(by, id, ref, given);
    } catch (error) {
      if (error instanceof InvalidInput) return casePage(request, reply, given, error.problems);
      throw error;
    }
    const next = textOf(body.next);
    setFlash(request, { type: 'success', text: `Answers saved for case ${ref}.` });
    const onwards = record.cases.some((c) => c.ref === next)
      ? paths.supervision.case(id, next)
      : paths.supervision.session(id);
    return reply.redirect(onwards, 303);
  });
}
