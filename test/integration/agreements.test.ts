// Agreements through the service: draft (every save a version), agree (the `agreement` entry, who was there),
// review item by item (the findings read the reviews), print for the family (the PDF's own text).
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { agreementService } from '../../src/services/agreements.js';
import { assessmentService } from '../../src/services/assessments.js';
import { caseFileService } from '../../src/services/case-files.js';
import { Conflict, InvalidInput, NotFound } from '../../src/services/errors.js';
import { aCase } from '../support/case-builder.js';
import { aDatabase, from, type TestDatabase } from '../support/database.js';
import { readPdf } from '../support/pdf-text.js';

let t: TestDatabase;
let agreements: ReturnType<typeof agreementService>;
const ref = 'FAM-0001';

beforeEach(async () => {
  t = await aDatabase();
  agreements = agreementService(t.db);
  await caseFileService(t.db).import(
    from(t.worker),
    aCase()
      .withRef(ref)
      .withAgency('hv')
      .withWorker('worker', 'csc', 'Test worker')
      .withChild('c1', '2024-05-01', 'Amy Nowak')
      .withParent('m1', { name: 'Zoë Nowak', livesWith: ['c1'] })
      .build(),
  );
});
afterEach(() => t.close());

const twoWay = {
  type: 'written-agreement',
  items: [
    { who: 'm1', text: 'Take Amy to the clinic every month.' },
    { who: 'hv', text: 'Visit every Tuesday morning and text the day before.' },
  ],
};

async function agreedTwoWay() {
  const draft = await agreements.startDraft(from(t.worker), ref, twoWay);
  return agreements.agree(from(t.worker), ref, draft.id, {
    at: '2026-03-03T10:00',
    present: ['m1', 'worker'],
  });
}

describe('drafting an agreement', () => {
  it('keeps a draft off the case until it is agreed, and each save as a new version', async () => {
    const draft = await agreements.startDraft(from(t.worker), ref, twoWay);
    const saved = await agreements.saveDraft(from(t.worker), ref, draft.id, {
      ...twoWay,
      items: [...twoWay.items, { who: 'csc', text: 'Phone before each visit.' }],
    });
    expect(saved).toMatchObject({ id: draft.id, versions: 2, agreedEntry: null });
    expect(saved.items).toHaveLength(3);
    const listed = await agreements.list(from(t.worker), ref);
    expect(listed.drafts.map((d) => d.id)).toEqual([draft.id]);
    expect(listed.agreements).toEqual([]);
    const versions = await t.db.selectFrom('agreement_draft_versions').selectAll().execute();
    expect(versions).toHaveLength(2);
  });

  it('refuses a one-way written agreement (MK 5.1.9.17), naming the items', async () => {
    const oneWay = { type: 'written-agreement', items: [{ who: 'm1', text: 'Keep the clinic.' }] };
    await expect(agreements.startDraft(from(t.worker), ref, oneWay)).rejects.toThrow(
      /items: Add at least one thing an agency will do/,
    );
  });

  it('refuses a contract of expectation without its consequence (SX 1.7.13)', async () => {
    const contract = {
      type: 'contract-of-expectation',
      items: [{ who: 'm1', text: 'Mr X will not stay overnight.' }],
    };
    await expect(agreements.startDraft(from(t.worker), ref, contract)).rejects.toBeInstanceOf(InvalidInput);
  });

  it('hides drafts of a case from someone outside it', async () => {
    await expect(agreements.startDraft(from(t.outsider), ref, twoWay)).rejects.toBeInstanceOf(NotFound);
  });
});

