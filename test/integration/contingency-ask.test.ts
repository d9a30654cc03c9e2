// The forms that plan or record a contact say, while the family is not engaging, that the procedure expects
// a contingency plan (MK 5.1.9.23), the finding `no-contingency-plan` asks for: not only an example.
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import {
  addChildThroughPages,
  createCaseThroughPages,
  refusedEntryThroughPages,
  startTestApp,
  type TestApp,
  type TestBrowser,
} from '../support/app.js';

let t: TestApp;
let worker: TestBrowser;
const ref = 'FAM-0001';
const forms = [`/cases/${ref}/visits/new`, `/cases/${ref}/contacts/new`];
const hintOf = (html: string) =>
  /<div id="contingency-hint"[^>]*>([^<]*)<\/div>/.exec(html)?.[1]?.trim() ?? '';

beforeEach(async () => {
  t = await startTestApp();
  worker = await t.signedIn();
  await createCaseThroughPages(worker, { ref });
  await addChildThroughPages(worker, ref);
});
afterEach(() => t.close());

describe('the contingency plan on the forms', () => {
  it('is asked for with an example while the family engages', async () => {
    for (const form of forms) {
      const html = (await worker.get(form)).body;
      expect(hintOf(html), form).toContain('MK 5.1.9.23');
      expect(hintOf(html), form).not.toContain('expects');
      expect(html, form).not.toContain('data-qa="contingency-expected"');
    }
  });

  it('is expected by the procedure, citing its paragraph, while the family is not engaging', async () => {
    await refusedEntryThroughPages(worker, ref, 1);
    for (const form of forms) {
      const html = (await worker.get(form)).body;
      expect(html, form).toContain('data-qa="contingency-expected"');
      expect(hintOf(html), form).toMatch(
        /^The family is not engaging: .*the procedure expects .*\(MK 5\.1\.9\.23\)/,
      );
      expect(hintOf(html), form).not.toMatch(/optional/i);
    }
  });
});
