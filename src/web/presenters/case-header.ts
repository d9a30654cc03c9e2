// The identity bar and sub-navigation every page of a case shows.
import type { CaseOverview } from '../../services/cases.js';
import { planLabels } from '../../domain/labels.js';
import { paths } from '../paths.js';
import { presentRiskBanner, type RiskBanner } from './risk-to-staff.js';

export type CaseTab = 'overview' | 'people' | 'chronology' | 'contact' | 'guide' | 'risk' | 'family';

export interface CaseHeader {
  ref: string;
  plan: string;
  children: string;
  leadWorker: string;
  tabs: { text: string; href: string; active: boolean }[];
  recordContactHref: string;
  /** The risk-to-staff warning every page of the case shows while it holds. */
  riskToStaff: RiskBanner | null;
}

export function caseHeader(overview: CaseOverview, active: CaseTab): CaseHeader {
  const { ref, plan } = overview.file.case;
  const links = paths.case(ref);
  return {
    ref,
    plan: planLabels[plan],
    children:
      overview.children
        .map((child) => (child.age === null ? child.name : `${child.name} (${child.age})`))
        .join(', ') || 'No children recorded',
    leadWorker: overview.leadWorker ?? 'Not allocated',
    tabs: [
      { text: 'Overview', href: links.overview, active: active === 'overview' },
      { text: 'People', href: links.people, active: active === 'people' },
      { text: 'Chronology', href: links.chronology, active: active === 'chronology' },
      { text: 'Record a contact', href: links.recordContact, active: active === 'contact' },
      { text: 'Family plan', href: links.familyPlan, active: active === 'family' },
      { text: 'Worried about engagement?', href: links.guide, active: active === 'guide' },
      { text: 'Staff safety', href: links.risk, active: active === 'risk' },
    ],
    recordContactHref: links.recordContact,
    riskToStaff: presentRiskBanner(overview.file, overview.riskToStaff),
  };
}

/** The header of a page with no tab of its own (a form reached from the overview): no tab is marked current. */
export function caseHeaderWithoutTab(overview: CaseOverview): CaseHeader {
  const header = caseHeader(overview, 'overview');
  return { ...header, tabs: header.tabs.map((tab) => ({ ...tab, active: false })) };
}
