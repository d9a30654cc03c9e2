// The local procedure followed through: escalation from failed visits to a child protection plan, and a
// step-down to early help once the plan has worked.
import type { CaseFile } from '../../domain/case-file.js';
import { adult, child, demoCase } from './case-builder.js';
import type { DemoClock } from './clock.js';
import { dsl, pcEvans, priya, sam } from './staff.js';

/** Child protection: no access, a manager discussion, a multi-agency meeting, then a conference and a plan. */
export function escalation(t: DemoClock): CaseFile {
  const c = demoCase({
    ref: 'DEMO-014',
    plan: 'child-protection',
    openedOn: t.day(75),
    nextReviewOn: t.ahead(60),
    agencies: ['csc', 'hv', 'sch', 'pol'],
    people: [
      child('c1', 'Theo Marshall', t.born(6, 10, 3)),
      child('c2', 'Freya Marshall', t.born(4, 0, 22)),
      adult('m1', 'parent', 'Kirsty Marshall', { livesWithChildren: ['c1', 'c2'] }),
      adult('f1', 'parent', 'Paul Marshall', { hasContactWith: ['c1', 'c2'] }),
    ],
  });
  const children = ['c1', 'c2'];
  c.allocate(t.at(75, '09:00'), 'worker');
  c.contact(t.at(73, '15:30'), sam, 'home-visit', 'completed', {
    seen: ['m1', ...children],
    seenAlone: children,
    childViews: children,
    summaryGiven: true,
  });
  c.contact(t.at(50, '15:30'), sam, 'home-visit', 'no-answer-believed-in', {
    contingency: 'Office appointment by letter and text.',
    note: 'Television on; dog barking; no answer.',
  });
  c.contact(t.at(47, '11:00'), sam, 'office', 'did-not-attend', {
    contingency: 'Discuss with the team manager.',
  });
  c.contact(t.at(45, '10:00'), priya, 'home-visit', 'no-answer-not-in');
  c.add('manager-discussion', t.at(44, '09:30'), {
    ...sam,
    manager: 'manager',
    urgency: 'within-days',
    decision:
      'Unannounced joint visit with the health visitor this week; if no access, multi-agency meeting.',
  });
  c.contact(t.at(42, '16:00'), sam, 'home-visit', 'completed', {
    announced: false,
    seen: ['m1', ...children],
    seenAlone: ['c1'],
    childViews: ['c1'],
    note: 'Joint with health visitor. Little food in the house; Freya in a wet nappy at 4pm.',
  });
  c.contact(t.at(38, '15:30'), sam, 'home-visit', 'no-answer-believed-in', {
    contingency: 'Check with school.',
  });
  c.add('meeting', t.at(34, '10:00'), {
    ...sam,
    type: 'multi-agency',
    attendees: ['csc', 'hv', 'sch', 'pol'],
    decision: 'child-protection',
    actions: [
      { what: 'Strategy discussion and section 47 enquiry', owner: 'worker', due: t.day(32) },
      { what: 'Daily check on Theo in class and a breakfast offer', owner: 't1', due: t.day(33) },
      { what: 'Check police systems for the household', owner: 'pc1', due: t.day(32) },
    ],
    shareWithFamily: 'We are worried the children are not getting enough care and will hold a conference.',
  });
  c.contact(t.at(32, '14:00'), pcEvans, 'phone', 'completed', {
    note: 'No police records for the current address.',
  });
  c.add('meeting', t.at(25, '10:00'), {
    ...sam,
    type: 'initial-child-protection-conference',
    attendees: ['csc', 'hv', 'sch', 'pol'],
    decision: 'child-protection',
    actions: [
      { what: 'Core group within ten working days', owner: 'worker', due: t.day(15) },
      { what: 'Weekly visits, at least one a fortnight unannounced', owner: 'worker', due: t.ahead(60) },
    ],
  });
  c.add('plan-change', t.at(25, '12:00'), { ...sam, plan: 'child-protection', note: 'Category: neglect.' });
  c.add('meeting', t.at(15, '10:00'), {
    ...sam,
    type: 'core-group',
    attendees: ['csc', 'hv', 'sch'],
    decision: 'continue',
    actions: [{ what: 'Food bank referral and help with the gas meter', owner: 'worker', due: t.day(10) }],
  });
  c.contact(t.at(10, '16:00'), sam, 'home-visit', 'completed', {
    seen: ['m1', 'f1', ...children],
    seenAlone: children,
    childViews: children,
    summaryGiven: true,
  });
  c.contact(t.at(5, '09:00'), dsl, 'school', 'completed', {
    seen: ['c1'],
    seenAlone: ['c1'],
    note: 'Theo coming to breakfast club daily.',
  });
  c.contact(t.at(2, '15:30'), sam, 'home-visit', 'completed', {
    announced: false,
    seen: ['m1', ...children],
    seenAlone: ['c1'],
    childViews: ['c1'],
    summaryGiven: true,
  });
  return c.build();
}

