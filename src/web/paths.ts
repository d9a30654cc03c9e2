// Every URL the pages link to, built in one place so no route or template concatenates one by hand.
import type { Role } from '../domain/policy.js';

const caseBase = (ref: string) => `/cases/${encodeURIComponent(ref)}`;

function caseLinks(ref: string) {
  const base = caseBase(ref);
  return {
    overview: base,
    people: `${base}/people`,
    addPerson: `${base}/people/new`,
    /** The team around the family: who is on the case, who asked for each and why; add an agency. */
    agencies: `${base}/agencies`,
    /** The local procedure the case follows: its pack's thresholds and the partnership's local values. */
    procedure: `${base}/procedure`,
    chronology: `${base}/chronology`,
    recordContact: `${base}/contacts/new`,
    amend: (entryId: string) => `${base}/entries/${encodeURIComponent(entryId)}/amend`,
    /** Correct the manager discussion `entryId` (a manager of the case's only). */
    correctManagerDiscussion: (entryId: string) =>
      `${base}/manager-discussion/${encodeURIComponent(entryId)}/correct`,
    recordMeeting: `${base}/meetings/new`,
    /** Correct the meeting `entryId` (a new version that amends its latest; its actions keep their places). */
    correctMeeting: (entryId: string) => `${base}/meetings/${encodeURIComponent(entryId)}/correct`,
    /** Arrange a meeting: its type, date and the agencies invited. */
    scheduleMeeting: `${base}/meetings/arrange`,
    /** Record the meeting that was arranged by entry `arrangedId` (the form starts with its type and date). */
    recordArrangedMeeting: (arrangedId: string) =>
      `${base}/meetings/new?arranged=${encodeURIComponent(arrangedId)}`,
    /** Mark one meeting action done or reopen it (POST). */
    updateAction: (meetingId: string, index: number) =>
      `${base}/meetings/${encodeURIComponent(meetingId)}/actions/${index}`,
    /** The printable pack for a multi-agency meeting. */
    meetingPack: `${base}/meeting-pack`,
    recordManagerDiscussion: `${base}/manager-discussion/new`,
    /** Alert the other agencies on the case (MK 5.1.9.4, 5.1.16). */
    informAgencies: `${base}/alerts/new`,
    close: `${base}/close`,
    /** Risk to staff: the warning, incidents, debriefs and safety decisions (issue 7). */
    risk: `${base}/risk`,
    reportIncident: `${base}/incidents/new`,
    /** Correct the incident `entryId` (a new version that amends its latest; nobody is told again). */
    correctIncident: (entryId: string) => `${base}/incidents/${encodeURIComponent(entryId)}/correct`,
    recordSafetyDecision: `${base}/safety-decision/new`,
    /** Record a debrief after incident `incidentId`. */
    debrief: (incidentId: string) => `${base}/incidents/${encodeURIComponent(incidentId)}/debrief`,
    /** "Worried about engagement?": start page, a page per question, check answers, what it recorded. */
    guide: `${base}/worried`,
    guideQuestion: (questionId: string) => `${base}/worried/questions/${encodeURIComponent(questionId)}`,
    guideCheck: `${base}/worried/check`,
    guideRecorded: (runId: number) => `${base}/worried/recorded/${runId}`,
    /** Plan a visit (MK 5.1.9.23–25); the visit's own page checks out, in, and extends. */
    planVisit: `${base}/visits/new`,
    visit: (visitId: string) => `${base}/visits/${encodeURIComponent(visitId)}`,
    checkOut: (visitId: string) => `${base}/visits/${encodeURIComponent(visitId)}/check-out`,
    checkIn: (visitId: string) => `${base}/visits/${encodeURIComponent(visitId)}/check-in`,
    extendVisit: (visitId: string) => `${base}/visits/${encodeURIComponent(visitId)}/extend`,
    /** Agreements with the family (SX 1.7.13): the list, drafting, agreeing, printing, reviewing. */
    agreements: `${base}/agreements`,
    /** Start a draft: without a type, the page asks which kind of agreement. */
    newAgreement: (type?: string) =>
      `${base}/agreements/new${type ? `?${new URLSearchParams({ type })}` : ''}`,
    agreementDraft: (draftId: number) => `${base}/agreements/drafts/${draftId}`,
    agreeDraft: (draftId: number) => `${base}/agreements/drafts/${draftId}/agree`,
    /** The agreement as a PDF for the family; `largePrint` for 18 point. */
    agreementPdf: (agreementId: string, largePrint = false) =>
      `${base}/agreements/${encodeURIComponent(agreementId)}.pdf${largePrint ? '?largePrint=true' : ''}`,
    reviewAgreement: (agreementId: string) => `${base}/agreements/${encodeURIComponent(agreementId)}/review`,
    /** An entry in the chronology, by its id: the page that shows it, at the entry. */
    entry: (entryId: string) =>
      `${base}/chronology?entry=${encodeURIComponent(entryId)}#entry-${encodeURIComponent(entryId)}`,
    /** Change a person's communication needs (a new version of their record). */
    personNeeds: (personRef: string) => `${base}/people/${encodeURIComponent(personRef)}/needs`,
    /** Working with the family: stages of change, GROW goals and plan reviews (BEF 10.0, 10.1). */
    familyPlan: `${base}/family-plan`,
    recordStage: `${base}/family-plan/stages/new`,
    setGoal: `${base}/family-plan/goals/new`,
    /** Correct the stage of change `entryId` (a new version that amends its latest). */
    correctStage: (entryId: string) => `${base}/family-plan/stages/${encodeURIComponent(entryId)}/correct`,
    /** Correct the goal `entryId` (a new version that amends its latest). */
    correctGoal: (entryId: string) => `${base}/family-plan/goals/${encodeURIComponent(entryId)}/correct`,
    recordPlanReview: `${base}/family-plan/reviews/new`,
    /** The end-of-contact summary for the family of contact `entryId`, and its large-print PDF. */
    contactSummary: (entryId: string) => `${base}/entries/${encodeURIComponent(entryId)}/summary`,
    contactSummaryPdf: (entryId: string) => `${base}/entries/${encodeURIComponent(entryId)}/summary.pdf`,
  };
}
export const paths = {
  home: '/',
  health: '/health',
  signIn: '/sign-in',
  signOut: '/sign-out',
  /** "Stay signed in" on the timeout warning (POST): renews the session. */
  staySignedIn: '/stay-signed-in',
  /** Sign-in through the partnership's identity provider (OpenID Connect), where one is configured. */
  oidc: {
    start: '/sign-in/oidc',
    callback: '/sign-in/oidc/callback',
  },
  /** The audit log, for auditors: searched by user, case and day. */
  auditLog: '/audit',
  cases: {
    list: '/cases',
    create: '/cases/new',
  },
  /** The user's account and API tokens. */
  account: '/account',
  /** The JSON API (src/api): its OpenAPI document and reference page need no token. */
  api: {
    base: '/api',
    document: '/api/openapi.json',
    docs: '/api/docs',
  },
  /** The actions meetings gave the worker or their agency. */
  tasks: '/tasks',
  /** A manager's view of the team: children not seen, supervision, decisions, incidents, cases. */
  team: '/team',
  /** A manager's supervision of a worker over some of their cases (issue 9). */
  supervision: {
    start: '/team/supervision/new',
    session: (id: number) => `/team/supervision/${id}`,
    case: (id: number, ref: string) => `/team/supervision/${id}/cases/${encodeURIComponent(ref)}`,
    complete: (id: number) => `/team/supervision/${id}/complete`,
  },
  /** A worker's week: visits planned, actions due, findings on their cases, supervision. */
  week: '/week',
  /** Who is out on a visit now and who is overdue: for managers and the duty contact. */
  whereabouts: {
    list: '/team/whereabouts',
    acknowledge: (id: number) => `/team/whereabouts/${id}/acknowledge`,
  },
  /** The user's notifications; opening one (POST) marks it read. */
  notifications: {
    list: '/notifications',
    open: (id: number) => `/notifications/${id}/open`,
    readAll: '/notifications/read',
  },
  /** Partnership administration (a partnership-admin's only): agencies, teams, users, the procedure. */
  admin: {
    home: '/admin',
    newAgency: '/admin/agencies/new',
    agency: (id: number) => `/admin/agencies/${id}`,
    newTeam: '/admin/teams/new',
    newUser: '/admin/users/new',
    user: (id: number) => `/admin/users/${id}`,
    deactivate: (id: number) => `/admin/users/${id}/deactivate`,
    reinvite: (id: number) => `/admin/users/${id}/invite`,
    procedure: '/admin/procedure',
    pack: '/admin/procedure/pack',
    threshold: '/admin/procedure/thresholds',
  },
  /** Where a new user sets their password, from the one-time link their admin gave them. */
  invitation: (token: string) => `/invitations/${encodeURIComponent(token)}`,
  /** The pages of one case. */
  case: caseLinks,
  /** Served by plugins/static-assets.ts. */
  assets: {
    govukCss: '/vendor/govuk/govuk-frontend.min.css',
    mojCss: '/vendor/moj/moj-frontend.min.css',
    appCss: '/public/app.css',
    /** The meeting pack's print rules. */
    printCss: '/public/print.css',
    appJs: '/public/app.js',
    icon: '/public/icon.svg',
  },
} as const;

