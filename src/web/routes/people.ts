// The people of a case: who lives with or sees each child, and how to communicate with them.
import type { FastifyInstance, FastifyReply, FastifyRequest } from 'fastify';
import { toUkDate } from '../../domain/time.js';
import { contactModes, literacyLevels, personRoles } from '../../domain/vocabularies.js';
import { InvalidInput, type Problem } from '../../services/errors.js';
import { dateFrom, datePartsFrom } from '../forms/dates.js';
import { formErrors } from '../forms/errors.js';
import { setFlash } from '../flash.js';
import { paths } from '../paths.js';
import { signedIn } from '../plugins/current-user.js';
import { caseHeader } from '../presenters/case-header.js';
import { presentPeople } from '../presenters/people.js';
import type { RouteOptions } from './index.js';
import { textOf, listOf } from '../forms/fields.js';

type Body = Record<string, unknown>;
type WithRef = { Params: { ref: string } };

export async function peopleRoutes(app: FastifyInstance, { services }: RouteOptions): Promise<void> {
  app.get<WithRef>('/:ref/people', async (request, reply) => {
    const overview = await services.cases.overview(signedIn(request), request.params.ref);
    return reply.view('cases/people.njk', {
      header: caseHeader(overview, 'people'),
      people: presentPeople(overview.file, overview.children),
      links: paths.case(overview.file.case.ref),
    });
  });

  const addPersonPage = async (
    request: FastifyRequest<WithRef>,
    reply: FastifyReply,
    values: Body,
    problems?: Problem[],
  ) => {
    const overview = await services.cases.overview(signedIn(request), request.params.ref);
    return reply.code(problems ? 400 : 200).view('cases/add-person.njk', {
      header: caseHeader(overview, 'people'),
      children: overview.children,
      adults: overview.file.people.filter((p) => p.role !== 'child'),
      roles: personRoles,
      modes: contactModes,
      values,
      errors: problems && formErrors(problems, { anchors: { role: 'role', dateOfBirth: 'dateOfBirth-day' } }),
      links: paths.case(overview.file.case.ref),
    });
  };

  app.get<WithRef>('/:ref/people/new', (request, reply) => addPersonPage(request, reply, {}));

  app.post<WithRef & { Body: Body }>('/:ref/people/new', async (request, reply) => {
    const body = request.body ?? {};
    const text = (name: string) => textOf(body[name]);
    const list = (name: string) => listOf(body[name]);
    const problems: Problem[] = [];
    const role = text('role');
    if (!(personRoles as readonly string[]).includes(role))
      problems.push({ path: 'role', message: 'Select who this person is' });
    if (!text('name')) problems.push({ path: 'name', message: 'Enter their name' });
    const dateOfBirth = dateFrom(
      datePartsFrom(body, 'dateOfBirth'),
      'dateOfBirth',
      'date of birth',
      problems,
    );
    if (role === 'child' && !dateOfBirth && !problems.some((p) => p.path === 'dateOfBirth')) {
      problems.push({ path: 'dateOfBirth', message: "Enter the child's date of birth" });
    }
    if (dateOfBirth && dateOfBirth > toUkDate(new Date())) {
      problems.push({ path: 'dateOfBirth', message: 'Date of birth must be today or in the past' });
    }
    if (problems.length > 0) return addPersonPage(request, reply, body, problems);
    const isChild = role === 'child';
    const needs = {
      ...(text('interpreter') ? { interpreter: text('interpreter') } : {}),
      ...((literacyLevels as readonly string[]).includes(text('literacy'))
        ? { literacy: text('literacy') }
        : {}),
      ...(text('preferredContact') ? { preferredContact: text('preferredContact') } : {}),
      ...(text('disability') ? { disability: text('disability') } : {}),
    };
    const person = {
      role,
      name: text('name'),
      ...(dateOfBirth ? { dateOfBirth } : {}),
      ...(!isChild && list('livesWithChildren').length
        ? { livesWithChildren: list('livesWithChildren') }
        : {}),
      ...(!isChild && list('hasContactWith').length ? { hasContactWith: list('hasContactWith') } : {}),
      ...(Object.keys(needs).length ? { needs } : {}),
    };
    try {
      const added = await services.cases.addPerson(
        signedIn(request),
        request.params.ref,
        person,
        isChild ? list('livesWith') : [],
      );
      setFlash(request, { type: 'success', text: `${added.name} added` });
      return reply.redirect(paths.case(request.params.ref).people, 303);
    } catch (error) {
      if (error instanceof InvalidInput) return addPersonPage(request, reply, body, error.problems);
      throw error;
    }
  });
}
