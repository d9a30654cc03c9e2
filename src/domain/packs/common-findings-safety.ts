// The common core's guidance for the hostility and staff-safety findings (FINDINGS.md).
import type { FindingCode } from '../assessment/codes.js';
import { cite, finding } from './guidance.js';
import type { FindingGuidance } from './types.js';

export const staffSafetyFindings = {
  'hostility-to-staff': finding(
    'Hostility towards staff',
    [
      'MK 5.1.8',
      'MK 5.1.9.24',
      'MK 5.1.9.25',
      'SX 1.7.29',
      'SX 1.7.30',
      'SX 1.7.31',
      'FV "Hostile, threatening behaviour"',
    ],
    cite(
      'Plan every visit for safety: go with a colleague and make sure the office knows where you are.',
      'MK 5.1.9.24',
      'MK 5.1.12',
    ),
    cite('Warn every agency on the case about the risk.', 'MK 5.1.16', 'SX 1.7.16'),
    cite('Count the hostility as evidence of what life is like for the child.', 'MK 5.1.15', 'SX 1.7.9'),
    cite(
      'Talk it through with your manager; consider a written contract about behaviour.',
      'MK 5.1.9.24',
      'FV "Drawing up a written contract"',
    ),
  ),
  'incident-not-escalated': finding(
    'Incident not passed on',
    ['MK 5.1.13', 'MK 5.1.16', 'SX 1.7.16', 'FV "Risk to staff"'],
    cite('Tell your line manager about the incident now.', 'MK 5.1.13', 'FV "Risk to staff"'),
    cite('Alert every other agency on the case to the risk.', 'MK 5.1.16', 'SX 1.7.16', 'FV "Risk to staff"'),
    cite('Follow your agency’s violence at work procedure, including any report to the police.', 'MK 5.1.13'),
  ),
  'safety-plan-missing': finding(
    'No safety plan for the visit',
    ['FV "Keeping Staff Safe"', 'BEF 11.1', 'SX 1.7.35', 'SX 1.7.36'],
    cite('Complete the pre-visit safety check before you set off.', 'FV "Keeping Staff Safe"'),
    cite(
      'Arrange a joint visit, or have your manager record how the work can go ahead safely.',
      'BEF 11.1',
      'SX 1.7.36',
    ),
    cite('Consider meeting at the office, a clinic or somewhere neutral instead.', 'FV "Keeping Staff Safe"'),
  ),
  'visit-overdue': finding(
    'Worker overdue from a visit',
    ['MK 5.1.9.24', 'FV "Keeping Staff Safe"'],
    cite('Phone the worker now.', 'FV "Keeping Staff Safe"'),
    cite(
      'Use the details they left: where they went, their phone and their car.',
      'FV "Keeping Staff Safe"',
      'MK 5.1.9.24',
    ),
    cite(
      'If you cannot reach them, a manager follows the agency’s lone working procedure.',
      'FV "Risk to staff"',
    ),
  ),
  'debrief-due': finding(
    'Debrief due after a frightening incident',
    ['SX 1.7.21'],
    cite('Hold a debrief with the worker and, where it helps, the other agencies.', 'SX 1.7.21'),
    cite('Ask how the incident is affecting the worker and their decisions.', 'SX 1.7.33', 'SX 1.7.18'),
    cite('Agree what changes before the next visit.', 'SX 1.7.35'),
  ),
} satisfies Partial<Record<FindingCode, FindingGuidance>>;
