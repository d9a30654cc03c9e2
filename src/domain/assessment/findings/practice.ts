// Practice and process (FINDINGS.md): churn, cancellations by professionals, concerns accumulating,
// start-again, the adults around the child, drift, communication, summaries, optimism, stages of change.
import { stagesOfChange } from '../../vocabularies.js';
import type { Detector, Spell } from '../detector.js';
import { betweenText, dateText, listText, plural } from '../explain.js';
import {
  afterEach,
  countWindow,
  holdsAt,
  holdsAtInOrder,
  intersectInOrder,
  merge,
  sweep,
  sweepWindows,
  type Interval,
} from '../spells.js';
import {
  dayStart,
  daysMs,
  nameOf,
  ofKind,
  seenIn,
  sightingsOf,
  type CaseTimeline,
  type Timed,
} from '../timeline.js';
import { addDays } from '../working-days.js';
import { inWindow, SlidingWindow } from '../window.js';

const workerName = (t: CaseTimeline, ref: string) => t.file.workers.find((w) => w.ref === ref)?.name ?? ref;

/** staff-churn: 3 or more different lead workers in 365 days. SX 1.7.5; BEF 6.0. */
export const staffChurn: Detector = (t) => {
  const { leads, days } = t.pack.thresholds.staffChurn;
  const allocations = ofKind(t, 'allocation').filter((a) => a.entry.role === 'lead');
  // The lead in post when the window opens was one of the family's lead workers in it too.
  const leadsIn = (at: number) => {
    const inPost = allocations.filter((a) => a.ms <= at - daysMs(days)).at(-1);
    return [...(inPost ? [inPost] : []), ...inWindow(allocations, at, days)];
  };
  const distinctAt = (at: number) => new Set(leadsIn(at).map((a) => a.entry.worker));
  return sweepWindows(allocations, daysMs(days), (at) => distinctAt(at).size >= leads).map(
    (interval): Spell => ({
      code: 'staff-churn',
      severity: 'warning',
      from: interval.from,
      to: interval.to,
      describe: () => {
        const recent = leadsIn(t.now);
        const names = [...new Set(recent.map((a) => workerName(t, a.entry.worker)))];
        return {
          evidence: recent.map((a) => a.entry.id),
          explanation: `The family has had ${plural(names.length, 'lead worker')} in the last year: ${listText(names)}.`,
        };
      },
    }),
  );
};

/** professional-cancellations: 2 or more contacts cancelled or moved by professionals in 60 days. MK 5.1.9.18; BEF 9.2; FV. */
export const professionalCancellations: Detector = (t) => {
  const { count, days } = t.pack.thresholds.professionalCancellations;
  const ours = t.contacts.filter(
    (c) =>
      c.entry.outcome === 'cancelled-by-professional' || c.entry.outcome === 'rescheduled-by-professional',
  );
  return countWindow(
    ours.map((c) => c.ms),
    count,
    daysMs(days),
  ).map((interval) => ({
    code: 'professional-cancellations',
    severity: 'warning',
    from: interval.from,
    to: interval.to,
    describe: () => {
      const recent = inWindow(ours, t.now, days);
      return {
        evidence: recent.map((c) => c.entry.id),
        explanation: `Professionals cancelled or moved ${plural(recent.length, 'contact')} in the last ${days} days, most recently on ${dateText(recent.at(-1)?.ms ?? t.now)}.`,
      };
    },
  }));
};

/**
 * concerns-accumulating: 3 or more referrals about the case in 90 days, counted across closures and
 * reopenings: each referral weighed on its own is how the pattern is missed. Not from a seed: the national
 * review of the deaths of Arthur Labinjo-Hughes and Star Hobson (CSPRP 2022).
 */
export const concernsAccumulating: Detector = (t) => {
  const { referrals: count, days } = t.pack.thresholds.concernsAccumulating;
  const referrals = ofKind(t, 'referral');
  return countWindow(
    referrals.map((r) => r.ms),
    count,
    daysMs(days),
  ).map((interval) => ({
    code: 'concerns-accumulating',
    severity: 'serious',
    from: interval.from,
    to: interval.to,
    describe: () => {
      const recent = inWindow(referrals, t.now, days);
      const first = recent[0]?.ms ?? t.now;
      const last = recent.at(-1)?.ms ?? t.now;
      const closures = ofKind(t, 'closure').filter((c) => c.ms > first && c.ms < last).length;
      return {
        evidence: recent.map((r) => r.entry.id),
        explanation: `${plural(recent.length, 'referral')} about the family ${recent.length === 1 ? 'was' : 'were'} made in the last ${days} days, ${betweenText(first, last)}${closures > 0 ? `, across ${plural(closures, 'closure')} of the case` : ''}.`,
      };
    },
  }));
};

