// Meetings: arranging one, recording one (its decision's next steps added as actions, MK 5.1.23–26),
// correcting one from the chronology, marking its actions done, and the printable meeting pack to take to one.
import type { FastifyInstance, FastifyReply, FastifyRequest } from 'fastify';
import { planLabels } from '../../domain/labels.js';
import { packFor } from '../../domain/packs/index.js';
import { InvalidInput, type Problem } from '../../services/errors.js';
import { formErrors } from '../forms/errors.js';
import {
  meetingFieldOf,
  meetingFormFrom,
  meetingFormOf,
  meetingFrom,
  newMeetingForm,
  withAnotherAction,
  type MeetingForm,
} from '../forms/meeting.js';
import { setFlash } from '../flash.js';
import { paths } from '../paths.js';
import { signedIn, signedInActor } from '../plugins/current-user.js';
import { keptFormOf, keptIfSignedOut } from '../plugins/kept-forms.js';
import { caseHeaderWithoutTab } from '../presenters/case-header.js';
import { choiceSets, meetingFormChoices } from '../presenters/meeting-actions.js';
import { presentMeetingPack } from '../presenters/meeting-pack.js';
import { actionOwnersLines, meetingArrangedFlash } from '../presenters/told.js';
import { asRestrictionBoxesProblem, restrictOptionsOf } from '../presenters/restrictions.js';
import { ukDate, ukDateTime } from '../uk-dates.js';
import { meetingTypesOf } from '../../domain/meetings.js';
import { toInstant } from '../../domain/time.js';
import {
  newScheduleMeetingForm,
  scheduleMeetingFormFrom,
  scheduledMeetingFrom,
  type ScheduleMeetingForm,
} from '../forms/schedule-meeting.js';
import { paginationOf } from '../presenters/pagination.js';
import type { RouteOptions } from './index.js';

/**
 * `meeting`: the meeting being corrected, on the correction's pages (named as in the action routes, which
 * share the path's place: the router keeps one name for a parameter in one place).
 */
type Params = { ref: string; meeting?: string };
type Body = Record<string, unknown>;

