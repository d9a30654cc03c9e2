// Import and export of whole case files (FORMAT.md, "Importing into a partnership").
import { caseFileSchema, type CaseFile } from '../domain/case-file.js';
import type { Actor } from '../domain/policy.js';
import { can } from '../domain/policy.js';
import type { Db } from '../store/database.js';
import {
  addCaseAgency,
  addCaseWorker,
  agencyIdFor,
  caseAgencyIds,
  findCase,
  findCaseById,
  insertEntry,
  insertPerson,
  loadCaseFile,
} from '../store/case-records.js';
import { refreshAssessment } from './assessments.js';
import { audit, type Requester } from './audit.js';
import { Conflict, NotFound } from './errors.js';

export interface ImportOptions {
  partnershipId: number;
  actor: Actor | null;
}

/**
 * Writes one valid case file into a partnership, using the executor it is given (call it inside a
 * transaction: a file is imported whole or not at all). A case ref already in the partnership is a
 * conflict, never a merge. The file is stored as the schema writes it (its keys in the format's order,
 * whatever order the caller built them in), so every export of it is the same text.
 */
export async function importCaseFile(
  db: Db,
  given: CaseFile,
  { partnershipId, actor }: ImportOptions,
): Promise<{ id: number; ref: string }> {
  const file = caseFileSchema.parse(given);
  if (await findCase(db, partnershipId, file.case.ref)) {
    throw new Conflict(`case ${file.case.ref} is already in this partnership`);
  }
  const created = await db
    .insertInto('cases')
    .values({
      partnership_id: partnershipId,
      ref: file.case.ref,
      pack: file.case.pack,
      plan: file.case.plan,
      opened_on: file.case.openedOn,
      next_review_on: file.case.nextReviewOn ?? null,
      created_at: new Date().toISOString(),
      created_by: actor?.userId ?? null,
    })
    .returning('id')
    .executeTakeFirstOrThrow();
  const caseId = created.id;
  for (const agency of file.agencies) {
    await addCaseAgency(db, caseId, await agencyIdFor(db, partnershipId, agency), actor?.userId ?? null, 'imported');
  }
  for (const worker of file.workers) await addCaseWorker(db, caseId, partnershipId, worker);
  for (const person of file.people) await insertPerson(db, caseId, person);
  for (const entry of file.entries) await insertEntry(db, caseId, entry, actor?.userId ?? null);
  await refreshAssessment(db, await findCaseById(db, caseId), file);
  await audit(db, { actor, address: actor ? 'api' : 'cli' }, 'import-case', caseId, `${file.entries.length} entries`);
  return { id: caseId, ref: file.case.ref };
}

/** Imports several files in one transaction: every one or none. */
export function importCaseFiles(db: Db, files: CaseFile[], options: ImportOptions) {
  return db.transaction().execute(async (trx) => {
    const imported: { id: number; ref: string }[] = [];
    for (const file of files) imported.push(await importCaseFile(trx, file, options));
    return imported;
  });
}

/**
 * The case as a file, for a user who may read it (`by.actor`) or the command line (actor null, any
 * case of the partnership). Exporting is audited.
 */
export async function exportCaseFile(
  db: Db,
  by: Requester,
  partnershipId: number,
  ref: string,
): Promise<CaseFile> {
  return db.transaction().execute(async (trx) => {
    const caseRow = await findCase(trx, partnershipId, ref);
    if (!caseRow) throw new NotFound(`case ${ref}`);
    if (by.actor && !can(by.actor, 'read', { partnershipId, agencyIds: await caseAgencyIds(trx, caseRow.id) })) {
      throw new NotFound(`case ${ref}`);
    }
    const file = await loadCaseFile(trx, caseRow);
    await audit(trx, by, 'export-case', caseRow.id);
    return file;
  });
}
