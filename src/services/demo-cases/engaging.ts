// Ordinary cases where the family works with the plan: the quiet majority of a caseload.
import type { CaseFile } from '../../domain/case-file.js';
import { adult, child, demoCase } from './case-builder.js';
import type { DemoClock } from './clock.js';
import { daniel, dsl, priya, sam } from './staff.js';

/** Child in need: a family coping with a father's stroke engages well; the children are seen and heard. */
export function familyEngagingWell(t: DemoClock): CaseFile {
  const c = demoCase({
    ref: 'DEMO-002',
    plan: 'child-in-need',
    openedOn: t.day(80),
    nextReviewOn: t.ahead(40),
    agencies: ['csc', 'sch'],
    people: [
      child('c1', 'Grace Adeyemi', t.born(9, 2, 5)),
      child('c2', 'Samuel Adeyemi', t.born(6, 7, 14)),
      adult('m1', 'parent', 'Funmi Adeyemi', { livesWithChildren: ['c1', 'c2'] }),
      adult('f1', 'parent', 'Tunde Adeyemi', { livesWithChildren: ['c1', 'c2'] }),
    ],
  });
  c.add('referral', t.at(82, '14:00'), {
    ...sam,
    reason: 'School: Grace often late and tired, caring for her father after his stroke.',
  });
  c.allocate(t.at(80, '09:00'), 'worker');
  c.add('assessment', t.at(80, '09:10'), {
    ...sam,
    reason: 'Child and family assessment; young carer needs.',
  });
  const everyone = ['m1', 'f1', 'c1', 'c2'];
  c.contact(t.at(78, '16:00'), sam, 'home-visit', 'completed', {
    seen: everyone,
    seenAlone: ['c1'],
    childViews: ['c1'],
    summaryGiven: true,
    note: 'Grace helps her father wash and dress before school. Parents open to help.',
  });
  c.contact(t.at(60, '11:00'), dsl, 'school', 'completed', {
    seen: ['c1'],
    seenAlone: ['c1'],
    childViews: ['c1'],
  });
  c.add('meeting', t.at(55, '10:00'), {
    ...sam,
    type: 'multi-agency',
    attendees: ['csc', 'sch'],
    decision: 'continue',
    actions: [
      { what: 'Referral to the young carers service', owner: 'worker', due: t.day(45) },
      { what: 'Breakfast club place for Grace and Samuel', owner: 't1', due: t.day(50) },
    ],
    shareWithFamily: 'We agreed Grace should not have to help her dad in the mornings. Carers will come in.',
  });
  c.contact(t.at(40, '16:00'), sam, 'home-visit', 'completed', {
    seen: everyone,
    seenAlone: ['c1', 'c2'],
    childViews: ['c1', 'c2'],
    summaryGiven: true,
    note: 'Morning carers in place. Grace at young carers club on Thursdays and enjoying it.',
  });
  c.add('attendance', t.at(30, '09:00'), { ...dsl, person: 'c1', percent: 97, period: 'this half term' });
  c.add('plan-review', t.at(28, '10:00'), { ...sam, progress: 'good', nextReviewOn: t.ahead(40) });
  c.contact(t.at(20, '15:30'), sam, 'phone', 'completed', {
    note: 'Mother rang to say the carers are working well.',
  });
  c.contact(t.at(8, '16:00'), sam, 'home-visit', 'completed', {
    seen: everyone,
    seenAlone: ['c1', 'c2'],
    childViews: ['c1', 'c2'],
    summaryGiven: true,
    note: 'Both children relaxed and chatty. Father walking with a frame.',
  });
  c.add('concern-level', t.at(8, '17:00'), { ...sam, level: 'low' });
  return c.build();
}

