// FORMAT.md, "Entry kinds and their fields", then our additions (docs/format-extensions.md): the tables and
// the entry schemas say the same thing, and a case with one entry of every kind, each with every field
// filled in, is a valid case file.
import { describe, expect, it } from 'vitest';
import { z } from 'zod';
import { entrySchema } from '../../src/domain/entries.js';
import { parseCaseFile } from '../../src/domain/validation.js';
import { entryKinds } from '../../src/domain/vocabularies.js';
import { aCase, type EntryInput } from '../support/case-builder.js';
import {
  documentedCommonFields,
  documentedEntryKinds,
  extensionFields,
  extensionsDocument,
} from './shared-docs.js';

const commonFields = ['id', 'kind', 'at', 'agency', 'worker', 'note', 'restricted', 'amends'];

const schemaOfKind = new Map(
  entrySchema.options.map((option) => [
    option.shape.kind.value as string,
    option.shape as Record<string, z.ZodType>,
  ]),
);

function allowedValues(schema: z.ZodType | undefined): readonly string[] | undefined {
  const inner = schema instanceof z.ZodOptional ? schema.unwrap() : schema;
  return inner instanceof z.ZodEnum ? (inner.options as string[]) : undefined;
}

// One entry of every kind, each with every field it may have. Ids are the kinds, so later entries can
// name the incident, the visit plan and the agreement they belong to.
const everyKind: EntryInput[] = [
  {
    id: 'contact',
    kind: 'contact',
    mode: 'home-visit',
    planned: true,
    announced: false,
    outcome: 'completed',
    for: ['c1'],
    seen: ['m1', 'c1'],
    seenAlone: ['c1'],
    childViews: ['c1'],
    behaviours: ['ambivalence'],
    indicators: ['partial-change'],
    threats: ['swearing'],
    interpreterUsed: true,
    summaryGiven: true,
    summary: {
      why: 'To see how the baby is.',
      done: 'We saw you and the baby.',
      next: 'We will come back on Monday.',
      actions: 'You will take the baby to the clinic on Friday.',
    },
    contingency: 'Joint visit with the health visitor if there is no answer next time',
    reason: 'Moved from Tuesday at the family’s request',
  },
  {
    id: 'incident',
    kind: 'incident',
    threats: ['threat-of-violence', 'shouting'],
    against: 'w1',
    frightening: true,
    managerNotifiedAt: '2026-01-07T11:00',
    agenciesAlertedAt: '2026-01-07T12:00',
    policeInformedAt: '2026-01-07T11:30+00:00',
  },
  { id: 'debrief', kind: 'debrief', incident: 'incident' },
  {
    id: 'meeting',
    kind: 'meeting',
    type: 'core-group',
    attendees: ['csc', 'hv'],
    parentsExcluded: true,
    reason: 'Threats made to staff at the last meeting',
    decision: 'continue',
    actions: [{ what: 'Unannounced visit', owner: 'w1', due: '2026-01-20' }],
    shareWithFamily: 'The plan continues; visits will be unannounced.',
  },
  {
    id: 'manager-discussion',
    kind: 'manager-discussion',
    manager: 'mgr',
    decision: 'Joint visits',
    urgency: 'within-days',
  },
  {
    id: 'supervision',
    kind: 'supervision',
    supervisor: 'mgr',
    reflections: ['q1', 'q2'],
    decision: 'Review in a week',
    answers: { q1: 'Yes: I have kept to safe subjects', decision: 'Review in a week' },
  },
  {
    id: 'visit-plan',
    kind: 'visit-plan',
    due: '2026-01-15T14:00',
    lone: true,
    safetyCheck: { complete: true, answers: { 'risk-to-staff': 'none known' } },
    managerAgreedLone: 'mgr',
    expectedBack: '2026-01-15T15:30',
    contingency: 'Leave a card and ring the health visitor the same day',
  },
  { id: 'check-out', kind: 'check-out', visit: 'visit-plan', expectedBack: '2026-01-15T15:30' },
  { id: 'check-in', kind: 'check-in', visit: 'visit-plan' },
  {
    id: 'agreement',
    kind: 'agreement',
    type: 'written-agreement',
    items: [
      {
        id: 'i1',
        who: 'm1',
        text: 'Take the baby to every clinic appointment',
        consequence: 'Review meeting',
      },
    ],
    present: ['m1', 'w1'],
  },
  {
    id: 'agreement-review',
    kind: 'agreement-review',
    agreement: 'agreement',
    item: 'i1',
    kept: false,
    familyAccount: 'kept',
  },
  {
    id: 'stage-of-change',
    kind: 'stage-of-change',
    person: 'm1',
    stage: 'contemplation',
    indicators: ['contemplation-ambivalent'],
  },
  {
    id: 'goal',
    kind: 'goal',
    person: 'm1',
    goal: 'Keep health appointments',
    reality: 'Two missed since January',
    options: 'Reminders by text; transport',
    will: 'Mother will set reminders',
    due: '2026-03-01',
  },
  {
    id: 'plan-review',
    kind: 'plan-review',
    progress: 'some',
    nextReviewOn: '2026-04-01',
    goals: [{ goal: 'goal', progress: 'good' }],
  },
  { id: 'plan-change', kind: 'plan-change', plan: 'child-protection' },
  { id: 'concern-level', kind: 'concern-level', level: 'high' },
  { id: 'allocation', kind: 'allocation', worker: 'w2', role: 'lead' },
  { id: 'referral', kind: 'referral', agency: 'hv', reason: 'New baby' },
  { id: 'assessment', kind: 'assessment', agency: 'csc', reason: 'Single assessment' },
  { id: 'closure', kind: 'closure', agency: 'csc', reason: 'Step down' },
  { id: 'reopening', kind: 'reopening', agency: 'csc', reason: 'New referral' },
  { id: 'involvement-end', kind: 'involvement-end', agency: 'hv', reason: 'Child started school' },
  { id: 'address-change', kind: 'address-change', person: 'm1' },
  { id: 'gp-change', kind: 'gp-change', person: 'c1' },
  {
    id: 'hospital-attendance',
    kind: 'hospital-attendance',
    person: 'c1',
    hospital: 'General Hospital',
    emergency: true,
  },
  { id: 'attendance', kind: 'attendance', person: 'c1', percent: 82.5, period: 'autumn term' },
  { id: 'reporter-informed', kind: 'reporter-informed', reason: 'Non-engagement with the plan' },
  {
    id: 'alert',
    kind: 'alert',
    to: ['csc', 'hv'],
    about: ['repeated-failed-contacts'],
    message: 'Three visits unanswered since 2 March; please tell us when you see the children.',
    unreached: ['hv'],
  },
  {
    id: 'meeting-scheduled',
    kind: 'meeting-scheduled',
    type: 'core-group',
    due: '2026-02-03T10:00',
    invited: ['csc', 'hv'],
    place: 'Children’s centre',
  },
  { id: 'action-update', kind: 'action-update', meeting: 'meeting', action: 0, done: true },
  {
    id: 'engagement-concern',
    kind: 'engagement-concern',
    answers: { worried: 'yes', 'explain-chance': 'Letter sent; no reply' },
    urgency: 'within-days',
    managerAsked: true,
  },
  {
    id: 'safety-decision',
    kind: 'safety-decision',
    measures: ['joint-visits-only', 'police-accompaniment'],
    decision: 'Visits in pairs, with police for the first one',
    reason: 'Threat to stab the last worker who came',
  },
];

