// Patterns of non-engagement (FINDINGS.md): failed contacts, unanswered doors, refusal, ambivalence,
// avoidance, disguised and sporadic compliance, selective engagement, mobility, broken agreements.
import type { Contact, EntryOfKind } from '../../entries.js';
import type { Detector, Spell } from '../detector.js';
import { betweenText, dateText, listText, outcomeCounts, plural } from '../explain.js';
import { afterEach, countWindow, sweepWindows, type Interval } from '../spells.js';
import {
  dayStart,
  daysMs,
  isFailedContact,
  nameOf,
  ofKind,
  type CaseTimeline,
  type Timed,
} from '../timeline.js';
import { addDays } from '../working-days.js';
import { firstFrom, inWindow, SlidingWindow } from '../window.js';
import { withRunStart } from './child-in-focus.js';

type Code = Spell['code'];

/**
 * Spells of one severity over intervals, each described by the matching entries in the window before now.
 * (Here and in every detector a spell's `from` and `to` are written out, not spread from the interval:
 * on Node 20 properties after a spread, `{ code, ...interval, describe }`, cost about half a microsecond
 * each, against nanoseconds in a plain literal.)
 */
function windowSpells(
  t: CaseTimeline,
  code: Code,
  severity: Spell['severity'],
  intervals: Interval[],
  matching: Timed[],
  days: number,
  explain: (recent: Timed[]) => string,
): Spell[] {
  return intervals.map((interval) => ({
    code,
    severity,
    from: interval.from,
    to: interval.to,
    describe: () => {
      const recent = inWindow(matching, t.now, days);
      return { evidence: recent.map((e) => e.entry.id), explanation: explain(recent) };
    },
  }));
}

const range = (items: readonly Timed[]) => betweenText(items[0]?.ms ?? 0, items.at(-1)?.ms ?? 0);

/** repeated-failed-contacts: 3 or more failed contacts, across all agencies, in 28 days. MK 5.1.9.1–4; BEF 11.2; FV. */
export const repeatedFailedContacts: Detector = (t) => {
  const { count, days } = t.pack.thresholds.failedContacts;
  const failed = t.contacts.filter((c) => isFailedContact(c.entry));
  return windowSpells(
    t,
    'repeated-failed-contacts',
    'serious',
    countWindow(
      failed.map((c) => c.ms),
      count,
      daysMs(days),
    ),
    failed,
    days,
    (recent) => {
      const all = inWindow(t.contacts, t.now, days);
      return `${recent.length} of the last ${plural(all.length, 'contact')} failed ${range(recent)}: ${outcomeCounts(recent as Timed<Contact>[])}.`;
    },
  );
};

/** door-not-answered: a home visit unanswered while someone seemed to be in, in 28 days; serious at 2. MK 5.1.6; SX 1.7.4. */
export const doorNotAnswered: Detector = (t) => {
  const days = t.pack.thresholds.doorNotAnsweredDays;
  const doors = t.contacts.filter(
    (c) => c.entry.mode === 'home-visit' && c.entry.outcome === 'no-answer-believed-in',
  );
  const explain = (recent: Timed[]) =>
    `${plural(recent.length, 'home visit')} ${range(recent)} went unanswered although someone seemed to be in.`;
  const once = afterEach(
    doors.map((c) => c.ms),
    daysMs(days),
  );
  const twice = countWindow(
    doors.map((c) => c.ms),
    2,
    daysMs(days),
  );
  return [
    ...windowSpells(t, 'door-not-answered', 'warning', once, doors, days, explain),
    ...windowSpells(t, 'door-not-answered', 'serious', twice, doors, days, explain),
  ];
};

// A contact that went ahead with behaviour `refusal` was not itself refused: something asked at it was.
const refusedWhat: Partial<Record<Contact['outcome'], string>> = {
  'refused-entry': 'entry to the home',
  refused: 'the contact',
};

