// Agreements with a family (SX 1.7.13; MK 5.1.9.17; FV written contract): draft, agree, print, review. A draft
// is kept in its own tables, every save a new version (store/agreement-drafts.ts); agreeing it records the
// `agreement` entry; each item reviewed is an `agreement-review` entry, which the findings read
// (`written-agreement-breached`, `disguised-compliance`). One transaction per use case.
import type { z } from 'zod';
import {
  agreeInputSchema,
  agreementDraftInputSchema,
  agreementReviewInputSchema,
} from '../domain/agreement-inputs.js';
import {
  agreementProblems,
  agreementsOf,
  numberedItems,
  type AgreementStatus,
} from '../domain/agreements.js';
import type { CaseFile } from '../domain/case-file.js';
import type { Entry } from '../domain/entries.js';
import { readableFile } from '../domain/restrictions.js';
import { agreementDocument } from '../documents/agreement.js';
import { plainPdf } from '../documents/pdf.js';
import { transaction, type Db, type Tx } from '../store/database.js';
import { loadCaseFile } from '../store/case-records.js';
import {
  draftsOfCase,
  findDraft,
  insertDraft,
  insertDraftVersion,
  markDraftAgreed,
  type AgreementDraft,
} from '../store/agreement-drafts.js';
import { audit } from './audit.js';
import { openCase } from './case-access.js';
import type { SignedIn } from './cases.js';
import type { EmailOutbox } from './email-outbox.js';
import { Conflict, InvalidInput, NotFound, problemsOf, type Problem } from './errors.js';
import { recordOnCase } from './recording.js';

export type { AgreementDraft };

export interface CaseAgreements {
  /** Drafts not yet agreed, newest first. */
  drafts: AgreementDraft[];
  /** Agreements recorded on the case, newest first, each item at its latest review. */
  agreements: AgreementStatus[];
}

function parsed<S extends z.ZodType>(schema: S, input: unknown): z.infer<S> {
  const result = schema.safeParse(input);
  if (!result.success) throw new InvalidInput(problemsOf(result.error.issues));
  return result.data;
}

