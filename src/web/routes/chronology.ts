// The chronology of a case: every entry, newest first, filterable by agency and kind.
import type { FastifyInstance } from 'fastify';
import { entryKinds } from '../../domain/vocabularies.js';
import { paths } from '../paths.js';
import { signedIn } from '../plugins/current-user.js';
import { caseHeader } from '../presenters/case-header.js';
import { correctableKinds, presentChronology } from '../presenters/chronology.js';
import type { RouteOptions } from './index.js';

type Query = { agency?: string; kind?: string };

export async function chronologyRoutes(app: FastifyInstance, { services }: RouteOptions): Promise<void> {
  app.get<{ Params: { ref: string }; Querystring: Query }>('/:ref/chronology', async (request, reply) => {
    const by = signedIn(request);
    const overview = await services.cases.overview(by, request.params.ref);
    const agency = overview.file.agencies.some((a) => a.ref === request.query.agency)
      ? request.query.agency
      : undefined;
    const kind = (entryKinds as readonly string[]).includes(request.query.kind ?? '')
      ? request.query.kind
      : undefined;
    const items = await services.entries.chronology(by, request.params.ref, { agency, kind });
    const correctable = correctableKinds(
      await services.managerDiscussions.mayRecord(by.actor, request.params.ref),
    );
    return reply.view('cases/chronology.njk', {
      header: caseHeader(overview, 'chronology'),
      overview,
      items: presentChronology(items, overview.file, correctable),
      filter: { agency, kind },
      kinds: entryKinds,
      links: paths.case(overview.file.case.ref),
    });
  });
}
