// Families who engage with some people, some of the time: selective engagement, avoidance, ambivalence.
import type { CaseFile } from '../../domain/case-file.js';
import { adult, child, demoCase } from './case-builder.js';
import type { DemoClock } from './clock.js';
import { dsl, priya, sam } from './staff.js';

/** Child in need: the mother meets the school readily while social care's visits and calls go unanswered. */
export function selectiveEngagement(t: DemoClock): CaseFile {
  const c = demoCase({
    ref: 'DEMO-003',
    plan: 'child-in-need',
    openedOn: t.day(60),
    nextReviewOn: t.ahead(25),
    agencies: ['csc', 'sch'],
    people: [
      child('c1', 'Leo Brennan', t.born(10, 5, 21)),
      adult('m1', 'parent', 'Nicola Brennan', { livesWithChildren: ['c1'] }),
    ],
  });
  c.allocate(t.at(60, '09:00'), 'worker');
  c.contact(t.at(58, '16:00'), sam, 'home-visit', 'completed', {
    seen: ['m1', 'c1'],
    seenAlone: ['c1'],
    childViews: ['c1'],
    summaryGiven: true,
    note: 'Leo says he often gets his own tea. Mother agreed to visits every three weeks.',
  });
  c.contact(t.at(36, '15:30'), dsl, 'meeting', 'completed', { seen: ['m1', 'c1'] });
  c.contact(t.at(26, '16:00'), sam, 'home-visit', 'cancelled-by-family', {
    reason: 'Working an extra shift.',
  });
  c.contact(t.at(19, '10:00'), dsl, 'school', 'completed', {
    seen: ['c1'],
    seenAlone: ['c1'],
    childViews: ['c1'],
  });
  c.contact(t.at(16, '16:00'), sam, 'home-visit', 'no-answer-not-in', {
    contingency: 'Letter via school offering to meet there.',
  });
  c.contact(t.at(12, '15:30'), dsl, 'meeting', 'completed', {
    seen: ['m1'],
    note: 'Mother came to parents\' evening. Said social care "never ring first".',
  });
  c.contact(t.at(9, '11:00'), sam, 'office', 'did-not-attend', {
    contingency: 'Phone mother and offer to meet at school with the designated safeguarding lead.',
  });
  c.contact(t.at(6, '12:00'), sam, 'phone', 'no-reply', {
    contingency: 'Ask the designated safeguarding lead to pass on a message at pick-up.',
  });
  c.contact(t.at(4, '10:00'), dsl, 'school', 'completed', { seen: ['c1'], seenAlone: ['c1'] });
  return c.build();
}

/** Child in need: a mother who ends visits early, a few minutes in, across two agencies. */
export function avoidance(t: DemoClock): CaseFile {
  const c = demoCase({
    ref: 'DEMO-006',
    plan: 'child-in-need',
    openedOn: t.day(55),
    nextReviewOn: t.ahead(30),
    agencies: ['csc', 'hv'],
    people: [
      child('c1', 'Noah Whitfield', t.born(1, 8, 4)),
      adult('m1', 'parent', 'Chloe Whitfield', { livesWithChildren: ['c1'] }),
    ],
  });
  c.allocate(t.at(55, '09:00'), 'worker');
  c.contact(t.at(52, '13:00'), sam, 'home-visit', 'completed', { seen: ['m1', 'c1'], summaryGiven: true });
  c.contact(t.at(35, '10:00'), priya, 'clinic', 'completed', { seen: ['m1', 'c1'] });
  c.contact(t.at(24, '13:00'), sam, 'home-visit', 'cut-short', {
    seen: ['m1', 'c1'],
    behaviours: ['avoidance'],
    contingency: 'Offer a longer visit at a time that suits her.',
    note: 'After ten minutes mother said she had to go out. Noah seen briefly in his cot.',
  });
  c.contact(t.at(14, '13:00'), sam, 'home-visit', 'cut-short', {
    seen: ['m1', 'c1'],
    behaviours: ['avoidance'],
    contingency: 'Discuss in supervision.',
    note: 'Mother spent most of the visit on the phone in the garden, then said a friend needed collecting.',
  });
  c.contact(t.at(9, '10:00'), priya, 'home-visit', 'cut-short', {
    seen: ['m1', 'c1'],
    behaviours: ['avoidance'],
    note: 'Left for an appointment she had not mentioned.',
  });
  c.add('supervision', t.at(5, '14:00'), {
    ...sam,
    supervisor: 'manager',
    decision: 'Name the pattern with Chloe; agree what a full visit looks like and put it in writing.',
  });
  c.contact(t.at(4, '11:30'), sam, 'phone', 'completed', {
    note: 'Agreed a one-hour visit next Tuesday at 1pm.',
  });
  return c.build();
}

