// Agreements with a family (SX 1.7.13; MK 5.1.9.17; FV written contract): the list at a glance, drafting by
// type, agreeing (when and who was there), the PDF to hand over, and the review item by item.
import type { FastifyInstance, FastifyReply, FastifyRequest } from 'fastify';
import { agreementTypeGuides } from '../../domain/agreements.js';
import { agreementTypes } from '../../domain/vocabularies.js';
import { Conflict, InvalidInput, type Problem } from '../../services/errors.js';
import { formErrors } from '../forms/errors.js';
import {
  agreeFormFrom,
  agreeFrom,
  draftFieldOf,
  draftFormFrom,
  draftFormOf,
  draftFrom,
  isAgreementType,
  newAgreeForm,
  newDraftForm,
  newReviewForm,
  reviewFormFrom,
  reviewFrom,
  withAnotherItem,
  type AgreeForm,
  type DraftForm,
  type ReviewForm,
} from '../forms/agreement.js';
import { setFlash } from '../flash.js';
import { paths } from '../paths.js';
import { signedIn, signedInActor } from '../plugins/current-user.js';
import { keptFormOf, keptIfSignedOut } from '../plugins/kept-forms.js';
import { agreementCard, draftRow, namesOn, presentChoices, whoChoices } from '../presenters/agreements.js';
import { caseHeaderWithoutTab } from '../presenters/case-header.js';
import type { RouteOptions } from './index.js';

type Params = { ref: string };
type DraftParams = Params & { draft: string };
type AgreementParams = Params & { id: string };
type Body = Record<string, unknown>;

const draftNumber = (value: string) => (/^\d{1,9}$/.test(value) ? Number(value) : 0);

