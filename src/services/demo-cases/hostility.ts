// Risk to staff and to a parent: a threat of violence and the safety planning after it; domestic abuse with
// a safe address only the manager may read.
import type { CaseFile } from '../../domain/case-file.js';
import { adult, child, demoCase } from './case-builder.js';
import type { DemoClock } from './clock.js';
import { dsl, jo, pcEvans, priya, sam } from './staff.js';

/** Child protection: the mother's partner threatens the social worker; incident, debrief, then joint visits. */
export function hostileHousehold(t: DemoClock): CaseFile {
  const c = demoCase({
    ref: 'DEMO-004',
    plan: 'child-protection',
    openedOn: t.day(70),
    nextReviewOn: t.ahead(20),
    agencies: ['csc', 'hv', 'sch', 'pol'],
    people: [
      child('c1', 'Tyler Grant', t.born(7, 1, 6)),
      child('c2', 'Lacey Grant', t.born(2, 3, 19)),
      adult('m1', 'parent', 'Shannon Grant', { livesWithChildren: ['c1', 'c2'] }),
      adult('a1', 'significant-adult', 'Craig Docherty', { livesWithChildren: ['c1', 'c2'] }),
    ],
  });
  const household = ['m1', 'a1', 'c1', 'c2'];
  c.allocate(t.at(70, '09:00'), 'worker');
  c.contact(t.at(68, '14:00'), sam, 'home-visit', 'completed', {
    seen: household,
    seenAlone: ['c1'],
    childViews: ['c1'],
    summaryGiven: true,
  });
  c.contact(t.at(40, '14:00'), sam, 'home-visit', 'completed', {
    seen: household,
    seenAlone: [],
    behaviours: ['hostility'],
    threats: ['swearing', 'shouting'],
    note: 'Mr Docherty swore at the worker and said the family did not need "spying on".',
  });
  c.contact(t.at(30, '10:00'), priya, 'home-visit', 'completed', { seen: ['m1', 'c2'] });
  c.contact(t.at(15, '14:00'), sam, 'home-visit', 'refused-entry', {
    seen: ['a1'],
    behaviours: ['hostility', 'refusal'],
    threats: ['shouting', 'intimidating-language', 'threat-of-violence'],
  });
  const incident = c.add('incident', t.at(15, '14:10'), {
    ...sam,
    threats: ['threat-of-violence', 'shouting'],
    against: 'worker',
    frightening: true,
    managerNotifiedAt: t.at(15, '14:40'),
    policeInformedAt: t.at(15, '15:00'),
    agenciesAlertedAt: t.at(15, '16:30'),
    note: 'Mr Docherty stepped towards the worker with a raised fist and said she would "get hurt" if she came back.',
  });
  c.add('manager-discussion', t.at(15, '15:30'), {
    ...sam,
    manager: 'manager',
    urgency: 'immediate',
    decision: 'Joint visits only, with police where needed. Risk-to-staff warning shared with every agency.',
  });
  c.add('debrief', t.at(13, '11:00'), {
    ...jo,
    incident,
    note: 'Sam shaken but wants to stay on the case. Joint visits and a safety plan agreed.',
  });
  c.add('safety-decision', t.at(13, '11:30'), {
    ...jo,
    measures: ['joint-visits-only', 'police-accompaniment'],
    decision:
      'Two workers at every home visit, with police while Mr Docherty is at the address. Meet Ms Grant at the children’s centre when she prefers.',
    reason: 'Mr Docherty threatened the social worker with violence at the door.',
  });
  c.contact(t.at(12, '10:30'), dsl, 'school', 'completed', {
    seen: ['c1'],
    seenAlone: ['c1'],
    childViews: ['c1'],
    note: 'Tyler said "Craig shouts but he\'s alright".',
  });
  c.add('meeting', t.at(10, '10:00'), {
    ...sam,
    type: 'core-group',
    attendees: ['csc', 'hv', 'sch', 'pol'],
    decision: 'continue',
    parentsExcluded: true,
    reason: "Threats to the social worker; the parents' views taken separately.",
    actions: [
      { what: 'Joint home visit with police', owner: 'worker', due: t.day(3) },
      { what: 'Share any call-outs to the address with social care', owner: 'pc1', due: t.day(5) },
    ],
  });
  const visit = c.add('visit-plan', t.at(4, '09:00'), {
    ...sam,
    due: t.at(3, '14:00'),
    lone: false,
    safetyCheck: { complete: true },
    expectedBack: t.at(3, '15:30'),
    note: 'Joint visit with PC Evans. Car parked facing out; office to ring at 15:30 if not back.',
  });
  c.add('check-out', t.at(3, '13:40'), { ...sam, visit, expectedBack: t.at(3, '15:30') });
  c.contact(t.at(3, '14:00'), sam, 'home-visit', 'completed', {
    seen: household,
    seenAlone: ['c1'],
    childViews: ['c1'],
    summaryGiven: true,
    note: 'Mr Docherty calmer and stayed in the kitchen. Tyler showed his room. Lacey well.',
  });
  c.add('check-in', t.at(3, '15:05'), { ...sam, visit });
  return c.build();
}

