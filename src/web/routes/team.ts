// A manager's team cases: every case of the team, worst first, filterable by finding and severity.
import type { FastifyInstance } from 'fastify';
import { findingCodes, severities, type Severity } from '../../domain/assessment/codes.js';
import { packFor } from '../../domain/packs/index.js';
import { NotFound } from '../../services/errors.js';
import { signedInActor } from '../plugins/current-user.js';
import { presentCaseRows } from '../presenters/case-list.js';
import { severityTags } from '../presenters/findings.js';
import type { RouteOptions } from './index.js';

type Query = { code?: string; severity?: string };

export async function teamRoutes(app: FastifyInstance, { services }: RouteOptions): Promise<void> {
  app.get<{ Querystring: Query }>('/', async (request, reply) => {
    const actor = signedInActor(request);
    if (actor.role !== 'manager') throw new NotFound('team cases');
    const code = (findingCodes as readonly string[]).includes(request.query.code ?? '')
      ? request.query.code
      : undefined;
    const severity = (severities as readonly string[]).includes(request.query.severity ?? '')
      ? (request.query.severity as Severity)
      : undefined;
    const cases = await services.cases.team(actor, { code, severity });
    const pack = packFor(await services.cases.partnershipPack(actor));
    return reply.view('team/cases.njk', {
      cases: presentCaseRows(cases),
      filter: { code, severity },
      codes: findingCodes.map((c) => ({ code: c, title: pack.findings[c].title })),
      severities: [...severities].reverse().map((s) => ({ value: s, text: severityTags[s].text })),
    });
  });
}
