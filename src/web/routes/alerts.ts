// Informing the other agencies (MK 5.1.9.4, 5.1.16; SX 1.7.16; BEF 11.2): an alert to agencies on the case,
// recorded in the chronology, that reaches each of their users as a notification (and an email when the
// server sends email); the banner after it names whom it reached, and whom nobody here could receive it
// for. Anyone who may write on the case may send one; anyone else gets "Page not found".
import type { FastifyInstance, FastifyReply, FastifyRequest } from 'fastify';
import { packFor } from '../../domain/packs/index.js';
import type { Entry } from '../../domain/entries.js';
import { InvalidInput, type Problem } from '../../services/errors.js';
import { alertFormFrom, alertFrom, findingChoices, newAlertForm, type AlertForm } from '../forms/alert.js';
import { formErrors } from '../forms/errors.js';
import { setFlash } from '../flash.js';
import { paths } from '../paths.js';
import { signedIn } from '../plugins/current-user.js';
import { keptFormOf, keptIfSignedOut } from '../plugins/kept-forms.js';
import { caseHeaderWithoutTab } from '../presenters/case-header.js';
import { alertSentFlash } from '../presenters/told.js';
import type { RouteOptions } from './index.js';

type Params = { ref: string };
type Body = Record<string, unknown>;

export async function alertRoutes(app: FastifyInstance, { services }: RouteOptions): Promise<void> {
  /** What the form offers: asked first, so a case this user may not write on is not found. */
  const choices = async (request: FastifyRequest<{ Params: Params }>) => {
    const by = signedIn(request);
    const agencies = await services.alerts.agencies(by, request.params.ref);
    const overview = await services.cases.overview(by, request.params.ref);
    const findings = findingChoices(
      overview.assessment.findings,
      packFor(overview.file.case.pack),
      overview.file,
    );
    return { agencies, overview, findings };
  };

  const page = async (
    reply: FastifyReply,
    { agencies, overview, findings }: Awaited<ReturnType<typeof choices>>,
    form: AlertForm,
    problems?: Problem[],
  ) =>
    reply.code(problems ? 400 : 200).view('cases/inform-agencies.njk', {
      header: caseHeaderWithoutTab(overview),
      form,
      agencies,
      otherAgencies: agencies.filter((agency) => !agency.own).length,
      findings,
      action: paths.case(overview.file.case.ref).informAgencies,
      overviewHref: paths.case(overview.file.case.ref).overview,
      errors: problems && formErrors(problems, { anchors: { to: 'to', about: 'about' } }),
    });

  app.get<{ Params: Params }>('/:ref/alerts/new', async (request, reply) => {
    const offered = await choices(request);
    const kept = await keptFormOf(request, reply, alertFormFrom);
    return page(reply, offered, kept ?? newAlertForm(offered.agencies));
  });

  app.post<{ Params: Params; Body: Body }>('/:ref/alerts/new', keptIfSignedOut, async (request, reply) => {
    const { ref } = request.params;
    const offered = await choices(request);
    const form = alertFormFrom(request.body ?? {});
    const read = alertFrom(form, offered.agencies, offered.findings);
    if ('problems' in read) return page(reply, offered, form, read.problems);
    let sent: Entry;
    try {
      sent = await services.alerts.record(signedIn(request), ref, read.alert);
    } catch (error) {
      if (error instanceof InvalidInput) return page(reply, offered, form, error.problems);
      throw error;
    }
    setFlash(request, alertSentFlash(await services.told.of(signedIn(request), ref, sent.id)));
    return reply.redirect(paths.case(ref).overview, 303);
  });
}
