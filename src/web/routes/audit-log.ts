// The auditor's page: the partnership's audit log searched by user, case and day, newest first, a page
// at a time. A GET form, so a search is a link that can be kept and the page works without JavaScript.
// Anyone but an auditor is told there is no such page (the service refuses them).
import type { FastifyInstance } from 'fastify';
import type { AuditPage, AuditQuery } from '../../services/audit.js';
import type { Problem } from '../../services/errors.js';
import { dateFrom, datePartsFrom, type DateParts } from '../forms/dates.js';
import { formErrors } from '../forms/errors.js';
import { textOf } from '../forms/fields.js';
import { signedIn } from '../plugins/current-user.js';
import { paths } from '../paths.js';
import { auditActionText, auditDetailText } from '../presenters/audit.js';
import { paginationOf } from '../presenters/pagination.js';
import { ukDateTime } from '../uk-dates.js';
import type { RouteOptions } from './index.js';

type Query = Record<string, unknown>;

interface SearchForm {
  user: string;
  case: string;
  from: DateParts;
  to: DateParts;
}

/** The search as asked, or its problems in the GOV.UK error summary's words. */
export function auditQueryFrom(query: Query): {
  form: SearchForm;
  read: AuditQuery | { problems: Problem[] };
} {
  const form = {
    user: textOf(query.user),
    case: textOf(query.case),
    from: datePartsFrom(query, 'from'),
    to: datePartsFrom(query, 'to'),
  };
  const problems: Problem[] = [];
  if (form.user && !/^[^\s@]+@[^\s@]+$/.test(form.user))
    problems.push({
      path: 'user',
      message: 'Enter an email address in the correct format, like name@example.com',
    });
  if (form.case.length > 100)
    problems.push({ path: 'case', message: 'Case reference must be 100 characters or fewer' });
  const from = dateFrom(form.from, 'from', 'the first day', problems);
  const to = dateFrom(form.to, 'to', 'the last day', problems);
  if (from && to && from > to)
    problems.push({ path: 'to', message: 'The last day must be the same as or after the first day' });
  if (problems.length > 0) return { form, read: { problems } };
  const page = Number(textOf(query.page));
  return {
    form,
    read: {
      userEmail: form.user || undefined,
      caseRef: form.case || undefined,
      from,
      to,
      page: Number.isInteger(page) && page > 0 && page < 1_000_000 ? page : 1,
    },
  };
}

export async function auditLogRoutes(app: FastifyInstance, { services }: RouteOptions): Promise<void> {
  app.get<{ Querystring: Query }>('/', async (request, reply) => {
    const { form, read } = auditQueryFrom(request.query);
    if ('problems' in read) {
      // Still the auditor's page alone: anyone else is refused before seeing the form's errors.
      await services.audit.search(signedIn(request), { page: 1 });
      return reply.code(400).view('audit/search.njk', {
        form,
        errors: formErrors(read.problems, { anchors: { from: 'from-day', to: 'to-day' } }),
      });
    }
    const results = await services.audit.search(signedIn(request), read);
    return reply.view('audit/search.njk', { form, results: presentResults(results, request.query) });
  });
}

function presentResults(results: AuditPage, query: Query) {
  const pages = Math.max(1, Math.ceil(results.total / results.pageSize));
  const pageLink = (page: number) => {
    const params = new URLSearchParams();
    for (const [name, value] of Object.entries(query)) if (name !== 'page') params.set(name, textOf(value));
    params.set('page', String(page));
    return `${paths.auditLog}?${params}`;
  };
  const first = results.total === 0 ? 0 : (results.page - 1) * results.pageSize + 1;
  return {
    total: results.total,
    shown: { first, last: first === 0 ? 0 : first + results.records.length - 1 },
    rows: results.records.map((record) => [
      { text: ukDateTime(new Date(record.at)) },
      { text: record.user ? `${record.user.name} (${record.user.email})` : 'Nobody signed in' },
      { text: auditActionText(record.action) },
      { text: record.caseRef ?? '—' },
      { text: auditDetailText(record.detail) },
      { text: record.address ?? '—' },
    ]),
    pagination: paginationOf(results.page, pages, pageLink),
  };
}
