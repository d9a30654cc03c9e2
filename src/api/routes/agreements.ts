// Agreements with a family: drafts (each save kept), agreeing one (the `agreement` entry), reviewing it item
// by item (`agreement-review` entries, read by the findings), and the PDF printed for the family.
import { noSuch, operation, respond } from '../operation.js';
import {
  agreeInputSchema,
  agreementDraftInputSchema,
  agreementDraftParams,
  agreementDraftSchema,
  agreementListSchema,
  agreementParams,
  agreementPdfQuery,
  agreementReviewInputSchema,
  agreementReviewsSchema,
  agreementStatusSchema,
  caseParams,
  entrySchema,
  pdfSchema,
} from '../schemas.js';

const notFound = noSuch('case or agreement');
const noDraft = noSuch('case or draft');
const notAnAgreement = 'The body does not match, or the items do not make an agreement of that type';
const rules =
  'A `written-agreement` needs at least one item for a person in the family and one for an agency (MK 5.1.9.17); a `contract-of-expectation` or `written-undertaking` is one item for a person in the family, with its `consequence` (SX 1.7.13); a `behaviour-contract` names behaviour that is not acceptable in each item, each with its `consequence` (FV).';

export const agreementOperations = [
  operation({
    method: 'GET',
    path: '/cases/{ref}/agreements',
    operationId: 'listAgreements',
    tag: 'Agreements',
    summary: 'The drafts and agreements of a case',
    description:
      'Each agreement with every item’s reviews and the latest, and how many items are not kept on each side.',
    params: caseParams,
    responses: { 200: { description: 'Drafts and agreements', schema: agreementListSchema } },
    problems: { 404: noSuch('case') },
    async handle({ by, services, params }) {
      return respond(200, await services.agreements.list(by, params.ref));
    },
  }),

  operation({
    method: 'POST',
    path: '/cases/{ref}/agreements/drafts',
    operationId: 'startAgreementDraft',
    tag: 'Agreements',
    summary: 'Start drafting an agreement',
    description: `A draft is not an entry on the case until it is agreed. ${rules}`,
    idempotent: true,
    params: caseParams,
    body: agreementDraftInputSchema,
    responses: { 201: { description: 'The draft', schema: agreementDraftSchema } },
    problems: {
      400: notAnAgreement,
      404: noSuch('case'),
    },
    async handle({ by, services, params, body }) {
      return respond(201, await services.agreements.startDraft(by, params.ref, body));
    },
  }),

  operation({
    method: 'POST',
    path: '/cases/{ref}/agreements/drafts/{draft}',
    operationId: 'saveAgreementDraft',
    tag: 'Agreements',
    summary: 'Save a draft again',
    description: `Each save is kept as a new version; the latest is the draft. ${rules}`,
    idempotent: true,
    params: agreementDraftParams,
    body: agreementDraftInputSchema,
    responses: { 200: { description: 'The draft as saved', schema: agreementDraftSchema } },
    problems: {
      400: notAnAgreement,
      404: noDraft,
      409: 'The draft has been agreed: it does not change',
    },
    async handle({ by, services, params, body }) {
      return respond(200, await services.agreements.saveDraft(by, params.ref, params.draft, body));
    },
  }),

  operation({
    method: 'POST',
    path: '/cases/{ref}/agreements/drafts/{draft}/agree',
    operationId: 'agreeAgreement',
    tag: 'Agreements',
    summary: 'Agree a draft',
    description:
      'Records the `agreement` entry: `at` is when it was agreed (default now), `present` who was there (people in the family and workers on the case; docs/format-extensions.md). Items are numbered `i1`, `i2`… The draft is then marked agreed.',
    idempotent: true,
    params: agreementDraftParams,
    body: agreeInputSchema,
    responses: { 201: { description: 'The agreement entry', schema: entrySchema } },
    problems: {
      400: 'The body does not match, or someone present is not on the case',
      404: noDraft,
      409: 'The draft has been agreed already',
    },
    async handle({ by, services, params, body }) {
      return respond(201, await services.agreements.agree(by, params.ref, params.draft, body));
    },
  }),

  operation({
    method: 'GET',
    path: '/cases/{ref}/agreements/{id}',
    operationId: 'getAgreement',
    tag: 'Agreements',
    summary: 'One agreement, item by item',
    params: agreementParams,
    responses: { 200: { description: 'The agreement', schema: agreementStatusSchema } },
    problems: { 404: notFound },
    async handle({ by, services, params }) {
      return respond(200, await services.agreements.agreement(by, params.ref, params.id));
    },
  }),

  operation({
    method: 'POST',
    path: '/cases/{ref}/agreements/{id}/reviews',
    operationId: 'reviewAgreement',
    tag: 'Agreements',
    summary: 'Review an agreement item by item',
    description:
      "One `agreement-review` entry per item given: `kept`, and for the family's own items their account (`familyAccount`); `said` (their words) is the entry's note. An item not kept feeds `written-agreement-breached`; not kept while the family says it was, `disguised-compliance`.",
    idempotent: true,
    params: agreementParams,
    body: agreementReviewInputSchema,
    responses: { 201: { description: 'The review entries', schema: agreementReviewsSchema } },
    problems: {
      400: "The body does not match, names an item the agreement does not have, or gives a family account for an agency's item",
      404: notFound,
    },
    async handle({ by, services, params, body }) {
      return respond(201, { items: await services.agreements.review(by, params.ref, params.id, body) });
    },
  }),

  operation({
    method: 'GET',
    path: '/cases/{ref}/agreements/{id}.pdf',
    operationId: 'printAgreement',
    tag: 'Agreements',
    summary: 'The agreement as a PDF for the family',
    description:
      'Plain words and layout, a clear sans-serif font, tagged headings and lists, English as its language, page numbers; `largePrint=true` sets the text at 18 point. Printing is audited.',
    params: agreementParams,
    query: agreementPdfQuery,
    responses: {
      200: { description: 'The PDF', schema: pdfSchema, mediaType: 'application/pdf' },
    },
    problems: { 404: notFound },
    async handle({ by, services, params, query }) {
      const pdf = await services.agreements.printable(by, params.ref, params.id, {
        largePrint: query?.largePrint === 'true',
      });
      return respond(200, pdf);
    },
  }),
];