/** start-again: 2 closures followed by re-referral in 365 days, or 3 assessments started in 365 days. R7; SX 1.7.15. */
export const startAgain: Detector = (t) => {
  const { closures, assessments, days } = t.pack.thresholds.startAgain;
  const window = daysMs(days);
  const closings = ofKind(t, 'closure');
  const restarts = closings.flatMap((closure, i) => {
    const again = t.entries.find(
      (e) => e.ms > closure.ms && (e.entry.kind === 'referral' || e.entry.kind === 'reopening'),
    );
    // A re-referral follows only the latest closure before it, so it is counted once.
    const closedAgainFirst = (closings[i + 1]?.ms ?? Infinity) < (again?.ms ?? Infinity);
    return again && !closedAgainFirst && again.ms - closure.ms <= window ? [{ closure, again }] : [];
  });
  const byRestarts = countWindow(
    restarts.map((r) => r.again.ms),
    closures,
    window,
  );
  const started = ofKind(t, 'assessment');
  const byAssessments = countWindow(
    started.map((a) => a.ms),
    assessments,
    window,
  );
  return merge([...byRestarts, ...byAssessments]).map((interval) => ({
    code: 'start-again',
    severity: 'serious',
    from: interval.from,
    to: interval.to,
    describe: () => {
      const recentRestarts = restarts.filter((r) => r.again.ms > t.now - window);
      const recentAssessments = inWindow(started, t.now, days);
      return {
        evidence: [
          ...recentRestarts.flatMap((r) => [r.closure.entry.id, r.again.entry.id]),
          ...recentAssessments.map((a) => a.entry.id),
        ],
        explanation: `In the last year the case was closed and referred again ${plural(recentRestarts.length, 'time')} and ${plural(recentAssessments.length, 'assessment')} started: the work keeps starting again.`,
      };
    },
  }));
};

/** significant-adult-unseen: an adult living with or seeing a child never seen, or not in 90 days. R7; BEF 9.2; FV; SX 1.7.11. */
export const significantAdultUnseen: Detector = (t) =>
  t.adultsAround.flatMap((adult): Spell[] => {
    const sightings = sightingsOf(t, adult.ref);
    const window = daysMs(t.pack.thresholds.significantAdultDays);
    // From the opening (unseen since) and from each sighting a window on, to the next sighting: made only
    // where not empty (most adults are seen more often than that), rather than made and filtered.
    const spells: Spell[] = [];
    for (let i = 0; i <= sightings.length; i += 1) {
      const from = i === 0 ? t.opened : (sightings[i - 1] as Timed).ms + window;
      const to = i < sightings.length ? (sightings[i] as Timed).ms : Infinity;
      if (!(to > from)) continue;
      spells.push({
        code: 'significant-adult-unseen',
        severity: 'serious',
        subject: adult.ref,
        from,
        to,
        describe: () => {
          const last = sightings.at(-1);
          const role = adult.livesWithChildren?.length ? 'lives with' : 'sees';
          const children = listText(
            [...(adult.livesWithChildren ?? []), ...(adult.hasContactWith ?? [])].map((ref) =>
              nameOf(t, ref),
            ),
          );
          return {
            evidence: last
              ? [last.entry.id]
              : t.contacts
                  .slice(-5)
                  .map((c) => c.entry.id)
                  .concat(t.contacts.length ? [] : t.entries.slice(0, 1).map((e) => e.entry.id)),
            explanation: last
              ? `${adult.name}, who ${role} ${children}, was last seen by a professional on ${dateText(last.ms)}.`
              : `${adult.name}, who ${role} ${children}, has never been seen by any professional on the case.`,
          };
        },
      });
    }
    return spells;
  });

