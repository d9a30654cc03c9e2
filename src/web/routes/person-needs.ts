// Changing a person's communication needs (BEF 9.2; MK 5.1.9.19; SX 1.7.28): a new version of their
// record, never an edit in place (services/people.ts).
import type { FastifyInstance, FastifyReply, FastifyRequest } from 'fastify';
import type { Person } from '../../domain/case-file.js';
import { contactModes, literacyLevels } from '../../domain/vocabularies.js';
import { InvalidInput, type Problem } from '../../services/errors.js';
import { formErrors } from '../forms/errors.js';
import { textOf } from '../forms/fields.js';
import { setFlash } from '../flash.js';
import { paths } from '../paths.js';
import { signedIn } from '../plugins/current-user.js';
import { caseHeader } from '../presenters/case-header.js';
import type { RouteOptions } from './index.js';

type Params = { ref: string; person: string };
type Body = Record<string, unknown>;

const fields = [
  'interpreter',
  'literacy',
  'cognitive',
  'disability',
  'preferredContact',
  'datesToAvoid',
] as const;
type NeedsForm = Record<(typeof fields)[number], string>;

const formOf = (person: Person): NeedsForm =>
  Object.fromEntries(fields.map((field) => [field, person.needs?.[field] ?? ''])) as NeedsForm;

const formFrom = (body: Body): NeedsForm =>
  Object.fromEntries(fields.map((field) => [field, textOf(body[field])])) as NeedsForm;

/** The needs the form holds: an empty box means none recorded. */
const needsFrom = (form: NeedsForm) => Object.fromEntries(Object.entries(form).filter(([, value]) => value));

export async function personNeedsRoutes(app: FastifyInstance, { services }: RouteOptions): Promise<void> {
  const page = async (
    request: FastifyRequest<{ Params: Params }>,
    reply: FastifyReply,
    form: NeedsForm | null,
    problems?: Problem[],
  ) => {
    const by = signedIn(request);
    const person = await services.people.person(by, request.params.ref, request.params.person);
    const overview = await services.cases.overview(by, request.params.ref);
    const links = paths.case(overview.file.case.ref);
    return reply.code(problems ? 400 : 200).view('cases/person-needs.njk', {
      header: caseHeader(overview, 'people'),
      person,
      form: form ?? formOf(person),
      modes: contactModes,
      literacyLevels,
      action: links.personNeeds(person.ref),
      links,
      errors:
        problems &&
        formErrors(problems, { anchors: { literacy: 'literacy', preferredContact: 'preferredContact' } }),
    });
  };

  app.get<{ Params: Params }>('/:ref/people/:person/needs', (request, reply) => page(request, reply, null));

  app.post<{ Params: Params; Body: Body }>('/:ref/people/:person/needs', async (request, reply) => {
    const form = formFrom(request.body ?? {});
    const { ref, person } = request.params;
    try {
      const changed = await services.people.changeNeeds(signedIn(request), ref, person, needsFrom(form));
      setFlash(request, { type: 'success', text: `Communication needs of ${changed.name} changed` });
    } catch (error) {
      if (error instanceof InvalidInput) return page(request, reply, form, error.problems);
      throw error;
    }
    return reply.redirect(paths.case(ref).people, 303);
  });
}
