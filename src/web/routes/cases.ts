// Cases: my list, creating one, its overview, and the agencies around the family.
import type { FastifyInstance, FastifyReply, FastifyRequest } from 'fastify';
import { plans } from '../../domain/vocabularies.js';
import { packFor } from '../../domain/packs/index.js';
import { InvalidInput, NotFound, type Problem } from '../../services/errors.js';
import { worksCases } from '../../domain/policy.js';
import { formErrors } from '../forms/errors.js';
import { dateFrom, datePartsFrom } from '../forms/dates.js';
import { setFlash } from '../flash.js';
import { paths } from '../paths.js';
import { signedIn, signedInActor } from '../plugins/current-user.js';
import { caseHeader } from '../presenters/case-header.js';
import { presentCaseRows } from '../presenters/case-list.js';
import { pageNumberOf, paginationOf } from '../presenters/pagination.js';
import { correctableKinds, listedEntries, presentListed } from '../presenters/chronology.js';
import { presentFindings, presentStage } from '../presenters/findings.js';
import { presentActions, presentArrangedMeetings } from '../presenters/meeting-actions.js';
import { meetingActions, scheduledMeetings } from '../../domain/meetings.js';
import { toUkDate } from '../../domain/time.js';
import { latestManagerDiscussion, stageLinks } from '../presenters/pathway.js';
import type { RouteOptions } from './index.js';
import { textOf } from '../forms/fields.js';

type Body = Record<string, unknown>;
type WithRef = { Params: { ref: string } };

export async function caseRoutes(app: FastifyInstance, { services }: RouteOptions): Promise<void> {
  app.get<{ Querystring: { page?: string } }>('/', async (request, reply) => {
    const shown = await services.cases.mine(signedInActor(request), pageNumberOf(request.query.page));
    return reply.view('cases/list.njk', {
      cases: presentCaseRows(shown.items),
      shown,
      pagination: paginationOf(
        shown.page,
        shown.pageCount,
        (page) => `${paths.cases.list}?page=${page}`,
        'Pages of your cases',
      ),
    });
  });

  const newCasePage = async (
    request: FastifyRequest,
    reply: FastifyReply,
    values: Body,
    problems?: Problem[],
  ) => {
    const actor = signedInActor(request);
    // A partnership-admin or an auditor opens no case, so creates none either.
    if (!worksCases(actor)) throw new NotFound('case creation');
    const agencies = (await services.cases.agencies(actor)).filter(
      (agency) => agency.ref !== actor.agencyRef,
    );
    const errors =
      problems &&
      formErrors(problems, {
        anchors: {
          plan: 'plan',
          openedOn: 'openedOn-day',
          nextReviewOn: 'nextReviewOn-day',
          agencies: 'agencies',
        },
      });
    return reply.code(problems ? 400 : 200).view('cases/new.njk', { values, errors, agencies, plans });
  };

  app.get('/new', (request, reply) => newCasePage(request, reply, {}));

  app.post<{ Body: Body }>('/new', async (request, reply) => {
    if (!worksCases(signedInActor(request))) throw new NotFound('case creation');
    const body = request.body ?? {};
    const problems: Problem[] = [];
    const text = (name: string) => textOf(body[name]);
    if (!text('ref')) problems.push({ path: 'ref', message: 'Enter the family reference' });
    if (!text('plan')) problems.push({ path: 'plan', message: 'Select the plan the children are on' });
    const openedOn = dateFrom(
      datePartsFrom(body, 'openedOn'),
      'openedOn',
      'the date the case opened',
      problems,
    );
    if (!openedOn && !problems.some((p) => p.path === 'openedOn')) {
      problems.push({ path: 'openedOn', message: 'Enter the date the case opened' });
    }
    const nextReviewOn = dateFrom(
      datePartsFrom(body, 'nextReviewOn'),
      'nextReviewOn',
      'the next review date',
      problems,
    );
    const agencies = ([] as unknown[])
      .concat(body.agencies ?? [])
      .filter((a): a is string => typeof a === 'string');
    if (problems.length > 0) return newCasePage(request, reply, body, problems);
    try {
      const created = await services.cases.create(signedIn(request), {
        ref: text('ref'),
        plan: text('plan'),
        openedOn,
        ...(nextReviewOn ? { nextReviewOn } : {}),
        agencies,
      });
      setFlash(request, {
        type: 'success',
        text: `Case ${created.ref} created. Add the children and adults next.`,
      });
      return reply.redirect(paths.case(created.ref).people, 303);
    } catch (error) {
      if (error instanceof InvalidInput) return newCasePage(request, reply, body, friendlier(error.problems));
      throw error;
    }
  });

  app.get<WithRef>('/:ref', async (request, reply) => {
    const overview = await services.cases.overview(signedIn(request), request.params.ref, new Date(), {
      chronology: {},
    });
    const actor = signedInActor(request);
    const chronology = overview.chronology ?? [];
    const mayRecordManagerDiscussion = await services.managerDiscussions.mayRecord(actor, request.params.ref);
    const correctable = correctableKinds(mayRecordManagerDiscussion);
    const latest = presentListed(listedEntries(chronology).slice(0, 5), overview.file, correctable);
    const pack = packFor(overview.file.case.pack);
    return reply.view('cases/overview.njk', {
      header: caseHeader(overview, 'overview'),
      overview,
      pack,
      stage: presentStage(overview.assessment.stage, pack, stageLinks(overview, new Date())),
      findings: presentFindings(overview.assessment.findings, pack, overview.file),
      latest,
      links: paths.case(overview.file.case.ref),
      meetingActions: presentActions(
        meetingActions(overview.file.entries, toUkDate(new Date())),
        overview.file,
        pack,
      ),
      arrangedMeetings: presentArrangedMeetings(
        scheduledMeetings(overview.file.entries, new Date()),
        overview.file,
        pack,
      ),
      managerDiscussion: latestManagerDiscussion(overview.file),
      mayRecordManagerDiscussion,
    });
  });
}

/** The service speaks the format's language; the form speaks the user's. */
function friendlier(problems: Problem[]): Problem[] {
  const messages: Record<string, string> = {
    ref: 'Family reference must be letters, numbers, dots, dashes or underscores, up to 64 characters',
    plan: 'Select the plan the children are on',
  };
  return problems.map((p) =>
    p.message === 'A case with this reference already exists'
      ? p
      : { ...p, message: messages[p.path] ?? p.message },
  );
}
