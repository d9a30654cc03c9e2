// The audit log: who did what to which case, when, from where. Append-only (see the first migration).
import type { Db } from '../store/database.js';
import type { Actor } from '../domain/policy.js';

/** Who is asking: a signed-in user (from a page or the API) or the command line (actor null). */
export interface Requester {
  actor: Actor | null;
  /** The client's address, or `cli`. */
  address: string;
}

export async function audit(
  db: Db,
  by: Requester,
  action: string,
  caseId: number | null,
  detail?: string,
): Promise<void> {
  await db
    .insertInto('audit_log')
    .values({
      at: new Date().toISOString(),
      user_id: by.actor?.userId ?? null,
      action,
      case_id: caseId,
      detail: detail ?? null,
      address: by.address,
    })
    .execute();
}