describe('agreeing a draft', () => {
  it('records the agreement entry with when and who was there, and marks the draft agreed once', async () => {
    const draft = await agreements.startDraft(from(t.worker), ref, twoWay);
    const entry = await agreements.agree(from(t.worker), ref, draft.id, {
      at: '2026-03-03T10:00',
      present: ['m1', 'worker'],
    });
    expect(entry).toMatchObject({
      kind: 'agreement',
      type: 'written-agreement',
      at: '2026-03-03T10:00',
      present: ['m1', 'worker'],
      items: [
        { id: 'i1', who: 'm1', text: 'Take Amy to the clinic every month.' },
        { id: 'i2', who: 'hv', text: 'Visit every Tuesday morning and text the day before.' },
      ],
    });
    await expect(agreements.agree(from(t.worker), ref, draft.id, {})).rejects.toBeInstanceOf(Conflict);
    await expect(agreements.saveDraft(from(t.worker), ref, draft.id, twoWay)).rejects.toBeInstanceOf(
      Conflict,
    );
    await expect(t.db.deleteFrom('agreement_drafts').where('id', '=', draft.id).execute()).rejects.toThrow(
      /never deleted/,
    );
    const listed = await agreements.list(from(t.worker), ref);
    expect(listed.drafts).toEqual([]);
    expect(listed.agreements.map((a) => a.id)).toEqual([entry.id]);
  });

  it('refuses someone present who is not on the case', async () => {
    const draft = await agreements.startDraft(from(t.worker), ref, twoWay);
    await expect(agreements.agree(from(t.worker), ref, draft.id, { present: ['nobody'] })).rejects.toThrow(
      /present\[0\]: No person or worker "nobody"/,
    );
  });
});

describe('reviewing an agreement item by item', () => {
  it('shows which promises were kept on both sides, and a breach the family denies feeds the findings', async () => {
    const agreement = await agreedTwoWay();
    const reviews = await agreements.review(from(t.worker), ref, agreement.id, {
      items: [
        { item: 'i1', kept: false, familyAccount: 'kept', said: 'I went, they lost the letter.' },
        { item: 'i2', kept: true, said: 'She came every week.' },
      ],
    });
    expect(reviews.map((r) => r.kind)).toEqual(['agreement-review', 'agreement-review']);
    const status = await agreements.agreement(from(t.worker), ref, agreement.id);
    expect(
      status.items.map((i) => [i.side, i.latest?.kept, i.latest?.familyAccount, i.latest?.said]),
    ).toEqual([
      ['family', false, 'kept', 'I went, they lost the letter.'],
      ['agencies', true, null, 'She came every week.'],
    ]);
    expect(status.notKept).toEqual({ family: 1, agencies: 0 });
    const { findings: assessed } = await assessmentService(t.db).report(from(t.worker), ref);
    expect(assessed.map((f) => f.code)).toEqual(
      expect.arrayContaining(['written-agreement-breached', 'disguised-compliance']),
    );
  });

  it("refuses a family account on an agency's own promise, and an item the agreement does not have", async () => {
    const agreement = await agreedTwoWay();
    await expect(
      agreements.review(from(t.worker), ref, agreement.id, {
        items: [
          { item: 'i2', kept: true, familyAccount: 'kept' },
          { item: 'i9', kept: true },
        ],
      }),
    ).rejects.toThrow(/items\[0\]\.familyAccount[\s\S]*items\[1\]\.item/);
  });
});

describe('printing an agreement for the family', () => {
  it('is a PDF in plain words with both sides, names, and who printed it', async () => {
    const agreement = await agreedTwoWay();
    const pdf = await readPdf(
      await agreements.printable(from(t.worker), ref, agreement.id, { largePrint: false }),
    );
    expect(pdf.title).toBe('Our written agreement');
    for (const text of [
      'We agreed this on Tuesday 3 March 2026.',
      'These people were there: Zoë Nowak and Test worker (Children',
      'What you will do',
      'Zoë Nowak: Take Amy to the clinic every month.',
      'What we will do',
      'Health Visiting: Visit every Tuesday morning and text the day before.',
      'Printed on',
    ]) {
      expect(pdf.text.replace(/\n/g, ' ')).toContain(text);
    }
  });

  it('in large print sets the text at 16 point or more', async () => {
    const agreement = await agreedTwoWay();
    const pdf = await readPdf(
      await agreements.printable(from(t.worker), ref, agreement.id, { largePrint: true }),
    );
    expect(Math.min(...pdf.fontSizes)).toBeGreaterThanOrEqual(16);
  });

  it('audits each printing', async () => {
    const agreement = await agreedTwoWay();
    await agreements.printable(from(t.worker), ref, agreement.id, { largePrint: true });
    const printed = await t.db
      .selectFrom('audit_log')
      .select('detail')
      .where('action', '=', 'print-agreement')
      .execute();
    expect(printed).toEqual([{ detail: `${agreement.id} large print` }]);
  });
});
