// Drafts of agreements (migration 0007): a draft row, and its versions, the latest of which is the draft.
import type { AgreementDraftInput } from '../domain/agreement-inputs.js';
import type { AgreementItemInput, AgreementType } from '../domain/agreements.js';
import type { Db } from './database.js';

export interface AgreementDraft {
  id: number;
  type: AgreementType;
  items: AgreementItemInput[];
  /** How many times it has been saved. */
  versions: number;
  createdAt: string;
  savedAt: string;
  savedBy: string;
  /** The `agreement` entry it became; null while it is a draft. */
  agreedEntry: string | null;
}

export async function insertDraft(
  db: Db,
  caseId: number,
  userId: number,
  draft: AgreementDraftInput,
): Promise<number> {
  const { id } = await db
    .insertInto('agreement_drafts')
    .values({ case_id: caseId, created_by: userId, created_at: new Date().toISOString() })
    .returning('id')
    .executeTakeFirstOrThrow();
  await insertDraftVersion(db, id, userId, draft);
  return id;
}

export async function insertDraftVersion(
  db: Db,
  draftId: number,
  userId: number,
  draft: AgreementDraftInput,
): Promise<void> {
  await db
    .insertInto('agreement_draft_versions')
    .values({
      draft_id: draftId,
      type: draft.type,
      items: JSON.stringify(draft.items),
      saved_by: userId,
      saved_at: new Date().toISOString(),
    })
    .execute();
}

export async function markDraftAgreed(
  db: Db,
  draftId: number,
  entryId: string,
  userId: number,
): Promise<void> {
  await db
    .updateTable('agreement_drafts')
    .set({ agreed_entry: entryId, agreed_by: userId, agreed_at: new Date().toISOString() })
    .where('id', '=', draftId)
    .where('agreed_entry', 'is', null)
    .execute();
}

export async function findDraft(db: Db, caseId: number, id: number): Promise<AgreementDraft | undefined> {
  return (await draftsOf(db, caseId, id))[0];
}

/** The case's drafts, newest first. */
export function draftsOfCase(db: Db, caseId: number): Promise<AgreementDraft[]> {
  return draftsOf(db, caseId);
}

async function draftsOf(db: Db, caseId: number, id?: number): Promise<AgreementDraft[]> {
  let query = db
    .selectFrom('agreement_drafts as d')
    .innerJoin('agreement_draft_versions as v', 'v.draft_id', 'd.id')
    .innerJoin('users as u', 'u.id', 'v.saved_by')
    .select([
      'd.id',
      'd.created_at',
      'd.agreed_entry',
      'v.id as version',
      'v.type',
      'v.items',
      'v.saved_at',
      'u.name',
    ])
    .where('d.case_id', '=', caseId)
    .orderBy('d.id', 'desc')
    .orderBy('v.id', 'asc');
  if (id !== undefined) query = query.where('d.id', '=', id);
  const drafts = new Map<number, AgreementDraft>();
  for (const row of await query.execute()) {
    const versions = (drafts.get(row.id)?.versions ?? 0) + 1;
    drafts.set(row.id, {
      id: row.id,
      type: row.type as AgreementType,
      items: JSON.parse(row.items) as AgreementItemInput[],
      versions,
      createdAt: row.created_at,
      savedAt: row.saved_at,
      savedBy: row.name,
      agreedEntry: row.agreed_entry,
    });
  }
  return [...drafts.values()];
}