/** drift: the last 2 plan reviews recorded no progress, or the next review date has passed. BEF 7.0; FV; R7. */
export const drift: Detector = (t) => {
  const reviews = ofKind(t, 'plan-review');
  const spells: Spell[] = [];
  // A run of reviews without progress is one condition: it began at the run's second review.
  let runFrom: number | undefined;
  reviews.forEach((review, i) => {
    const previous = reviews[i - 1];
    if (!previous || previous.entry.progress !== 'none' || review.entry.progress !== 'none') {
      runFrom = undefined;
      return;
    }
    runFrom ??= review.ms;
    spells.push({
      code: 'drift',
      severity: 'serious',
      since: runFrom,
      from: review.ms,
      to: reviews[i + 1]?.ms ?? Infinity,
      describe: () => ({
        evidence: [previous.entry.id, review.entry.id],
        explanation: `The plan reviews on ${dateText(previous.ms)} and ${dateText(review.ms)} both found no progress.`,
      }),
    });
  });
  // Each review date stands until a later plan review sets the next one.
  const dates: { due: string; setAt: number; by?: Timed }[] = [
    ...(t.file.case.nextReviewOn ? [{ due: t.file.case.nextReviewOn, setAt: t.opened }] : []),
    ...reviews
      .filter((r) => r.entry.nextReviewOn)
      .map((r) => ({ due: r.entry.nextReviewOn as string, setAt: r.ms, by: r })),
  ];
  dates.forEach((date, i) => {
    const replaced = reviews.find((r) => r.ms > date.setAt);
    spells.push({
      code: 'drift',
      severity: 'serious',
      from: dayStart(addDays(date.due, 1)),
      to: Math.min(replaced?.ms ?? Infinity, dates[i + 1]?.setAt ?? Infinity),
      describe: () => ({
        evidence: date.by
          ? [date.by.entry.id]
          : reviews
              .slice(-1)
              .map((r) => r.entry.id)
              .concat(t.entries.slice(0, reviews.length ? 0 : 1).map((e) => e.entry.id)),
        explanation: `The plan was due for review on ${dateText(Date.parse(`${date.due}T12:00:00Z`))} and no review has been recorded since.`,
      }),
    });
  });
  return spells.filter((s) => s.to > s.from);
};

/**
 * communication-needs-unmet: a contact with someone who needs an interpreter held without one, or only
 * letters used for someone who finds reading hard, in 60 days. SX 1.7.28; FV; BEF 9.2.
 */
export const communicationNeedsUnmet: Detector = (t) => {
  const days = t.pack.thresholds.communicationDays;
  const interpreterSpells = t.file.people
    .filter((p) => p.needs?.interpreter)
    .flatMap((person): Spell[] => {
      const without = sightingsOf(t, person.ref).filter(
        (c) =>
          c.entry.interpreterUsed !== true &&
          c.entry.mode !== 'letter' &&
          c.entry.mode !== 'text' &&
          c.entry.mode !== 'email',
      );
      return afterEach(
        without.map((c) => c.ms),
        daysMs(days),
      ).map((interval) => ({
        code: 'communication-needs-unmet',
        severity: 'warning',
        subject: person.ref,
        from: interval.from,
        to: interval.to,
        describe: () => {
          const recent = inWindow(without, t.now, days);
          return {
            evidence: recent.map((c) => c.entry.id),
            explanation: `${person.name} needs a ${person.needs?.interpreter} interpreter, but ${plural(recent.length, 'contact')} since ${dateText(recent[0]?.ms ?? t.now)} went ahead without one.`,
          };
        },
      }));
    });
  const lettersOnly = t.file.people
    .filter((p) => p.needs?.literacy === 'low')
    .flatMap((person): Spell[] => {
      const reaching = t.contacts.filter(
        (c) => (c.entry.for ?? []).includes(person.ref) || seenIn(c.entry, person.ref) || !c.entry.for,
      );
      const onlyLetters = (at: number) => {
        const recent = inWindow(reaching, at, days);
        return recent.length > 0 && recent.every((c) => c.entry.mode === 'letter');
      };
      return sweepWindows(reaching, daysMs(days), onlyLetters).map((interval) => ({
        code: 'communication-needs-unmet',
        severity: 'warning',
        subject: person.ref,
        from: interval.from,
        to: interval.to,
        describe: () => {
          const recent = inWindow(reaching, t.now, days);
          return {
            evidence: recent.map((c) => c.entry.id),
            explanation: `${person.name} finds reading difficult, yet the only contact in the last ${days} days was by ${plural(recent.length, 'letter')}.`,
          };
        },
      }));
    });
  return [...interpreterSpells, ...lettersOnly];
};

