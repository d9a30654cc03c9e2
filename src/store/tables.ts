// The database's tables as Kysely sees them: a wrong column is a compile error.
import type { ColumnType, Generated, Insertable, Selectable } from 'kysely';

/** Written once by the database or the insert, never changed. */
type Fixed<T> = ColumnType<T, T, never>;

export interface PartnershipTable {
  id: Generated<number>;
  name: string;
  pack: string;
  created_at: string;
  /** The duty contact told when a worker is overdue from a visit, who sees every worker's whereabouts. */
  duty_user_id: ColumnType<number | null, number | null | undefined, number | null>;
}

export interface AgencyTable {
  id: Generated<number>;
  partnership_id: number;
  ref: string;
  type: string;
  name: string;
  /** How to reach its safeguarding lead outside Stickability, as its administrator wrote it; null if not. */
  safeguarding_contact: ColumnType<string | null, string | null | undefined, string | null>;
}

export interface TeamTable {
  id: Generated<number>;
  partnership_id: number;
  agency_id: number;
  name: string;
}

export type { Role } from '../domain/policy.js';
import type { Role } from '../domain/policy.js';

export interface UserTable {
  id: Generated<number>;
  partnership_id: number;
  agency_id: number;
  team_id: number | null;
  email: string;
  name: string;
  worker_ref: string;
  role: Role;
  /** The manager who supervises this user. */
  manager_id: number | null;
  password_hash: string;
  created_at: string;
  /** Set when the user is deactivated (never deleted): they can no longer sign in (migration 0010). */
  deactivated_at: ColumnType<string | null, string | null | undefined, string | null>;
}

export interface CaseTable {
  id: Generated<number>;
  partnership_id: number;
  ref: string;
  pack: string;
  plan: string;
  opened_on: string;
  next_review_on: string | null;
  created_at: string;
  created_by: number | null;
}

/** The team around the family: the agencies on a case, in the order they joined. */
export interface CaseAgencyTable {
  id: Generated<number>;
  case_id: number;
  agency_id: number;
  added_at: string;
  added_by: number | null;
  reason: string | null;
}

/** Workers named on a case: a user of the partnership where one matches, else a named worker without an account. */
export interface CaseWorkerTable {
  id: Generated<number>;
  case_id: number;
  ref: string;
  agency_ref: string;
  name: string;
  user_id: number | null;
}

export interface PersonTable {
  id: Generated<number>;
  case_id: number;
  ref: string;
  role: string;
  name: string;
  /** The person as the exchange format writes them (JSON). */
  data: string;
}

/** Every version of a person's record, the first included; append-only (migration 0008). */
export interface PersonVersionTable {
  id: Generated<number>;
  case_id: Fixed<number>;
  ref: Fixed<string>;
  version: Fixed<number>;
  /** The person as the exchange format writes them (JSON). */
  data: Fixed<string>;
  /** Null for a first version written before versions were kept. */
  recorded_at: Fixed<string | null>;
  recorded_by: Fixed<number | null>;
}

/** Append-only: the database refuses UPDATE and DELETE (see the first migration). */
export interface EntryTable {
  seq: Generated<number>;
  case_id: Fixed<number>;
  id: Fixed<string>;
  kind: Fixed<string>;
  /** As written in the entry (UK local time unless it has an offset). */
  at: Fixed<string>;
  /** The same moment in UTC, ISO 8601, for ordering and ranges. */
  at_utc: Fixed<string>;
  agency_ref: Fixed<string | null>;
  worker_ref: Fixed<string | null>;
  amends: Fixed<string | null>;
  /** The entry as the exchange format writes it (JSON). */
  data: Fixed<string>;
  recorded_at: Fixed<string>;
  recorded_by: Fixed<number | null>;
}

/** Append-only, like entries. */
export interface AuditTable {
  id: Generated<number>;
  at: Fixed<string>;
  user_id: Fixed<number | null>;
  action: Fixed<string>;
  case_id: Fixed<number | null>;
  detail: Fixed<string | null>;
  address: Fixed<string | null>;
}

/** A cache of each case's assessment: rebuilt from the entries, never the source of anything. */
export interface CaseAssessmentTable {
  case_id: number;
  assessed_at: string;
  /** When the result can next change without a new entry (ISO, UTC); null when nothing is pending. */
  reassess_at: string | null;
  stage: string;
  worst_severity: string | null;
  /** The findings as JSON, in the order assess returns them. */
  findings: string;
  /** The worst finding's severity rank plus one; 0 when there is none (lists order by it). */
  worst_rank: ColumnType<number, number | undefined, number>;
  /** What a list shows of the case (domain/case-summary.ts CaseFacts, JSON); null until first summarised. */
  facts: string | null;
}

