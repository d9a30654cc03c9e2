// The audit log: who did what to which case, when, from where. Append-only (see the first migration).
// Services write it inside their own transaction; a case refused (CaseRefused) is written after the
// refused transaction has rolled back, by `recordRefusal`. Auditors search it (`auditService`). Its
// queries are the store's (store/audit.ts).
import { canReadAuditLog, type Actor } from '../domain/policy.js';
import { isCalendarDate, ukDayStartMs } from '../domain/time.js';
import { transaction, type Db, type Tx } from '../store/database.js';
import { appendAuditEntry, auditRecords, type AuditRecord } from '../store/audit.js';
import type { CaseRefused } from './case-access.js';
import { NotFound } from './errors.js';

export type { AuditRecord };

/** Who is asking: a signed-in user (from a page or the API) or the command line (actor null). */
export interface Requester {
  actor: Actor | null;
  /** The client's address, or `cli`. */
  address: string;
}

/** Appends a row in the transaction of the use case that it records. */
export async function audit(
  trx: Tx,
  by: Requester,
  action: string,
  caseId: number | null,
  detail?: string,
): Promise<void> {
  await auditAs(trx, by.actor?.userId ?? null, by.address, action, caseId, detail);
}

/** A row for a user who is not (or not yet) the actor: the account a sign-in attempt was for. */
export async function auditAs(
  trx: Tx,
  userId: number | null,
  address: string,
  action: string,
  caseId: number | null,
  detail?: string,
): Promise<void> {
  await appendAuditEntry(trx, { at: new Date(), userId, address, action, caseId, detail: detail ?? null });
}

/**
 * A refused case, after the refused request's transaction has rolled back: `case-refused` for a case of
 * the partnership the user may not see (with what they tried), `case-not-found` for a ref there is no
 * case for. The user saw "not found" for both.
 */
export function recordRefusal(db: Db, by: Requester, refusal: CaseRefused): Promise<void> {
  return transaction(db, (tx) =>
    refusal.caseId === null
      ? audit(tx, by, 'case-not-found', null, refusal.ref.slice(0, 200))
      : audit(tx, by, 'case-refused', refusal.caseId, refusal.action),
  );
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
    return transaction(db, async (tx) => {
      const { records, total } = await auditRecords(
        tx,
        { partnershipId, caseRef: query.caseRef, userEmail: query.userEmail, from, before },
        { limit: auditPageSize, offset: (page - 1) * auditPageSize },
      );
      await audit(tx, by, 'read-audit-log', null, JSON.stringify({ ...query, page }));
      return { records, total, page, pageSize: auditPageSize };
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
