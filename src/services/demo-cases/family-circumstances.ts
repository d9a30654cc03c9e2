// Families whose circumstances make contact harder: frequent moves, a language, reading.
import type { CaseFile } from '../../domain/case-file.js';
import { adult, child, demoCase } from './case-builder.js';
import type { DemoClock } from './clock.js';
import { daniel, dsl, priya, sam } from './staff.js';

/** Child in need: three moves in a year, a new GP, and an emergency visit to an unfamiliar hospital. */
export function mobility(t: DemoClock): CaseFile {
  const c = demoCase({
    ref: 'DEMO-010',
    plan: 'child-in-need',
    openedOn: t.day(120),
    nextReviewOn: t.ahead(30),
    agencies: ['csc', 'hv', 'sch'],
    people: [
      child('c1', 'Kai Doyle', t.born(6, 2, 14)),
      child('c2', 'Lily-Mae Doyle', t.born(1, 11, 3)),
      adult('m1', 'parent', 'Jodie Doyle', { livesWithChildren: ['c1', 'c2'] }),
    ],
  });
  const family = ['m1', 'c1', 'c2'];
  c.allocate(t.at(120, '09:00'), 'worker');
  c.contact(t.at(118, '16:00'), sam, 'home-visit', 'completed', {
    seen: family,
    seenAlone: ['c1'],
    childViews: ['c1'],
    summaryGiven: true,
  });
  c.add('address-change', t.at(100, '12:00'), {
    ...sam,
    person: 'm1',
    note: "Evicted; moved to her mother's flat in Bletchley.",
  });
  c.add('gp-change', t.at(90, '12:00'), { ...priya, person: 'c2', note: 'Registered with a new practice.' });
  c.contact(t.at(80, '10:00'), priya, 'home-visit', 'completed', { seen: ['m1', 'c2'] });
  c.add('address-change', t.at(60, '12:00'), {
    ...sam,
    person: 'm1',
    note: 'Temporary accommodation in Wolverton.',
  });
  c.add('hospital-attendance', t.at(45, '21:30'), {
    ...priya,
    person: 'c2',
    hospital: 'Northampton General Hospital',
    emergency: true,
    note: 'Scald to the hand, discharged the same night. Not the local hospital.',
  });
  c.contact(t.at(44, '16:00'), sam, 'home-visit', 'completed', {
    seen: family,
    seenAlone: ['c1'],
    childViews: ['c1'],
    note: "Scald healing. Mother's account matches the hospital's.",
  });
  c.contact(t.at(30, '10:00'), dsl, 'school', 'completed', {
    seen: ['c1'],
    seenAlone: ['c1'],
    childViews: ['c1'],
  });
  c.add('address-change', t.at(20, '12:00'), {
    ...sam,
    person: 'm1',
    note: "Moved to a friend's house in Northampton. Kai still at Oakfield.",
  });
  c.contact(t.at(12, '16:00'), sam, 'home-visit', 'no-answer-not-in', {
    contingency: 'Ask school for the new address and a phone number.',
  });
  c.contact(t.at(9, '16:00'), sam, 'home-visit', 'completed', {
    seen: family,
    seenAlone: ['c1'],
    childViews: ['c1'],
    summaryGiven: true,
  });
  c.add('attendance', t.at(6, '09:00'), { ...dsl, person: 'c1', percent: 91, period: 'this half term' });
  return c.build();
}

/** Child in need: a mother who needs a Polish interpreter, and one visit that went ahead without one. */
export function interpreterNeeded(t: DemoClock): CaseFile {
  const c = demoCase({
    ref: 'DEMO-016',
    plan: 'child-in-need',
    openedOn: t.day(40),
    nextReviewOn: t.ahead(30),
    agencies: ['csc', 'hv', 'sch'],
    people: [
      child('c1', 'Zofia Wiśniewska', t.born(7, 3, 6)),
      child('c2', 'Antoni Wiśniewski', t.born(0, 9, 2)),
      adult('m1', 'parent', 'Katarzyna Wiśniewska', {
        livesWithChildren: ['c1', 'c2'],
        needs: { interpreter: 'Polish' },
      }),
      adult('f1', 'parent', 'Marek Wiśniewski', { livesWithChildren: ['c1', 'c2'] }),
    ],
  });
  c.allocate(t.at(40, '09:00'), 'worker');
  c.contact(t.at(38, '17:30'), sam, 'home-visit', 'completed', {
    seen: ['m1', 'f1', 'c1', 'c2'],
    seenAlone: ['c1'],
    childViews: ['c1'],
    interpreterUsed: true,
    summaryGiven: true,
    note: 'Telephone interpreter. Father works nights and will be at visits after 5pm when he can.',
  });
  c.contact(t.at(30, '10:00'), priya, 'home-visit', 'completed', {
    seen: ['m1', 'c2'],
    interpreterUsed: true,
  });
  c.contact(t.at(14, '10:00'), sam, 'home-visit', 'completed', {
    seen: ['m1', 'c1', 'c2'],
    interpreterUsed: false,
    contingency: 'Book a face-to-face Polish interpreter for every visit.',
    note: 'Interpreter line failed; Zofia (7) translated for her mother. Kept short and not to be repeated.',
  });
  c.contact(t.at(10, '11:00'), dsl, 'school', 'completed', {
    seen: ['c1'],
    seenAlone: ['c1'],
    childViews: ['c1'],
  });
  c.contact(t.at(6, '10:00'), priya, 'home-visit', 'completed', {
    seen: ['m1', 'c2'],
    interpreterUsed: true,
  });
  return c.build();
}

/** Early help: a father who finds reading hard, sent nothing but letters. */
export function lettersOnly(t: DemoClock): CaseFile {
  const c = demoCase({
    ref: 'DEMO-017',
    plan: 'early-help',
    openedOn: t.day(50),
    nextReviewOn: t.ahead(25),
    agencies: ['csc', 'sch'],
    people: [
      child('c1', 'Callum McBride', t.born(12, 3, 18)),
      adult('f1', 'parent', 'Stuart McBride', { livesWithChildren: ['c1'], needs: { literacy: 'low' } }),
    ],
  });
  c.allocate(t.at(50, '09:00'), 'sw2');
  c.contact(t.at(48, '16:30'), daniel, 'home-visit', 'completed', {
    seen: ['f1', 'c1'],
    seenAlone: ['c1'],
    childViews: ['c1'],
    summaryGiven: true,
    note: 'Father said he "is not one for forms". Prefers a phone call.',
  });
  for (const [daysAgo, note] of [
    [35, 'Letter offering an appointment.'],
    [25, 'Second appointment letter.'],
    [15, 'Third appointment letter; no response.'],
  ] as const) {
    c.contact(t.at(daysAgo, '09:00'), daniel, 'letter', 'no-reply', { for: ['f1'], note });
  }
  c.contact(t.at(10, '11:00'), dsl, 'school', 'completed', {
    seen: ['c1'],
    seenAlone: ['c1'],
    childViews: ['c1'],
    note: 'Callum says his dad "gets stressed with post".',
  });
  return c.build();
}