/** The codes of each case's cached findings with their severity's rank, for lists to filter by. */
export interface CaseFindingCodeTable {
  case_id: number;
  code: string;
  severity_rank: number;
}

/** The workers each case names in an allocation, for lists to put a user's own cases first. */
export interface CaseAllocationTable {
  case_id: number;
  agency_ref: string;
  worker_ref: string;
}

export interface ApiTokenTable {
  id: Generated<number>;
  user_id: number;
  name: string;
  /** SHA-256 of the token, hex; the token itself is shown once and never stored. */
  token_hash: string;
  created_at: string;
  last_used_at: string | null;
  revoked_at: string | null;
}

export interface NotificationTable {
  id: Generated<number>;
  user_id: number;
  case_id: number | null;
  kind: string;
  text: string;
  created_at: string;
  read_at: string | null;
  /** The id of the entry on the case that raised it, when one did. */
  entry_id: string | null;
  /** What an email about it may say (never case content); null when no email is owed. */
  email_summary: string | null;
  /** 1 while an email is owed and not yet sent. */
  email_pending: Generated<number>;
  email_attempts: Generated<number>;
  /** Not tried again before this moment (ISO, UTC): a claim while sending, a wait after a failure. */
  email_next_try_at: string | null;
  emailed_at: string | null;
}

/** The first response to a request sent with an Idempotency-Key, replayed for a retry. */
export interface IdempotencyKeyTable {
  user_id: number;
  key: string;
  /** Method and path, so a key reused for another request is refused rather than replayed. */
  request: string;
  status: number;
  body: string;
  created_at: string;
}

/** One worker's way through the "Worried about engagement?" guide on one case. */
export interface GuideRunTable {
  id: Generated<number>;
  case_id: Fixed<number>;
  user_id: Fixed<number>;
  /** The pack whose questions the answers belong to. */
  pack: Fixed<string>;
  started_at: Fixed<string>;
  /** Set once, when the guide's entries are recorded; a completed run never changes again. */
  completed_at: string | null;
  /** The ids of the entries the run recorded (JSON array), set with `completed_at`. */
  entry_ids: string | null;
}

/** Append-only: a changed answer is a new row, and the latest for a question wins. */
export interface GuideAnswerTable {
  id: Generated<number>;
  run_id: Fixed<number>;
  question: Fixed<string>;
  answer: Fixed<string>;
  answered_at: Fixed<string>;
}

/**
 * Where a worker went on a visit (never in an entry: every agency on the case reads those), from the
 * check-out until the check-in. `expected_back` moves when the worker extends; `back_at` is set once.
 */
export interface WhereaboutsTable {
  id: Generated<number>;
  partnership_id: Fixed<number>;
  case_id: Fixed<number>;
  /** The worker out on the visit. */
  user_id: Fixed<number>;
  /** The id of the visit-plan entry. */
  visit_id: Fixed<string>;
  /** The id of the check-out entry (the original, not a correction of it). */
  check_out_entry: Fixed<string>;
  /** Where the worker said they were going; null for a check-out recorded as an entry alone. */
  place: Fixed<string | null>;
  /** ISO, UTC. */
  checked_out_at: Fixed<string>;
  /** ISO, UTC. */
  expected_back: string;
  back_at: string | null;
  check_in_entry: string | null;
}

/** One escalation step of an overdue alert, raised once: unique by whereabouts, deadline and step. */
export interface OverdueAlertTable {
  id: Generated<number>;
  whereabouts_id: Fixed<number>;
  /** The expected return the alert is about (an extension starts a new deadline). */
  expected_back: Fixed<string>;
  step: Fixed<number>;
  raised_at: Fixed<string>;
}

/** A manager or the duty contact has taken up an overdue alert: no more steps for that deadline. */
export interface OverdueAcknowledgementTable {
  id: Generated<number>;
  whereabouts_id: Fixed<number>;
  expected_back: Fixed<string>;
  user_id: Fixed<number>;
  at: Fixed<string>;
}

export interface SessionTable {
  sid: string;
  data: string;
  expires_at: string;
}

/** A form posted after its session ended, for its browser and user, until it expires (migration 0015). */
export interface KeptFormTable {
  id: Generated<number>;
  browser_key_hash: string;
  user_id: number;
  /** The page's path: the form is shown again there. */
  path: string;
  /** The posted fields as JSON, without the CSRF token or any password. */
  fields: string;
  kept_at: string;
  expires_at: string;
}

