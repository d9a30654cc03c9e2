// FORMAT.md, "Vocabularies": each list in the document is the list in the code, value for value and in
// order, and the case-file schema takes exactly those values where the list is used.
import { describe, expect, it } from 'vitest';
import { parseCaseFile } from '../../src/domain/validation.js';
import * as v from '../../src/domain/vocabularies.js';
import { aCase } from '../support/case-builder.js';
import { documentedVocabularies } from './shared-docs.js';

const codeLists: Record<string, readonly string[]> = {
  plan: v.plans,
  'agency type': v.agencyTypes,
  'person role': v.personRoles,
  'contact mode': v.contactModes,
  'contact outcome': v.contactOutcomes,
  behaviours: v.behaviours,
  'indicators (disguised compliance)': v.disguisedComplianceIndicators,
  threats: v.threats,
  'meeting type': v.meetingTypes,
  'meeting decision': v.meetingDecisions,
};

describe('the vocabularies of FORMAT.md', () => {
  const documented = documentedVocabularies();

  it('are the vocabularies the code has', () => {
    expect([...documented.keys()].sort()).toEqual(Object.keys(codeLists).sort());
  });

  it.each(Object.entries(codeLists))('%s has the values the document lists, in its order', (label, list) => {
    expect([...list]).toEqual(documented.get(label));
  });

  it('count every failed outcome among the contact outcomes', () => {
    expect(v.contactOutcomes).toEqual(expect.arrayContaining([...v.failedOutcomes]));
  });
});

describe('a case file uses the vocabularies', () => {
  const family = aCase()
    .withChild('c1', '2025-09-14')
    .withParent('m1', { livesWith: ['c1'] });

  it('accepts every plan, agency type and person role', () => {
    for (const plan of v.plans)
      expect(parseCaseFile(family.withPlan(plan).buildUnchecked()).ok, plan).toBe(true);
    for (const type of v.agencyTypes)
      expect(parseCaseFile(family.withAgency('a1', type).buildUnchecked()).ok, type).toBe(true);
    for (const role of v.personRoles)
      expect(parseCaseFile(family.withPerson('p1', role).buildUnchecked()).ok, role).toBe(true);
  });

  it('accepts every contact mode, outcome, behaviour, indicator and threat', () => {
    const contacts = v.contactModes.reduce(
      (builder, mode, i) =>
        builder.withContact({
          mode,
          outcome: v.contactOutcomes[i % v.contactOutcomes.length],
          behaviours: [...v.behaviours],
          indicators: [...v.disguisedComplianceIndicators],
          threats: [...v.threats],
        }),
      v.contactOutcomes.reduce((builder, outcome) => builder.withContact({ outcome }), family),
    );
    expect(parseCaseFile(contacts.buildUnchecked()).ok).toBe(true);
  });

  it('accepts every meeting type and decision', () => {
    const meetings = v.meetingTypes.reduce(
      (builder, type, i) =>
        builder.withEntry({
          kind: 'meeting',
          type,
          decision: v.meetingDecisions[i % v.meetingDecisions.length],
        }),
      family,
    );
    expect(parseCaseFile(meetings.buildUnchecked()).ok).toBe(true);
  });

  it('rejects a value outside a vocabulary, naming where it is and what is allowed', () => {
    const file = family
      .withPlan('supervision-order' as v.Plan)
      .withContact({ outcome: 'gone-away' as v.ContactOutcome, behaviours: ['rudeness' as v.Behaviour] })
      .buildUnchecked();
    expect(parseCaseFile(file)).toEqual({
      ok: false,
      problems: [
        `case.plan: Invalid option: expected one of ${v.plans.map((plan) => `"${plan}"`).join('|')}`,
        expect.stringMatching(/^entries\[0\]\.outcome: Invalid option: expected one of "completed"\|/),
        expect.stringMatching(
          /^entries\[0\]\.behaviours\[0\]: Invalid option: expected one of "ambivalence"\|/,
        ),
      ],
    });
  });
});