/** refusal: refused entry or contact, or refusal seen, in 28 days. MK 5.1.7; BEF 7.0. */
export const refusal: Detector = (t) => {
  const days = t.pack.thresholds.refusalDays;
  const refusals = t.contacts.filter(
    (c) =>
      c.entry.outcome === 'refused-entry' ||
      c.entry.outcome === 'refused' ||
      c.entry.behaviours?.includes('refusal'),
  );
  return windowSpells(
    t,
    'refusal',
    'serious',
    afterEach(
      refusals.map((c) => c.ms),
      daysMs(days),
    ),
    refusals,
    days,
    (recent) => {
      const last = recent.at(-1);
      const what = (c: Timed) => refusedWhat[(c.entry as Contact).outcome] ?? 'what was asked at the contact';
      if (!last) return 'The family refused contact.';
      return recent.length === 1
        ? `The family refused ${what(last)} on ${dateText(last.ms)}.`
        : `The family refused ${plural(recent.length, 'contact')} ${range(recent)}, most recently ${what(last)} on ${dateText(last.ms)}.`;
    },
  );
};

/** ambivalence: 3 or more contacts in 60 days late, cancelled or rescheduled by the family with a reason, or marked so. MK 5.1.4; SX 1.7.4. */
export const ambivalence: Detector = (t) => {
  const { count, days } = t.pack.thresholds.ambivalence;
  const signs = t.contacts.filter(
    ({ entry }) =>
      entry.outcome === 'completed-late' ||
      ((entry.outcome === 'cancelled-by-family' || entry.outcome === 'rescheduled-by-family') &&
        Boolean(entry.reason)) ||
      Boolean(entry.behaviours?.includes('ambivalence')),
  );
  return windowSpells(
    t,
    'ambivalence',
    'info',
    countWindow(
      signs.map((c) => c.ms),
      count,
      daysMs(days),
    ),
    signs,
    days,
    (recent) =>
      `${plural(recent.length, 'contact')} ${range(recent)} were late, put off with a reason or showed ambivalence: ${outcomeCounts(recent as Timed<Contact>[])}.`,
  );
};

/** avoidance: 2 or more contacts in 60 days cut short or marked avoidant. MK 5.1.5; SX 1.7.4. */
export const avoidance: Detector = (t) => {
  const { count, days } = t.pack.thresholds.avoidance;
  const signs = t.contacts.filter(
    ({ entry }) => entry.outcome === 'cut-short' || Boolean(entry.behaviours?.includes('avoidance')),
  );
  return windowSpells(
    t,
    'avoidance',
    'warning',
    countWindow(
      signs.map((c) => c.ms),
      count,
      daysMs(days),
    ),
    signs,
    days,
    (recent) => `${plural(recent.length, 'contact')} ${range(recent)} were cut short or avoided.`,
  );
};

/**
 * disguised-compliance: 2 or more distinct signs in 90 days, or an agreement item broken while the
 * family says it was kept. BEF 7.0; FV; SX 1.7.1; R7.
 */
export const disguisedCompliance: Detector = (t) => {
  const { indicators, days } = t.pack.thresholds.disguisedCompliance;
  const window = daysMs(days);
  const signs = t.contacts.filter((c) => (c.entry.indicators?.length ?? 0) > 0);
  // Distinct indicators in the window, counted as it slides (how many contacts in it record each one).
  const recorded = new Map<string, number>();
  const tell = (c: Timed<Contact>, by: 1 | -1) => {
    // An indicator listed twice on one contact is one indicator on it, as the Set that counted them read it.
    const listed = c.entry.indicators ?? [];
    for (const indicator of listed.length === 1 ? listed : new Set(listed)) {
      const n = (recorded.get(indicator) ?? 0) + by;
      if (n === 0) recorded.delete(indicator);
      else recorded.set(indicator, n);
    }
  };
  const sliding = new SlidingWindow(
    signs,
    days,
    (c) => tell(c, 1),
    (c) => tell(c, -1),
  );
  // The window can never hold more distinct signs than the whole case records: with too few, no sweep.
  const everRecorded = new Set<string>();
  for (const c of signs) for (const indicator of c.entry.indicators ?? []) everRecorded.add(indicator);
  const byIndicators =
    everRecorded.size >= indicators
      ? sweepWindows(signs, window, (at) => {
          sliding.moveTo(at);
          return recorded.size >= indicators;
        })
      : [];
  const denied = ofKind(t, 'agreement-review').filter(
    (r) => !r.entry.kept && r.entry.familyAccount === 'kept',
  );
  return [
    ...byIndicators.map((interval): Spell => ({
      code: 'disguised-compliance',
      severity: 'serious',
      from: interval.from,
      to: interval.to,
      describe: () => {
        const recent = inWindow(signs, t.now, days);
        const seen = [...new Set(recent.flatMap((c) => c.entry.indicators ?? []))];
        return {
          evidence: recent.map((c) => c.entry.id),
          explanation: `${plural(seen.length, 'different sign')} of disguised compliance were recorded ${range(recent)}: ${listText(seen.map((s) => s.replace(/-/g, ' ')))}.`,
        };
      },
    })),
    ...denied.map((review): Spell => ({
      code: 'disguised-compliance',
      severity: 'serious',
      from: review.ms,
      to: review.ms + window,
      describe: () => ({
        evidence: [review.entry.agreement, review.entry.id],
        explanation: `On ${dateText(review.ms)} an agreement item was found not kept while the family said it had been.`,
      }),
    })),
  ];
};

