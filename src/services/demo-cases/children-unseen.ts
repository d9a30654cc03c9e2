// Cases where a child, or an adult around the child, is not being seen.
import type { CaseFile } from '../../domain/case-file.js';
import { adult, child, demoCase } from './case-builder.js';
import type { DemoClock } from './clock.js';
import { dsl, pcEvans, priya, sam } from './staff.js';

/** A four-month-old on a child protection plan: no access at the last six attempts by two agencies. */
export function babyNotSeen(t: DemoClock): CaseFile {
  const c = demoCase({
    ref: 'DEMO-001',
    plan: 'child-protection',
    openedOn: t.day(48),
    nextReviewOn: t.ahead(30),
    agencies: ['csc', 'hv'],
    people: [
      child('c1', 'Ruby Hollis', t.born(0, 4, 9)),
      adult('m1', 'parent', 'Kayleigh Hollis', { livesWithChildren: ['c1'] }),
      adult('a1', 'significant-adult', 'Dean Marsh', { hasContactWith: ['c1'] }),
    ],
  });
  c.allocate(t.at(48, '09:30'), 'worker');
  c.contact(t.at(47, '10:00'), sam, 'home-visit', 'completed', {
    seen: ['m1', 'c1'],
    seenAlone: [],
    summaryGiven: true,
    note: 'First visit after the conference. Ruby settled and feeding well. Mother says Dean does not stay over.',
  });
  c.contact(t.at(33, '14:00'), priya, 'home-visit', 'completed', {
    seen: ['m1', 'c1'],
    note: 'Weight on the 25th centile. Safe sleep advice repeated; Moses basket in the living room.',
  });
  c.contact(t.at(14, '10:00'), sam, 'home-visit', 'no-answer-believed-in', {
    behaviours: ['confrontation'],
    contingency: 'Unannounced visit within three working days; ask the health visitor to call the same week.',
    note: "Music playing and a man's voice inside. Nobody came to the door; card left.",
  });
  c.contact(t.at(12, '11:00'), priya, 'health-appointment', 'not-brought', {
    for: ['c1'],
    contingency: 'Rebook and tell the social worker.',
    note: 'Eight-week check at the clinic.',
  });
  c.contact(t.at(10, '10:30'), sam, 'home-visit', 'cancelled-by-family', {
    reason: 'Ruby had a temperature and was going to the GP.',
    contingency: 'Check with the GP surgery whether Ruby was seen.',
  });
  c.contact(t.at(7, '15:00'), sam, 'home-visit', 'refused-entry', {
    announced: false,
    seen: ['m1'],
    behaviours: ['refusal'],
    contingency: 'Discuss with the team manager.',
    note: 'Mother spoke through the door, said Ruby was asleep upstairs and would not open it. GP had no appointment.',
  });
  c.contact(t.at(5, '09:30'), priya, 'home-visit', 'no-answer-believed-in', {
    contingency: 'Tell social care today.',
    note: 'Pram in the hallway, curtains drawn.',
  });
  c.contact(t.at(3, '12:00'), sam, 'phone', 'no-reply', {
    contingency: 'Consider a police welfare check.',
    note: 'Two calls and a text to mother; no reply.',
  });
  return c.build();
}

