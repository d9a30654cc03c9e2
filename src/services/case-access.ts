// Opening a case for a user: found in their partnership and allowed by the policy, or not found at all.
import { can, type Actor, type CaseAction } from '../domain/policy.js';
import { transaction, type Db, type Tx } from '../store/database.js';
import { caseAgencyIds, findCase } from '../store/case-records.js';
import type { CaseRow } from '../store/tables.js';
import { NotFound } from './errors.js';

/**
 * A case the user asked for and may not see, or that is not there: to them a NotFound like any other
 * (the two are never told apart), but the audit log records it (`recordRefusal` in audit.ts). It is
 * thrown inside the caller's transaction, which rolls back, so the row is written after it, by whoever
 * answers the request (plugins/refusal-audit.ts for the pages and the API).
 */
export class CaseRefused extends NotFound {
  constructor(
    readonly ref: string,
    /** The case when it exists in the user's partnership; null when there is no such case. */
    readonly caseId: number | null,
    readonly action: CaseAction,
  ) {
    super(`case ${ref}`);
    this.name = 'CaseRefused';
  }
}

export async function openCase(db: Tx, actor: Actor, ref: string, action: CaseAction): Promise<CaseRow> {
  const caseRow = await findCase(db, actor.partnershipId, ref);
  if (!caseRow) throw new CaseRefused(ref, null, action);
  const agencyIds = await caseAgencyIds(db, caseRow.id);
  if (!can(actor, action, { partnershipId: caseRow.partnership_id, agencyIds }))
    throw new CaseRefused(ref, caseRow.id, action);
  return caseRow;
}

/** Whether the user may do `action` to the case (for a page deciding which links to show): no audit, no throw. */
export function mayOnCase(db: Db, actor: Actor, ref: string, action: CaseAction): Promise<boolean> {
  return transaction(db, async (tx) => {
    const caseRow = await findCase(tx, actor.partnershipId, ref);
    if (!caseRow) return false;
    const agencyIds = await caseAgencyIds(tx, caseRow.id);
    return can(actor, action, { partnershipId: caseRow.partnership_id, agencyIds });
  });
}