/**
 * sporadic-compliance: 3 or more completed contacts in the 21 days before a review, conference or
 * hearing, after 28 or more days in which most contacts failed. FV (sporadic compliance).
 * The 28 days are those up to the last contact before the run: a quiet gap with no contacts between the
 * failing spell and the run does not break the pattern (FINDINGS.md; FV "Disguised compliance" names a
 * sudden run of appointments, which a silence before it makes no less sudden).
 */
export const sporadicCompliance: Detector = (t) => {
  const { completedContacts, daysBeforeReview, failingDays } = t.pack.thresholds.sporadicCompliance;
  const reviewDays = [
    t.file.case.nextReviewOn,
    ...ofKind(t, 'plan-review').map((r) => r.entry.nextReviewOn),
  ].filter((d): d is string => Boolean(d));
  return [...new Set(reviewDays)].flatMap((day): Spell[] => {
    // Days as the UK calendar counts them: the review begins at UK midnight.
    const review = dayStart(day);
    // Slices of the time-ordered contacts found by binary search (the same as filtering them by time).
    const between = (from: number, until: number) =>
      t.contacts.slice(firstFrom(t.contacts, from), firstFrom(t.contacts, until));
    const run = completedRun(between(dayStart(addDays(day, -daysBeforeReview)), review), completedContacts);
    const third = run[completedContacts - 1];
    const first = run[0];
    if (!third || !first) return [];
    const last = t.contacts[firstFrom(t.contacts, first.ms) - 1];
    if (!last) return [];
    // From 28 days before the last contact up to the run: nothing comes between that contact and the run.
    const before = between(last.ms - daysMs(failingDays), first.ms);
    const failing = before.filter((c) => isFailedContact(c.entry));
    if (before.length < 2 || failing.length * 2 <= before.length) return [];
    const quietDays = Math.floor((first.ms - last.ms) / daysMs(1));
    const weeksBefore =
      quietDays > quietGapDays
        ? `${range(before)} and none was made in the ${quietDays} days after`
        : 'in the weeks before';
    return [
      {
        code: 'sporadic-compliance',
        severity: 'warning',
        from: third.ms,
        to: dayStart(addDays(day, daysBeforeReview)),
        describe: () => ({
          evidence: [...failing, ...run].map((c) => c.entry.id),
          explanation: `${plural(run.length, 'contact')} succeeded ${range(run)}, just before the review on ${dateText(review)}, after ${failing.length} of ${before.length} contacts had failed ${weeksBefore}.`,
        }),
      },
    ];
  });
};

/**
 * A silence longer than this between the failing contacts and the run is named in the explanation: a
 * fortnight between visits is usual, longer is the quiet gap the pattern reads across.
 */
const quietGapDays = 14;

/** The first run of at least `count` completed contacts with no failed contact between them, or []. */
function completedRun(contacts: readonly Timed<Contact>[], count: number): Timed<Contact>[] {
  let run: Timed<Contact>[] = [];
  for (const contact of contacts) {
    if (isFailedContact(contact.entry)) {
      if (run.length >= count) return run;
      run = [];
    } else if (contact.entry.outcome === 'completed') run.push(contact);
  }
  return run.length >= count ? run : [];
}

