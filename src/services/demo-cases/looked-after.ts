// Children looked after: one who has had three social workers in a year, and a settled kinship placement.
import type { CaseFile } from '../../domain/case-file.js';
import { adult, child, demoCase } from './case-builder.js';
import type { DemoClock } from './clock.js';
import { claire, daniel, dsl, priya, sam } from './staff.js';

/** Looked after: a teenager in foster care allocated to a third lead social worker inside a year. */
export function staffChurn(t: DemoClock): CaseFile {
  const c = demoCase({
    ref: 'DEMO-012',
    plan: 'looked-after',
    openedOn: t.day(250),
    nextReviewOn: t.ahead(45),
    agencies: ['csc', 'sch'],
    people: [
      child('c1', 'Jordan Ellis', t.born(14, 5, 7)),
      adult('cr1', 'carer', 'Denise Walker', { livesWithChildren: ['c1'] }),
      adult('m1', 'parent', 'Kerry Ellis', { hasContactWith: ['c1'] }),
    ],
  });
  c.allocate(t.at(250, '09:00'), 'sw2');
  c.contact(t.at(245, '16:30'), daniel, 'home-visit', 'completed', {
    seen: ['cr1', 'c1'],
    seenAlone: ['c1'],
    childViews: ['c1'],
    summaryGiven: true,
  });
  c.allocate(t.at(170, '09:00'), 'sw3', 'Daniel Mensah moved to another team.');
  c.contact(t.at(165, '16:30'), claire, 'home-visit', 'completed', {
    seen: ['cr1', 'c1'],
    seenAlone: ['c1'],
    childViews: ['c1'],
  });
  c.allocate(t.at(60, '09:00'), 'worker', "Agency social worker's contract ended.");
  c.contact(t.at(55, '16:30'), sam, 'home-visit', 'completed', {
    seen: ['cr1', 'c1'],
    seenAlone: ['c1'],
    childViews: ['c1'],
    summaryGiven: true,
    note: 'Jordan said he is tired of telling his story to new social workers. Agreed to text rather than call.',
  });
  c.contact(t.at(35, '12:30'), dsl, 'school', 'completed', {
    seen: ['c1'],
    seenAlone: ['c1'],
    childViews: ['c1'],
  });
  c.contact(t.at(30, '11:00'), sam, 'office', 'completed', {
    seen: ['m1'],
    summaryGiven: true,
    note: 'Birth mother. Family time to stay fortnightly, supervised.',
  });
  c.add('attendance', t.at(25, '09:00'), { ...dsl, person: 'c1', percent: 93, period: 'this term' });
  c.contact(t.at(10, '16:30'), sam, 'home-visit', 'completed', {
    seen: ['cr1', 'c1'],
    seenAlone: ['c1'],
    childViews: ['c1'],
    summaryGiven: true,
  });
  c.add('meeting', t.at(9, '10:00'), {
    ...sam,
    type: 'multi-agency',
    attendees: ['csc', 'sch'],
    decision: 'continue',
    actions: [{ what: 'Life story work with Jordan, at his pace', owner: 'worker', due: t.ahead(60) }],
  });
  return c.build();
}

/** Looked after: two children placed with their grandmother; supervised family time with their mother. */
export function kinshipCare(t: DemoClock): CaseFile {
  const c = demoCase({
    ref: 'DEMO-024',
    plan: 'looked-after',
    openedOn: t.day(120),
    nextReviewOn: t.ahead(35),
    agencies: ['csc', 'hv', 'sch'],
    people: [
      child('c1', 'Marcus Campbell', t.born(8, 3, 10)),
      child('c2', 'Keisha Campbell', t.born(3, 11, 1)),
      adult('cr1', 'carer', 'Beverley Campbell', { livesWithChildren: ['c1', 'c2'] }),
      adult('m1', 'parent', 'Simone Campbell', { hasContactWith: ['c1', 'c2'] }),
    ],
  });
  const home = ['cr1', 'c1', 'c2'];
  c.allocate(t.at(120, '09:00'), 'worker');
  c.contact(t.at(118, '16:00'), sam, 'home-visit', 'completed', {
    seen: home,
    seenAlone: ['c1'],
    childViews: ['c1'],
    summaryGiven: true,
    note: 'Placement with grandmother made yesterday. Children know her well.',
  });
  c.contact(t.at(70, '16:00'), sam, 'home-visit', 'completed', {
    seen: home,
    seenAlone: ['c1'],
    childViews: ['c1'],
  });
  c.contact(t.at(50, '10:30'), priya, 'home-visit', 'completed', {
    seen: ['cr1', 'c2'],
    note: "Keisha's development on track.",
  });
  c.add('meeting', t.at(40, '10:00'), {
    ...sam,
    type: 'multi-agency',
    attendees: ['csc', 'hv', 'sch'],
    decision: 'continue',
    actions: [{ what: 'Special guardianship assessment for Beverley', owner: 'worker', due: t.ahead(45) }],
  });
  c.contact(t.at(30, '14:00'), sam, 'office', 'completed', {
    seen: ['m1', 'c1', 'c2'],
    note: 'Supervised family time. Warm; mother brought a cake for Marcus.',
  });
  c.contact(t.at(20, '11:00'), dsl, 'school', 'completed', {
    seen: ['c1'],
    seenAlone: ['c1'],
    childViews: ['c1'],
  });
  c.contact(t.at(6, '16:00'), sam, 'home-visit', 'completed', {
    seen: home,
    seenAlone: ['c1'],
    childViews: ['c1'],
    summaryGiven: true,
  });
  return c.build();
}
