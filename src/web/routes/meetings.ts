// Meetings: recording one (its decision's next steps added as actions, MK 5.1.23–26), and the printable
// meeting pack to take to one.
import type { FastifyInstance, FastifyReply, FastifyRequest } from 'fastify';
import { planLabels } from '../../domain/labels.js';
import { packFor } from '../../domain/packs/index.js';
import { InvalidInput, type Problem } from '../../services/errors.js';
import { formErrors } from '../forms/errors.js';
import {
  meetingFieldOf,
  meetingFormFrom,
  meetingFrom,
  newMeetingForm,
  withAnotherAction,
  type MeetingForm,
} from '../forms/meeting.js';
import { setFlash } from '../flash.js';
import { paths } from '../paths.js';
import { signedIn, signedInActor } from '../plugins/current-user.js';
import { caseHeaderWithoutTab } from '../presenters/case-header.js';
import { choiceSets, meetingFormChoices } from '../presenters/meeting-actions.js';
import { presentMeetingPack } from '../presenters/meeting-pack.js';
import { ukDate } from '../uk-dates.js';
import type { RouteOptions } from './index.js';

type Params = { ref: string };
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
    const { overview, choices } = await choicesFor(request);
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
      form: form ?? newMeetingForm(new Date()),
      choices,
      action: paths.case(overview.file.case.ref).recordMeeting,
      errors: problems && formErrors(problems, { anchors }),
    });
  };

  app.get<{ Params: Params }>('/:ref/meetings/new', (request, reply) => page(request, reply, null));

  app.post<{ Params: Params; Body: Body }>('/:ref/meetings/new', async (request, reply) => {
    const body = request.body ?? {};
    const form = meetingFormFrom(body);
    if (body.addAction !== undefined) return page(request, reply, withAnotherAction(form));
    const { choices } = await choicesFor(request);
    const read = meetingFrom(form, new Date(), choiceSets(choices));
    if ('problems' in read) return page(request, reply, form, read.problems);
    const { ref } = request.params;
    try {
      const { added } = await services.meetings.record(signedIn(request), ref, read.entry);
      const steps = added.map((action) => `${action.what}, due ${action.due ? ukDate(action.due) : 'soon'}`);
      const addedText = steps.length
        ? ` From the decision, ${steps.length === 1 ? 'this next step was' : 'these next steps were'} added as your actions: ${steps.join('; ')}.`
        : '';
      setFlash(request, { type: 'success', text: `Meeting recorded.${addedText}` });
    } catch (error) {
      if (!(error instanceof InvalidInput)) throw error;
      return page(
        request,
        reply,
        form,
        error.problems.map((p) => ({ ...p, path: meetingFieldOf(p.path, read.rows) })),
      );
    }
    return reply.redirect(paths.case(ref).chronology, 303);
  });

  app.get<{ Params: Params }>('/:ref/meeting-pack', async (request, reply) => {
    const overview = await services.cases.overview(signedIn(request), request.params.ref);
    const chronology = await services.entries.chronology(signedIn(request), request.params.ref);
    const pack = packFor(overview.file.case.pack);
    const now = new Date();
    return reply.view('cases/meeting-pack.njk', {
      header: caseHeaderWithoutTab(overview),
      meetingPack: presentMeetingPack(overview, chronology, pack, planLabels[overview.file.case.plan], now),
      preparedAt: now,
    });
  });
}
