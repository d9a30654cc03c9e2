// Health and education: poor attendance, appointments the child was not brought to, and a corrected record.
import type { CaseFile } from '../../domain/case-file.js';
import { adult, child, demoCase } from './case-builder.js';
import type { DemoClock } from './clock.js';
import { dsl, priya, sam } from './staff.js';

/** Early help: a thirteen-year-old's attendance down to 82% while her mother's anxiety keeps her at home. */
export function poorAttendance(t: DemoClock): CaseFile {
  const c = demoCase({
    ref: 'DEMO-018',
    plan: 'early-help',
    openedOn: t.day(45),
    nextReviewOn: t.ahead(40),
    agencies: ['csc', 'sch'],
    people: [
      child('c1', 'Sophie Green', t.born(13, 7, 2)),
      child('c2', 'Alfie Green', t.born(8, 0, 19)),
      adult('m1', 'parent', 'Michelle Green', { livesWithChildren: ['c1', 'c2'] }),
    ],
  });
  c.add('referral', t.at(46, '14:00'), {
    ...sam,
    reason: "School: Sophie's attendance falling; mother unwell.",
  });
  c.allocate(t.at(45, '09:00'), 'worker');
  c.contact(t.at(43, '16:00'), sam, 'home-visit', 'completed', {
    seen: ['m1', 'c1', 'c2'],
    seenAlone: ['c1', 'c2'],
    childViews: ['c1', 'c2'],
    summaryGiven: true,
    note: 'Sophie stays home "to keep mum company" on bad days. Mother waiting for talking therapy.',
  });
  c.add('attendance', t.at(40, '09:00'), { ...dsl, person: 'c1', percent: 79, period: 'autumn term' });
  c.add('attendance', t.at(40, '09:05'), { ...dsl, person: 'c2', percent: 95, period: 'autumn term' });
  c.add('meeting', t.at(30, '15:30'), {
    ...sam,
    type: 'team-around-family',
    attendees: ['csc', 'sch'],
    decision: 'continue',
    actions: [
      { what: 'Morning check-in for Sophie with her form tutor', owner: 't1', due: t.day(25) },
      { what: 'Help mother chase the talking therapy referral', owner: 'worker', due: t.day(20) },
    ],
    shareWithFamily:
      'Sophie will have a check-in each morning; Sam will help Michelle get support for herself.',
  });
  c.contact(t.at(20, '11:00'), dsl, 'school', 'completed', {
    seen: ['c1'],
    seenAlone: ['c1'],
    childViews: ['c1'],
  });
  c.contact(t.at(12, '16:00'), sam, 'home-visit', 'completed', {
    seen: ['m1', 'c1', 'c2'],
    seenAlone: ['c1'],
    childViews: ['c1', 'c2'],
    summaryGiven: true,
  });
  c.add('attendance', t.at(5, '09:00'), { ...dsl, person: 'c1', percent: 82, period: 'last six weeks' });
  return c.build();
}

/** Child in need: a toddler with a suspected hearing problem not brought to three health appointments. */
export function healthAppointmentsMissed(t: DemoClock): CaseFile {
  const c = demoCase({
    ref: 'DEMO-019',
    plan: 'child-in-need',
    openedOn: t.day(70),
    nextReviewOn: t.ahead(30),
    agencies: ['csc', 'hv'],
    people: [
      child('c1', 'Ethan Moore', t.born(1, 5, 12)),
      adult('m1', 'parent', 'Stacey Moore', { livesWithChildren: ['c1'] }),
      adult('a1', 'significant-adult', 'Jamie Cooper', { livesWithChildren: ['c1'] }),
    ],
  });
  c.allocate(t.at(70, '09:00'), 'worker');
  c.contact(t.at(68, '11:00'), sam, 'home-visit', 'completed', {
    seen: ['m1', 'a1', 'c1'],
    summaryGiven: true,
  });
  c.contact(t.at(55, '09:30'), priya, 'health-appointment', 'not-brought', {
    for: ['c1'],
    note: 'Hearing test at the audiology clinic.',
  });
  c.contact(t.at(40, '10:00'), priya, 'home-visit', 'completed', {
    seen: ['m1', 'c1'],
    note: 'Mother forgot. New date given in writing and by text.',
  });
  c.contact(t.at(30, '09:30'), priya, 'health-appointment', 'not-brought', {
    for: ['c1'],
    contingency: 'Tell the social worker; offer to go with mother.',
    note: 'Second audiology appointment.',
  });
  c.contact(t.at(25, '14:00'), priya, 'health-appointment', 'not-brought', {
    for: ['c1'],
    note: 'Developmental review at the clinic.',
  });
  c.contact(t.at(22, '11:00'), sam, 'home-visit', 'completed', {
    seen: ['m1', 'a1', 'c1'],
    summaryGiven: true,
    note: 'Ethan babbles but has no words yet. Jamie agreed to take him to the next hearing test.',
  });
  c.contact(t.at(8, '11:00'), sam, 'home-visit', 'completed', { seen: ['m1', 'c1'], summaryGiven: true });
  return c.build();
}

/** Child in need: a visit first recorded as no answer, corrected the same day to the visit that took place. */
export function correctedRecord(t: DemoClock): CaseFile {
  const c = demoCase({
    ref: 'DEMO-020',
    plan: 'child-in-need',
    openedOn: t.day(35),
    nextReviewOn: t.ahead(45),
    agencies: ['csc', 'hv', 'sch'],
    people: [
      child('c1', 'Daisy Fletcher', t.born(3, 9, 24)),
      adult('m1', 'parent', 'Amber Fletcher', { livesWithChildren: ['c1'] }),
    ],
  });
  c.allocate(t.at(35, '09:00'), 'worker');
  c.contact(t.at(33, '10:00'), sam, 'home-visit', 'completed', { seen: ['m1', 'c1'], summaryGiven: true });
  c.contact(t.at(20, '13:30'), priya, 'clinic', 'completed', { seen: ['m1', 'c1'] });
  const mistaken = c.contact(t.at(9, '10:00'), sam, 'home-visit', 'no-answer-not-in', { note: 'No answer.' });
  c.contact(t.at(9, '10:00'), sam, 'home-visit', 'completed', {
    amends: mistaken,
    seen: ['m1', 'c1'],
    summaryGiven: true,
    note: 'Correction: "no answer" was recorded against this family in error. Amber and Daisy were seen in the garden.',
  });
  c.contact(t.at(5, '09:15'), dsl, 'school', 'completed', {
    seen: ['m1', 'c1'],
    note: 'Daisy started in the nursery class; settling well.',
  });
  return c.build();
}
