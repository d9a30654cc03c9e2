// The audit log for auditors (issue 10): the same search as the auditor's page, over the same service, so
// `GET /audit?case=FAM-0042` gives the records the page shows. Anyone but an auditor: not found.
import { z } from 'zod';
import { caseSchema } from '../../domain/case-file.js';
import { auditPageSize } from '../../services/audit.js';
import { operation, respond } from '../operation.js';

const day = caseSchema.shape.openedOn;

const auditQuery = z
  .strictObject({
    case: caseSchema.shape.ref.optional().describe('only records about this case (its reference)'),
    user: z.email().max(320).optional().describe('only records of this user (their email address)'),
    from: day.optional().describe('only records from this UK calendar day on (YYYY-MM-DD)'),
    to: day.optional().describe('only records up to the end of this UK calendar day (YYYY-MM-DD)'),
    page: z.coerce
      .number()
      .int()
      .min(1)
      .max(999_999)
      .default(1)
      .describe(`${auditPageSize} records a page, from 1`),
  })
  .refine((query) => !query.from || !query.to || query.from <= query.to, {
    path: ['to'],
    message: '`to` must be the same day as `from` or after it',
  });

const auditRecordSchema = z.strictObject({
  id: z.int(),
  at: z.iso.datetime().describe('when, as an instant (UTC)'),
  user: z
    .strictObject({ email: z.string(), name: z.string() })
    .nullable()
    .describe('who; null for an attempt nobody was signed in for'),
  action: z.string().describe('what, as `read-case`, `export-case`, `case-refused`, `sign-in-failed`'),
  caseRef: z.string().nullable().describe('which case, if any'),
  detail: z.string().nullable(),
  address: z.string().nullable().describe('the client address the request came from'),
});

const auditPageSchema = z.strictObject({
  items: z.array(auditRecordSchema).describe('newest first'),
  total: z.int().describe('records matching, on every page'),
  page: z.int(),
  pageSize: z.int(),
});

export const auditOperations = [
  operation({
    method: 'GET',
    path: '/audit',
    operationId: 'searchAuditLog',
    tag: 'Audit',
    summary: "Search the partnership's audit log",
    description:
      'For auditors: who read, changed or exported which case, when and from where, and sign-ins and refusals. Every filter is optional; the search itself is audited.',
    query: auditQuery,
    responses: { 200: { description: 'A page of matching records', schema: auditPageSchema } },
    problems: { 400: 'A filter is not valid', 404: 'You are not an auditor' },
    async handle({ by, services, query }) {
      const { records, ...page } = await services.audit.search(by, {
        caseRef: query.case,
        userEmail: query.user,
        from: query.from,
        to: query.to,
        page: query.page,
      });
      return respond(200, { items: records, ...page });
    },
  }),
];
