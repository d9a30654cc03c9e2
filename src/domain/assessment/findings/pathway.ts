// The steps the procedure asks of managers and agencies once non-engagement is seen (FINDINGS.md,
// "Practice and process"): everyone withdrawing, manager discussion, supervision, the meetings, closure.
import { meetingTypeLabels } from '../../labels.js';
import type { Contact, EntryOfKind } from '../../entries.js';
import type { MeetingType } from '../../vocabularies.js';
import type { Detector, Spell } from '../detector.js';
import { severityRank, sinceOf } from '../detector.js';
import { nonEngagementCodes } from '../codes.js';
import { dateText, listText, plural } from '../explain.js';
import { holdsAt, holdsAtInOrder, intersectInOrder, merge, sweepWindows, type Interval } from '../spells.js';
import {
  dayStart,
  daysMs,
  isFailedContact,
  ofKind,
  ukDay,
  workingDaysAfter,
  type CaseTimeline,
  type Timed,
} from '../timeline.js';
import type { Nation } from '../../packs/types.js';
import { dayText, toInstantMs, ukDayNumber } from '../../time.js';
import { addWorkingDayNumbers, addWorkingDays, isWorkingDayNumber, workingDayFrom } from '../working-days.js';
import { inWindow } from '../window.js';

export const multiAgencyMeetings: ReadonlySet<MeetingType> = new Set([
  'team-around-family',
  'multi-agency',
  'core-group',
  'strategy-discussion',
  'initial-child-protection-conference',
  'review-child-protection-conference',
]);
export const professionalsMeetings: ReadonlySet<MeetingType> = new Set([
  'professionals-meeting',
  'child-protection-consultation',
]);

const meetingsOf = (t: CaseTimeline, types: ReadonlySet<MeetingType>) =>
  ofKind(t, 'meeting').filter((m) => types.has(m.entry.type));
const firstAfter = <T extends Timed>(items: readonly T[], ms: number) => items.find((item) => item.ms >= ms);

/**
 * everyone-withdrawing: every agency trying has only failed in 28 days, or agencies end their
 * involvement while non-engagement is active. MK 5.1.21; SX 1.7.15; BEF 11.0. Critical.
 */
export const everyoneWithdrawing: Detector = (t, found) => {
  const days = t.pack.thresholds.everyoneWithdrawingDays;
  const windowMs = daysMs(days);
  // At least 2 contacts in the window, from at least 2 agencies, all failed: counted as the window slides
  // (contacts per agency, failed ones), not by re-reading the window at every point of the sweep. The
  // window is (at - days, at], moved as `SlidingWindow` moves it, written out here with each contact's
  // agency (by its place in a short list: a case has a few) and failure read once, not per move. Plain
  // arrays, not typed ones: a typed array takes a buffer of its own, which costs more than these are used.
  const contacts = t.contacts;
  const n = contacts.length;
  const agencies: (string | undefined)[] = [];
  const agencyOf = new Array<number>(n).fill(0);
  const failedAt = new Array<number>(n).fill(0);
  for (let i = 0; i < n; i += 1) {
    const entry = (contacts[i] as Timed<Contact>).entry;
    let a = agencies.indexOf(entry.agency);
    if (a < 0) a = agencies.push(entry.agency) - 1;
    agencyOf[i] = a;
    failedAt[i] = isFailedContact(entry) ? 1 : 0;
  }
  const perAgency = new Array<number>(agencies.length).fill(0);
  let agenciesInWindow = 0;
  let failedInWindow = 0;
  let start = 0;
  let end = 0;
  const allFailing = (at: number) => {
    for (; end < n && (contacts[end] as Timed).ms <= at; end += 1) {
      const a = agencyOf[end] as number;
      perAgency[a] = (perAgency[a] as number) + 1;
      if (perAgency[a] === 1) agenciesInWindow += 1;
      failedInWindow += failedAt[end] as number;
    }
    const edge = at - windowMs;
    for (; start < end && (contacts[start] as Timed).ms <= edge; start += 1) {
      const a = agencyOf[start] as number;
      perAgency[a] = (perAgency[a] as number) - 1;
      if (perAgency[a] === 0) agenciesInWindow -= 1;
      failedInWindow -= failedAt[start] as number;
    }
    const size = end - start;
    return size >= 2 && agenciesInWindow >= 2 && failedInWindow === size;
  };
  // With fewer than 2 agencies, or 2 failed contacts, in the whole case it can hold at no point.
  let failedContacts = 0;
  for (let i = 0; i < n; i += 1) failedContacts += failedAt[i] as number;
  const failing =
    agencies.length >= 2 && failedContacts >= 2 ? sweepWindows(contacts, windowMs, allFailing) : [];
  // An ending a multi-agency meeting decided on, in the same episode, is the procedure followed, not a withdrawal (MK 5.1.19).
  const endings = endingsOf(t);
  if (endings.length > 0) {
    const active = found.nonEngagement();
    const decidedToClose = ofKind(t, 'meeting').filter((m) => m.entry.decision === 'close');
    let kept = 0;
    for (const e of endings) {
      const episode = e.entry.agency ? holdsAt(active, e.ms) : undefined;
      if (episode && !decidedToClose.some((m) => m.ms >= episode.from && m.ms <= e.ms)) endings[kept++] = e;
    }
    endings.length = kept;
  }
  const agencyName = (ref?: string) => t.file.agencies.find((a) => a.ref === ref)?.name ?? ref ?? 'An agency';
  const spells: Spell[] = [];
  const describeFailing = () => {
    const recent = inWindow(t.contacts, t.now, days);
    const agencies = [...new Set(recent.map((c) => agencyName(c.entry.agency)))];
    return {
      evidence: recent.map((c) => c.entry.id),
      explanation: `Every contact in the last ${days} days failed: ${plural(recent.length, 'attempt')} by ${listText(agencies)}, and nobody has got in.`,
    };
  };
  for (const { from, to } of failing)
    spells.push({ code: 'everyone-withdrawing', severity: 'critical', from, to, describe: describeFailing });
  for (const ending of endings) {
    spells.push({
      code: 'everyone-withdrawing',
      severity: 'critical',
      from: ending.ms,
      to: ending.ms + windowMs,
      describe: () => ({
        evidence: [ending.entry.id],
        explanation: `${agencyName(ending.entry.agency)} ended its involvement on ${dateText(ending.ms)} while the family was not engaging.`,
      }),
    });
  }
  return spells;
};