/**
 * selective-engagement: in 60 days one agency gets in while another has 2 or more failed contacts.
 * An agency gets in when its completed contacts in the window outnumber its failed ones, and is shut out
 * when it has 2 or more failed and more failed than completed (README, "What it recognises"): one agency
 * with mixed outcomes is neither. SX 1.7.14; MK 5.1.21; BEF 7.0; FV.
 */
export const selectiveEngagement: Detector = (t) => {
  const days = t.pack.thresholds.selectiveEngagementDays;
  const split = (at: number) => {
    const recent = inWindow(t.contacts, at, days);
    const byAgency = new Map<string, { completed: Timed<Contact>[]; failed: Timed<Contact>[] }>();
    for (const contact of recent) {
      const agency = contact.entry.agency ?? '';
      const tally = byAgency.get(agency) ?? { completed: [], failed: [] };
      if (isFailedContact(contact.entry)) tally.failed.push(contact);
      else if (contact.entry.outcome === 'completed' || contact.entry.outcome === 'completed-late')
        tally.completed.push(contact);
      byAgency.set(agency, tally);
    }
    const engaging = [...byAgency].filter(([, a]) => a.completed.length > a.failed.length);
    const shut = [...byAgency].filter(
      ([, a]) => a.failed.length >= 2 && a.failed.length > a.completed.length,
    );
    return { engaging, shut };
  };
  // The sweep only needs to know whether some agency is engaging and some other is shut: counted as the
  // window slides (per agency, completed and failed contacts in it; how many agencies are engaging and
  // how many shut), not by building `split`'s lists at every point. `split` describes the finding.
  // Each contact's agency (by its place in a short list) and what it counts as are read once, and the
  // window (at - days, at] is moved as `SlidingWindow` moves it, written out.
  const contacts = t.contacts;
  const n = contacts.length;
  const agencies: string[] = [];
  const agencyOf: number[] = [];
  const counts: number[] = []; // 0: neither, 1: completed, 2: failed
  let failedContacts = 0;
  for (const contact of contacts) {
    const failed = isFailedContact(contact.entry);
    if (!failed && contact.entry.outcome !== 'completed' && contact.entry.outcome !== 'completed-late') {
      agencyOf.push(-1);
      counts.push(0);
      continue;
    }
    const agency = contact.entry.agency ?? '';
    let a = agencies.indexOf(agency);
    if (a < 0) a = agencies.push(agency) - 1;
    agencyOf.push(a);
    counts.push(failed ? 2 : 1);
    if (failed) failedContacts += 1;
  }
  const completedIn = new Array<number>(agencies.length).fill(0);
  const failedIn = new Array<number>(agencies.length).fill(0);
  let engagingAgencies = 0;
  let shutAgencies = 0;
  const count = (i: number, by: 1 | -1) => {
    const what = counts[i] as number;
    if (what === 0) return;
    const a = agencyOf[i] as number;
    let completed = completedIn[a] as number;
    let failed = failedIn[a] as number;
    const wasEngaging = completed > failed;
    const wasShut = failed >= 2 && failed > completed;
    if (what === 2) failedIn[a] = failed += by;
    else completedIn[a] = completed += by;
    engagingAgencies += Number(completed > failed) - Number(wasEngaging);
    shutAgencies += Number(failed >= 2 && failed > completed) - Number(wasShut);
  };
  const windowMs = daysMs(days);
  let start = 0;
  let end = 0;
  const selective = (at: number) => {
    for (; end < n && (contacts[end] as Timed).ms <= at; end += 1) count(end, 1);
    const edge = at - windowMs;
    for (; start < end && (contacts[start] as Timed).ms <= edge; start += 1) count(start, -1);
    return engagingAgencies > 0 && shutAgencies > 0;
  };
  // One agency engaging and another shut needs two agencies, and 2 failed contacts, in the whole case.
  const intervals =
    agencies.length >= 2 && failedContacts >= 2 ? sweepWindows(contacts, windowMs, selective) : [];
  const agencyName = (ref: string) => t.file.agencies.find((a) => a.ref === ref)?.name ?? ref;
  return intervals.map((interval) => ({
    code: 'selective-engagement',
    severity: 'warning',
    from: interval.from,
    to: interval.to,
    describe: () => {
      const { engaging, shut } = split(t.now);
      return {
        evidence: [...engaging, ...shut]
          .flatMap(([, a]) => [...a.completed, ...a.failed])
          .sort((a, b) => a.ms - b.ms)
          .map((c) => c.entry.id),
        explanation:
          `In the last ${days} days the family saw ${listText(engaging.map(([ref, a]) => `${agencyName(ref)} (${plural(a.completed.length, 'contact')})`))}, ` +
          `while ${listText(shut.map(([ref, a]) => `${agencyName(ref)} had ${a.failed.length} failed`))}.`,
      };
    },
  }));
};

