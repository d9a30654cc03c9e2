// The audit log: who did what to which case, when, from where. Append-only (see the first migration).
// Services write it inside their own transaction; a case refused (CaseRefused) is written after the
// refused transaction has rolled back, by `recordRefusal`. Auditors search it (`auditService`).
import { sql } from 'kysely';
import { canReadAuditLog, type Actor } from '../domain/policy.js';
import { isCalendarDate, ukDayStartMs } from '../domain/time.js';
import { transaction, type Db } from '../store/database.js';
import type { CaseRefused } from './case-access.js';
import { NotFound } from './errors.js';

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
  await auditAs(db, by.actor?.userId ?? null, by.address, action, caseId, detail);
}

/** A row for a user who is not (or not yet) the actor: the account a sign-in attempt was for. */
export async function auditAs(
  db: Db,
  userId: number | null,
  address: string,
  action: string,
  caseId: number | null,
  detail?: string,
): Promise<void> {
  await db
    .insertInto('audit_log')
    .values({
      at: new Date().toISOString(),
      user_id: userId,
      action,
      case_id: caseId,
      detail: detail ?? null,
      address,
    })
    .execute();
}

/**
 * A refused case, after the refused request's transaction has rolled back: `case-refused` for a case of
 * the partnership the user may not see (with what they tried), `case-not-found` for a ref there is no
 * case for. The user saw "not found" for both.
 */
export async function recordRefusal(db: Db, by: Requester, refusal: CaseRefused): Promise<void> {
  if (refusal.caseId === null) await audit(db, by, 'case-not-found', null, refusal.ref.slice(0, 200));
  else await audit(db, by, 'case-refused', refusal.caseId, refusal.action);
}

/** What an auditor searches by; every part optional. Days are UK calendar days, `to` included. */
export interface AuditQuery {
  caseRef?: string | undefined;
  userEmail?: string | undefined;
  from?: string | undefined;
  to?: string | undefined;
  /** From 1. */
  page?: number | undefined;
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

export interface AuditPage {
  records: AuditRecord[];
  total: number;
  page: number;
  pageSize: number;
}

export const auditPageSize = 50;

export function auditService(db: Db) {
  /**
   * The partnership's audit log, newest first, for an auditor (anyone else: not found). A row belongs to
   * the partnership by its user or its case. The search itself is audited.
   */
  async function search(by: { actor: Actor; address: string }, query: AuditQuery): Promise<AuditPage> {
    if (!canReadAuditLog(by.actor)) throw new NotFound('audit log');
    const partnershipId = by.actor.partnershipId;
    const page = Math.max(1, Math.floor(query.page ?? 1));
    const from = query.from ? dayStart(query.from, 0) : undefined;
    const before = query.to ? dayStart(query.to, 1) : undefined;
    return transaction(db, async (trx) => {
      const matching = trx
        .selectFrom('audit_log')
        .leftJoin('users', 'users.id', 'audit_log.user_id')
        .leftJoin('cases', 'cases.id', 'audit_log.case_id')
        .where((eb) =>
          eb.or([
            eb('users.partnership_id', '=', partnershipId),
            eb('cases.partnership_id', '=', partnershipId),
          ]),
        )
        .$if(query.caseRef !== undefined, (qb) =>
          qb.where('cases.ref', '=', query.caseRef ?? '').where('cases.partnership_id', '=', partnershipId),
        )
        .$if(query.userEmail !== undefined, (qb) =>
          qb
            .where(sql<string>`lower(users.email)`, '=', (query.userEmail ?? '').trim().toLowerCase())
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
        .limit(auditPageSize)
        .offset((page - 1) * auditPageSize)
        .execute();
      await audit(trx, by, 'read-audit-log', null, JSON.stringify({ ...query, page }));
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
        page,
        pageSize: auditPageSize,
      };
    });
  }

  return { search, recordRefusal: (by: Requester, refusal: CaseRefused) => recordRefusal(db, by, refusal) };
}

export type AuditService = ReturnType<typeof auditService>;

/** UK midnight starting `day` (YYYY-MM-DD) plus `days`, as a stored instant (ISO, UTC). */
function dayStart(day: string, days: number): string {
  if (!isCalendarDate(day)) throw new RangeError(`not a day: ${day}`);
  const dayNumber = Math.round(Date.parse(`${day}T00:00:00Z`) / 86_400_000) + days;
  return new Date(ukDayStartMs(dayNumber)).toISOString();
}