export function agreementService(db: Db, outbox?: EmailOutbox) {
  /** The draft, or NotFound; Conflict once it has been agreed. */
  const openDraft = async (trx: Tx, caseId: number, id: number, forWriting: boolean) => {
    const draft = await findDraft(trx, caseId, id);
    if (!draft) throw new NotFound(`agreement draft ${id}`);
    if (forWriting && draft.agreedEntry)
      throw new Conflict(`This draft was agreed already: it is agreement ${draft.agreedEntry} on the case`);
    return draft;
  };

  const checkDraft = (file: CaseFile, input: unknown) => {
    const draft = parsed(agreementDraftInputSchema, input);
    const problems = agreementProblems(draft.type, draft.items, file);
    if (problems.length > 0) throw new InvalidInput(problems);
    return draft;
  };

  const agreementOn = (file: CaseFile, id: string): AgreementStatus => {
    const agreement = agreementsOf(file).find((a) => a.id === id);
    if (!agreement) throw new NotFound(`agreement ${id}`);
    return agreement;
  };

  return {
    /** The case's drafts and agreements; reading them is audited. */
    async list(by: SignedIn, ref: string): Promise<CaseAgreements> {
      return transaction(db, async (trx) => {
        const caseRow = await openCase(trx, by.actor, ref, 'read');
        // Agreements restricted from the user are not theirs to see, review or print (restrictions.ts).
        const file = readableFile(await loadCaseFile(trx, caseRow), by.actor);
        const drafts = await draftsOfCase(trx, caseRow.id);
        await audit(trx, by, 'read-agreements', caseRow.id);
        return { drafts: drafts.filter((d) => !d.agreedEntry), agreements: agreementsOf(file) };
      });
    },

    /** One draft, as last saved (agreed or not). */
    async draft(by: SignedIn, ref: string, id: number): Promise<AgreementDraft> {
      return transaction(db, async (trx) => {
        const caseRow = await openCase(trx, by.actor, ref, 'read');
        const draft = await openDraft(trx, caseRow.id, id, false);
        await audit(trx, by, 'read-agreement-draft', caseRow.id, String(id));
        return draft;
      });
    },

    /** Starts a draft: its type and items must already make an agreement of that type (agreements.ts). */
    async startDraft(by: SignedIn, ref: string, input: unknown): Promise<AgreementDraft> {
      return transaction(db, async (trx) => {
        const caseRow = await openCase(trx, by.actor, ref, 'write');
        const draft = checkDraft(await loadCaseFile(trx, caseRow), input);
        const id = await insertDraft(trx, caseRow.id, by.actor.userId, draft);
        await audit(trx, by, 'start-agreement-draft', caseRow.id, String(id));
        return (await findDraft(trx, caseRow.id, id)) as AgreementDraft;
      });
    },

    /** Saves a draft again, as a new version; an agreed draft is not changed (409). */
    async saveDraft(by: SignedIn, ref: string, id: number, input: unknown): Promise<AgreementDraft> {
      return transaction(db, async (trx) => {
        const caseRow = await openCase(trx, by.actor, ref, 'write');
        await openDraft(trx, caseRow.id, id, true);
        const draft = checkDraft(await loadCaseFile(trx, caseRow), input);
        await insertDraftVersion(trx, id, by.actor.userId, draft);
        await audit(trx, by, 'save-agreement-draft', caseRow.id, String(id));
        return (await findDraft(trx, caseRow.id, id)) as AgreementDraft;
      });
    },

    /**
     * Agrees a draft: records the `agreement` entry (when, and who was there: people in the family and
     * workers on the case) and marks the draft agreed, once.
     */
    agree(by: SignedIn, ref: string, id: number, input: unknown): Promise<Entry> {
      return recordOnCase(db, outbox, by, ref, 'write', async (recording) => {
        const { trx, caseRow, file } = recording;
        const draft = await openDraft(trx, caseRow.id, id, true);
        const agreed = parsed(agreeInputSchema, input ?? {});
        const problems = agreementProblems(draft.type, draft.items, file);
        const known = new Set([...file.people, ...file.workers].map((p) => p.ref).concat(by.actor.workerRef));
        (agreed.present ?? []).forEach((who, index) => {
          if (!known.has(who))
            problems.push({
              path: `present[${index}]`,
              message: `No person or worker "${who}" on this case`,
            });
        });
        if (problems.length > 0) throw new InvalidInput(problems);
        const entry = await recording.append({
          kind: 'agreement',
          type: draft.type,
          items: numberedItems(draft.items).map(({ id: itemId, who, text, consequence }) => ({
            id: itemId,
            who,
            text,
            ...(consequence ? { consequence } : {}),
          })),
          ...(agreed.at ? { at: agreed.at } : {}),
          ...(agreed.present?.length ? { present: [...new Set(agreed.present)] } : {}),
          ...(agreed.note ? { note: agreed.note } : {}),
        });
        await markDraftAgreed(trx, id, entry.id, by.actor.userId);
        return entry;
      });
    },

    /** One agreement, each item with its reviews; audited. */
    async agreement(by: SignedIn, ref: string, id: string): Promise<AgreementStatus> {
      return transaction(db, async (trx) => {
        const caseRow = await openCase(trx, by.actor, ref, 'read');
        const agreement = agreementOn(readableFile(await loadCaseFile(trx, caseRow), by.actor), id);
        await audit(trx, by, 'read-agreement', caseRow.id, id);
        return agreement;
      });
    },

    /**
     * Reviews an agreement item by item: one `agreement-review` entry for each item given (kept or not,
     * the family's account for their own items, and what they said as its note).
     */
    review(by: SignedIn, ref: string, id: string, input: unknown): Promise<Entry[]> {
      return recordOnCase(db, outbox, by, ref, 'write', async (recording) => {
        const review = parsed(agreementReviewInputSchema, input);
        const agreement = agreementOn(readableFile(recording.file, by.actor), id);
        const problems: Problem[] = [];
        review.items.forEach((reviewed, index) => {
          const item = agreement.items.find((i) => i.id === reviewed.item);
          if (!item)
            problems.push({
              path: `items[${index}].item`,
              message: `The agreement has no item "${reviewed.item}"`,
            });
          else if (reviewed.familyAccount && item.side === 'agencies')
            problems.push({
              path: `items[${index}].familyAccount`,
              message: "The family's account is asked for their own items only",
            });
        });
        if (new Set(review.items.map((i) => i.item)).size < review.items.length)
          problems.push({ path: 'items', message: 'Review each item once' });
        if (problems.length > 0) throw new InvalidInput(problems);
        const entries: Entry[] = [];
        for (const reviewed of review.items) {
          const entry = await recording.append({
            kind: 'agreement-review',
            agreement: id,
            item: reviewed.item,
            kept: reviewed.kept,
            ...(review.at ? { at: review.at } : {}),
            ...(reviewed.familyAccount ? { familyAccount: reviewed.familyAccount } : {}),
            ...(reviewed.said ? { note: reviewed.said } : {}),
          });
          entries.push(entry);
        }
        return entries;
      });
    },

    /** The agreement as a PDF for the family (plain words; large print on request); printing is audited. */
    async printable(
      by: SignedIn,
      ref: string,
      id: string,
      options: { largePrint: boolean },
    ): Promise<Buffer> {
      const document = await transaction(db, async (trx) => {
        const caseRow = await openCase(trx, by.actor, ref, 'read');
        const file = readableFile(await loadCaseFile(trx, caseRow), by.actor);
        const agreement = agreementOn(file, id);
        await audit(
          trx,
          by,
          'print-agreement',
          caseRow.id,
          `${id}${options.largePrint ? ' large print' : ''}`,
        );
        const agency = file.agencies.find((a) => a.ref === by.actor.agencyRef)?.name ?? '';
        return agreementDocument(file, agreement, { name: by.actor.name, agency }, new Date());
      });
      return plainPdf(document, options);
    },
  };
}

export type AgreementService = ReturnType<typeof agreementService>;