/** Early help: a child-in-need plan that worked, stepped down by a multi-agency meeting. */
export function stepDown(t: DemoClock): CaseFile {
  const c = demoCase({
    ref: 'DEMO-025',
    plan: 'early-help',
    openedOn: t.day(150),
    nextReviewOn: t.ahead(60),
    agencies: ['csc', 'sch'],
    people: [
      child('c1', 'Hannah Dube', t.born(6, 6, 13)),
      adult('m1', 'parent', 'Chipo Dube', { livesWithChildren: ['c1'] }),
      adult('f1', 'parent', 'Tendai Dube', { livesWithChildren: ['c1'] }),
    ],
  });
  const family = ['m1', 'f1', 'c1'];
  c.allocate(t.at(150, '09:00'), 'worker');
  c.add('plan-change', t.at(148, '10:00'), { ...sam, plan: 'child-in-need' });
  c.contact(t.at(146, '16:00'), sam, 'home-visit', 'completed', {
    seen: family,
    seenAlone: ['c1'],
    childViews: ['c1'],
    summaryGiven: true,
    note: 'Parents arguing in front of Hannah since father lost his job. Both want help.',
  });
  c.add('plan-review', t.at(100, '10:00'), { ...sam, progress: 'some', nextReviewOn: t.day(60) });
  c.contact(t.at(80, '16:00'), sam, 'home-visit', 'completed', {
    seen: family,
    seenAlone: ['c1'],
    childViews: ['c1'],
    note: 'Both parents on the relationship course.',
  });
  c.add('plan-review', t.at(60, '10:00'), { ...sam, progress: 'good', nextReviewOn: t.day(20) });
  c.contact(t.at(40, '11:00'), dsl, 'school', 'completed', {
    seen: ['c1'],
    seenAlone: ['c1'],
    childViews: ['c1'],
  });
  c.contact(t.at(22, '16:00'), sam, 'home-visit', 'completed', {
    seen: family,
    seenAlone: ['c1'],
    childViews: ['c1'],
    summaryGiven: true,
    note: 'Hannah says home is "calmer now". Father back in work.',
  });
  c.add('meeting', t.at(20, '10:00'), {
    ...sam,
    type: 'multi-agency',
    attendees: ['csc', 'sch'],
    decision: 'step-down',
    actions: [{ what: 'School family worker to lead early help support', owner: 't1', due: t.day(10) }],
    shareWithFamily: 'Things have improved. The school family worker will now be your main contact.',
  });
  c.add('plan-change', t.at(20, '12:00'), { ...sam, plan: 'early-help' });
  c.add('concern-level', t.at(20, '12:05'), { ...sam, level: 'low' });
  c.add('plan-review', t.at(20, '12:10'), { ...sam, progress: 'good', nextReviewOn: t.ahead(60) });
  c.contact(t.at(9, '15:15'), dsl, 'meeting', 'completed', {
    seen: ['m1', 'c1'],
    childViews: ['c1'],
    summaryGiven: true,
  });
  return c.build();
}
