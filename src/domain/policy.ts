// Who may do what to a case. Every case route, API endpoint and CLI command that touches a case asks `can`.
export type Role = 'practitioner' | 'manager' | 'partnership-admin' | 'auditor';

/** The signed-in user, as the policy and the services see them. */
export interface Actor {
  userId: number;
  partnershipId: number;
  agencyId: number;
  agencyRef: string;
  workerRef: string;
  name: string;
  email: string;
  role: Role;
  /** The agencies of the workers this user manages (empty for a practitioner). */
  superviseeAgencyIds: readonly number[];
}

/** What the policy needs to know about a case. */
export interface CaseAccess {
  partnershipId: number;
  /** The agencies on the case (its team around the family). */
  agencyIds: readonly number[];
}

/**
 * `record-manager-discussion`: a line manager's decision on a case (MK 5.1.9.1); `record-safety-decision`:
 * how work with a hostile family goes on safely (SX 1.7.36); `record-supervision`: supervision of a worker on
 * the case (MK 5.1.9.23; SX 1.7.17–18). All three are a manager's alone.
 */
export type CaseAction =
  'read' | 'write' | 'record-manager-discussion' | 'record-safety-decision' | 'record-supervision';

const managersOnly: ReadonlySet<CaseAction> = new Set([
  'record-manager-discussion',
  'record-safety-decision',
  'record-supervision',
]);

/**
 * What recording an entry of a kind asks of the policy: a manager's decisions (a discussion, a safety
 * decision, supervision) are a manager's alone whichever way they are recorded, the generic entry (the
 * API's `POST /cases/{ref}/entries`, a correction) included; any other kind is a write.
 */
export function recordingAction(kind: unknown): CaseAction {
  if (kind === 'manager-discussion') return 'record-manager-discussion';
  if (kind === 'safety-decision') return 'record-safety-decision';
  if (kind === 'supervision') return 'record-supervision';
  return 'write';
}

/**
 * A user may read and write a case of their own partnership while their agency is on it, and a manager
 * may do the same for the cases of the workers they manage (issue 3; issue 10 adds restricted entries,
 * the admin and auditor roles' limits, and ending an agency's involvement).
 */
export function can(actor: Actor, action: CaseAction, target: CaseAccess): boolean {
  if (actor.partnershipId !== target.partnershipId) return false;
  if (!worksCases(actor)) return false;
  if (managersOnly.has(action) && actor.role !== 'manager') return false;
  if (target.agencyIds.includes(actor.agencyId)) return true;
  return actor.superviseeAgencyIds.some((agencyId) => target.agencyIds.includes(agencyId));
}

/**
 * Practitioners and managers work cases (open, read, write them). A partnership-admin administers the
 * partnership without reading case content; an auditor reads the audit log, not case content.
 */
export function worksCases(actor: Actor): boolean {
  return actor.role === 'practitioner' || actor.role === 'manager';
}

/** Only a partnership-admin administers the partnership: agencies, teams, users, its pack and thresholds. */
export function administers(actor: Actor, partnershipId: number): boolean {
  return actor.role === 'partnership-admin' && actor.partnershipId === partnershipId;
}

/** What the policy needs to know about a worker out on a visit. */
export interface WhereaboutsAccess {
  partnershipId: number;
  /** The worker out. */
  workerId: number;
  /** Their line manager and those above them (users.manager_id, followed up). */
  managerIds: readonly number[];
  /** The partnership's duty contact, where one is named. */
  dutyUserId: number | null;
}

/** `see`: where the worker went and when they are due back; `acknowledge`: take up their overdue alert. */
export type WhereaboutsAction = 'see' | 'acknowledge';

/**
 * Whereabouts are the exception to the case's team around the family, the other way round: never shown to
 * the other agencies on the case, only to the worker, their managers and the duty contact; only those last
 * two take up an overdue alert (MK 5.1.9.24; FV "Keeping Staff Safe").
 */
export function canOnWhereabouts(
  actor: Actor,
  action: WhereaboutsAction,
  target: WhereaboutsAccess,
): boolean {
  if (actor.partnershipId !== target.partnershipId) return false;
  const managerOrDuty = target.managerIds.includes(actor.userId) || target.dutyUserId === actor.userId;
  if (action === 'acknowledge') return managerOrDuty;
  return managerOrDuty || actor.userId === target.workerId;
}

/**
 * A manager supervises the workers they manage, directly or through the managers below them
 * (`managerIds`: the worker's line manager and those above, as for whereabouts); each case the supervision
 * covers is asked `record-supervision` besides.
 */
export function canSupervise(
  actor: Actor,
  target: { partnershipId: number; workerId: number; managerIds: readonly number[] },
): boolean {
  return (
    actor.role === 'manager' &&
    actor.partnershipId === target.partnershipId &&
    actor.userId !== target.workerId &&
    target.managerIds.includes(actor.userId)
  );
}

/**
 * The audit log is an auditor's alone, and only for their own partnership (the search keeps to it); an
 * auditor reads who did what to which case, never a case's content (`can` refuses them every case).
 */
export function canReadAuditLog(actor: Actor): boolean {
  return actor.role === 'auditor';
}