const family = aCase()
  .withPlan('child-protection')
  .withAgency('hv')
  .withWorker('w2', 'hv')
  .withWorker('mgr', 'csc', 'Team Manager')
  .withChild('c1', '2025-09-14')
  .withParent('m1', { livesWith: ['c1'], needs: { interpreter: 'Polish', literacy: 'low' } });

describe('the entry kinds of FORMAT.md', () => {
  // Our additions: whole kinds, and fields added to kinds of version 1.
  const added = extensionFields();
  const documented = [...documentedEntryKinds(), ...documentedEntryKinds(extensionsDocument())].map(
    (row) => ({ ...row, fields: [...row.fields, ...(added.get(row.kind) ?? [])] }),
  );

  it('lists the same kinds, in the same order, as the schema', () => {
    expect(documented.map((row) => row.kind)).toEqual([...entryKinds]);
    expect([...schemaOfKind.keys()]).toEqual([...entryKinds]);
  });

  it('adds fields only to kinds version 1 has, and only fields it does not name already', () => {
    const version1 = new Map(documentedEntryKinds().map((row) => [row.kind, row.fields]));
    for (const [kind, fields] of added) {
      expect(version1.has(kind)).toBe(true);
      expect(fields.filter((field) => version1.get(kind)?.includes(field))).toEqual([]);
    }
  });

  it('names the same fields every entry has or may have', () => {
    expect(documentedCommonFields()).toEqual(commonFields);
  });

  describe.each(documented)('$kind', ({ kind, fields, values, text }) => {
    const shape = schemaOfKind.get(kind) ?? {};

    it('has every field the table names', () => {
      expect(Object.keys(shape)).toEqual(expect.arrayContaining(fields));
    });

    it('has no field the format does not name', () => {
      const named = new Set([
        ...commonFields,
        ...fields,
        ...[...text.matchAll(/`([A-Za-z]+)`/g)].map((match) => match[1]),
      ]);
      expect(Object.keys(shape).filter((field) => !named.has(field))).toEqual([]);
    });

    for (const [field, listed] of values) {
      it(`allows the values of ${field} the table lists`, () => {
        expect(allowedValues(shape[field])).toEqual(listed);
      });
    }

    it('has an entry in the sample of every kind, with every one of its own fields', () => {
      const ownFields = Object.keys(shape).filter(
        (field) => !commonFields.includes(field) || fields.includes(field),
      );
      const sample = everyKind.find((entry) => entry.kind === kind);
      expect(Object.keys(sample ?? {})).toEqual(expect.arrayContaining(ownFields));
    });
  });

  it('accepts a case with one entry of every kind, each with all its fields', () => {
    const file = everyKind.reduce((builder, entry) => builder.withEntry(entry), family).buildUnchecked();
    expect(parseCaseFile(file)).toEqual({ ok: true, value: file });
  });

  it('accepts the fields every entry may have, including a correction of an earlier entry', () => {
    const file = family
      .withContact({ id: 'first', outcome: 'cut-short' })
      .withContact({
        id: 'correction',
        agency: 'hv',
        worker: 'w2',
        note: 'Visit ended early: the child was seen, not missed.',
        restricted: ['csc'],
        amends: 'first',
        outcome: 'completed',
        seen: ['c1'],
      })
      .buildUnchecked();
    expect(parseCaseFile(file).ok).toBe(true);
  });

  it('rejects an entry of a kind the format does not have, naming where', () => {
    const file = family.buildUnchecked();
    const parsed = parseCaseFile({
      ...file,
      entries: [{ id: 'e1', kind: 'home-visit', at: '2026-01-06T10:00' }],
    });
    expect(parsed).toEqual({ ok: false, problems: [expect.stringMatching(/^entries\[0\]\.kind: /)] });
  });

  it.each(everyKind.map((entry) => [entry.kind, entry] as const))(
    'rejects a %s with a field the format does not have, naming the entry and the field',
    (_kind, entry) => {
      const file = family.withEntry(entry).buildUnchecked();
      const entries = file.entries.map((built) => ({ ...built, colour: 'red' }));
      expect(parseCaseFile({ ...file, entries })).toEqual({
        ok: false,
        problems: ['entries[0]: Unrecognized key: "colour"'],
      });
    },
  );
});