/**
 * The involvement-end and closure entries, in time order: each kind's list when the case has only one of
 * them (most have neither), rather than a filter of every entry.
 */
function endingsOf(t: CaseTimeline): Timed[] {
  const ends = t.kinds.get('involvement-end');
  const closures = t.kinds.get('closure');
  if (!ends) return closures ? closures.slice() : [];
  if (!closures) return ends.slice();
  return t.entries.filter((e) => e.entry.kind === 'involvement-end' || e.entry.kind === 'closure');
}

/**
 * manager-discussion-due: a serious non-engagement finding active for 2 working days with no line-manager
 * discussion since it began. MK 5.1.9.1; BEF 11.2; SX 1.7.17. Answered by a manager-discussion entry.
 */
export const managerDiscussionDue: Detector = (t, found) => {
  const discussions = t.kinds.get('manager-discussion') ?? [];
  const workingDays = t.pack.thresholds.managerDiscussionWorkingDays;
  const nation = t.pack.nation;
  const spells: Spell[] = [];
  // `nonEngagement` answers merged already (merging again would give the same intervals).
  for (const spell of found.nonEngagement('serious')) {
    // Counted in working days on which it was active: one that began at a weekend starts on the Monday.
    const from = dueAfterFirstWorkingDay(spell.from, workingDays, nation);
    const answered = firstAfter(discussions, spell.from);
    const to = Math.min(spell.to, answered?.ms ?? Infinity);
    if (to <= from) continue;
    spells.push({
      code: 'manager-discussion-due',
      severity: 'serious',
      from,
      to,
      describe: () => ({
        evidence: seriousEvidence(t, found, spell.from),
        explanation: `Serious concerns about engagement have stood since ${dateText(spell.from)} and no discussion with a line manager has been recorded since.`,
      }),
    });
  }
  return spells;
};

/**
 * The start of the day `n` working days after the first working day on or after the UK day of `ms`:
 * `dayStart(addWorkingDays(workingDayFrom(ukDay(ms)), n))`, in day numbers where the UK rule is known
 * (the days' text is looked up, not made, and read back, at each step).
 */