export async function meetingRoutes(app: FastifyInstance, { services }: RouteOptions): Promise<void> {
  const choicesFor = async (request: FastifyRequest<{ Params: Params }>) => {
    const overview = await services.cases.overview(signedIn(request), request.params.ref);
    const pack = packFor(overview.file.case.pack);
    return { overview, pack, choices: meetingFormChoices(overview.file, pack, signedInActor(request)) };
  };

  const page = async (
    request: FastifyRequest<{ Params: Params }>,
    reply: FastifyReply,
    form: MeetingForm | null,
    problems?: Problem[],
  ) => {
    const { ref, meeting: entryId } = request.params;
    // Asked first: a meeting this user may not correct (none on the case, one they may not read, a case they
    // may not write to) is not found.
    const correcting = entryId ? await services.meetings.toCorrect(signedIn(request), ref, entryId) : null;
    const { overview, choices } = await choicesFor(request);
    const links = paths.case(overview.file.case.ref);
    const anchors: Record<string, string> = {
      at: 'at-day',
      type: 'type',
      attendees: 'attendees',
      parentsExcluded: 'parentsExcluded',
      decision: 'decision',
    };
    for (const { path } of problems ?? []) if (path.endsWith('-due')) anchors[path] = `${path}-day`;
    return reply.code(problems ? 400 : 200).view('cases/record-meeting.njk', {
      header: caseHeaderWithoutTab(overview),
      form: form ?? (correcting ? meetingFormOf(correcting) : newMeetingForm(new Date())),
      correcting,
      choices,
      restrictOptions: restrictOptionsOf(overview.file),
      action: entryId ? links.correctMeeting(entryId) : links.recordMeeting,
      errors: problems && formErrors(problems, { anchors }),
    });
  };

  // From a meeting arranged earlier (`?arranged=ID`), the form starts with its type and, once it has
  // begun, its date and time.
  app.get<{ Params: Params; Querystring: { arranged?: string } }>(
    '/:ref/meetings/new',
    async (request, reply) => {
      const kept = await keptFormOf(request, reply, meetingFormFrom);
      if (kept) return page(request, reply, kept);
      const now = new Date();
      const arranged = request.query.arranged
        ? (await services.meetings.scheduled(signedIn(request), request.params.ref, now)).find(
            (meeting) => meeting.id === request.query.arranged,
          )
        : undefined;
      if (!arranged) return page(request, reply, null);
      const started = toInstant(arranged.due).getTime() <= now.getTime();
      return page(request, reply, {
        ...newMeetingForm(started ? toInstant(arranged.due) : now),
        type: arranged.type,
        attendees: arranged.invited,
      });
    },
  );

  // Records a meeting, or corrects one (with `meeting`): a correction's rows of actions that held the
  // meeting's actions must stay filled in, each in its place (an action update names an action by it).
  const save = async (request: FastifyRequest<{ Params: Params; Body: Body }>, reply: FastifyReply) => {
    const { ref, meeting: entryId } = request.params;
    const by = signedIn(request);
    const body = request.body ?? {};
    const form = meetingFormFrom(body);
    // A correction of no meeting the user may correct is not found, however the form is filled in.
    const correcting = entryId ? await services.meetings.toCorrect(by, ref, entryId) : null;
    if (body.addAction !== undefined) return page(request, reply, withAnotherAction(form));
    const { choices } = await choicesFor(request);
    const read = meetingFrom(form, new Date(), choiceSets(choices), correcting?.actions?.length ?? 0);
    if ('problems' in read) return page(request, reply, form, read.problems);
    try {
      const { entry, added } = entryId
        ? await services.meetings.correct(by, ref, entryId, read.entry)
        : await services.meetings.record(by, ref, read.entry);
      const lines = actionOwnersLines(await services.told.of(by, ref, entry.id));
      const steps = added.map((action) => `${action.what}, due ${action.due ? ukDate(action.due) : 'soon'}`);
      const addedText = steps.length
        ? ` From the decision, ${steps.length === 1 ? 'this next step was' : 'these next steps were'} added as your actions: ${steps.join('; ')}.`
        : '';
      setFlash(request, {
        type: 'success',
        text: entryId ? `Correction recorded.${addedText}` : `Meeting recorded.${addedText}`,
        ...(lines.length > 0 ? { lines } : {}),
      });
    } catch (error) {
      if (!(error instanceof InvalidInput)) throw error;
      return page(
        request,
        reply,
        form,
        error.problems
          .map(asRestrictionBoxesProblem)
          .map((p) => ({ ...p, path: meetingFieldOf(p.path, read.rows) })),
      );
    }
    return reply.redirect(paths.case(ref).chronology, 303);
  };

  app.post<{ Params: Params; Body: Body }>('/:ref/meetings/new', keptIfSignedOut, save);
  app.get<{ Params: Params }>('/:ref/meetings/:meeting/correct', async (request, reply) =>
    page(request, reply, await keptFormOf(request, reply, meetingFormFrom)),
  );
  app.post<{ Params: Params; Body: Body }>('/:ref/meetings/:meeting/correct', keptIfSignedOut, save);

  const schedulePage = async (
    request: FastifyRequest<{ Params: Params }>,
    reply: FastifyReply,
    form: ScheduleMeetingForm | null,
    problems?: Problem[],
  ) => {
    const overview = await services.cases.overview(signedIn(request), request.params.ref);
    const pack = packFor(overview.file.case.pack);
    const agencies = overview.file.agencies.map((agency) => ({ value: agency.ref, text: agency.name }));
    return reply.code(problems ? 400 : 200).view('cases/schedule-meeting.njk', {
      header: caseHeaderWithoutTab(overview),
      form: form ?? newScheduleMeetingForm(agencies.map((agency) => agency.value)),
      types: meetingTypesOf(pack).map(({ type, name }) => ({ value: type, text: name })),
      agencies,
      packName: pack.name,
      action: paths.case(overview.file.case.ref).scheduleMeeting,
      errors:
        problems && formErrors(problems, { anchors: { at: 'at-day', type: 'type', invited: 'invited' } }),
    });
  };

  app.get<{ Params: Params }>('/:ref/meetings/arrange', (request, reply) =>
    schedulePage(request, reply, null),
  );

  app.post<{ Params: Params; Body: Body }>('/:ref/meetings/arrange', async (request, reply) => {
    const { ref } = request.params;
    const form = scheduleMeetingFormFrom(request.body ?? {});
    const overview = await services.cases.overview(signedIn(request), ref);
    const pack = packFor(overview.file.case.pack);
    const read = scheduledMeetingFrom(
      form,
      {
        types: meetingTypesOf(pack).map(({ type }) => type),
        agencies: overview.file.agencies.map((agency) => agency.ref),
      },
      new Date(),
    );
    if ('problems' in read) return schedulePage(request, reply, form, read.problems);
    try {
      const entry = await services.meetings.schedule(signedIn(request), ref, read.entry);
      const due = entry.kind === 'meeting-scheduled' ? ` for ${ukDateTime(entry.due)}` : '';
      setFlash(request, meetingArrangedFlash(due, await services.told.of(signedIn(request), ref, entry.id)));
    } catch (error) {
      if (error instanceof InvalidInput) return schedulePage(request, reply, form, error.problems);
      throw error;
    }
    return reply.redirect(paths.case(ref).overview, 303);
  });

  // Marks an action done (done=true) or reopens it (done=false), then goes back to where the button was:
  // the worker's task list (from=tasks) or the case overview.
  app.post<{ Params: { ref: string; meeting: string; index: string }; Body: Body }>(
    '/:ref/meetings/:meeting/actions/:index',
    async (request, reply) => {
      const { ref, meeting, index } = request.params;
      const body = request.body ?? {};
      const back = body.from === 'tasks' ? paths.tasks : paths.case(ref).overview;
      if (!/^\d{1,4}$/.test(index) || (body.done !== 'true' && body.done !== 'false')) {
        setFlash(request, { text: 'That action could not be updated: use its Mark as done button.' });
        return reply.redirect(back, 303);
      }
      const done = body.done === 'true';
      try {
        const { action } = await services.meetings.updateAction(signedIn(request), ref, {
          meeting,
          index: Number(index),
          done,
        });
        setFlash(request, {
          type: 'success',
          text: done ? `Marked as done: ${action.what}.` : `Reopened: ${action.what}.`,
        });
      } catch (error) {
        if (!(error instanceof InvalidInput)) throw error;
        setFlash(request, { text: error.problems.map((problem) => problem.message).join('; ') });
      }
      return reply.redirect(back, 303);
    },
  );

  app.get<{ Params: Params; Querystring: { page?: string; whole?: string } }>(
    '/:ref/meeting-pack',
    async (request, reply) => {
      const now = new Date();
      const overview = await services.cases.overview(signedIn(request), request.params.ref, now, {
        chronology: {},
      });
      const pack = packFor(overview.file.case.pack);
      const whole = request.query.whole === 'yes';
      const meetingPack = presentMeetingPack(
        overview,
        overview.chronology ?? [],
        pack,
        planLabels[overview.file.case.plan],
        now,
        { ...(request.query.page ? { page: request.query.page } : {}), whole },
      );
      const links = paths.case(overview.file.case.ref);
      return reply.view('cases/meeting-pack.njk', {
        header: caseHeaderWithoutTab(overview),
        meetingPack,
        whole,
        wholeHref: `${links.meetingPack}?whole=yes`,
        pagination: whole
          ? undefined
          : paginationOf(
              meetingPack.shown.page,
              meetingPack.shown.pages,
              (page) => `${links.meetingPack}?page=${page}#pack-chronology`,
              'Pages of the engagement chronology',
            ),
        preparedAt: now,
      });
    },
  );
}