/** The sign-in page, asking it to come back to `returnTo` afterwards. */
export function signInPath(returnTo?: string): string {
  return returnTo ? `${paths.signIn}?${new URLSearchParams({ returnTo })}` : paths.signIn;
}

/** Where someone lands when signed in: an administrator and an auditor work no cases. */
export function homeFor(role: Role): string {
  if (role === 'partnership-admin') return paths.admin.home;
  if (role === 'auditor') return paths.auditLog;
  return paths.cases.list;
}

/**
 * `value` when it is a path on this site, else undefined: after sign-in we only ever go back to our own
 * pages, never to an address an attacker put in a link (an open redirect). Checked after the URL parser
 * has read it as a browser would: it drops tabs and newlines, reads `\` as `/` and resolves `.`, `..`
 * and `%2e%2e`, so `/.//evil.example` and `/a/..//evil.example` come out as `//evil.example`, which a
 * browser takes for another site.
 */
export function safeReturnTo(value: unknown): string | undefined {
  if (typeof value !== 'string' || value.length > 2000 || !value.startsWith('/')) return undefined;
  const base = 'http://stickability.invalid';
  if (!URL.canParse(value, base)) return undefined;
  const url = new URL(value, base);
  const path = `${url.pathname}${url.search}`;
  if (url.origin !== base || !path.startsWith('/') || path.startsWith('//') || path.startsWith('/\\'))
    return undefined;
  return path;
}