function dueAfterFirstWorkingDay(ms: number, n: number, nation: Nation): number {
  const day = ukDayNumber(ms);
  if (day === null) return dayStart(addWorkingDays(workingDayFrom(ukDay(ms), nation), n, nation));
  let first = day;
  while (!isWorkingDayNumber(first, nation)) first += 1;
  return dayStart(dayText(n < 1 ? first : addWorkingDayNumbers(first, n, nation)));
}

/** The entries behind the serious non-engagement findings holding now. */
function seriousEvidence(t: CaseTimeline, found: Parameters<Detector>[1], since: number): string[] {
  const holding = found.spells.filter(
    (s) =>
      nonEngagementCodes.has(s.code) &&
      s.from <= t.now &&
      t.now < s.to &&
      ['serious', 'critical'].includes(s.severity) &&
      sinceOf(s) >= since - 1,
  );
  const ids = holding.flatMap((s) => found.describe(s).evidence);
  return [...new Set(ids)].slice(0, 20);
}

/**
 * supervision-overdue: a case with a serious or critical finding and no supervision discussion for 20
 * working days. MK 5.1.9.23; BEF 11.1; R7; SX 1.7.17–18; FV.
 */
export const supervisionOverdue: Detector = (t, found) => {
  const supervisions = (t.kinds.get('supervision') ?? []) as readonly Timed[];
  const limit = t.pack.thresholds.supervisionWorkingDays;
  // The count runs out on the due day after the last supervision (or the opening, before the first), and
  // only a later supervision answers it. Spells before that due day all ended at a supervision, so before
  // now, and no other detector reads this one: only the spells from that due day on are worked out.
  let due = workingDaysAfter(t, t.opened, limit + 1);
  const last = supervisions[supervisions.length - 1];
  if (last) due = workingDaysAfter(t, last.ms, limit + 1);
  const seriousSpells: Interval[] = [];
  for (const s of found.spells)
    if ((s.severity === 'serious' || s.severity === 'critical') && s.to > due) seriousSpells.push(s);
  if (seriousSpells.length === 0) return [];
  // Any serious finding counts (hostility to staff as much as non-engagement), so any is evidence.
  const seriousNow = () => {
    const holding = found.spells.filter(
      (s) => severityRank[s.severity] >= severityRank.serious && s.from <= t.now && t.now < s.to,
    );
    return [...new Set(holding.flatMap((s) => found.describe(s).evidence))].slice(0, 5);
  };
  return intersectInOrder(merge(seriousSpells), [{ from: due, to: Infinity }]).map((interval): Spell => ({
    code: 'supervision-overdue',
    severity: 'warning',
    from: interval.from,
    to: interval.to,
    describe: () => ({
      evidence: last ? [last.entry.id] : seriousNow(),
      explanation: last
        ? `The case was last discussed in supervision on ${dateText(last.ms)}, more than ${limit} working days ago, and it has serious findings.`
        : `The case has serious findings and has not been discussed in supervision since it opened on ${dateText(t.opened)}.`,
    }),
  }));
};

/** A meeting due a number of working days after an earlier step, while non-engagement goes on. */
function meetingDue(
  code: 'multi-agency-meeting-due' | 'professionals-meeting-due',
  after: (t: CaseTimeline) => Timed[],
  answeredBy: ReadonlySet<MeetingType>,
  workingDays: (t: CaseTimeline) => number,
  step: string,
): Detector {
  return (t, found) => {
    const active = found.nonEngagement();
    const answers = meetingsOf(t, answeredBy);
    return after(t).flatMap((previous): Spell[] => {
      const episode = holdsAt(active, previous.ms);
      if (!episode) return [];
      // Due on the day that is the given number of working days after the earlier step.
      const from = workingDaysAfter(t, previous.ms, workingDays(t));
      const answer = firstAfter(answers, previous.ms);
      const to = Math.min(episode.to, answer?.ms ?? Infinity);
      if (to <= from) return [];
      return [
        {
          code,
          severity: 'serious',
          from,
          to,
          describe: () => ({
            evidence: [previous.entry.id],
            explanation: `Concerns about engagement are still active ${workingDays(t)} working days after the ${step} on ${dateText(previous.ms)}, and no ${listText(
              [...answeredBy].map((m) => meetingTypeLabels[m].toLowerCase()).slice(0, 3),
              'or',
            )} has been held since.`,
          }),
        },
      ];
    });
  };
}

