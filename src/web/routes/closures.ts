// Closing a case, or ending one agency's involvement, through the closure guard: refused, with the reason and
// a way on, while the family is not engaging and no multi-agency meeting has decided to close (MK 5.1.19).
import type { FastifyInstance, FastifyReply, FastifyRequest } from 'fastify';
import type { Finding } from '../../domain/assessment/assess.js';
import { packFor } from '../../domain/packs/index.js';
import { ClosureBlocked } from '../../services/closures.js';
import { InvalidInput, type Problem } from '../../services/errors.js';
import { formErrors } from '../forms/errors.js';
import { setFlash } from '../flash.js';
import { paths } from '../paths.js';
import { signedIn } from '../plugins/current-user.js';
import { keptFormOf, keptIfSignedOut } from '../plugins/kept-forms.js';
import { caseHeaderWithoutTab } from '../presenters/case-header.js';
import { presentFindings } from '../presenters/findings.js';
import type { RouteOptions } from './index.js';
import { textOf } from '../forms/fields.js';

type Params = { ref: string };
type Body = Record<string, unknown>;

interface ClosureForm {
  /** `case`, or `agency:REF` to end that agency's involvement. */
  closing: string;
  reason: string;
}

export async function closureRoutes(app: FastifyInstance, { services }: RouteOptions): Promise<void> {
  const page = async (
    request: FastifyRequest<{ Params: Params }>,
    reply: FastifyReply,
    form: ClosureForm,
    refusal?: { problems: Problem[] } | { blocked: Finding[] },
  ) => {
    const overview = await services.cases.overview(signedIn(request), request.params.ref);
    const links = paths.case(overview.file.case.ref);
    const agency = form.closing.startsWith('agency:')
      ? overview.file.agencies.find((a) => `agency:${a.ref}` === form.closing)
      : undefined;
    const blocked = refusal && 'blocked' in refusal ? refusal.blocked : null;
    return reply.code(!refusal ? 200 : blocked ? 409 : 400).view('cases/close.njk', {
      header: caseHeaderWithoutTab(overview),
      form,
      agencies: overview.file.agencies,
      action: links.close,
      errors: !refusal
        ? undefined
        : 'problems' in refusal
          ? formErrors(refusal.problems, { anchors: { closing: 'closing' } })
          : {
              errorList: [
                {
                  text: 'The family is not engaging and no multi-agency meeting has decided to close',
                  href: '#why-not',
                },
              ],
              fields: {},
            },
      refused: blocked && {
        what: agency ? `${agency.name}’s involvement cannot be ended yet` : 'The case cannot be closed yet',
        findings: presentFindings(blocked, packFor(overview.file.case.pack), overview.file),
        arrangeMeetingHref: links.scheduleMeeting,
        recordMeetingHref: links.recordMeeting,
      },
      links,
    });
  };

  const closureFormFrom = (body: Record<string, unknown> | undefined): ClosureForm => ({
    closing: textOf(body?.closing),
    reason: textOf(body?.reason),
  });

  app.get<{ Params: Params }>('/:ref/close', async (request, reply) =>
    page(request, reply, (await keptFormOf(request, reply, closureFormFrom)) ?? closureFormFrom({})),
  );

  app.post<{ Params: Params; Body: Body }>('/:ref/close', keptIfSignedOut, async (request, reply) => {
    const { ref } = request.params;
    const form = closureFormFrom(request.body);
    const problems: Problem[] = [];
    if (!form.closing)
      problems.push({
        path: 'closing',
        message: 'Select whether to close the case or end one agency’s involvement',
      });
    if (!form.reason)
      problems.push({ path: 'reason', message: 'Enter why the case or the involvement is ending' });
    if (problems.length > 0) return page(request, reply, form, { problems });
    const agency = form.closing.startsWith('agency:') ? form.closing.slice('agency:'.length) : undefined;
    let agencyName = 'The agency';
    try {
      const ended = await services.closures.close(signedIn(request), ref, {
        ...(agency ? { agency } : {}),
        reason: form.reason,
      });
      const agencies = await services.cases.agencies(signedIn(request).actor);
      agencyName = agencies.find((a) => a.ref === ended.agency)?.name ?? agencyName;
    } catch (error) {
      if (error instanceof ClosureBlocked) return page(request, reply, form, { blocked: error.findings });
      if (error instanceof InvalidInput)
        return page(request, reply, form, {
          problems: error.problems.map((p) => (p.path === 'agency' ? { ...p, path: 'closing' } : p)),
        });
      throw error;
    }
    setFlash(request, {
      type: 'success',
      text: agency ? `${agencyName}’s involvement has ended` : 'The case is closed',
    });
    // Ending your own agency's involvement takes the case off your list: back to the cases you still have.
    const stillOnCase = await services.cases.mayRead(signedIn(request).actor, ref);
    return reply.redirect(stillOnCase ? paths.case(ref).overview : paths.cases.list, 303);
  });
}
