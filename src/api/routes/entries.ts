// A case's entries: read a page at a time, newest first, and record one.
import { noSuch, operation, respond } from '../operation.js';
import { caseParams, entryPageQuery, entryPageSchema, entrySchema, newEntrySchema } from '../schemas.js';

export const entryOperations = [
  operation({
    method: 'GET',
    path: '/cases/{ref}/entries',
    operationId: 'listEntries',
    tag: 'Entries',
    summary: "The case's entries, newest first, a page at a time",
    description:
      'Ask for the next page with the `nextCursor` of the page before. Cursors, not page numbers: an entry recorded while you page never makes you skip or repeat one.',
    params: caseParams,
    query: entryPageQuery,
    responses: { 200: { description: 'A page of entries', schema: entryPageSchema } },
    problems: {
      400: '`limit` is out of range or `cursor` is not one this API wrote',
      404: noSuch('case'),
    },
    async handle({ by, services, params, query }) {
      return respond(200, await services.entries.page(by, params.ref, query));
    },
  }),

  operation({
    method: 'POST',
    path: '/cases/{ref}/entries',
    operationId: 'recordEntry',
    tag: 'Entries',
    summary: 'Record an entry',
    description:
      'One entry as in a case file. `id` is assigned when absent and `at` is now (never more than a day ahead); `agency` and `worker` are yours, and another’s is refused, except where the kind names whom it is about (a referral’s agency, a manager discussion’s or an allocation’s worker). Every reference must resolve against the case. A manager discussion, a safety decision and supervision are a manager’s alone, as on their own endpoints; a closure or the end of an agency’s involvement goes through `POST /cases/{ref}/closure`, which holds the closure guard.',
    idempotent: true,
    params: caseParams,
    body: newEntrySchema,
    responses: { 201: { description: 'The entry as recorded', schema: entrySchema } },
    problems: {
      400: 'The entry does not match its kind, a reference does not resolve, or it is a closure',
      404: `${noSuch('case')}, or a manager’s decision from someone who is not a manager of the case`,
    },
    async handle({ by, services, params, body }) {
      return respond(201, await services.entries.record(by, params.ref, body));
    },
  }),
];
