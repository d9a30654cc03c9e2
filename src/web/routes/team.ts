// A manager's view of the team, the page a team meeting runs from: the children nobody has seen, supervision
// due, decisions waiting, who is out, incidents, actions overdue, and every case worst first, filterable by
// worker, finding and severity. Anyone but a manager gets "Page not found".
import type { FastifyInstance } from 'fastify';
import { findingCodes, severities, type Severity } from '../../domain/assessment/codes.js';
import { packFor } from '../../domain/packs/index.js';
import { NotFound } from '../../services/errors.js';
import type { TeamFilter } from '../../services/team-view.js';
import { signedIn } from '../plugins/current-user.js';
import { severityTags } from '../presenters/findings.js';
import { presentTeam, sectionRows } from '../presenters/team.js';
import { pageNumberOf, paginationOf } from '../presenters/pagination.js';
import { paths } from '../paths.js';
import type { RouteOptions } from './index.js';

/** The page's address keeping the filter, with `extra` (a page of the team cases, or every row). */
function teamHref(filter: TeamFilter, extra: Record<string, string>): string {
  const query = new URLSearchParams();
  if (filter.worker !== undefined) query.set('worker', String(filter.worker));
  if (filter.code) query.set('code', filter.code);
  if (filter.severity) query.set('severity', filter.severity);
  for (const [name, value] of Object.entries(extra)) query.set(name, value);
  return `${paths.team}?${query}`;
}

type Query = { code?: string; severity?: string; worker?: string; page?: string; all?: string };

export async function teamRoutes(app: FastifyInstance, { services }: RouteOptions): Promise<void> {
  app.get<{ Querystring: Query }>('/', async (request, reply) => {
    const by = signedIn(request);
    if (by.actor.role !== 'manager') throw new NotFound('team');
    const { code, severity, worker } = request.query;
    const supervisees = await services.supervision.supervisees(by.actor);
    const filter: TeamFilter = {
      code: (findingCodes as readonly string[]).includes(code ?? '') ? code : undefined,
      severity: (severities as readonly string[]).includes(severity ?? '')
        ? (severity as Severity)
        : undefined,
      worker: supervisees.find((w) => String(w.id) === worker)?.id,
    };
    const view = await services.team.view(by, filter, new Date(), pageNumberOf(request.query.page));
    const pack = packFor(await services.cases.partnershipPack(by.actor));
    return reply.view('team/overview.njk', {
      team: presentTeam(view, { all: request.query.all === 'yes' }),
      allHref: teamHref(filter, { all: 'yes' }),
      sectionRows,
      pagination: paginationOf(
        view.casePage.page,
        view.casePage.pageCount,
        (page) => `${teamHref(filter, { page: String(page) })}#cases`,
        'Pages of the team cases',
      ),
      filter,
      filtered: Boolean(filter.code || filter.severity || filter.worker),
      workers: supervisees.map((w) => ({ value: String(w.id), text: w.name })),
      codes: findingCodes.map((c) => ({ code: c, title: pack.findings[c].title })),
      severities: [...severities].reverse().map((s) => ({ value: s, text: severityTags[s].text })),
      openSupervisions: await services.supervision.openSessions(by.actor),
      supervisionInterval: view.supervisionWorkingDays,
    });
  });
}
