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

/** `record-manager-discussion`: a line manager's decision on a case (MK 5.1.9.1), a manager's alone. */
export type CaseAction = 'read' | 'write' | 'record-manager-discussion';

/**
 * A user may read and write a case of their own partnership while their agency is on it, and a manager
 * may do the same for the cases of the workers they manage (issue 3; issue 10 adds restricted entries,
 * the admin and auditor roles' limits, and ending an agency's involvement).
 */
export function can(actor: Actor, action: CaseAction, target: CaseAccess): boolean {
  if (actor.partnershipId !== target.partnershipId) return false;
  if (actor.role === 'partnership-admin' || actor.role === 'auditor') return false;
  if (action === 'record-manager-discussion' && actor.role !== 'manager') return false;
  if (target.agencyIds.includes(actor.agencyId)) return true;
  return actor.superviseeAgencyIds.some((agencyId) => target.agencyIds.includes(agencyId));
}
