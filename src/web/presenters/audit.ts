// The audit log as an auditor reads it: each action in plain words (the API keeps the codes), and a detail
// with nothing in it as a dash rather than `{}`.

/** Every action the services audit (services/audit.ts and its callers), in words. */
export const auditActionLabels: Readonly<Record<string, string>> = {
  'accept-invitation': 'Accepted an invitation',
  'acknowledge-overdue-visit': 'Acknowledged a worker overdue from a visit',
  'add-agency': 'Added an agency to a case',
  'add-agency-to-partnership': 'Added an agency to the partnership',
  'add-person': 'Added a person to a case',
  'add-team': 'Added a team',
  'add-user': 'Added a user',
  'amend-entry': 'Corrected an entry',
  'amend-person': 'Changed a person’s details',
  'answer-guide': 'Answered a step of “Worried about engagement?”',
  'answer-supervision': 'Saved answers in a supervision',
  'assess-case': 'Reassessed a case',
  'case-not-found': 'Asked for a case that does not exist',
  'case-refused': 'Refused a case they may not see',
  'change-password': 'Changed their password',
  'change-password-failed': 'Gave a wrong current password when changing it',
  'change-password-locked': 'Refused a password change after too many wrong current passwords',
  'change-person-needs': 'Changed a person’s communication needs',
  'change-agency-contact': 'Changed an agency’s safeguarding contact',
  'change-user': 'Changed a user',
  'closure-refused': 'Refused a closure while the family is not engaging',
  'complete-guide': 'Finished “Worried about engagement?”',
  'create-case': 'Created a case',
  'create-token': 'Made an API token',
  'deactivate-user': 'Deactivated a user',
  'export-case': 'Exported a case',
  'import-case': 'Imported a case file',
  'print-agreement': 'Printed an agreement',
  'reactivate-user': 'Reactivated a user',
  'read-actions': 'Read a case’s meeting actions',
  'read-agreement': 'Read an agreement',
  'read-agreement-draft': 'Read an agreement’s draft',
  'read-agreements': 'Read a case’s agreements',
  'read-audit-log': 'Searched the audit log',
  'read-case': 'Opened a case',
  'read-chronology': 'Read a case’s chronology',
  'read-contact-summary': 'Read a summary for the family',
  'read-family-plan': 'Read a family plan',
  'read-guide': 'Opened “Worried about engagement?”',
  'read-meetings': 'Read a case’s meetings',
  'read-my-week': 'Opened My week',
  'read-person': 'Read a person’s details',
  'read-person-versions': 'Read the history of a person’s details',
  'read-procedure': 'Read the procedure a case follows',
  'read-risk-to-staff': 'Read the risk to staff on a case',
  'read-supervision': 'Opened a supervision',
  'read-team': 'Opened Your team',
  'read-told': 'Read whom an entry reached',
  'read-whereabouts': 'Read who is out on a visit',
  'record-entry': 'Recorded an entry',
  'reinvite-user': 'Sent a user a new invitation',
  'revoke-token': 'Revoked an API token',
  'save-agreement-draft': 'Saved an agreement’s draft',
  'set-pack': 'Chose the procedure new cases follow',
  'set-password': 'Set a user’s password from the command line',
  'set-threshold': 'Changed a local threshold',
  'sign-in': 'Signed in',
  'sign-in-address-refused': 'Sign-in refused: too many failures from the address',
  'sign-in-failed': 'Sign-in failed',
  'sign-in-locked': 'Sign-in refused: the account is locked',
  'sign-in-oidc': 'Signed in through the council’s identity provider',
  'sign-in-oidc-failed': 'Sign-in through the council’s identity provider failed',
  'sign-in-oidc-unknown': 'Sign-in through the council’s identity provider refused: no account here',
  'sign-out': 'Signed out',
  'start-agreement-draft': 'Started an agreement’s draft',
  'start-supervision': 'Started a supervision',
};

/** An action in words; one not listed yet reads as its code's words ("record-entry": "Record entry"). */
export function auditActionText(action: string): string {
  const words = action.replaceAll('-', ' ');
  return auditActionLabels[action] ?? words.charAt(0).toUpperCase() + words.slice(1);
}

/** A detail as text: a JSON object as "name: value" pairs, and nothing at all as a dash. */
export function auditDetailText(detail: string | null): string {
  const text = detail?.trim() ?? '';
  if (text.startsWith('{')) {
    try {
      const pairs = Object.entries(JSON.parse(text) as Record<string, unknown>)
        .filter(([, value]) => value !== undefined && value !== null && value !== '')
        .map(([name, value]) => `${name}: ${typeof value === 'string' ? value : JSON.stringify(value)}`);
      return pairs.length > 0 ? pairs.join('; ') : '—';
    } catch {
      return text;
    }
  }
  return text || '—';
}
