// Agreements with a family, kept as the distinct things the procedures say they are (SX 1.7.13): a two-way
// written agreement (what we expect of the family and what they can expect of us, MK 5.1.9.17); a contract
// of expectation or written undertaking on one specific concern, with what follows if it is not met
// (SX 1.7.13); and a written contract naming behaviour that is not acceptable and its consequences
// (FV "Drawing up a written contract"). Then how each item stood at its latest review, on both sides.
import type { CaseFile } from './case-file.js';
import type { Entry, EntryOfKind } from './entries.js';
import type { agreementTypes, familyAccounts } from './vocabularies.js';

export type AgreementType = (typeof agreementTypes)[number];
export type FamilyAccount = (typeof familyAccounts)[number];

export interface AgreementItemInput {
  /** A person in the family or an agency on the case. */
  who: string;
  text: string;
  consequence?: string;
}

export interface AgreementProblem {
  /** `items`, or one field of one item: `items[1].consequence`. */
  path: string;
  message: string;
}

export interface AgreementTypeGuide {
  name: string;
  /** What it is for, in a sentence a worker reads when choosing. */
  purpose: string;
  citation: string;
  /** Who may be named on an item. */
  sides: readonly Side[];
  /** At most this many items. */
  mostItems: number;
  consequenceRequired: boolean;
}

export type Side = 'family' | 'agencies';

export const agreementTypeGuides: Record<AgreementType, AgreementTypeGuide> = {
  'written-agreement': {
    name: 'Written agreement',
    purpose: 'A two-way plan: what the family will do, and what they can expect from each agency in return.',
    citation: 'MK 5.1.9.17',
    sides: ['family', 'agencies'],
    mostItems: 30,
    consequenceRequired: false,
  },
  'contract-of-expectation': {
    name: 'Contract of expectation',
    purpose:
      'One specific concern: what a parent or carer is expected to do or not do, and what happens if they do not. Not a plan for working together.',
    citation: 'SX 1.7.13',
    sides: ['family'],
    mostItems: 1,
    consequenceRequired: true,
  },
  'written-undertaking': {
    name: 'Written undertaking',
    purpose:
      'One specific concern: a parent or carer undertakes that something will or will not happen, and is told what follows if it does not.',
    citation: 'SX 1.7.13',
    sides: ['family'],
    mostItems: 1,
    consequenceRequired: true,
  },
  'behaviour-contract': {
    name: 'Behaviour contract',
    purpose:
      'Names exactly which behaviour towards workers is not acceptable (shouting, swearing, threats) and the clear, realistic consequence of each.',
    citation: 'FV "Drawing up a written contract"',
    sides: ['family'],
    mostItems: 30,
    consequenceRequired: true,
  },
};

/** Which side of the agreement `who` is on, or null when it names nobody on the case. */
export function sideOf(file: Pick<CaseFile, 'people' | 'agencies'>, who: string): Side | null {
  if (file.people.some((person) => person.ref === who)) return 'family';
  if (file.agencies.some((agency) => agency.ref === who)) return 'agencies';
  return null;
}

/** What stops these items from being an agreement of this type on this case; empty when nothing does. */
export function agreementProblems(
  type: AgreementType,
  items: readonly AgreementItemInput[],
  file: Pick<CaseFile, 'people' | 'agencies'>,
): AgreementProblem[] {
  const guide = agreementTypeGuides[type];
  const problems: AgreementProblem[] = [];
  items.forEach((item, index) => {
    const at = `items[${index}]`;
    const number = index + 1;
    const side = item.who ? sideOf(file, item.who) : null;
    if (!side || !guide.sides.includes(side))
      problems.push({
        path: `${at}.who`,
        message:
          guide.sides.length === 2
            ? `Select who item ${number} is for: a person in the family or an agency`
            : `Select the person in the family item ${number} is for`,
      });
    if (!item.text.trim())
      problems.push({
        path: `${at}.text`,
        message:
          type === 'behaviour-contract'
            ? `Enter the behaviour that is not acceptable for item ${number}`
            : `Enter what is agreed for item ${number}`,
      });
    if (guide.consequenceRequired && !item.consequence?.trim())
      problems.push({
        path: `${at}.consequence`,
        message: `Enter what will happen if item ${number} is not kept`,
      });
  });
  if (items.length === 0) problems.push({ path: 'items', message: 'Add at least one item to the agreement' });
  else if (items.length > guide.mostItems)
    problems.push({
      path: 'items',
      message: `A ${guide.name.toLowerCase()} is about one specific concern: keep it to one item, and put wider plans in a written agreement`,
    });
  // MK 5.1.9.17: two-way, so both sides have something in it.
  if (type === 'written-agreement' && items.length > 0) {
    const sides = new Set(items.map((item) => sideOf(file, item.who)));
    if (!sides.has('family'))
      problems.push({ path: 'items', message: 'Add at least one thing the family will do' });
    if (!sides.has('agencies'))
      problems.push({
        path: 'items',
        message: 'Add at least one thing an agency will do: the family can expect something from us too',
      });
  }
  return problems;
}

