// Agreements as the pages show them: at a glance, which promises were kept on both sides at the last review.
import {
  agreementTypeGuides,
  type AgreementItemStatus,
  type AgreementStatus,
  type AgreementType,
  type Side,
} from '../../domain/agreements.js';
import type { CaseFile } from '../../domain/case-file.js';
import type { AgreementDraft } from '../../services/agreements.js';
import { paths } from '../paths.js';
import { ukDate, ukDateTime } from '../uk-dates.js';

export interface Choice {
  value: string;
  text: string;
}

export function namesOn(file: CaseFile): (ref: string) => string {
  const names = new Map<string, string>([
    ...file.agencies.map((a) => [a.ref, a.name] as const),
    ...file.workers.map((w) => [w.ref, w.name] as const),
    ...file.people.map((p) => [p.ref, p.name] as const),
  ]);
  return (ref) => names.get(ref) ?? ref;
}

/** Who an item may be for: people in the family and, for a two-way agreement, the agencies on the case. */
export function whoChoices(file: CaseFile, type: AgreementType): Choice[] {
  const people = file.people.map((p) => ({ value: p.ref, text: `${p.name} (family)` }));
  const agencies = agreementTypeGuides[type].sides.includes('agencies')
    ? file.agencies.map((a) => ({ value: a.ref, text: `${a.name} (agency)` }))
    : [];
  return [...people, ...agencies];
}

/** Who may have been there: the family, then the workers on the case (the user among them). */
export function presentChoices(file: CaseFile, you: { ref: string; name: string }): Choice[] {
  const agencyOf = (ref: string) => file.agencies.find((a) => a.ref === ref)?.name;
  const workers = file.workers.some((w) => w.ref === you.ref)
    ? file.workers
    : [...file.workers, { ref: you.ref, name: you.name, agency: '' }];
  return [
    ...file.people.map((p) => ({ value: p.ref, text: p.name })),
    ...workers.map((w) => ({
      value: w.ref,
      text: agencyOf(w.agency) ? `${w.name}, ${agencyOf(w.agency)}` : w.name,
    })),
  ];
}

export interface ItemView {
  who: string;
  text: string;
  consequence: string | undefined;
  status: { text: string; classes: string };
  said: string | null;
  familyAccount: string | null;
}

export interface AgreementCard {
  id: string;
  title: string;
  agreed: string;
  present: string;
  glance: string;
  sides: { heading: string; items: ItemView[] }[];
  links: { pdf: string; largePrint: string; review: string };
}

const familyAccountText = {
  kept: 'Said it was kept',
  'not-kept': 'Said it was not kept',
  none: 'Did not say',
};

function itemView(item: AgreementItemStatus, nameOf: (ref: string) => string): ItemView {
  const latest = item.latest;
  return {
    who: item.who ? nameOf(item.who) : '',
    text: item.text,
    consequence: item.consequence,
    status: !latest
      ? { text: 'Not reviewed', classes: 'govuk-tag--grey' }
      : latest.kept
        ? { text: 'Kept', classes: 'govuk-tag--green' }
        : { text: 'Not kept', classes: 'govuk-tag--red' },
    said: latest?.said ?? null,
    familyAccount: latest?.familyAccount ? familyAccountText[latest.familyAccount] : null,
  };
}

function glanceOf(agreement: AgreementStatus): string {
  if (!agreement.reviewedAt) return 'Not reviewed yet';
  const side = (s: Side, label: string) => {
    const items = agreement.items.filter((i) => i.side === s);
    if (items.length === 0) return null;
    const reviewed = items.filter((i) => i.latest);
    const notKept = agreement.notKept[s];
    return `${label}: ${reviewed.length - notKept} of ${items.length} kept${notKept ? `, ${notKept} not kept` : ''}`;
  };
  return [
    `Last reviewed ${ukDate(agreement.reviewedAt)}`,
    side('family', 'Family'),
    side('agencies', 'Agencies'),
  ]
    .filter(Boolean)
    .join('. ');
}

export function agreementCard(file: CaseFile, agreement: AgreementStatus): AgreementCard {
  const nameOf = namesOn(file);
  const links = paths.case(file.case.ref);
  const family = agreement.items.filter((i) => i.side !== 'agencies').map((i) => itemView(i, nameOf));
  const agencies = agreement.items.filter((i) => i.side === 'agencies').map((i) => itemView(i, nameOf));
  const familyHeading =
    agreement.type === 'behaviour-contract' ? 'Behaviour that is not acceptable' : 'What the family will do';
  return {
    id: agreement.id,
    title: agreementTypeGuides[agreement.type].name,
    agreed: ukDateTime(agreement.at),
    present: agreement.present.map(nameOf).join(', ') || 'Not recorded',
    glance: glanceOf(agreement),
    sides: [
      { heading: familyHeading, items: family },
      ...(agencies.length ? [{ heading: 'What the agencies will do', items: agencies }] : []),
    ],
    links: {
      pdf: links.agreementPdf(agreement.id),
      largePrint: links.agreementPdf(agreement.id, true),
      review: links.reviewAgreement(agreement.id),
    },
  };
}

export function draftRow(file: CaseFile, draft: AgreementDraft) {
  const links = paths.case(file.case.ref);
  return {
    title: agreementTypeGuides[draft.type].name,
    items: draft.items.length,
    saved: `${ukDateTime(draft.savedAt)} by ${draft.savedBy}`,
    versions: draft.versions,
    links: { edit: links.agreementDraft(draft.id), agree: links.agreeDraft(draft.id) },
  };
}