/** Early help: a mother who wants change but keeps moving appointments; a stage of change and a GROW goal. */
export function ambivalence(t: DemoClock): CaseFile {
  const c = demoCase({
    ref: 'DEMO-007',
    plan: 'early-help',
    openedOn: t.day(50),
    nextReviewOn: t.ahead(35),
    agencies: ['csc', 'hv'],
    people: [
      child('c1', 'Aisha Ahmed', t.born(3, 4, 2)),
      child('c2', 'Yusuf Ahmed', t.born(1, 2, 11)),
      adult('m1', 'parent', 'Shirin Ahmed', { livesWithChildren: ['c1', 'c2'] }),
      adult('f1', 'parent', 'Kamal Ahmed', { livesWithChildren: ['c1', 'c2'] }),
    ],
  });
  c.allocate(t.at(50, '09:00'), 'worker');
  c.add('assessment', t.at(49, '10:00'), { ...sam, reason: 'Early help assessment: nursery place unused.' });
  c.contact(t.at(47, '10:30'), sam, 'home-visit', 'completed', {
    seen: ['m1', 'c1', 'c2'],
    summaryGiven: true,
  });
  c.add('stage-of-change', t.at(47, '11:30'), {
    ...sam,
    person: 'm1',
    stage: 'contemplation',
    note: 'Knows mornings need to change, "but not yet, with Yusuf teething".',
  });
  c.add('goal', t.at(47, '11:35'), {
    ...sam,
    person: 'm1',
    goal: 'Aisha at nursery three mornings a week.',
    reality: 'Aisha goes once a week at most; mornings are hard with two small children.',
    options: 'Walk with a neighbour; a later start at 9:30; family support for the first week.',
    will: 'Shirin to try Tuesdays and Thursdays first.',
    due: t.day(27),
  });
  c.contact(t.at(38, '10:30'), sam, 'home-visit', 'rescheduled-by-family', {
    behaviours: ['ambivalence'],
    reason: "Shirin's sister visiting from Leicester.",
  });
  c.contact(t.at(33, '10:30'), sam, 'home-visit', 'completed-late', {
    seen: ['m1', 'c1', 'c2'],
    note: 'Family came home forty minutes after the agreed time.',
  });
  c.contact(t.at(25, '13:30'), priya, 'clinic', 'rescheduled-by-family', { reason: "Yusuf's nap time." });
  c.contact(t.at(18, '11:00'), sam, 'office', 'cancelled-by-family', {
    reason: 'Could not get the pushchair on the bus.',
    contingency: 'Offer home visits only for now.',
  });
  c.contact(t.at(11, '17:00'), sam, 'home-visit', 'completed', {
    seen: ['m1', 'f1', 'c1', 'c2'],
    summaryGiven: true,
    note: 'Father at home for the first time and keen on the nursery plan. Aisha went twice last week.',
  });
  c.add('stage-of-change', t.at(11, '18:00'), { ...sam, person: 'm1', stage: 'determination' });
  c.contact(t.at(6, '10:00'), priya, 'home-visit', 'completed', { seen: ['m1', 'c2'] });
  return c.build();
}
