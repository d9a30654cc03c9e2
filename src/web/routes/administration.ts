// Partnership administration: a partnership-admin's pages for agencies, teams, users and the procedure.
// Anyone else gets "Page not found" (the services refuse them), like a manager's team page.
import type { FastifyInstance, FastifyReply, FastifyRequest } from 'fastify';
import { packFor, packs } from '../../domain/packs/index.js';
import { agencyTypes } from '../../domain/vocabularies.js';
import { roles } from '../../services/administration.js';
import { InvalidInput, NotFound, type Problem } from '../../services/errors.js';
import { setFlash } from '../flash.js';
import { formErrors } from '../forms/errors.js';
import { paths } from '../paths.js';
import { signedIn } from '../plugins/current-user.js';
import { presentThresholds } from '../presenters/procedure.js';
import type { RouteOptions } from './index.js';

type Body = Record<string, unknown>;
type WithId = { Params: { id: string } };

const roleNames: Record<(typeof roles)[number], string> = {
  practitioner: 'Practitioner',
  manager: 'Manager',
  'partnership-admin': 'Partnership administrator',
  auditor: 'Auditor',
};

const idOf = (value: string): number => {
  const id = Number(value);
  if (!Number.isSafeInteger(id) || id <= 0) throw new NotFound('user');
  return id;
};

/** Runs a form's use case; a refusal re-renders the form with the GOV.UK error summary (400). */
async function handled<T>(
  run: () => Promise<T>,
  refused: (problems: Problem[]) => FastifyReply | Promise<FastifyReply>,
): Promise<T | FastifyReply> {
  try {
    return await run();
  } catch (error) {
    if (error instanceof InvalidInput) return refused(error.problems);
    throw error;
  }
}

const isReply = (value: unknown): value is FastifyReply =>
  typeof value === 'object' && value !== null && 'sent' in value && 'code' in value;