/** A manager's supervision of one worker, over one or more of their cases; completed once. */
export interface SupervisionSessionTable {
  id: Generated<number>;
  partnership_id: Fixed<number>;
  /** The manager. */
  supervisor_id: Fixed<number>;
  /** The worker supervised. */
  worker_id: Fixed<number>;
  started_at: Fixed<string>;
  completed_at: string | null;
}

/** A case a supervision covers; `entry_id` is the `supervision` entry recorded on it, set once on completion. */
export interface SupervisionCaseTable {
  id: Generated<number>;
  session_id: Fixed<number>;
  case_id: Fixed<number>;
  position: Fixed<number>;
  entry_id: string | null;
}

/** Append-only: a changed answer is a new row, and the latest for a case's question wins. */
export interface SupervisionAnswerTable {
  id: Generated<number>;
  session_id: Fixed<number>;
  case_id: Fixed<number>;
  question: Fixed<string>;
  answer: Fixed<string>;
  answered_by: Fixed<number>;
  answered_at: Fixed<string>;
}

/** An agreement being drafted with a family; `agreed_entry` (the `agreement` entry's id) is set once, when agreed. */
export interface AgreementDraftTable {
  id: Generated<number>;
  case_id: Fixed<number>;
  created_by: Fixed<number>;
  created_at: Fixed<string>;
  agreed_entry: string | null;
  agreed_by: number | null;
  agreed_at: string | null;
}

/** Append-only: each save of a draft is a new version, and the latest is the draft. */
export interface AgreementDraftVersionTable {
  id: Generated<number>;
  draft_id: Fixed<number>;
  type: Fixed<string>;
  /** JSON: [{ who, text, consequence? }]. */
  items: Fixed<string>;
  saved_by: Fixed<number>;
  saved_at: Fixed<string>;
}

/** A one-time link for a new user to set their password; stored as a hash, used once, expires. */
export interface InvitationTable {
  id: Generated<number>;
  user_id: Fixed<number>;
  token_hash: Fixed<string>;
  created_at: Fixed<string>;
  created_by: Fixed<number | null>;
  expires_at: Fixed<string>;
  used_at: string | null;
}

/** Append-only: each time an agency joined or left a case's team around the family, who asked and why. */
export interface CaseAgencyChangeTable {
  id: Generated<number>;
  case_id: Fixed<number>;
  agency_id: Fixed<number>;
  change: Fixed<'joined' | 'left'>;
  at: Fixed<string>;
  by: Fixed<number | null>;
  requested_by: Fixed<string | null>;
  reason: Fixed<string | null>;
}

/** Append-only: a partnership's local value for one of its pack's thresholds; the latest per key wins. */
export interface ThresholdOverrideTable {
  id: Generated<number>;
  partnership_id: Fixed<number>;
  pack: Fixed<string>;
  key: Fixed<string>;
  /** JSON; null puts the pack's own value back. */
  value: Fixed<string | null>;
  reason: Fixed<string>;
  set_by: Fixed<number | null>;
  set_at: Fixed<string>;
}

export interface Database {
  partnerships: PartnershipTable;
  agencies: AgencyTable;
  teams: TeamTable;
  users: UserTable;
  cases: CaseTable;
  case_agencies: CaseAgencyTable;
  case_workers: CaseWorkerTable;
  people: PersonTable;
  person_versions: PersonVersionTable;
  entries: EntryTable;
  audit_log: AuditTable;
  sessions: SessionTable;
  kept_forms: KeptFormTable;
  case_assessments: CaseAssessmentTable;
  case_finding_codes: CaseFindingCodeTable;
  case_allocations: CaseAllocationTable;
  api_tokens: ApiTokenTable;
  notifications: NotificationTable;
  idempotency_keys: IdempotencyKeyTable;
  guide_runs: GuideRunTable;
  guide_answers: GuideAnswerTable;
  whereabouts: WhereaboutsTable;
  overdue_alerts: OverdueAlertTable;
  overdue_acknowledgements: OverdueAcknowledgementTable;
  supervision_sessions: SupervisionSessionTable;
  supervision_cases: SupervisionCaseTable;
  supervision_answers: SupervisionAnswerTable;
  agreement_drafts: AgreementDraftTable;
  agreement_draft_versions: AgreementDraftVersionTable;
  invitations: InvitationTable;
  case_agency_changes: CaseAgencyChangeTable;
  threshold_overrides: ThresholdOverrideTable;
}

export type UserRow = Selectable<UserTable>;
export type CaseRow = Selectable<CaseTable>;
export type EntryRow = Selectable<EntryTable>;
export type NewEntryRow = Insertable<EntryTable>;
