// Keeping workers safe on a case (issue 7): the staff-safety page (the warning, incidents, debriefs and
// safety decisions, MK 5.1.15; SX 1.7.9), reporting an incident, a manager's safety decision, a debrief.
import type { FastifyInstance, FastifyReply, FastifyRequest } from 'fastify';
import { safetyMeasureLabels, threatLabels } from '../../domain/labels.js';
import { incidentsOf } from '../../domain/risk-to-staff.js';
import { safetyMeasures, threats } from '../../domain/vocabularies.js';
import { InvalidInput, NotFound, type Problem } from '../../services/errors.js';
import { setFlash } from '../flash.js';
import { formErrors } from '../forms/errors.js';
import {
  debriefFormFrom,
  debriefFrom,
  incidentFormFrom,
  incidentFormOf,
  incidentFrom,
  newDebriefForm,
  newIncidentForm,
  safetyDecisionFormFrom,
  safetyDecisionFrom,
  type DebriefForm,
  type IncidentForm,
  type SafetyDecisionForm,
} from '../forms/staff-safety.js';
import { paths } from '../paths.js';
import { signedIn, signedInActor } from '../plugins/current-user.js';
import { keptFormOf, keptIfSignedOut } from '../plugins/kept-forms.js';
import { caseHeader, caseHeaderWithoutTab } from '../presenters/case-header.js';
import { presentRiskView } from '../presenters/risk-to-staff.js';
import { incidentReportedFlash } from '../presenters/told.js';
import { ukDateTime } from '../uk-dates.js';
import type { RouteOptions } from './index.js';

type Params = { ref: string };
type Body = Record<string, unknown>;
type Request = FastifyRequest<{ Params: Params }>;

