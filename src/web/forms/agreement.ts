// The agreement forms: drafting (rows of items that work without JavaScript: "Add another item" posts the form
// back with one more row, as the meeting form's actions do), agreeing (when, and who was there) and
// reviewing item by item (kept or not, and what the family said).
import { agreementTypeGuides, type AgreementType } from '../../domain/agreements.js';
import type { AgreementItemInput, AgreementStatus } from '../../domain/agreements.js';
import { agreementTypes } from '../../domain/vocabularies.js';
import type { Problem } from '../../services/errors.js';
import { dateTimeFrom, dateTimePartsFrom, dateTimePartsOf, type DateTimeParts } from './dates.js';
import { listOf, textOf } from './fields.js';

export interface ItemRow {
  who: string;
  text: string;
  consequence: string;
}

export interface DraftForm {
  type: AgreementType;
  items: ItemRow[];
}

/** Enough for any agreement; a bound so a crafted form cannot ask for a page of a million rows. */
const mostRows = 30;
const blankRow = (): ItemRow => ({ who: '', text: '', consequence: '' });
const isBlank = (row: ItemRow) => !row.who && !row.text && !row.consequence;

export const isAgreementType = (value: unknown): value is AgreementType =>
  typeof value === 'string' && (agreementTypes as readonly string[]).includes(value);

/** Blank rows to start with: one concern for a contract or undertaking, a few for the others. */
export function newDraftForm(type: AgreementType): DraftForm {
  const rows = agreementTypeGuides[type].mostItems === 1 ? 1 : type === 'written-agreement' ? 4 : 3;
  return { type, items: Array.from({ length: rows }, blankRow) };
}

export function draftFormOf(type: AgreementType, items: readonly AgreementItemInput[]): DraftForm {
  return {
    type,
    items: items.map((item) => ({ who: item.who, text: item.text, consequence: item.consequence ?? '' })),
  };
}

export function draftFormFrom(type: AgreementType, body: Record<string, unknown>): DraftForm {
  const rowNumbers = Object.keys(body)
    .flatMap((key) => /^items-(\d+)-/.exec(key)?.[1] ?? [])
    .map(Number);
  const rows = Math.min(mostRows, Math.max(1, ...rowNumbers.map((n) => n + 1)));
  return {
    type,
    items: Array.from({ length: rows }, (_, i) => ({
      who: textOf(body[`items-${i}-who`]),
      text: textOf(body[`items-${i}-text`]),
      consequence: textOf(body[`items-${i}-consequence`]),
    })),
  };
}

/** The form again with one more blank row ("Add another item"), up to the type's limit. */
export function withAnotherItem(form: DraftForm): DraftForm {
  const most = Math.min(mostRows, agreementTypeGuides[form.type].mostItems);
  return form.items.length >= most ? form : { ...form, items: [...form.items, blankRow()] };
}

/** The draft the form describes (blank rows skipped), and which form row each item came from. */
export function draftFrom(form: DraftForm): {
  draft: { type: AgreementType; items: AgreementItemInput[] };
  rows: number[];
} {
  const rows = form.items.flatMap((row, index) => (isBlank(row) ? [] : [index]));
  const items = rows.map((index) => {
    const row = form.items[index] ?? blankRow();
    return { who: row.who, text: row.text, ...(row.consequence ? { consequence: row.consequence } : {}) };
  });
  return { draft: { type: form.type, items }, rows };
}

/** Where a service's problem shows on the form: `items[1].who` is the who of row `rows[1]`. */
export function draftFieldOf(path: string, rows: number[]): string {
  const item = /^items\[(\d+)\]\.(\w+)$/.exec(path);
  if (item) return `items-${rows[Number(item[1])] ?? 0}-${item[2]}`;
  return path;
}

export interface AgreeForm extends DateTimeParts {
  present: string[];
  note: string;
}

export const newAgreeForm = (now: Date): AgreeForm => ({ ...dateTimePartsOf(now), present: [], note: '' });

export function agreeFormFrom(body: Record<string, unknown>): AgreeForm {
  return { ...dateTimePartsFrom(body), present: listOf(body.present), note: textOf(body.note) };
}

export function agreeFrom(
  form: AgreeForm,
  now: Date,
): { input: Record<string, unknown> } | { problems: Problem[] } {
  const problems: Problem[] = [];
  const at = dateTimeFrom(form, now, 'the agreement', problems);
  if (form.present.length === 0)
    problems.push({ path: 'present', message: 'Select who was there when it was agreed' });
  if (problems.length > 0 || !at) return { problems };
  return { input: { at, present: form.present, ...(form.note ? { note: form.note } : {}) } };
}

export interface ReviewRow {
  kept: string;
  familyAccount: string;
  said: string;
}

export interface ReviewForm extends DateTimeParts {
  items: ReviewRow[];
}

export function newReviewForm(now: Date, agreement: AgreementStatus): ReviewForm {
  return {
    ...dateTimePartsOf(now),
    items: agreement.items.map(() => ({ kept: '', familyAccount: '', said: '' })),
  };
}

export function reviewFormFrom(body: Record<string, unknown>, agreement: AgreementStatus): ReviewForm {
  return {
    ...dateTimePartsFrom(body),
    items: agreement.items.map((_, i) => ({
      kept: textOf(body[`items-${i}-kept`]),
      familyAccount: textOf(body[`items-${i}-familyAccount`]),
      said: textOf(body[`items-${i}-said`]),
    })),
  };
}

/** The review the form describes: items left as "not reviewed this time" are skipped. */
export function reviewFrom(
  form: ReviewForm,
  agreement: AgreementStatus,
  now: Date,
): { input: Record<string, unknown> } | { problems: Problem[] } {
  const problems: Problem[] = [];
  const at = dateTimeFrom(form, now, 'the review', problems);
  const items = agreement.items.flatMap((item, i) => {
    const row = form.items[i];
    if (!row || !['yes', 'no'].includes(row.kept)) return [];
    const family = item.side !== 'agencies';
    return [
      {
        item: item.id,
        kept: row.kept === 'yes',
        ...(family && ['kept', 'not-kept', 'none'].includes(row.familyAccount)
          ? { familyAccount: row.familyAccount }
          : {}),
        ...(row.said ? { said: row.said } : {}),
      },
    ];
  });
  if (items.length === 0)
    problems.push({ path: 'items-0-kept', message: 'Say for at least one item whether it was kept' });
  if (problems.length > 0 || !at) return { problems };
  return { input: { at, items } };
}
