// "Worried about engagement?": a short guided flow from the case's pack (FV flowchart; MK 5.1.9.1–4;
// BEF 11.2), one question per page. Each answer is saved as it is given, so the worker can come back to
// where they were; "Check your answers" records the entries the answers imply, and the last page shows
// them and what is due next. Anyone who may write on the case may use it; anyone else gets "Page not found".
import type { FastifyInstance, FastifyReply, FastifyRequest } from 'fastify';
import type { GuideQuestion } from '../../domain/packs/index.js';
import { previousQuestion } from '../../domain/guide.js';
import { InvalidInput, NotFound, type Problem } from '../../services/errors.js';
import type { GuideState } from '../../services/guide.js';
import { formErrors } from '../forms/errors.js';
import { listOf, textOf } from '../forms/fields.js';
import { paths } from '../paths.js';
import { signedIn } from '../plugins/current-user.js';
import { caseHeader } from '../presenters/case-header.js';
import {
  checkRows,
  dueSteps,
  noAgency,
  questionPage,
  recordedEntries,
  willRecord,
} from '../presenters/guide.js';
import type { RouteOptions } from './index.js';

type Params = { ref: string };
type QuestionParams = Params & { question: string };
type Body = Record<string, unknown>;

export async function guideRoutes(app: FastifyInstance, { services }: RouteOptions): Promise<void> {
  const header = async (request: FastifyRequest<{ Params: Params }>) =>
    caseHeader(await services.cases.overview(signedIn(request), request.params.ref), 'guide');

  /** Where the worker goes on from here: the next question, or "Check your answers" once there is none. */
  const onwards = (ref: string, state: GuideState) =>
    state.path.next ? paths.case(ref).guideQuestion(state.path.next.id) : paths.case(ref).guideCheck;

  const context = (state: GuideState) => ({ agencies: state.agencies.map((agency) => agency.ref) });

  const showQuestion = async (
    request: FastifyRequest<{ Params: QuestionParams }>,
    reply: FastifyReply,
    state: GuideState,
    question: GuideQuestion,
    value: string,
    problems?: Problem[],
  ) => {
    const { ref } = request.params;
    const before = previousQuestion(state.pack.guide, state.answers, context(state), question.id);
    const back = before ? paths.case(ref).guideQuestion(before.id) : paths.case(ref).guide;
    return reply.code(problems ? 400 : 200).view('cases/guide-question.njk', {
      header: await header(request),
      question: questionPage(ref, state, question, value, back),
      errors: problems && formErrors(problems),
    });
  };

  app.get<{ Params: Params }>('/:ref/worried', async (request, reply) => {
    const { ref } = request.params;
    const state = await services.guide.state(signedIn(request), ref);
    return reply.view('cases/guide-start.njk', {
      header: await header(request),
      intro: state.pack.guide.intro,
      procedure: state.pack.name,
      started: state.path.answered.length > 0,
      startedAt: state.startedAt,
      href: onwards(ref, state),
    });
  });

  app.get<{ Params: QuestionParams }>('/:ref/worried/questions/:question', async (request, reply) => {
    const { ref, question: id } = request.params;
    const state = await services.guide.state(signedIn(request), ref);
    const question = state.pack.guide.questions.find((q) => q.id === id);
    if (!question) throw new NotFound(`guide question ${id}`);
    const reachable =
      state.path.next?.id === id || state.path.answered.some((step) => step.question.id === id);
    // A question not reached yet (an old bookmark, a changed answer) sends the worker to where they are.
    if (!reachable) return reply.redirect(onwards(ref, state), 303);
    return showQuestion(request, reply, state, question, state.answers[id] ?? '');
  });

  app.post<{ Params: QuestionParams; Body: Body }>(
    '/:ref/worried/questions/:question',
    async (request, reply) => {
      const { ref, question: id } = request.params;
      const state = await services.guide.state(signedIn(request), ref);
      const question = state.pack.guide.questions.find((q) => q.id === id);
      if (!question) throw new NotFound(`guide question ${id}`);
      const { answer, shown, problem } = posted(question, request.body ?? {});
      if (problem) return showQuestion(request, reply, state, question, shown, [problem]);
      try {
        const after = await services.guide.answer(signedIn(request), ref, id, answer);
        return reply.redirect(onwards(ref, after), 303);
      } catch (error) {
        if (error instanceof InvalidInput)
          return showQuestion(request, reply, state, question, shown, error.problems);
        throw error;
      }
    },
  );

  const showCheck = async (
    request: FastifyRequest<{ Params: Params }>,
    reply: FastifyReply,
    state: GuideState,
    problems?: Problem[],
  ) => {
    const { ref } = request.params;
    const last = state.path.answered.at(-1);
    return reply.code(problems ? 400 : 200).view('cases/guide-check.njk', {
      header: await header(request),
      rows: checkRows(ref, state),
      willRecord: willRecord(state),
      action: paths.case(ref).guideCheck,
      back: last ? paths.case(ref).guideQuestion(last.question.id) : paths.case(ref).guide,
      errors: problems && formErrors(problems),
    });
  };

  app.get<{ Params: Params }>('/:ref/worried/check', async (request, reply) => {
    const { ref } = request.params;
    const state = await services.guide.state(signedIn(request), ref);
    if (state.path.next || state.path.answered.length === 0) return reply.redirect(onwards(ref, state), 303);
    return showCheck(request, reply, state);
  });

  app.post<{ Params: Params }>('/:ref/worried/check', async (request, reply) => {
    const { ref } = request.params;
    try {
      const record = await services.guide.complete(signedIn(request), ref);
      return reply.redirect(paths.case(ref).guideRecorded(record.runId), 303);
    } catch (error) {
      if (!(error instanceof InvalidInput)) throw error;
      const state = await services.guide.state(signedIn(request), ref);
      if (state.path.next) return reply.redirect(onwards(ref, state), 303);
      return showCheck(request, reply, state, error.problems);
    }
  });

  app.get<{ Params: Params & { run: string } }>('/:ref/worried/recorded/:run', async (request, reply) => {
    const { ref, run } = request.params;
    if (!/^\d{1,15}$/.test(run)) throw new NotFound(`guide run ${run}`);
    const by = signedIn(request);
    const record = await services.guide.recorded(by, ref, Number(run));
    return reply.view('cases/guide-recorded.njk', {
      header: await header(request),
      entries: recordedEntries(ref, record.entries, record.told),
      due: dueSteps(record.due),
      links: paths.case(ref),
    });
  });
}

/** The answer a question's form posted, what to show again if it is refused, and the problem, if any. */
function posted(question: GuideQuestion, body: Body): { answer: string; shown: string; problem?: Problem } {
  if (question.kind === 'agencies') {
    const ticked = listOf(body.answer);
    const agencies = ticked.filter((value) => value !== noAgency);
    const shown = ticked.includes(noAgency) && agencies.length === 0 ? noAgency : agencies.join(',');
    if (ticked.length === 0)
      return {
        answer: '',
        shown,
        problem: {
          path: 'answer',
          message: 'Select the agencies that need to know, or select ‘None of them’',
        },
      };
    if (agencies.length > 0 && ticked.includes(noAgency))
      return {
        answer: '',
        shown,
        problem: { path: 'answer', message: 'Select the agencies, or select ‘None of them’, not both' },
      };
    return { answer: agencies.join(','), shown };
  }
  const answer = textOf(body.answer);
  if (!answer && question.kind !== 'text')
    return {
      answer,
      shown: answer,
      problem: {
        path: 'answer',
        message: question.kind === 'yes-no' ? 'Select yes or no' : 'Select an answer',
      },
    };
  return { answer, shown: answer };
}