/** Early help: an eighteen-year-old mother and her baby, living with her own mother. */
export function youngParent(t: DemoClock): CaseFile {
  const c = demoCase({
    ref: 'DEMO-022',
    plan: 'early-help',
    openedOn: t.day(41),
    nextReviewOn: t.ahead(50),
    agencies: ['csc', 'hv'],
    people: [
      child('c1', 'Arlo Simmons', t.born(0, 5, 2)),
      adult('m1', 'parent', 'Tia Simmons', { livesWithChildren: ['c1'], dateOfBirth: t.born(18, 3, 8) }),
      adult('r1', 'relative', 'Sandra Simmons', { livesWithChildren: ['c1'] }),
    ],
  });
  c.add('assessment', t.at(41, '10:00'), {
    ...daniel,
    reason: 'Early help assessment asked for by the midwife.',
  });
  c.allocate(t.at(40, '09:00'), 'sw2');
  c.contact(t.at(39, '14:00'), daniel, 'home-visit', 'completed', {
    seen: ['m1', 'r1', 'c1'],
    summaryGiven: true,
    note: 'Tia wants to return to college. Grandmother supportive but works shifts.',
  });
  c.contact(t.at(30, '10:30'), priya, 'home-visit', 'completed', { seen: ['m1', 'c1'] });
  c.add('meeting', t.at(25, '13:00'), {
    ...daniel,
    type: 'team-around-family',
    attendees: ['csc', 'hv'],
    decision: 'continue',
    actions: [
      { what: 'Referral to the young parents group', owner: 'sw2', due: t.day(20) },
      { what: 'Weekly baby clinic for weighing', owner: 'worker2', due: t.day(15) },
    ],
    shareWithFamily:
      'Tia will go to the young parents group and the baby clinic; Daniel will help with college.',
  });
  c.add('goal', t.at(25, '13:30'), {
    ...daniel,
    person: 'm1',
    goal: 'Start the college childcare course in September.',
    reality: 'Enrolment form not yet done; no childcare arranged.',
    options: 'College nursery; grandmother on her days off; childcare funding for young parents.',
    will: 'Tia to fill in the form with Daniel next visit and apply for the funding.',
    due: t.ahead(30),
  });
  c.contact(t.at(12, '11:00'), priya, 'clinic', 'completed', {
    seen: ['m1', 'c1'],
    note: 'Gaining weight well.',
  });
  c.contact(t.at(6, '14:00'), daniel, 'home-visit', 'completed', {
    seen: ['m1', 'r1', 'c1'],
    summaryGiven: true,
    note: 'College form sent. Tia went to the young parents group twice.',
  });
  return c.build();
}

/** Child in need: an autistic ten-year-old who uses a communication app; short breaks and school support. */
export function disabledChild(t: DemoClock): CaseFile {
  const c = demoCase({
    ref: 'DEMO-023',
    plan: 'child-in-need',
    openedOn: t.day(100),
    nextReviewOn: t.ahead(20),
    agencies: ['csc', 'sch'],
    people: [
      child('c1', 'Finley Walsh', t.born(10, 1, 17), {
        disability: 'Autism; non-verbal, uses a communication app',
      }),
      adult('m1', 'parent', 'Siobhan Walsh', { livesWithChildren: ['c1'] }),
      adult('f1', 'parent', 'Declan Walsh', { livesWithChildren: ['c1'] }),
    ],
  });
  c.allocate(t.at(100, '09:00'), 'sw2');
  c.contact(t.at(98, '16:30'), daniel, 'home-visit', 'completed', {
    seen: ['m1', 'f1', 'c1'],
    seenAlone: ['c1'],
    childViews: ['c1'],
    summaryGiven: true,
    note: 'Finley showed his favourite places on the app. Parents exhausted; asking for short breaks.',
  });
  c.add('meeting', t.at(80, '10:00'), {
    ...daniel,
    type: 'multi-agency',
    attendees: ['csc', 'sch'],
    decision: 'continue',
    actions: [{ what: 'Short breaks assessment', owner: 'sw2', due: t.day(60) }],
  });
  c.contact(t.at(50, '10:00'), dsl, 'school', 'completed', {
    seen: ['c1'],
    seenAlone: ['c1'],
    childViews: ['c1'],
  });
  c.add('plan-review', t.at(45, '14:00'), { ...daniel, progress: 'good', nextReviewOn: t.ahead(20) });
  c.add('attendance', t.at(30, '09:00'), { ...dsl, person: 'c1', percent: 96, period: 'autumn term' });
  c.contact(t.at(10, '16:30'), daniel, 'home-visit', 'completed', {
    seen: ['m1', 'f1', 'c1'],
    seenAlone: ['c1'],
    childViews: ['c1'],
    summaryGiven: true,
    note: 'Overnight short breaks started monthly. Finley chose "happy" for his visits there.',
  });
  return c.build();
}