/** mobility: 2 or more in 365 days of address changes, GP changes and emergency visits to a hospital not used before. BEF 7.0; FV. */
export const mobility: Detector = (t) => {
  const { count, days } = t.pack.thresholds.mobility;
  const usedHospitals = new Set<string>();
  const moves = t.entries.filter(({ entry }) => {
    if (entry.kind === 'address-change' || entry.kind === 'gp-change') return true;
    if (entry.kind !== 'hospital-attendance') return false;
    const hospital = entry.hospital.trim().toLowerCase();
    const isNew = !usedHospitals.has(hospital);
    usedHospitals.add(hospital);
    return Boolean(entry.emergency) && isNew;
  });
  return windowSpells(
    t,
    'mobility',
    'serious',
    countWindow(
      moves.map((m) => m.ms),
      count,
      daysMs(days),
    ),
    moves,
    days,
    (recent) => {
      const kinds = recent.map(({ entry }) =>
        entry.kind === 'address-change'
          ? 'a change of address'
          : entry.kind === 'gp-change'
            ? 'a change of GP'
            : 'an emergency visit to a new hospital',
      );
      return `${plural(recent.length, 'move')} ${range(recent)}: ${listText(kinds)}.`;
    },
  );
};

/** written-agreement-breached: an agreement item recorded as not kept. SX 1.7.13; FV; MK 5.1.9.17. */
export const writtenAgreementBreached: Detector = (t) => {
  const reviews = ofKind(t, 'agreement-review');
  const itemOf = (r: (typeof reviews)[number]) => `${r.entry.agreement}\u0000${r.entry.item}`;
  // The reviews of each item, grouped in one pass (items in the order first reviewed, each one's reviews
  // in time order), not by filtering every review once per item.
  const byItem = new Map<string, (typeof reviews)[number][]>();
  for (const review of reviews) {
    const item = itemOf(review);
    const group = byItem.get(item);
    if (group) group.push(review);
    else byItem.set(item, [review]);
  }
  // Reviewed as not kept again and again: one breach, since the first time.
  const spells: Spell[] = [];
  for (const group of byItem.values())
    for (const spell of withRunStart(breachesOf(t, group))) spells.push(spell);
  return spells;
};

/** The breaches of one agreement item: each review not kept, until the next review of the item. */
function breachesOf(t: CaseTimeline, reviews: Timed<EntryOfKind<'agreement-review'>>[]): Spell[] {
  return reviews.flatMap((review, i): Spell[] => {
    if (review.entry.kept) return [];
    const next = reviews[i + 1];
    const agreement = t.byId.get(review.entry.agreement);
    const item =
      agreement?.entry.kind === 'agreement'
        ? agreement.entry.items.find((x) => x.id === review.entry.item)
        : undefined;
    return [
      {
        code: 'written-agreement-breached',
        severity: 'serious',
        subject: item?.who && t.people.has(item.who) ? item.who : undefined,
        from: review.ms,
        to: next?.ms ?? Infinity,
        describe: () => ({
          evidence: [review.entry.agreement, review.entry.id],
          explanation:
            `An item of the ${agreement?.entry.kind === 'agreement' ? agreement.entry.type.replace(/-/g, ' ') : 'agreement'} ${item ? `("${item.text.slice(0, 80)}")` : ''} was not kept (reviewed ${dateText(review.ms)}${item?.who && t.people.has(item.who) ? `, ${nameOf(t, item.who)}` : ''}).`.replace(
              '  ',
              ' ',
            ),
        }),
      },
    ];
  });
}