export async function agreementRoutes(app: FastifyInstance, { services }: RouteOptions): Promise<void> {
  const overviewOf = (request: FastifyRequest<{ Params: Params }>) =>
    services.cases.overview(signedIn(request), request.params.ref);

  app.get<{ Params: Params }>('/:ref/agreements', async (request, reply) => {
    const overview = await overviewOf(request);
    const { drafts, agreements } = await services.agreements.list(signedIn(request), request.params.ref);
    const file = overview.file;
    return reply.view('cases/agreements.njk', {
      header: caseHeaderWithoutTab(overview),
      drafts: drafts.map((draft) => draftRow(file, draft)),
      agreements: agreements.map((agreement) => agreementCard(file, agreement)),
      newAgreement: paths.case(file.case.ref).newAgreement(),
    });
  });

  const draftPage = async (
    request: FastifyRequest<{ Params: Params }>,
    reply: FastifyReply,
    form: DraftForm,
    action: string,
    problems?: Problem[],
  ) => {
    const overview = await overviewOf(request);
    const anchors: Record<string, string> = { items: 'items-0-who' };
    return reply.code(problems ? 400 : 200).view('cases/agreement-draft.njk', {
      header: caseHeaderWithoutTab(overview),
      form,
      guide: agreementTypeGuides[form.type],
      whoChoices: whoChoices(overview.file, form.type),
      canAddItem: withAnotherItem(form) !== form,
      action,
      errors: problems && formErrors(problems, { anchors }),
    });
  };

  const typePage = async (
    request: FastifyRequest<{ Params: Params }>,
    reply: FastifyReply,
    error?: string,
  ) => {
    const overview = await overviewOf(request);
    return reply.code(error ? 400 : 200).view('cases/agreement-type.njk', {
      header: caseHeaderWithoutTab(overview),
      types: agreementTypes.map((type) => ({
        value: type,
        text: agreementTypeGuides[type].name,
        hint: `${agreementTypeGuides[type].purpose} (${agreementTypeGuides[type].citation})`,
      })),
      action: paths.case(overview.file.case.ref).newAgreement(),
      errors: error && formErrors([{ path: 'type', message: error }]),
    });
  };

  app.get<{ Params: Params; Querystring: { type?: string } }>(
    '/:ref/agreements/new',
    async (request, reply) => {
      const { type } = request.query;
      if (type === undefined) return typePage(request, reply);
      if (!isAgreementType(type)) return typePage(request, reply, 'Select the kind of agreement');
      // Each draft's page shows it as typed when it was posted after the session ended (kept-forms.ts).
      const kept = await keptFormOf(request, reply, (fields) => draftFormFrom(type, fields));
      return draftPage(
        request,
        reply,
        kept ?? newDraftForm(type),
        paths.case(request.params.ref).newAgreement(type),
      );
    },
  );

  // Saving a draft (new or again) or adding a row; `save` says which service call.
  const saveDraft = async (
    request: FastifyRequest<{ Params: Params; Body: Body }>,
    reply: FastifyReply,
    form: DraftForm,
    action: string,
    save: (draft: ReturnType<typeof draftFrom>['draft']) => Promise<unknown>,
  ) => {
    if ((request.body ?? {}).addItem !== undefined)
      return draftPage(request, reply, withAnotherItem(form), action);
    const { draft, rows } = draftFrom(form);
    try {
      await save(draft);
    } catch (error) {
      if (!(error instanceof InvalidInput)) throw error;
      const problems = error.problems.map((p) => ({ ...p, path: draftFieldOf(p.path, rows) }));
      return draftPage(request, reply, form, action, problems);
    }
    setFlash(request, {
      type: 'success',
      text: 'Draft saved. Go through it with the family, then record it as agreed.',
    });
    return reply.redirect(paths.case(request.params.ref).agreements, 303);
  };

  app.post<{ Params: Params; Querystring: { type?: string }; Body: Body }>(
    '/:ref/agreements/new',
    keptIfSignedOut,
    async (request, reply) => {
      const type = request.query.type;
      if (!isAgreementType(type)) return typePage(request, reply, 'Select the kind of agreement');
      const form = draftFormFrom(type, request.body ?? {});
      return saveDraft(request, reply, form, paths.case(request.params.ref).newAgreement(type), (draft) =>
        services.agreements.startDraft(signedIn(request), request.params.ref, draft),
      );
    },
  );

  app.get<{ Params: DraftParams }>('/:ref/agreements/drafts/:draft', async (request, reply) => {
    const draft = await services.agreements.draft(
      signedIn(request),
      request.params.ref,
      draftNumber(request.params.draft),
    );
    if (draft.agreedEntry) return reply.redirect(paths.case(request.params.ref).agreements, 303);
    const kept = await keptFormOf(request, reply, (fields) => draftFormFrom(draft.type, fields));
    return draftPage(
      request,
      reply,
      kept ?? draftFormOf(draft.type, draft.items),
      paths.case(request.params.ref).agreementDraft(draft.id),
    );
  });

  app.post<{ Params: DraftParams; Body: Body }>(
    '/:ref/agreements/drafts/:draft',
    keptIfSignedOut,
    async (request, reply) => {
      const { ref } = request.params;
      const id = draftNumber(request.params.draft);
      const saved = await services.agreements.draft(signedIn(request), ref, id);
      const form = draftFormFrom(saved.type, request.body ?? {});
      return withConflict(request, reply, () =>
        saveDraft(request, reply, form, paths.case(ref).agreementDraft(id), (draft) =>
          services.agreements.saveDraft(signedIn(request), ref, id, draft),
        ),
      );
    },
  );

  const agreePage = async (
    request: FastifyRequest<{ Params: DraftParams }>,
    reply: FastifyReply,
    form: AgreeForm,
    problems?: Problem[],
  ) => {
    const { ref } = request.params;
    const overview = await overviewOf(request);
    const draft = await services.agreements.draft(signedIn(request), ref, draftNumber(request.params.draft));
    if (draft.agreedEntry) return reply.redirect(paths.case(ref).agreements, 303);
    const nameOf = namesOn(overview.file);
    const actor = signedInActor(request);
    return reply.code(problems ? 400 : 200).view('cases/agreement-agree.njk', {
      header: caseHeaderWithoutTab(overview),
      title: agreementTypeGuides[draft.type].name,
      items: draft.items.map((item) => ({ ...item, who: nameOf(item.who) })),
      present: presentChoices(overview.file, { ref: actor.workerRef, name: actor.name }),
      form,
      action: paths.case(ref).agreeDraft(draft.id),
      edit: paths.case(ref).agreementDraft(draft.id),
      errors: problems && formErrors(problems, { anchors: { at: 'at-day', present: 'present' } }),
    });
  };

  app.get<{ Params: DraftParams }>('/:ref/agreements/drafts/:draft/agree', (request, reply) =>
    agreePage(request, reply, newAgreeForm(new Date())),
  );

  app.post<{ Params: DraftParams; Body: Body }>(
    '/:ref/agreements/drafts/:draft/agree',
    async (request, reply) => {
      const { ref } = request.params;
      const form = agreeFormFrom(request.body ?? {});
      const read = agreeFrom(form, new Date());
      if ('problems' in read) return agreePage(request, reply, form, read.problems);
      return withConflict(request, reply, async () => {
        let agreed: string;
        try {
          const entry = await services.agreements.agree(
            signedIn(request),
            ref,
            draftNumber(request.params.draft),
            read.input,
          );
          agreed = entry.id;
        } catch (error) {
          if (!(error instanceof InvalidInput)) throw error;
          return agreePage(request, reply, form, error.problems);
        }
        setFlash(request, {
          type: 'success',
          text: 'Agreement recorded. Print a copy for the family: the large-print version is beside it.',
        });
        return reply.redirect(`${paths.case(ref).agreements}#agreement-${agreed}`, 303);
      });
    },
  );

  app.get<{ Params: AgreementParams; Querystring: { largePrint?: string } }>(
    '/:ref/agreements/:id.pdf',
    async (request, reply) => {
      const pdf = await services.agreements.printable(
        signedIn(request),
        request.params.ref,
        request.params.id,
        {
          largePrint: request.query.largePrint === 'true',
        },
      );
      const name = `agreement-${request.params.ref}-${request.params.id}${request.query.largePrint === 'true' ? '-large-print' : ''}.pdf`;
      return reply
        .type('application/pdf')
        .header('content-disposition', `inline; filename="${name.replace(/[^A-Za-z0-9._-]/g, '_')}"`)
        .send(pdf);
    },
  );

  const reviewPage = async (
    request: FastifyRequest<{ Params: AgreementParams }>,
    reply: FastifyReply,
    form: ReviewForm | null,
    problems?: Problem[],
  ) => {
    const { ref, id } = request.params;
    const overview = await overviewOf(request);
    const agreement = await services.agreements.agreement(signedIn(request), ref, id);
    const card = agreementCard(overview.file, agreement);
    const nameOf = namesOn(overview.file);
    const anchors: Record<string, string> = { at: 'at-day' };
    return reply.code(problems ? 400 : 200).view('cases/agreement-review.njk', {
      header: caseHeaderWithoutTab(overview),
      card,
      items: agreement.items.map((item, index) => ({
        index,
        number: index + 1,
        family: item.side !== 'agencies',
        who: item.who ? nameOf(item.who) : '',
        text: item.text,
        consequence: item.consequence,
      })),
      form: form ?? newReviewForm(new Date(), agreement),
      action: paths.case(ref).reviewAgreement(id),
      errors: problems && formErrors(problems, { anchors }),
    });
  };

  app.get<{ Params: AgreementParams }>('/:ref/agreements/:id/review', (request, reply) =>
    reviewPage(request, reply, null),
  );

  app.post<{ Params: AgreementParams; Body: Body }>('/:ref/agreements/:id/review', async (request, reply) => {
    const { ref, id } = request.params;
    const agreement = await services.agreements.agreement(signedIn(request), ref, id);
    const form = reviewFormFrom(request.body ?? {}, agreement);
    const read = reviewFrom(form, agreement, new Date());
    if ('problems' in read) return reviewPage(request, reply, form, read.problems);
    try {
      const entries = await services.agreements.review(signedIn(request), ref, id, read.input);
      setFlash(request, {
        type: 'success',
        text: `Review recorded for ${entries.length === 1 ? '1 item' : `${entries.length} items`}.`,
      });
    } catch (error) {
      if (!(error instanceof InvalidInput)) throw error;
      return reviewPage(request, reply, form, error.problems);
    }
    return reply.redirect(`${paths.case(ref).agreements}#agreement-${id}`, 303);
  });
}

/** A draft agreed meanwhile (in another tab, or by a colleague): back to the list, saying so. */
async function withConflict(
  request: FastifyRequest<{ Params: Params }>,
  reply: FastifyReply,
  run: () => Promise<unknown>,
): Promise<unknown> {
  try {
    return await run();
  } catch (error) {
    if (!(error instanceof Conflict)) throw error;
    setFlash(request, { text: error.message });
    return reply.redirect(paths.case(request.params.ref).agreements, 303);
  }
}
