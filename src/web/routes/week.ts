// "My week": the visits the worker has planned with their safety checks, the actions due, the findings on
// the cases allocated to them, and when their supervision is next due (issue 9, item 4).
import type { FastifyInstance } from 'fastify';
import { packFor } from '../../domain/packs/index.js';
import { signedIn } from '../plugins/current-user.js';
import { severityTags } from '../presenters/findings.js';
import { supervisionTags } from '../presenters/team.js';
import type { RouteOptions } from './index.js';

export async function weekRoutes(app: FastifyInstance, { services }: RouteOptions): Promise<void> {
  app.get('/', async (request, reply) => {
    const by = signedIn(request);
    const week = await services.myWeek.week(by);
    const pack = packFor(await services.cases.partnershipPack(by.actor));
    return reply.view('week/week.njk', {
      week,
      findings: week.findings.map(({ case: ref, finding }) => ({
        case: ref,
        title: pack.findings[finding.code].title,
        explanation: finding.explanation,
        tag: severityTags[finding.severity],
      })),
      supervisionTag: supervisionTags[week.supervision.status],
      supervisionInterval: week.supervision.workingDays,
    });
  });
}