/** end-of-contact-summary-missing: with non-engagement active, a completed contact in 28 days without a summary. SX 1.7.28; BEF 11.1. */
export const endOfContactSummaryMissing: Detector = (t, found) => {
  const days = t.pack.thresholds.summaryDays;
  const active = found.nonEngagement();
  const unsummarised = t.contacts.filter(
    (c) => (c.entry.outcome === 'completed' || c.entry.outcome === 'completed-late') && !c.entry.summaryGiven,
  );
  // While non-engagement is active and the window (at - days, at] holds an unsummarised contact, that
  // is at any moment in [c, c + days) of one: the one set intersected with the other, both in order.
  // (The same intervals the sweep of every edge found, as long as no spell is open to the past.)
  let intervals: Interval[];
  if (active.every((a) => Number.isFinite(a.from))) {
    intervals = intersectInOrder(
      active,
      afterEach(
        unsummarised.map((c) => c.ms),
        daysMs(days),
      ),
    );
  } else {
    const points = [
      ...unsummarised.flatMap((c) => [c.ms, c.ms + daysMs(days)]),
      ...active.flatMap((a) => [a.from, a.to]),
    ];
    // Asked at increasing points (see sweep): the active spells read with a cursor, the window slid forward.
    const activeAt = holdsAtInOrder(active);
    const window = new SlidingWindow(unsummarised, days);
    const missing = (at: number) => {
      window.moveTo(at);
      return Boolean(activeAt(at)) && window.size > 0;
    };
    intervals = sweep(points, missing);
  }
  return intervals.map((interval) => ({
    code: 'end-of-contact-summary-missing',
    severity: 'info',
    from: interval.from,
    to: interval.to,
    describe: () => {
      const recent = inWindow(unsummarised, t.now, days);
      return {
        evidence: recent.map((c) => c.entry.id),
        explanation: `${plural(recent.length, 'completed contact')} in the last ${days} days ended without a written summary for the family.`,
      };
    },
  }));
};

/** optimism-check: the level of concern lowered while a serious non-engagement finding was active. BEF 7.0; R7; SX 1.7.12. */
export const optimismCheck: Detector = (t, found) => {
  const serious = found.nonEngagement('serious');
  const levels = ofKind(t, 'concern-level');
  const rank = { low: 0, medium: 1, high: 2 };
  return levels.flatMap((level, i): Spell[] => {
    const before = levels[i - 1];
    if (!before || rank[level.entry.level] >= rank[before.entry.level] || !holdsAt(serious, level.ms))
      return [];
    const raised = levels.slice(i + 1).find((l) => rank[l.entry.level] > rank[level.entry.level]);
    return [
      {
        code: 'optimism-check',
        severity: 'warning',
        from: level.ms,
        to: Math.min(raised?.ms ?? Infinity, level.ms + daysMs(90)),
        describe: () => ({
          evidence: [before.entry.id, level.entry.id],
          explanation: `The level of concern was lowered from ${before.entry.level} to ${level.entry.level} on ${dateText(level.ms)} while serious concerns about engagement were still active.`,
        }),
      },
    ];
  });
};

/** stage-strategy-mismatch: a parent not yet ready to change (pre-contemplation, contemplation) set action-stage goals. BEF 10.0. */
export const stageStrategyMismatch: Detector = (t) => {
  const early = new Set<string>([stagesOfChange[0], stagesOfChange[1]]);
  const stages = ofKind(t, 'stage-of-change');
  const goals = ofKind(t, 'goal');
  return stages.flatMap((stage, i): Spell[] => {
    const next = stages.slice(i + 1).find((s) => s.entry.person === stage.entry.person);
    const goal = goals.find(
      (g) => g.entry.person === stage.entry.person && (!g.entry.due || dayStart(g.entry.due) >= stage.ms),
    );
    if (!early.has(stage.entry.stage) || !goal) return [];
    return [
      {
        code: 'stage-strategy-mismatch',
        severity: 'info',
        subject: stage.entry.person,
        from: Math.max(stage.ms, goal.ms),
        to: next?.ms ?? Infinity,
        describe: () => ({
          evidence: [stage.entry.id, goal.entry.id],
          explanation: `${nameOf(t, stage.entry.person)} is at the ${stage.entry.stage} stage (recorded ${dateText(stage.ms)}) but the plan sets them an action goal: "${goal.entry.goal.slice(0, 80)}".`,
        }),
      },
    ];
  });
};
