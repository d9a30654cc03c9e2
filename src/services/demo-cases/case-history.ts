// Cases shaped by the services' own history: closed and re-referred, and visits the professionals cancelled.
import type { CaseFile } from '../../domain/case-file.js';
import { adult, child, demoCase } from './case-builder.js';
import type { DemoClock } from './clock.js';
import { daniel, priya, sam } from './staff.js';

/** Child in need: closed twice and re-referred each time; a third assessment inside a year. */
export function startAgain(t: DemoClock): CaseFile {
  const c = demoCase({
    ref: 'DEMO-011',
    plan: 'child-in-need',
    openedOn: t.day(240),
    nextReviewOn: t.ahead(30),
    agencies: ['csc', 'hv', 'sch'],
    people: [
      child('c1', 'Bella Lewis', t.born(11, 8, 4)),
      child('c2', 'Ashton Lewis', t.born(1, 4, 15)),
      adult('m1', 'parent', 'Gemma Lewis', { livesWithChildren: ['c1', 'c2'] }),
      adult('a1', 'significant-adult', 'Wayne Pike', { hasContactWith: ['c1', 'c2'] }),
    ],
  });
  const family = ['m1', 'c1', 'c2'];
  c.add('referral', t.at(240, '11:00'), {
    ...daniel,
    reason: 'School: Bella says there is not enough food at home.',
  });
  c.allocate(t.at(238, '09:00'), 'sw2');
  c.add('assessment', t.at(238, '09:30'), { ...daniel, reason: 'Child and family assessment.' });
  c.contact(t.at(236, '16:00'), daniel, 'home-visit', 'completed', {
    seen: family,
    seenAlone: ['c1'],
    childViews: ['c1'],
    summaryGiven: true,
  });
  c.add('closure', t.at(200, '12:00'), {
    ...daniel,
    reason: 'Mother accepted food bank and early help; no further action.',
  });
  c.add('referral', t.at(160, '09:00'), {
    ...sam,
    reason: 'Police domestic abuse notification: Mr Pike at the home.',
  });
  c.add('reopening', t.at(158, '09:00'), { ...sam, reason: 'Re-referral within three months of closure.' });
  c.allocate(t.at(157, '09:00'), 'worker');
  c.add('assessment', t.at(157, '09:30'), { ...sam, reason: 'Second child and family assessment.' });
  c.contact(t.at(150, '16:00'), sam, 'home-visit', 'completed', {
    seen: family,
    seenAlone: ['c1'],
    childViews: ['c1'],
    summaryGiven: true,
    note: 'Mother says the relationship with Mr Pike is over.',
  });
  c.add('closure', t.at(120, '12:00'), { ...sam, reason: 'Relationship ended; no further action.' });
  c.add('referral', t.at(40, '14:00'), {
    ...sam,
    reason: "Health visitor: Ashton's weight faltering and Mr Pike back in the family's life.",
  });
  c.add('reopening', t.at(39, '09:00'), { ...sam, reason: 'Third referral in a year.' });
  c.add('assessment', t.at(38, '09:30'), {
    ...sam,
    reason: 'Third assessment. Read the earlier two first; look at the pattern, not this episode alone.',
  });
  c.contact(t.at(36, '16:00'), sam, 'home-visit', 'completed', {
    seen: family,
    seenAlone: ['c1'],
    childViews: ['c1'],
    summaryGiven: true,
  });
  c.contact(t.at(20, '10:00'), priya, 'clinic', 'completed', {
    seen: ['m1', 'c2'],
    note: 'Ashton gaining slowly.',
  });
  c.contact(t.at(8, '17:00'), sam, 'home-visit', 'completed', {
    seen: ['m1', 'a1', 'c1', 'c2'],
    seenAlone: ['c1'],
    childViews: ['c1'],
    summaryGiven: true,
    note: 'Met Mr Pike for the first time. He visits most evenings.',
  });
  return c.build();
}

/** Child in need: three visits cancelled or moved by the professionals in two months. */
export function professionalCancellations(t: DemoClock): CaseFile {
  const c = demoCase({
    ref: 'DEMO-013',
    plan: 'child-in-need',
    openedOn: t.day(60),
    nextReviewOn: t.ahead(20),
    agencies: ['csc', 'hv'],
    people: [
      child('c1', 'Maisie Turner', t.born(2, 2, 8)),
      adult('m1', 'parent', 'Laura Turner', { livesWithChildren: ['c1'] }),
      adult('f1', 'parent', 'Ben Turner', { hasContactWith: ['c1'] }),
    ],
  });
  c.allocate(t.at(60, '09:00'), 'worker');
  c.contact(t.at(58, '10:00'), sam, 'home-visit', 'completed', { seen: ['m1', 'c1'], summaryGiven: true });
  c.contact(t.at(40, '10:00'), sam, 'home-visit', 'cancelled-by-professional', {
    note: 'Worker off sick. Mother told by phone that morning.',
  });
  c.contact(t.at(33, '14:00'), priya, 'home-visit', 'rescheduled-by-professional', {
    note: 'Health visitor moved to cover a clinic.',
  });
  c.contact(t.at(26, '10:00'), sam, 'home-visit', 'completed', { seen: ['m1', 'c1'], summaryGiven: true });
  c.contact(t.at(15, '10:00'), sam, 'home-visit', 'cancelled-by-professional', {
    note: 'Court hearing on another case overran.',
  });
  c.contact(t.at(12, '12:00'), sam, 'phone', 'completed', {
    note: 'Apologised. Mother said she feels "nobody turns up anyway". Visit rebooked with her choice of time.',
  });
  c.contact(t.at(7, '10:00'), sam, 'home-visit', 'completed', {
    seen: ['m1', 'f1', 'c1'],
    summaryGiven: true,
    note: 'Father there too. Maisie playing happily.',
  });
  return c.build();
}