export async function staffSafetyRoutes(app: FastifyInstance, { services }: RouteOptions): Promise<void> {
  app.get<{ Params: Params }>('/:ref/risk', async (request, reply) => {
    const by = signedIn(request);
    const view = await services.incidents.view(by, request.params.ref);
    const overview = await services.cases.overview(by, request.params.ref);
    return reply.view('cases/risk.njk', {
      header: caseHeader(overview, 'risk'),
      risk: presentRiskView(view),
      links: paths.case(request.params.ref),
      mayDecide: await services.incidents.mayDecide(signedInActor(request), request.params.ref),
    });
  });

  // --- Report an incident, or correct one ---------------------------------------------------------------
  /** `incident`: the incident being corrected, on the correction's pages. */
  type IncidentParams = Params & { incident?: string };
  const incidentPage = async (
    request: FastifyRequest<{ Params: IncidentParams }>,
    reply: FastifyReply,
    form: IncidentForm | null,
    problems?: Problem[],
  ) => {
    const by = signedIn(request);
    const { ref, incident: entryId } = request.params;
    // The incident corrected: one on this case the user may write to and read, else not found.
    const correcting = entryId ? await services.incidents.toCorrect(by, ref, entryId) : null;
    const overview = await services.cases.overview(by, ref);
    const actor = signedInActor(request);
    const others = overview.file.workers.filter((worker) => worker.ref !== actor.workerRef);
    const links = paths.case(overview.file.case.ref);
    return reply.code(problems ? 400 : 200).view('cases/report-incident.njk', {
      header: caseHeaderWithoutTab(overview),
      form: form ?? (correcting ? incidentFormOf(correcting) : newIncidentForm(new Date())),
      correcting,
      threats: threats.map((threat) => ({ value: threat, text: threatLabels[threat] })),
      workers: [
        { value: actor.workerRef, text: `Me (${actor.name})` },
        ...others.map((worker) => ({ value: worker.ref, text: worker.name })),
      ],
      action: entryId ? links.correctIncident(entryId) : links.reportIncident,
      errors:
        problems &&
        formErrors(problems, {
          anchors: {
            at: 'at-day',
            threats: 'threats',
            against: 'against',
            frightening: 'frightening',
            policeInformed: 'policeInformed',
          },
        }),
    });
  };

  const saveIncident = async (
    request: FastifyRequest<{ Params: IncidentParams; Body: Body }>,
    reply: FastifyReply,
  ) => {
    const { ref, incident: entryId } = request.params;
    const by = signedIn(request);
    // A correction of no incident the user may correct is not found, however the form is filled in: the
    // page shown again asks for the incident (toCorrect), and so does the correction itself.
    const form = incidentFormFrom(request.body ?? {});
    const overview = await services.cases.overview(by, ref);
    const workers = [signedInActor(request).workerRef, ...overview.file.workers.map((worker) => worker.ref)];
    const read = incidentFrom(form, workers, new Date());
    if ('problems' in read) return incidentPage(request, reply, form, read.problems);
    try {
      if (entryId) {
        await services.incidents.correct(by, ref, entryId, read.entry);
        setFlash(request, { type: 'success', text: 'Correction recorded. Nobody has been told again.' });
        return reply.redirect(paths.case(ref).risk, 303);
      }
      const entry = await services.incidents.report(by, ref, read.entry);
      setFlash(request, incidentReportedFlash(await services.told.of(by, ref, entry.id)));
    } catch (error) {
      if (error instanceof InvalidInput) return incidentPage(request, reply, form, error.problems);
      throw error;
    }
    return reply.redirect(paths.case(ref).risk, 303);
  };

  const incidentShown = async (request: FastifyRequest<{ Params: IncidentParams }>, reply: FastifyReply) =>
    incidentPage(request, reply, await keptFormOf(request, reply, incidentFormFrom));
  app.get<{ Params: Params }>('/:ref/incidents/new', incidentShown);
  app.post<{ Params: Params; Body: Body }>('/:ref/incidents/new', keptIfSignedOut, saveIncident);
  app.get<{ Params: IncidentParams }>('/:ref/incidents/:incident/correct', incidentShown);
  app.post<{ Params: IncidentParams; Body: Body }>(
    '/:ref/incidents/:incident/correct',
    keptIfSignedOut,
    saveIncident,
  );

  // --- A manager's safety decision (SX 1.7.36) --------------------------------------------------------
  const decisionPage = async (
    request: Request,
    reply: FastifyReply,
    form: SafetyDecisionForm,
    problems?: Problem[],
  ) => {
    const by = signedIn(request);
    if (!(await services.incidents.mayDecide(by.actor, request.params.ref)))
      throw new NotFound(`case ${request.params.ref}`);
    const overview = await services.cases.overview(by, request.params.ref);
    return reply.code(problems ? 400 : 200).view('cases/safety-decision.njk', {
      header: caseHeaderWithoutTab(overview),
      form,
      measures: safetyMeasures.map((measure) => ({ value: measure, text: safetyMeasureLabels[measure] })),
      action: paths.case(overview.file.case.ref).recordSafetyDecision,
      errors: problems && formErrors(problems, { anchors: { measures: 'measures' } }),
    });
  };

  app.get<{ Params: Params }>('/:ref/safety-decision/new', async (request, reply) =>
    decisionPage(
      request,
      reply,
      (await keptFormOf(request, reply, safetyDecisionFormFrom)) ?? {
        measures: [],
        decision: '',
        reason: '',
      },
    ),
  );

  app.post<{ Params: Params; Body: Body }>(
    '/:ref/safety-decision/new',
    keptIfSignedOut,
    async (request, reply) => {
      const { ref } = request.params;
      const form = safetyDecisionFormFrom(request.body ?? {});
      const read = safetyDecisionFrom(form);
      if ('problems' in read) return decisionPage(request, reply, form, read.problems);
      try {
        await services.incidents.decideSafety(signedIn(request), ref, read.entry);
      } catch (error) {
        if (error instanceof InvalidInput) return decisionPage(request, reply, form, error.problems);
        throw error;
      }
      setFlash(request, {
        type: 'success',
        text: 'Safety decision recorded. Every agency on the case sees it with the risk-to-staff warning.',
      });
      return reply.redirect(paths.case(ref).risk, 303);
    },
  );

  // --- A debrief after an incident ----------------------------------------------------------------------
  const debriefPage = async (
    request: FastifyRequest<{ Params: Params & { incident: string } }>,
    reply: FastifyReply,
    form: DebriefForm,
    problems?: Problem[],
  ) => {
    const { ref, incident: incidentId } = request.params;
    const overview = await services.cases.overview(signedIn(request), ref);
    const incident = incidentsOf(overview.file).find((entry) => entry.id === incidentId);
    if (!incident) throw new NotFound(`incident ${incidentId}`);
    return reply.code(problems ? 400 : 200).view('cases/debrief.njk', {
      header: caseHeaderWithoutTab(overview),
      form,
      incident: {
        when: ukDateTime(incident.at),
        what: incident.threats.map((threat) => threatLabels[threat].toLowerCase()).join(', '),
      },
      action: paths.case(ref).debrief(incidentId),
      errors: problems && formErrors(problems, { anchors: { at: 'at-day' } }),
    });
  };

  app.get<{ Params: Params & { incident: string } }>(
    '/:ref/incidents/:incident/debrief',
    async (request, reply) =>
      debriefPage(
        request,
        reply,
        (await keptFormOf(request, reply, debriefFormFrom)) ?? newDebriefForm(new Date()),
      ),
  );

  app.post<{ Params: Params & { incident: string }; Body: Body }>(
    '/:ref/incidents/:incident/debrief',
    keptIfSignedOut,
    async (request, reply) => {
      const { ref, incident } = request.params;
      const form = debriefFormFrom(request.body ?? {});
      const read = debriefFrom(form, new Date());
      if ('problems' in read) return debriefPage(request, reply, form, read.problems);
      try {
        await services.incidents.debrief(signedIn(request), ref, incident, read.entry);
      } catch (error) {
        if (error instanceof InvalidInput) return debriefPage(request, reply, form, error.problems);
        throw error;
      }
      setFlash(request, { type: 'success', text: 'Debrief recorded.' });
      return reply.redirect(paths.case(ref).risk, 303);
    },
  );
}
