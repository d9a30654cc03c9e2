// The end-of-contact summary for the family (SX 1.7.28; BEF 11.1): drafted from a recorded contact,
// edited by the worker, measured for reading age, and given. Giving it records a correction of the
// contact that sets `summaryGiven` and keeps the words given (`summary`): the contact as first recorded
// stays as it was, the chronology shows when the summary was given, and `end-of-contact-summary-missing`
// reads the contact as corrected.
import type { CaseFile } from '../domain/case-file.js';
import {
  contactAsAmended,
  draftSummary,
  latestVersionId,
  smsText,
  summaryDocument,
  summaryFrom,
  summaryText,
  summaryWords,
  type SummaryParts,
} from '../domain/contact-summary.js';
import { contactSummarySchema, type Contact, type Entry } from '../domain/entries.js';
import { readingAge } from '../domain/readability.js';
import { readableFile } from '../domain/restrictions.js';
import { smsSize, type SmsSize } from '../domain/sms.js';
import { plainPdf } from '../documents/pdf.js';
import { transaction, type Db } from '../store/database.js';
import { loadCaseFile } from '../store/case-records.js';
import { audit } from './audit.js';
import { openCase } from './case-access.js';
import type { SignedIn } from './cases.js';
import type { EmailOutbox } from './email-outbox.js';
import { InvalidInput, NotFound, problemsOf } from './errors.js';
import { recordOnCase } from './recording.js';

export interface ContactSummary {
  file: CaseFile;
  /** The contact as corrected, under its original id. */
  contact: Contact;
  parts: SummaryParts;
  /** The parts are the summary given to the family, not a draft. */
  given: boolean;
  text: string;
  sms: string;
  /** How many text messages `sms` is sent as, and in which alphabet. */
  smsSize: SmsSize;
  readingAge: number | null;
}

/** The summary's text, text message and reading age for `parts`, as the worker edits them. */
export function summaryVersions(parts: SummaryParts, worker: string | undefined) {
  const sms = smsText(parts, worker);
  return {
    text: summaryText(parts),
    sms,
    smsSize: smsSize(sms),
    readingAge: readingAge(summaryWords(parts)),
  };
}

const workerName = (file: CaseFile, contact: Contact): string | undefined =>
  file.workers.find((w) => w.ref === contact.worker)?.name;

export function contactSummaryService(db: Db, outbox?: EmailOutbox) {
  /** The summary given for the contact `entryId`, or a draft where none has been; reading it is audited. */
  const summary = (by: SignedIn, ref: string, entryId: string, now = new Date()): Promise<ContactSummary> =>
    transaction(db, async (trx) => {
      const caseRow = await openCase(trx, by.actor, ref, 'read');
      // A contact restricted from the user is not there for them (restrictions.ts).
      const file = readableFile(await loadCaseFile(trx, caseRow), by.actor);
      const contact = contactAsAmended(file.entries, entryId);
      if (!contact) throw new NotFound(`contact ${entryId}`);
      await audit(trx, by, 'read-contact-summary', caseRow.id, contact.id);
      const parts = contact.summary ?? draftSummary(file, contact, now);
      return {
        file,
        contact,
        parts,
        given: Boolean(contact.summary),
        ...summaryVersions(parts, workerName(file, contact)),
      };
    });

  return {
    summary,

    /** The summary (as given, or the draft) as a large-print PDF for the family; reading it is audited. */
    async largePrint(by: SignedIn, ref: string, entryId: string, now = new Date()): Promise<Buffer> {
      const { file, contact, parts } = await summary(by, ref, entryId, now);
      return plainPdf(summaryDocument(parts, summaryFrom(file, contact)), { largePrint: true });
    },

    /** Records that the summary `input` (why, done, next, actions) was given for the contact `entryId`. */
    async give(by: SignedIn, ref: string, entryId: string, input: unknown): Promise<Entry> {
      const parsed = contactSummarySchema.safeParse(input);
      if (!parsed.success) throw new InvalidInput(problemsOf(parsed.error.issues));
      return recordOnCase(db, outbox, by, ref, 'write', (recording) => {
        const { file } = recording;
        const contact = contactAsAmended(file.entries, entryId);
        if (!contact) throw new NotFound(`contact ${entryId}`);
        // The correction is the giver's: the contact's own recorder may not be the one who gives the summary.
        const { id: _id, agency: _agency, worker: _worker, ...content } = contact;
        return recording.append({
          ...content,
          amends: latestVersionId(file.entries, entryId),
          summaryGiven: true,
          summary: parsed.data,
        });
      });
    },
  };
}

export type ContactSummaryService = ReturnType<typeof contactSummaryService>;
