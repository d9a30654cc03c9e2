// The team around the family: the agencies on a case, who asked for each and why, adding one (or bringing
// one back after its involvement ended); and the local procedure the case follows, with its local values.
import type { FastifyInstance, FastifyReply, FastifyRequest } from 'fastify';
import { InvalidInput, type Problem } from '../../services/errors.js';
import { setFlash } from '../flash.js';
import { formErrors } from '../forms/errors.js';
import { paths } from '../paths.js';
import { signedIn } from '../plugins/current-user.js';
import { caseHeader, caseHeaderWithoutTab } from '../presenters/case-header.js';
import { presentThresholds } from '../presenters/procedure.js';
import type { RouteOptions } from './index.js';

type WithRef = { Params: { ref: string } };
type Body = Record<string, unknown>;

export async function teamAroundTheFamilyRoutes(
  app: FastifyInstance,
  { services }: RouteOptions,
): Promise<void> {
  const agenciesPage = async (
    request: FastifyRequest<WithRef>,
    reply: FastifyReply,
    values: Body = {},
    problems?: Problem[],
  ) => {
    const by = signedIn(request);
    const overview = await services.cases.overview(by, request.params.ref);
    const onCase = new Set(overview.team.filter((a) => a.onCase).map((a) => a.ref));
    const addable = (await services.cases.agencies(by.actor)).filter((a) => !onCase.has(a.ref));
    return reply.code(problems ? 400 : 200).view('cases/agencies.njk', {
      header: caseHeaderWithoutTab(overview),
      team: overview.team,
      addable,
      values,
      errors: problems && formErrors(problems),
      links: paths.case(overview.file.case.ref),
    });
  };

  app.get<WithRef>('/:ref/agencies', (request, reply) => agenciesPage(request, reply));

  app.post<WithRef & { Body: Body }>('/:ref/agencies', async (request, reply) => {
    const { ref } = request.params;
    const body = request.body ?? {};
    try {
      await services.cases.addAgency(signedIn(request), ref, body);
    } catch (error) {
      if (error instanceof InvalidInput) return agenciesPage(request, reply, body, error.problems);
      throw error;
    }
    setFlash(request, { type: 'success', text: 'Agency added to the case' });
    return reply.redirect(paths.case(ref).agencies, 303);
  });

  app.get<WithRef>('/:ref/procedure', async (request, reply) => {
    const by = signedIn(request);
    const procedure = await services.procedure.forCase(by, request.params.ref);
    const overview = await services.cases.overview(by, request.params.ref);
    return reply.view('cases/procedure.njk', {
      header: caseHeader(overview, 'overview'),
      pack: procedure.pack,
      thresholds: presentThresholds(procedure.thresholds),
    });
  });
}