export async function administrationRoutes(
  app: FastifyInstance,
  { services, publicUrl }: RouteOptions,
): Promise<void> {
  const admin = services.administration;
  const base = (request: FastifyRequest) => admin.partnership(signedIn(request).actor);

  app.get('/', async (request, reply) => {
    const view = await base(request);
    return reply.view('admin/home.njk', {
      ...view,
      roleNames,
      packName: packFor(view.partnership.pack).name,
    });
  });

  const agencyPage = (reply: FastifyReply, values: Body = {}, problems?: Problem[]) =>
    reply.code(problems ? 400 : 200).view('admin/agency-new.njk', {
      values,
      errors: problems && formErrors(problems, { anchors: { type: 'type' } }),
      agencyTypes,
    });
  app.get('/agencies/new', async (request, reply) => {
    await base(request);
    return agencyPage(reply);
  });
  app.post<{ Body: Body }>('/agencies/new', async (request, reply) => {
    const body = request.body ?? {};
    const done = await handled(
      () => admin.addAgency(signedIn(request), body),
      (problems) => agencyPage(reply, body, problems),
    );
    if (isReply(done)) return done;
    setFlash(request, { type: 'success', text: 'Agency added' });
    return reply.redirect(paths.admin.home, 303);
  });

  const agencyContactPage = async (
    request: FastifyRequest,
    reply: FastifyReply,
    id: number,
    values?: Body,
    problems?: Problem[],
  ) => {
    const agency = await admin.agency(signedIn(request).actor, id);
    return reply.code(problems ? 400 : 200).view('admin/agency.njk', {
      agency,
      values: values ?? agency,
      errors: problems && formErrors(problems),
    });
  };
  app.get<WithId>('/agencies/:id', (request, reply) =>
    agencyContactPage(request, reply, idOf(request.params.id)),
  );
  app.post<WithId & { Body: Body }>('/agencies/:id', async (request, reply) => {
    const id = idOf(request.params.id);
    const body = request.body ?? {};
    const done = await handled(
      () => admin.changeAgencyContact(signedIn(request), id, body),
      (problems) => agencyContactPage(request, reply, id, body, problems),
    );
    if (isReply(done)) return done;
    const agency = await admin.agency(signedIn(request).actor, id);
    setFlash(request, { type: 'success', text: `${agency.name}’s safeguarding contact saved` });
    return reply.redirect(paths.admin.home, 303);
  });

  const teamPage = async (
    request: FastifyRequest,
    reply: FastifyReply,
    values: Body = {},
    problems?: Problem[],
  ) => {
    const { agencies } = await base(request);
    return reply.code(problems ? 400 : 200).view('admin/team-new.njk', {
      values,
      errors: problems && formErrors(problems),
      agencies,
    });
  };
  app.get('/teams/new', (request, reply) => teamPage(request, reply));
  app.post<{ Body: Body }>('/teams/new', async (request, reply) => {
    const body = request.body ?? {};
    const done = await handled(
      () => admin.addTeam(signedIn(request), body),
      (problems) => teamPage(request, reply, body, problems),
    );
    if (isReply(done)) return done;
    setFlash(request, { type: 'success', text: 'Team added' });
    return reply.redirect(paths.admin.home, 303);
  });

  const userPage = async (
    request: FastifyRequest,
    reply: FastifyReply,
    template: 'admin/user-new.njk' | 'admin/user.njk',
    values: Body,
    extra: Record<string, unknown> = {},
    problems?: Problem[],
  ) => {
    const { agencies, teams, users } = await base(request);
    return reply.code(problems ? 400 : 200).view(template, {
      values,
      errors: problems && formErrors(problems, { anchors: { role: 'role' } }),
      agencies,
      teams,
      managers: users.filter((u) => u.role === 'manager' && !u.deactivatedAt && u.id !== extra.userId),
      roles: roles.map((role) => ({ value: role, text: roleNames[role] })),
      ...extra,
    });
  };
  app.get('/users/new', (request, reply) => userPage(request, reply, 'admin/user-new.njk', {}));
  app.post<{ Body: Body }>('/users/new', async (request, reply) => {
    const body = request.body ?? {};
    const done = await handled(
      () => admin.inviteUser(signedIn(request), body),
      (problems) => userPage(request, reply, 'admin/user-new.njk', body, {}, problems),
    );
    if (isReply(done)) return done;
    const user = await admin.user(signedIn(request).actor, done.userId);
    return invitedPage(request, reply, user.name, done.invitation);
  });

  const invitedPage = (request: FastifyRequest, reply: FastifyReply, name: string, token: string) =>
    // Shown on this response only: the invitation is stored as a hash and cannot be shown again.
    reply.header('cache-control', 'no-store').view('admin/invited.njk', {
      name,
      link: new URL(paths.invitation(token), publicUrl).href,
    });

  app.get<WithId>('/users/:id', async (request, reply) => {
    const user = await admin.user(signedIn(request).actor, idOf(request.params.id));
    return userPage(request, reply, 'admin/user.njk', { ...user }, { user, userId: user.id });
  });
  app.post<WithId & { Body: Body }>('/users/:id', async (request, reply) => {
    const id = idOf(request.params.id);
    const body = request.body ?? {};
    const user = await admin.user(signedIn(request).actor, id);
    const done = await handled(
      () => admin.changeUser(signedIn(request), id, body),
      (problems) => userPage(request, reply, 'admin/user.njk', body, { user, userId: id }, problems),
    );
    if (isReply(done)) return done;
    setFlash(request, { type: 'success', text: `${user.name}’s details changed` });
    return reply.redirect(paths.admin.user(id), 303);
  });
  app.post<WithId>('/users/:id/deactivate', async (request, reply) => {
    const id = idOf(request.params.id);
    const user = await admin.user(signedIn(request).actor, id);
    const done = await handled(
      () => admin.deactivate(signedIn(request), id),
      (problems) => userPage(request, reply, 'admin/user.njk', { ...user }, { user, userId: id }, problems),
    );
    if (isReply(done)) return done;
    setFlash(request, { type: 'success', text: `${user.name} is deactivated: they can no longer sign in` });
    return reply.redirect(paths.admin.user(id), 303);
  });
  app.post<WithId>('/users/:id/invite', async (request, reply) => {
    const id = idOf(request.params.id);
    const user = await admin.user(signedIn(request).actor, id);
    const token = await admin.reinvite(signedIn(request), id);
    return invitedPage(request, reply, user.name, token);
  });

  const procedurePage = async (
    request: FastifyRequest,
    reply: FastifyReply,
    values: Body = {},
    problems?: Problem[],
  ) => {
    const procedure = await services.localThresholds.procedure(signedIn(request).actor);
    return reply.code(problems ? 400 : 200).view('admin/procedure.njk', {
      pack: procedure.pack,
      thresholds: presentThresholds(procedure.thresholds),
      packs: Object.values(packs).map((p) => ({
        value: p.id,
        text: p.name,
        selected: p.id === procedure.pack.id,
      })),
      values,
      errors: problems && formErrors(problems),
    });
  };
  app.get('/procedure', (request, reply) => procedurePage(request, reply));
  app.post<{ Body: Body }>('/procedure/pack', async (request, reply) => {
    const body = request.body ?? {};
    const done = await handled(
      () => services.localThresholds.setPack(signedIn(request), body),
      (problems) => procedurePage(request, reply, body, problems),
    );
    if (isReply(done)) return done;
    setFlash(request, { type: 'success', text: 'New cases will follow the procedure you chose' });
    return reply.redirect(paths.admin.procedure, 303);
  });
  app.post<{ Body: Body }>('/procedure/thresholds', async (request, reply) => {
    const body = request.body ?? {};
    const done = await handled(
      () => services.localThresholds.setThreshold(signedIn(request), body),
      (problems) => procedurePage(request, reply, body, problems),
    );
    if (isReply(done)) return done;
    setFlash(request, {
      type: 'success',
      text: `Local value saved; ${done} ${done === 1 ? 'case was' : 'cases were'} reassessed with it`,
    });
    return reply.redirect(paths.admin.procedure, 303);
  });
}
