// The steps the procedure asks of managers and agencies once non-engagement is seen (FINDINGS.md,
// "Practice and process"): everyone withdrawing, manager discussion, supervision, the meetings, closure.
import { meetingTypeLabels } from '../../labels.js';
import type { Contact } from '../../entries.js';
import type { MeetingType } from '../../vocabularies.js';
import type { Detector, Spell } from '../detector.js';
import { severityRank, sinceOf } from '../detector.js';
import { nonEngagementCodes } from '../codes.js';
import { dateText, listText, plural } from '../explain.js';
import { holdsAt, holdsAtInOrder, merge, sweep } from '../spells.js';
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
import { addWorkingDays, workingDayFrom } from '../working-days.js';
import { inWindow, SlidingWindow } from '../window.js';

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
/** "a, b or c": any one of the meetings would do. */
const anyOf = (names: readonly string[]) =>
  names.length > 1 ? `${names.slice(0, -1).join(', ')} or ${names.at(-1)}` : names.join('');
const firstAfter = <T extends Timed>(items: readonly T[], ms: number) => items.find((item) => item.ms >= ms);

/**
 * everyone-withdrawing: every agency trying has only failed in 28 days, or agencies end their
 * involvement while non-engagement is active. MK 5.1.21; SX 1.7.15; BEF 11.0. Critical.
 */
export const everyoneWithdrawing: Detector = (t, found) => {
  const days = t.pack.thresholds.everyoneWithdrawingDays;
  // At least 2 contacts in the window, from at least 2 agencies, all failed: counted as the window slides
  // (contacts per agency, failed ones), not by re-reading the window at every point of the sweep.
  const perAgency = new Map<string | undefined, number>();
  let failedInWindow = 0;
  const count = (c: Timed<Contact>, by: 1 | -1) => {
    const n = (perAgency.get(c.entry.agency) ?? 0) + by;
    if (n === 0) perAgency.delete(c.entry.agency);
    else perAgency.set(c.entry.agency, n);
    if (isFailedContact(c.entry)) failedInWindow += by;
  };
  const window = new SlidingWindow(
    t.contacts,
    days,
    (c) => count(c, 1),
    (c) => count(c, -1),
  );
  const allFailing = (at: number) => {
    window.moveTo(at);
    return window.size >= 2 && perAgency.size >= 2 && failedInWindow === window.size;
  };
  const failing = sweep(
    t.contacts.flatMap((c) => [c.ms, c.ms + daysMs(days)]),
    allFailing,
  );
  const active = found.nonEngagement();
  // An ending a multi-agency meeting decided on, in the same episode, is the procedure followed, not a withdrawal (MK 5.1.19).
  const decidedToClose = ofKind(t, 'meeting').filter((m) => m.entry.decision === 'close');
  const endings = t.entries.filter((e) => {
    if (e.entry.kind !== 'involvement-end' && e.entry.kind !== 'closure') return false;
    const episode = e.entry.agency ? holdsAt(active, e.ms) : undefined;
    return (
      Boolean(episode) &&
      !decidedToClose.some((m) => m.ms >= (episode as { from: number }).from && m.ms <= e.ms)
    );
  });
  const agencyName = (ref?: string) => t.file.agencies.find((a) => a.ref === ref)?.name ?? ref ?? 'An agency';
  return [
    ...failing.map((interval): Spell => ({
      code: 'everyone-withdrawing',
      severity: 'critical',
      ...interval,
      describe: () => {
        const recent = inWindow(t.contacts, t.now, days);
        const agencies = [...new Set(recent.map((c) => agencyName(c.entry.agency)))];
        return {
          evidence: recent.map((c) => c.entry.id),
          explanation: `Every contact in the last ${days} days failed: ${plural(recent.length, 'attempt')} by ${listText(agencies)}, and nobody has got in.`,
        };
      },
    })),
    ...endings.map((ending): Spell => ({
      code: 'everyone-withdrawing',
      severity: 'critical',
      from: ending.ms,
      to: ending.ms + daysMs(days),
      describe: () => ({
        evidence: [ending.entry.id],
        explanation: `${agencyName(ending.entry.agency)} ended its involvement on ${dateText(ending.ms)} while the family was not engaging.`,
      }),
    })),
  ];
};

/**
 * manager-discussion-due: a serious non-engagement finding active for 2 working days with no line-manager
 * discussion since it began. MK 5.1.9.1; BEF 11.2; SX 1.7.17. Answered by a manager-discussion entry.
 */