/** multi-agency-meeting-due: 10 working days after the manager discussion. MK 5.1.10–11; BEF 11.2; FV. */
export const multiAgencyMeetingDue = meetingDue(
  'multi-agency-meeting-due',
  (t) => ofKind(t, 'manager-discussion'),
  multiAgencyMeetings,
  (t) => t.pack.thresholds.multiAgencyMeetingWorkingDays,
  'manager discussion',
);

/** professionals-meeting-due: 20 working days after a multi-agency meeting. MK 5.1.17–21; FV. */
export const professionalsMeetingDue = meetingDue(
  'professionals-meeting-due',
  (t) => meetingsOf(t, multiAgencyMeetings),
  professionalsMeetings,
  (t) => t.pack.thresholds.professionalsMeetingWorkingDays,
  'multi-agency meeting',
);

/**
 * no-contingency-plan: a planned contact, while non-engagement is active, recorded without a contingency
 * plan, either its own or one made before it in the plan of the visit (MK 5.1.9.23 asks for the plan
 * before the contact is attempted, which is when a visit plan is made).
 */
export const noContingencyPlan: Detector = (t, found) => {
  const active = found.nonEngagement();
  const activeAt = holdsAtInOrder(active); // asked in time order: the contacts are
  const planned = plannedWithContingency(t);
  const missing = t.contacts.filter(
    (c) => c.entry.planned && !c.entry.contingency && activeAt(c.ms) && !planned(c),
  );
  return merge(missing.map((c) => ({ from: c.ms, to: c.ms + daysMs(28) }))).map((interval) => ({
    code: 'no-contingency-plan',
    severity: 'warning',
    from: interval.from,
    to: interval.to,
    describe: () => {
      const recent = inWindow(missing, t.now, 28);
      return {
        evidence: recent.map((c) => c.entry.id),
        explanation: `${plural(recent.length, 'planned contact')} since ${dateText(recent[0]?.ms ?? t.now)} ${recent.length === 1 ? 'was' : 'were'} recorded without a plan for what to do if the child could not be seen.`,
      };
    },
  }));
};

/**
 * Whether a contact follows a visit plan with a contingency: one recorded at or before the contact, by the
 * same agency (where both name one), for a visit due on the contact's UK day.
 */
function plannedWithContingency(t: CaseTimeline): (contact: Timed<Contact>) => boolean {
  const byDay = new Map<string, Timed<EntryOfKind<'visit-plan'>>[]>();
  for (const plan of ofKind(t, 'visit-plan')) {
    if (!plan.entry.contingency) continue;
    const day = ukDay(toInstantMs(plan.entry.due));
    const plans = byDay.get(day);
    if (plans) plans.push(plan);
    else byDay.set(day, [plan]);
  }
  if (byDay.size === 0) return () => false;
  return (contact) =>
    byDay
      .get(ukDay(contact.ms))
      ?.some(
        (plan) =>
          plan.ms <= contact.ms &&
          (!plan.entry.agency || !contact.entry.agency || plan.entry.agency === contact.entry.agency),
      ) ?? false;
}

/**
 * closure-blocked: the case or an agency's involvement closed while non-engagement is active, with no
 * multi-agency decision to close. MK 5.1.19. Critical.
 */
export const closureBlocked: Detector = (t, found) => {
  const active = found.nonEngagement();
  const decisions = ofKind(t, 'meeting').filter((m) => m.entry.decision === 'close');
  const reopenings = ofKind(t, 'reopening');
  return t.entries
    .filter((e) => e.entry.kind === 'closure' || e.entry.kind === 'involvement-end')
    .flatMap((closing): Spell[] => {
      const episode = holdsAt(active, closing.ms - 1) ?? holdsAt(active, closing.ms);
      if (!episode || decisions.some((d) => d.ms >= episode.from && d.ms <= closing.ms)) return [];
      const reopened = firstAfter(reopenings, closing.ms);
      return [
        {
          code: 'closure-blocked',
          severity: 'critical',
          from: closing.ms,
          to: reopened?.ms ?? Infinity,
          describe: () => ({
            evidence: [closing.entry.id],
            explanation: `${closing.entry.kind === 'closure' ? 'The case was closed' : 'An agency ended its involvement'} on ${dateText(closing.ms)} while the family was not engaging, without a multi-agency decision to close.`,
          }),
        },
      ];
    });
};