/** A nine-year-old on a child protection plan whose father will not let him be seen alone at home. */
export function notSeenAlone(t: DemoClock): CaseFile {
  const c = demoCase({
    ref: 'DEMO-008',
    plan: 'child-protection',
    openedOn: t.day(40),
    nextReviewOn: t.ahead(25),
    agencies: ['csc', 'sch', 'pol'],
    people: [
      child('c1', 'Harvey Bell', t.born(9, 3, 12)),
      adult('f1', 'parent', 'Gary Bell', { livesWithChildren: ['c1'] }),
      adult('m1', 'parent', 'Tracey Bell', { hasContactWith: ['c1'] }),
    ],
  });
  c.allocate(t.at(40, '09:00'), 'worker');
  c.contact(t.at(38, '16:00'), sam, 'home-visit', 'completed', {
    seen: ['f1', 'c1'],
    seenAlone: [],
    behaviours: ['refusal'],
    note: 'Father would not leave the room: "anything he says to you he can say in front of me".',
  });
  c.contact(t.at(30, '11:00'), sam, 'office', 'completed', {
    seen: ['m1'],
    summaryGiven: true,
    note: 'Mother lives separately and sees Harvey at weekends. She supports him being seen alone.',
  });
  c.contact(t.at(24, '10:30'), dsl, 'school', 'completed', {
    seen: ['c1'],
    seenAlone: ['c1'],
    childViews: ['c1'],
    note: 'Harvey quiet. Said he is not allowed to talk about home.',
  });
  c.contact(t.at(14, '16:30'), sam, 'home-visit', 'completed', {
    seen: ['f1', 'c1'],
    seenAlone: [],
    behaviours: ['refusal'],
    indicators: ['controls-discussion'],
    contingency: 'Discuss with the team manager.',
    note: 'Asked to speak with Harvey in his room; father refused and answered for him.',
  });
  c.add('manager-discussion', t.at(12, '09:30'), {
    ...sam,
    manager: 'manager',
    urgency: 'within-days',
    decision: 'See Harvey alone at school; write to Mr Bell explaining why this is part of the plan.',
  });
  c.contact(t.at(8, '17:00'), sam, 'home-visit', 'completed', {
    announced: false,
    seen: ['f1', 'c1'],
    seenAlone: [],
    behaviours: ['refusal'],
    contingency: 'Meet Harvey at school next week with the designated safeguarding lead.',
    note: 'Unannounced. Father again refused to let Harvey be seen alone and filmed the visit on his phone.',
  });
  c.contact(t.at(6, '14:00'), pcEvans, 'phone', 'completed', {
    note: 'No police call-outs to the address since the plan began. Father cautioned for assault in 2019.',
  });
  return c.build();
}

/** A toddler and a baby on a child protection plan; the mother's partner lives there and has never been seen. */
export function partnerNeverSeen(t: DemoClock): CaseFile {
  const c = demoCase({
    ref: 'DEMO-009',
    plan: 'child-protection',
    openedOn: t.day(45),
    nextReviewOn: t.ahead(20),
    agencies: ['csc', 'hv', 'pol'],
    people: [
      child('c1', 'Oliver Price', t.born(2, 6, 3)),
      child('c2', 'Poppy Price', t.born(0, 7, 20)),
      adult('m1', 'parent', 'Jade Price', { livesWithChildren: ['c1', 'c2'] }),
      adult('a1', 'significant-adult', 'Ryan Cole', { livesWithChildren: ['c1', 'c2'] }),
    ],
  });
  c.allocate(t.at(45, '09:00'), 'worker');
  c.add('concern-level', t.at(45, '09:05'), { ...sam, level: 'medium' });
  c.contact(t.at(44, '11:00'), sam, 'home-visit', 'completed', {
    seen: ['m1', 'c1', 'c2'],
    summaryGiven: true,
    note: 'Mother says Ryan "stays sometimes". Work boots by the door.',
  });
  c.contact(t.at(40, '23:20'), pcEvans, 'home-visit', 'completed', {
    planned: false,
    announced: false,
    seen: ['m1', 'c1', 'c2'],
    note: 'Neighbour reported shouting. Mr Cole had left before officers arrived. Children in bed, unhurt.',
  });
  c.contact(t.at(30, '10:00'), priya, 'home-visit', 'completed', { seen: ['m1', 'c1', 'c2'] });
  c.contact(t.at(20, '15:30'), sam, 'home-visit', 'completed', {
    announced: false,
    seen: ['m1', 'c1', 'c2'],
    note: "Man's voice upstairs; mother said it was the television. Asked to meet Ryan: she said he works away.",
  });
  c.contact(t.at(12, '09:00'), sam, 'letter', 'no-reply', {
    for: ['a1'],
    contingency: 'Ask police for any other address held for Mr Cole.',
    note: 'Letter inviting Mr Cole to meet at the office or at home.',
  });
  c.contact(t.at(8, '13:30'), priya, 'clinic', 'completed', { seen: ['m1', 'c2'] });
  c.contact(t.at(4, '11:00'), sam, 'home-visit', 'completed', {
    seen: ['m1', 'c1', 'c2'],
    summaryGiven: true,
    note: "Mr Cole's car outside; mother said he was out. Home warm and tidy; children well.",
  });
  c.add('concern-level', t.at(4, '16:00'), {
    ...sam,
    level: 'low',
    note: 'Mother engaging well with visits.',
  });
  return c.build();
}
