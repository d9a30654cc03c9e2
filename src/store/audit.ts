// The audit log as the store keeps it: rows appended, never changed (see the first migration); the
// attempts the sign-in lockout reads back out of it; and an auditor's search of a partnership's rows.
import { sql } from 'kysely';
import type { Tx } from './database.js';

export interface AuditEntry {
  at: Date;
  /** Who did it, or whom a sign-in attempt was for; null for the command line or an unknown email. */
  userId: number | null;
  /** The client's address, or `cli`. */
  address: string;
  action: string;
  caseId: number | null;
  detail: string | null;
}

export async function appendAuditEntry(tx: Tx, entry: AuditEntry): Promise<void> {
  await tx
    .insertInto('audit_log')
    .values({
      at: entry.at.toISOString(),
      user_id: entry.userId,
      action: entry.action,
      case_id: entry.caseId,
      detail: entry.detail,
      address: entry.address,
    })
    .execute();
}

/** An audited attempt: its instant (ISO 8601) and its action. */
export interface AuditedAttempt {
  at: string;
  action: string;
}

/**
 * The rows of `actions` from `since` on, oldest first: for the email a sign-in typed (kept as the row's
 * detail) or for a user.
 */
export function attemptsSince(
  tx: Tx,
  whose: { email: string } | { userId: number },
  actions: readonly string[],
  since: Date,
): Promise<AuditedAttempt[]> {
  return tx
    .selectFrom('audit_log')
    .select(['at', 'action'])
    .$call((query) =>
      'email' in whose ? query.where('detail', '=', whose.email) : query.where('user_id', '=', whose.userId),
    )
    .where('action', 'in', actions)
    .where('at', '>=', since.toISOString())
    .orderBy('at')
    .orderBy('id')
    .execute();
}

/** When each wrong password from `address` after `after` was typed (ISO 8601), oldest first. */
export async function failedSignInsFrom(tx: Tx, address: string, after: Date): Promise<string[]> {
  const rows = await tx
    .selectFrom('audit_log')
    .select('at')
    .where('action', '=', 'sign-in-failed')
    .where('address', '=', address)
    .where('at', '>', after.toISOString())
    .orderBy('at')
    .execute();
  return rows.map((row) => row.at);
}

/** Which of a partnership's rows an auditor asks for; each narrowing optional. */
export interface AuditFilter {
  partnershipId: number;
  caseRef?: string | undefined;
  /** Any case, surrounding spaces ignored. */
  userEmail?: string | undefined;
  /** Instants (ISO 8601): from `from` on, before `before`. */
  from?: string | undefined;
  before?: string | undefined;
}

export interface AuditRecord {
  id: number;
  /** An instant (ISO 8601, UTC): shown in UK local time. */
  at: string;
  user: { email: string; name: string } | null;
  action: string;
  caseRef: string | null;
  detail: string | null;
  address: string | null;
}

/**
 * The partnership's rows the filter matches, newest first, `limit` of them after `offset`, and how many
 * match in all. A row belongs to the partnership by its user or its case.
 */
export async function auditRecords(
  tx: Tx,
  filter: AuditFilter,
  { limit, offset }: { limit: number; offset: number },
): Promise<{ records: AuditRecord[]; total: number }> {
  const { partnershipId, caseRef, userEmail, from, before } = filter;
  const matching = tx
    .selectFrom('audit_log')
    .leftJoin('users', 'users.id', 'audit_log.user_id')
    .leftJoin('cases', 'cases.id', 'audit_log.case_id')
    .where((eb) =>
      eb.or([eb('users.partnership_id', '=', partnershipId), eb('cases.partnership_id', '=', partnershipId)]),
    )
    .$if(caseRef !== undefined, (qb) =>
      qb.where('cases.ref', '=', caseRef ?? '').where('cases.partnership_id', '=', partnershipId),
    )
    .$if(userEmail !== undefined, (qb) =>
      qb
        .where(sql<string>`lower(users.email)`, '=', (userEmail ?? '').trim().toLowerCase())
        .where('users.partnership_id', '=', partnershipId),
    )
    .$if(from !== undefined, (qb) => qb.where('audit_log.at', '>=', from ?? ''))
    .$if(before !== undefined, (qb) => qb.where('audit_log.at', '<', before ?? ''));
  const { total } = await matching
    .select((eb) => eb.fn.countAll<number>().as('total'))
    .executeTakeFirstOrThrow();
  const rows = await matching
    .select([
      'audit_log.id',
      'audit_log.at',
      'audit_log.action',
      'audit_log.detail',
      'audit_log.address',
      'users.email',
      'users.name',
      'cases.ref as case_ref',
    ])
    .orderBy('audit_log.at', 'desc')
    .orderBy('audit_log.id', 'desc')
    .limit(limit)
    .offset(offset)
    .execute();
  return {
    records: rows.map((row) => ({
      id: row.id,
      at: row.at,
      user: row.email !== null && row.name !== null ? { email: row.email, name: row.name } : null,
      action: row.action,
      caseRef: row.case_ref,
      detail: row.detail,
      address: row.address,
    })),
    total: Number(total),
  };
}