export const managerDiscussionDue: Detector = (t, found) => {
  const discussions = ofKind(t, 'manager-discussion');
  return merge(found.nonEngagement('serious')).flatMap((spell): Spell[] => {
    // Counted in working days on which it was active: one that began at a weekend starts on the Monday.
    const firstDay = workingDayFrom(ukDay(spell.from), t.pack.nation);
    const from = dayStart(
      addWorkingDays(firstDay, t.pack.thresholds.managerDiscussionWorkingDays, t.pack.nation),
    );
    const answered = firstAfter(discussions, spell.from);
    const to = Math.min(spell.to, answered?.ms ?? Infinity);
    if (to <= from) return [];
    return [
      {
        code: 'manager-discussion-due',
        severity: 'serious',
        from,
        to,
        describe: () => ({
          evidence: seriousEvidence(t, found, spell.from),
          explanation: `Serious concerns about engagement have stood since ${dateText(spell.from)} and no discussion with a line manager has been recorded since.`,
        }),
      },
    ];
  });
};

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
  const ids = holding.flatMap((s) => s.describe().evidence);
  return [...new Set(ids)].slice(0, 20);
}

/**
 * supervision-overdue: a case with a serious or critical finding and no supervision discussion for 20
 * working days. MK 5.1.9.23; BEF 11.1; R7; SX 1.7.17–18; FV.
 */
export const supervisionOverdue: Detector = (t, found) => {
  const serious = merge(found.spells.filter((s) => s.severity === 'serious' || s.severity === 'critical'));
  const supervisions = ofKind(t, 'supervision');
  const limit = t.pack.thresholds.supervisionWorkingDays;
  // Any serious finding counts (hostility to staff as much as non-engagement), so any is evidence.
  const seriousNow = () => {
    const holding = found.spells.filter(
      (s) => severityRank[s.severity] >= severityRank.serious && s.from <= t.now && t.now < s.to,
    );
    return [...new Set(holding.flatMap((s) => s.describe().evidence))].slice(0, 5);
  };
  // A supervision answers the finding the moment it is recorded, and restarts the count.
  const points = [
    ...serious.flatMap((s) => [s.from, s.to]),
    ...supervisions.flatMap((s) => [s.ms, workingDaysAfter(t, s.ms, limit + 1)]),
    workingDaysAfter(t, t.opened, limit + 1),
  ];
  // Asked at increasing points (see sweep), so both lists are read with cursors, not searched each time.
  const seriousAt = holdsAtInOrder(serious);
  let supervised = 0; // supervisions up to the current point
  const overdue = (at: number) => {
    while (supervised < supervisions.length && (supervisions[supervised] as Timed).ms <= at) supervised += 1;
    if (!seriousAt(at)) return false;
    const last = supervised > 0 ? (supervisions[supervised - 1] as Timed).ms : t.opened;
    return at >= workingDaysAfter(t, last, limit + 1);
  };
  return sweep(points, overdue).map((interval): Spell => ({
    code: 'supervision-overdue',
    severity: 'warning',
    ...interval,
    describe: () => {
      const last = supervisions.filter((s) => s.ms <= t.now).at(-1);
      return {
        evidence: last ? [last.entry.id] : seriousNow(),
        explanation: last
          ? `The case was last discussed in supervision on ${dateText(last.ms)}, more than ${limit} working days ago, and it has serious findings.`
          : `The case has serious findings and has not been discussed in supervision since it opened on ${dateText(t.opened)}.`,
      };
    },
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
            explanation: `Concerns about engagement are still active ${workingDays(t)} working days after the ${step} on ${dateText(previous.ms)}, and no ${anyOf([...answeredBy].map((m) => meetingTypeLabels[m].toLowerCase()).slice(0, 3))} has been held since.`,
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

/** no-contingency-plan: a planned contact, while non-engagement is active, recorded without a contingency plan. MK 5.1.9.23. */
export const noContingencyPlan: Detector = (t, found) => {
  const active = found.nonEngagement();
  const activeAt = holdsAtInOrder(active); // asked in time order: the contacts are
  const missing = t.contacts.filter((c) => c.entry.planned && !c.entry.contingency && activeAt(c.ms));
  return merge(missing.map((c) => ({ from: c.ms, to: c.ms + daysMs(28) }))).map((interval) => ({
    code: 'no-contingency-plan',
    severity: 'warning',
    ...interval,
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