/** Child in need after domestic abuse: mother and daughter in a refuge, the address restricted to managers. */
export function domesticAbuseSafeAddress(t: DemoClock): CaseFile {
  const c = demoCase({
    ref: 'DEMO-021',
    plan: 'child-in-need',
    openedOn: t.day(30),
    nextReviewOn: t.ahead(40),
    agencies: ['csc', 'sch', 'pol'],
    people: [
      child('c1', 'Layla Osei', t.born(11, 2, 25)),
      adult('m1', 'parent', 'Abena Osei', { livesWithChildren: ['c1'] }),
      adult('f1', 'parent', 'Kwame Osei'),
    ],
  });
  c.contact(t.at(32, '22:45'), pcEvans, 'home-visit', 'completed', {
    planned: false,
    announced: false,
    seen: ['m1', 'f1', 'c1'],
    note: 'Call from mother. Father arrested for assault. Layla upset but unhurt.',
  });
  c.add('referral', t.at(31, '09:00'), {
    ...sam,
    reason: 'Police domestic abuse notification; Layla present.',
  });
  c.allocate(t.at(30, '09:00'), 'worker');
  c.contact(t.at(29, '11:00'), sam, 'office', 'completed', {
    seen: ['m1', 'c1'],
    seenAlone: ['c1'],
    childViews: ['c1'],
    summaryGiven: true,
  });
  c.add('address-change', t.at(25, '15:00'), {
    ...jo,
    person: 'm1',
    restricted: ['manager'],
    note: 'Mother and Layla have moved to a refuge. The address is held by the team manager and must not be shared.',
  });
  c.contact(t.at(20, '10:00'), dsl, 'school', 'completed', {
    seen: ['c1'],
    seenAlone: ['c1'],
    childViews: ['c1'],
    note: 'Layla staying at Oakfield. Collection plan agreed: father may not collect her.',
  });
  c.contact(t.at(14, '11:00'), sam, 'office', 'completed', {
    seen: ['m1', 'c1'],
    seenAlone: ['c1'],
    childViews: ['c1'],
    summaryGiven: true,
  });
  c.add('meeting', t.at(12, '10:00'), {
    ...sam,
    type: 'multi-agency',
    attendees: ['csc', 'sch', 'pol'],
    decision: 'continue',
    actions: [
      { what: 'Referral to the domestic abuse outreach service', owner: 'worker', due: t.day(7) },
      { what: 'Tell school of any change to bail conditions', owner: 'pc1', due: t.ahead(30) },
    ],
  });
  c.contact(t.at(4, '16:00'), sam, 'video', 'completed', {
    seen: ['m1', 'c1'],
    childViews: ['c1'],
    summaryGiven: true,
    note: 'Settling in. Layla sleeping better.',
  });
  return c.build();
}
