// Opening a case for a user: found in their partnership and allowed by the policy, or not found at all.
import { can, type Actor, type CaseAction } from '../domain/policy.js';
import type { Db } from '../store/database.js';
import { caseAgencyIds, findCase } from '../store/case-records.js';
import type { CaseRow } from '../store/tables.js';
import { NotFound } from './errors.js';

export async function openCase(db: Db, actor: Actor, ref: string, action: CaseAction): Promise<CaseRow> {
  const caseRow = await findCase(db, actor.partnershipId, ref);
  if (!caseRow) throw new NotFound(`case ${ref}`);
  const agencyIds = await caseAgencyIds(db, caseRow.id);
  if (!can(actor, action, { partnershipId: caseRow.partnership_id, agencyIds }))
    throw new NotFound(`case ${ref}`);
  return caseRow;
}

/** Whether the user may do `action` to the case (for a page deciding which links to show): no audit, no throw. */
export async function mayOnCase(db: Db, actor: Actor, ref: string, action: CaseAction): Promise<boolean> {
  const caseRow = await findCase(db, actor.partnershipId, ref);
  if (!caseRow) return false;
  const agencyIds = await caseAgencyIds(db, caseRow.id);
  return can(actor, action, { partnershipId: caseRow.partnership_id, agencyIds });
}
