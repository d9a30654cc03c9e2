// Plans that look followed but change nothing: disguised compliance, and drift.
import type { CaseFile } from '../../domain/case-file.js';
import { adult, child, demoCase } from './case-builder.js';
import type { DemoClock } from './clock.js';
import { dsl, priya, sam } from './staff.js';

/** Child protection: tidy rooms on visit days, answers given for the children, and an agreement broken. */
export function disguisedCompliance(t: DemoClock): CaseFile {
  const c = demoCase({
    ref: 'DEMO-005',
    plan: 'child-protection',
    openedOn: t.day(90),
    nextReviewOn: t.ahead(15),
    agencies: ['csc', 'hv', 'sch'],
    people: [
      child('c1', 'Ellie Shaw', t.born(5, 9, 1)),
      child('c2', 'Jayden Shaw', t.born(3, 1, 16)),
      adult('m1', 'parent', 'Dawn Shaw', { livesWithChildren: ['c1', 'c2'] }),
      adult('f1', 'parent', 'Lee Shaw', { livesWithChildren: ['c1', 'c2'] }),
    ],
  });
  const family = ['m1', 'f1', 'c1', 'c2'];
  c.allocate(t.at(90, '09:00'), 'worker');
  const agreement = c.add('agreement', t.at(80, '14:00'), {
    ...sam,
    type: 'written-agreement',
    items: [
      { id: 'i1', who: 'm1', text: "Keep the children's bedroom clean, with bedding on both beds." },
      {
        id: 'i2',
        who: 'f1',
        text: 'Go to the alcohol service every week.',
        consequence: 'If not, the core group will consider whether the plan needs to change.',
      },
      { id: 'i3', who: 'm1', text: 'Take Jayden to nursery every weekday morning.' },
      {
        id: 'i4',
        who: 'csc',
        text: 'Visit every two weeks and ring the day before, except for unannounced visits.',
      },
    ],
  });
  c.contact(t.at(60, '10:00'), sam, 'home-visit', 'completed', {
    seen: family,
    seenAlone: [],
    behaviours: ['disguised-compliance'],
    indicators: ['stage-managed-visit'],
    note: 'Living room freshly tidied, upstairs doors shut. Parents keen to show new toys.',
  });
  c.contact(t.at(44, '11:00'), priya, 'home-visit', 'completed', {
    seen: ['m1', 'c2'],
    indicators: ['agrees-but-no-change'],
    note: "Mother agreed again to book Jayden's dental check; still not done.",
  });
  c.contact(t.at(30, '16:00'), sam, 'home-visit', 'completed', {
    seen: family,
    seenAlone: ['c1'],
    childViews: ['c1'],
    indicators: ['hidden-areas', 'controls-discussion'],
    note: 'Father answered the questions put to Ellie. Not allowed upstairs: "the bathroom is being decorated".',
  });
  c.add('agreement-review', t.at(28, '10:00'), {
    ...sam,
    agreement,
    item: 'i2',
    kept: false,
    familyAccount: 'kept',
    note: 'Alcohol service: Mr Shaw attended once in six weeks. He says he has been every week.',
  });
  c.add('agreement-review', t.at(28, '10:05'), {
    ...sam,
    agreement,
    item: 'i1',
    kept: true,
    familyAccount: 'kept',
  });
  c.contact(t.at(20, '11:00'), dsl, 'school', 'completed', {
    seen: ['c1'],
    seenAlone: ['c1'],
    childViews: ['c1'],
    indicators: ['child-account-conflicts'],
    note: 'Ellie said she sleeps on the sofa because her bed is broken.',
  });
  c.add('plan-review', t.at(18, '13:00'), { ...sam, progress: 'none', nextReviewOn: t.ahead(15) });
  c.contact(t.at(6, '15:30'), sam, 'home-visit', 'completed', {
    announced: false,
    seen: family,
    seenAlone: ['c1'],
    childViews: ['c1'],
    summaryGiven: true,
    indicators: ['stage-managed-visit'],
    note: 'Unannounced, yet the house was ready and Mr Shaw said he "had a feeling". Ellie\'s bed still broken.',
  });
  c.add('manager-discussion', t.at(5, '09:30'), {
    ...sam,
    manager: 'manager',
    urgency: 'within-days',
    decision:
      'Unannounced visits that include upstairs; confirm attendance with the alcohol service monthly.',
  });
  return c.build();
}

/** Child in need: the same plan reviewed three times with little or no progress, and the review date passed. */
export function drift(t: DemoClock): CaseFile {
  const c = demoCase({
    ref: 'DEMO-015',
    plan: 'child-in-need',
    openedOn: t.day(130),
    nextReviewOn: t.day(5),
    agencies: ['csc', 'hv', 'sch'],
    people: [
      child('c1', 'Isla Reid', t.born(8, 1, 9)),
      child('c2', 'Oscar Reid', t.born(5, 5, 28)),
      child('c3', 'Max Reid', t.born(1, 3, 2)),
      adult('m1', 'parent', 'Hayley Reid', { livesWithChildren: ['c1', 'c2', 'c3'] }),
      adult('f1', 'parent', 'Martin Reid', { livesWithChildren: ['c1', 'c2', 'c3'] }),
    ],
  });
  const family = ['m1', 'f1', 'c1', 'c2', 'c3'];
  c.allocate(t.at(130, '09:00'), 'worker');
  c.contact(t.at(128, '16:00'), sam, 'home-visit', 'completed', {
    seen: family,
    seenAlone: ['c1', 'c2'],
    childViews: ['c1', 'c2'],
    summaryGiven: true,
    note: "Home cluttered and cold. Oscar's teeth need treatment. Parents agreed the plan.",
  });
  c.add('plan-review', t.at(90, '14:00'), { ...sam, progress: 'some', nextReviewOn: t.day(60) });
  c.contact(t.at(75, '16:00'), sam, 'home-visit', 'completed', {
    seen: family,
    seenAlone: ['c1'],
    childViews: ['c1'],
    note: 'Home conditions unchanged.',
  });
  c.add('plan-review', t.at(60, '14:00'), { ...sam, progress: 'none', nextReviewOn: t.day(30) });
  c.contact(t.at(45, '10:00'), priya, 'home-visit', 'completed', { seen: ['m1', 'c3'] });
  c.contact(t.at(35, '11:00'), dsl, 'school', 'completed', { seen: ['c1', 'c2'], childViews: ['c1', 'c2'] });
  c.add('plan-review', t.at(30, '14:00'), {
    ...sam,
    progress: 'none',
    nextReviewOn: t.day(5),
    note: "No change to home conditions or Oscar's dental care since the plan began.",
  });
  c.contact(t.at(18, '16:00'), sam, 'home-visit', 'completed', {
    seen: family,
    seenAlone: ['c1', 'c2'],
    childViews: ['c1', 'c2'],
    summaryGiven: true,
  });
  c.add('supervision', t.at(15, '14:00'), {
    ...sam,
    supervisor: 'manager',
    decision: 'The plan is not working. Consider a family group conference and whether the threshold is met.',
  });
  c.contact(t.at(7, '10:30'), priya, 'clinic', 'completed', { seen: ['m1', 'c3'] });
  return c.build();
}
