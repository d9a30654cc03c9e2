// An agreement as the family reads it: plain words, their names and ours, what each side will do and what
// happens if it is not kept (SX 1.7.13; MK 5.1.9.17; FV "Drawing up a written contract"). Pure: the case
// file, the agreement and the moment it is printed in, a PlainDocument out.
import type { AgreementItemStatus, AgreementStatus, AgreementType } from '../domain/agreements.js';
import { listText } from '../domain/assessment/explain.js';
import type { CaseFile } from '../domain/case-file.js';
import { ukDateFormat, type DateLike } from '../domain/uk-date-format.js';
import type { PlainDocument } from './pdf.js';

const weekday = ukDateFormat({ weekday: 'long' });
const date = ukDateFormat({ day: 'numeric', month: 'long', year: 'numeric' });
/** "Tuesday 3 March 2026" (no comma, whatever the ICU data in use). */
const longDate = (at: DateLike): string => `${weekday(at)} ${date(at)}`;

const titles: Record<AgreementType, string> = {
  'written-agreement': 'Our written agreement',
  'contract-of-expectation': 'What we expect: a contract of expectation',
  'written-undertaking': 'Your written undertaking',
  'behaviour-contract': 'Behaviour that is not acceptable',
};

export interface PrintedBy {
  name: string;
  agency: string;
}

export function agreementDocument(
  file: CaseFile,
  agreement: AgreementStatus,
  printedBy: PrintedBy,
  printedAt: Date,
): PlainDocument {
  const nameOf = namesOn(file);
  const present = agreement.present.map(nameOf);
  const intro = [
    `We agreed this on ${longDate(agreement.at)}.`,
    present.length ? `These people were there: ${listText(present)}.` : '',
  ]
    .filter(Boolean)
    .join(' ');
  const family = agreement.items.filter((item) => item.side !== 'agencies');
  const agencies = agreement.items.filter((item) => item.side === 'agencies');
  return {
    title: titles[agreement.type],
    intro,
    sections: [...sectionsFor(agreement.type, family, agencies, nameOf), ...closing(agreement.type)],
    footer: `Case ${file.case.ref}. Printed on ${longDate(printedAt)} by ${printedBy.name}, ${printedBy.agency}. If anything here is not clear, ask us to explain it.`,
  };
}

type Section = PlainDocument['sections'][number];

function sectionsFor(
  type: AgreementType,
  family: AgreementItemStatus[],
  agencies: AgreementItemStatus[],
  nameOf: (ref: string) => string,
): Section[] {
  const promise = (item: AgreementItemStatus) =>
    `${item.who ? `${nameOf(item.who)}: ` : ''}${item.text}${item.consequence ? ` If this does not happen: ${item.consequence}` : ''}`;
  switch (type) {
    case 'written-agreement':
      return [
        { heading: 'What you will do', items: family.map(promise) },
        { heading: 'What we will do', items: agencies.map(promise) },
      ];
    case 'contract-of-expectation':
    case 'written-undertaking':
      return family.flatMap((item) => [
        {
          heading: 'What we expect',
          paragraphs: [`${item.who ? `${nameOf(item.who)}: ` : ''}${item.text}`],
        },
        { heading: 'What happens if this does not happen', paragraphs: [item.consequence ?? ''] },
      ]);
    case 'behaviour-contract':
      return [
        {
          heading: 'Behaviour that is not acceptable, and what will happen',
          items: family.map(
            (item) =>
              `${item.who ? `${nameOf(item.who)}: ` : ''}${item.text}. What will happen: ${item.consequence ?? ''}`,
          ),
        },
      ];
  }
}

function closing(type: AgreementType): Section[] {
  const review = {
    heading: 'What happens next',
    paragraphs: [
      'We will meet again to go through this, one point at a time. We will ask you what you think, and write down what you say.',
    ],
  };
  // FV: the family is told how the behaviour counts when we think about the children's safety.
  if (type === 'behaviour-contract')
    return [
      {
        heading: 'Why this matters',
        paragraphs: [
          'We want to keep working with you. We will think about this behaviour when we decide how safe the children are.',
        ],
      },
      review,
    ];
  return [review];
}

function namesOn(file: CaseFile): (ref: string) => string {
  const names = new Map<string, string>([
    ...file.agencies.map((agency) => [agency.ref, agency.name] as const),
    ...file.workers.map((worker) => {
      const agency = file.agencies.find((a) => a.ref === worker.agency);
      return [worker.ref, agency ? `${worker.name} (${agency.name})` : worker.name] as const;
    }),
    ...file.people.map((person) => [person.ref, person.name] as const),
  ]);
  return (ref) => names.get(ref) ?? ref;
}