export interface ItemReview {
  /** The `agreement-review` entry. */
  id: string;
  at: string;
  kept: boolean;
  familyAccount: FamilyAccount | null;
  /** What the family said, in their words (the review's note). */
  said: string | null;
}

export interface AgreementItemStatus {
  id: string;
  who: string | undefined;
  side: Side | null;
  text: string;
  consequence: string | undefined;
  /** Oldest first. */
  reviews: ItemReview[];
  latest: ItemReview | null;
}

export interface AgreementStatus {
  /** The `agreement` entry's id (reviews name it, not its corrections). */
  id: string;
  type: AgreementType;
  at: string;
  present: string[];
  note: string | undefined;
  items: AgreementItemStatus[];
  /** When it was last reviewed; null when never. */
  reviewedAt: string | null;
  /** Items not kept at their latest review, on each side. */
  notKept: Record<Side, number>;
}

type AgreementEntry = EntryOfKind<'agreement'>;
type ReviewEntry = EntryOfKind<'agreement-review'>;

/**
 * Every agreement on the case, newest first, as last corrected, each item with its reviews. Entries are
 * in the order they were recorded; a correction of a review replaces it.
 */
export function agreementsOf(file: Pick<CaseFile, 'people' | 'agencies' | 'entries'>): AgreementStatus[] {
  const latestOf = new Map<string, Entry>();
  for (const entry of file.entries) latestOf.set(entry.amends ?? entry.id, entry);
  const reviews = [...latestOf.values()].filter((e): e is ReviewEntry => e.kind === 'agreement-review');
  return file.entries
    .filter((e): e is AgreementEntry => e.kind === 'agreement' && !e.amends)
    .map((original) => {
      const agreement = (latestOf.get(original.id) ?? original) as AgreementEntry;
      const items = agreement.items.map((item): AgreementItemStatus => {
        const itemReviews = reviews
          .filter((review) => review.agreement === original.id && review.item === item.id)
          .map((review) => ({
            id: review.amends ?? review.id,
            at: review.at,
            kept: review.kept,
            familyAccount: review.familyAccount ?? null,
            said: review.note ?? null,
          }));
        return {
          id: item.id,
          who: item.who,
          side: item.who ? sideOf(file, item.who) : null,
          text: item.text,
          consequence: item.consequence,
          reviews: itemReviews,
          latest: itemReviews.at(-1) ?? null,
        };
      });
      const reviewedAt =
        items
          .flatMap((item) => item.reviews.map((review) => review.at))
          .sort()
          .at(-1) ?? null;
      const notKept = (side: Side) =>
        items.filter((item) => item.side === side && item.latest && !item.latest.kept).length;
      return {
        id: original.id,
        type: agreement.type,
        at: agreement.at,
        present: agreement.present ?? [],
        note: agreement.note,
        items,
        reviewedAt,
        notKept: { family: notKept('family'), agencies: notKept('agencies') },
      };
    })
    .reverse();
}

/** Item ids for an agreement's items, in order: `i1`, `i2`… */
export function numberedItems<T extends AgreementItemInput>(items: readonly T[]): (T & { id: string })[] {
  return items.map((item, index) => ({ ...item, id: `i${index + 1}` }));
}
