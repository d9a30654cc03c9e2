// What a page, the API or the command line may ask of agreements: the same schemas validate each and
// describe the API (src/api/schemas.ts).
import { z } from 'zod';
import { contactSchema } from './entries.js';
import { agreementTypes, familyAccounts } from './vocabularies.js';

const ref = z.string().min(1).max(64);
const text = z.string().min(1).max(10_000);
const at = contactSchema.shape.at;

export const agreementItemInputSchema = z.strictObject({
  who: ref.describe('the person in the family or the agency the item is for'),
  text: text.describe('what they will do, or (in a behaviour contract) the behaviour that is not acceptable'),
  consequence: text.optional().describe('what happens if it is not kept'),
});

/** A draft: its type and items, as the family and the worker have them so far. */
export const agreementDraftInputSchema = z.strictObject({
  type: z.enum(agreementTypes),
  items: z.array(agreementItemInputSchema).max(30),
});

/** Agreeing a draft: when (defaults to now) and who was there. */
export const agreeInputSchema = z.strictObject({
  at: at.optional().describe('when it was agreed; defaults to now'),
  present: z
    .array(ref)
    .optional()
    .describe('refs of the people in the family and the workers who were there'),
  note: text.optional(),
});

/** A review of an agreement, item by item: each item reviewed becomes one `agreement-review` entry. */
export const agreementReviewInputSchema = z.strictObject({
  at: at.optional().describe('when it was reviewed; defaults to now'),
  items: z
    .array(
      z.strictObject({
        item: ref.describe("the item's id in the agreement (`i1`)"),
        kept: z.boolean(),
        familyAccount: z
          .enum(familyAccounts)
          .optional()
          .describe("for the family's own items: whether they said they kept it"),
        said: text.optional().describe('what the family said, in their words'),
      }),
    )
    .min(1),
});

export type AgreementDraftInput = z.infer<typeof agreementDraftInputSchema>;
export type AgreeInput = z.infer<typeof agreeInputSchema>;
export type AgreementReviewInput = z.infer<typeof agreementReviewInputSchema>;
