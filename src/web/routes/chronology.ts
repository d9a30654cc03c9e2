// The chronology of a case: every entry, newest first, filterable by agency and kind, a page at a time.
import type { FastifyInstance } from 'fastify';
import { entryKinds } from '../../domain/vocabularies.js';
import { paths } from '../paths.js';
import { signedIn } from '../plugins/current-user.js';
import { caseHeader } from '../presenters/case-header.js';
import { chronologyPage, correctableKinds, listedEntries, presentListed } from '../presenters/chronology.js';
import { paginationOf } from '../presenters/pagination.js';
import type { RouteOptions } from './index.js';

/** `page`: a page number; `entry`: an entry whose page to show (links to an entry name it). */
type Query = { agency?: string; kind?: string; page?: string; entry?: string };

export async function chronologyRoutes(app: FastifyInstance, { services }: RouteOptions): Promise<void> {
  app.get<{ Params: { ref: string }; Querystring: Query }>('/:ref/chronology', async (request, reply) => {
    const by = signedIn(request);
    const kind = (entryKinds as readonly string[]).includes(request.query.kind ?? '')
      ? request.query.kind
      : undefined;
    const overview = await services.cases.overview(by, request.params.ref, new Date(), {
      chronology: { agency: request.query.agency, kind },
    });
    const agency = overview.file.agencies.some((a) => a.ref === request.query.agency)
      ? request.query.agency
      : undefined;
    const items = overview.chronology ?? [];
    const correctable = correctableKinds(
      await services.managerDiscussions.mayRecord(by.actor, request.params.ref),
    );
    const links = paths.case(overview.file.case.ref);
    // A long case runs to thousands of entries (megabytes on a phone at a door): a page at a time.
    const shown = chronologyPage(listedEntries(items), request.query);
    const pageLink = (page: number) => {
      const query = new URLSearchParams();
      if (agency) query.set('agency', agency);
      if (kind) query.set('kind', kind);
      query.set('page', String(page));
      return `${links.chronology}?${query}`;
    };
    return reply.view('cases/chronology.njk', {
      header: caseHeader(overview, 'chronology'),
      overview,
      items: presentListed(shown.listed, overview.file, correctable),
      shown,
      pagination: paginationOf(shown.page, shown.pages, pageLink, 'Pages of the chronology'),
      filter: { agency, kind },
      kinds: entryKinds,
      links,
    });
  });
}
