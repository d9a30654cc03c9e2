// Child in focus: children seen, seen alone and heard; school and health (FINDINGS.md).
import type { Contact, EntryOfKind } from '../../entries.js';
import type { Plan } from '../../vocabularies.js';
import { ageInYears, isCalendarDate, ukDayNumber } from '../../time.js';
import { sinceOf, type Detector, type Spell } from '../detector.js';
import { betweenText, dateText, planPhrase, plural } from '../explain.js';
import { countWindow, intersect, merge, sweep, type Interval } from '../spells.js';
import {
  contactsMeantFor,
  dayStart,
  daysMs,
  isFailedContact,
  nameOf,
  ofKind,
  planAt,
  planCursor,
  sightingsOf,
  ukDay,
  workingDaysAfterBoth,
  type CaseTimeline,
  type Timed,
} from '../timeline.js';
import { firstAfter, firstFrom, inWindow } from '../window.js';
import { workingDayNumbersBetween, workingDaysBetween } from '../working-days.js';

export { inWindow };

/** UK midnight at the start of a child's birthday `years` after birth (29 February counts on 1 March). */
const birthdayMs = (t: CaseTimeline, ref: string, years = 0): number | null => {
  const dob = t.people.get(ref)?.dateOfBirth;
  if (!dob) return null;
  const day = `${Number(dob.slice(0, 4)) + years}${dob.slice(4)}`;
  return dayStart(isCalendarDate(day) ? day : `${day.slice(0, 4)}-03-01`);
};
const ageAt = (t: CaseTimeline, ref: string, ms: number): number | null => {
  const dob = t.people.get(ref)?.dateOfBirth;
  return dob ? ageInYears(dob, new Date(ms)) : null;
};

/**
 * The working-day limit for a child under a plan: halved (rounded down) while the child is young, under
 * the pack's `notSeenHalvedUnderAge` (a baby in the common core; FV "Best Practice" any very young child).
 */
function notSeenLimit(t: CaseTimeline, plan: Plan, young: boolean): number {
  const limit = t.pack.thresholds.notSeenWorkingDays[plan];
  return young ? Math.max(1, Math.floor(limit / 2)) : limit;
}

/**
 * Whether a child is young enough for the halved limit at a moment: `ageAt(...) < years`, answered by
 * comparing with the start of that birthday (asked at every sighting; working out an age each time
 * showed in profiles). A date of birth the comparison could misread (that birthday outside the years
 * 1900–9999) is aged as before.
 */
function youngAt(t: CaseTimeline, ref: string): (ms: number) => boolean {
  const years = t.pack.thresholds.notSeenHalvedUnderAge;
  const dob = t.people.get(ref)?.dateOfBirth;
  if (!dob) return () => false;
  const year = Number(dob.slice(0, 4));
  if (!isCalendarDate(dob) || year < 1900 || year + years > 9999) {
    return (ms) => (ageAt(t, ref, ms) as number) < years;
  }
  const birthday = birthdayMs(t, ref, years) as number;
  return (ms) => ms < birthday;
}

/**
 * child-not-seen: not seen by any professional for more than the plan's limit (halved for a young
 * child); critical past twice it. R7 background; FV flowchart and "Best Practice"; MK 5.1.9.22.
 */
export const childNotSeen: Detector = (t) => {
  const spells: Spell[] = [];
  for (const child of t.children) {
    const ref = child.ref;
    const born = birthdayMs(t, ref);
    const origin = Math.max(t.opened, born ?? t.opened);
    const unseenSince = origin === t.opened ? 'since the case opened on' : 'since birth on';
    const young = youngAt(t, ref);
    // Each gap between sightings (from the case opening, or birth) is a period the child went unseen.
    const starts = [origin];
    for (const sighting of sightingsOf(t, ref)) if (sighting.ms >= origin) starts.push(sighting.ms);
    // The moments the plan is read at only move forward (starts are in time order), so by cursor.
    const planAtMoment = planCursor(t);
    for (let index = 0; index < starts.length; index += 1) {
      const start = starts[index] as number;
      const next = starts[index + 1] ?? Infinity;
      const at = Math.min(next, t.now);
      const limit = notSeenLimit(t, planAtMoment(at), young(at));
      const [from, critical] = workingDaysAfterBoth(t, start, limit + 1, 2 * limit + 1);
      const describe = () => describeNotSeen(t, ref, start, index > 0 ? 'since' : unseenSince, limit);
      // Written out as literals, not `{ ...common, severity, from, to }`: this runs twice per sighting of
      // each child, and on Node 20 a spread followed by properties costs microseconds each time.
      const seriousTo = Math.min(next, critical);
      if (seriousTo > from) {
        spells.push({
          code: 'child-not-seen',
          subject: ref,
          describe,
          severity: 'serious',
          from,
          to: seriousTo,
        });
      }
      if (next > critical) {
        spells.push({
          code: 'child-not-seen',
          subject: ref,
          describe,
          severity: 'critical',
          from: critical,
          to: next,
          since: from,
        });
      }
    }
  }
  return spells;
};

function describeNotSeen(t: CaseTimeline, ref: string, start: number, since: string, limit: number) {
  const meant = contactsMeantFor(t, ref);
  const attempts = meant.slice(firstAfter(meant, start));
  // The sighting at `start`, found by binary search in the time-ordered sightings (the first at that time).
  const sightings = sightingsOf(t, ref);
  const at = sightings[firstFrom(sightings, start)];
  const lastSighting = at && at.ms === start ? at : undefined;
  const startDay = ukDayNumber(start);
  const today = ukDayNumber(t.now);
  const days =
    startDay === null || today === null
      ? workingDaysBetween(ukDay(start), t.today, t.pack.nation)
      : workingDayNumbersBetween(startDay, today, t.pack.nation);
  const age = ageAt(t, ref, t.now);
  const under = t.pack.thresholds.notSeenHalvedUnderAge;
  const who =
    age !== null && age < 1 ? 'a baby' : age !== null && age < under ? `a child under ${under}` : 'a child';
  const failed = attempts.filter((c) => isFailedContact(c.entry)).length;
  const evidence = [...(lastSighting ? [lastSighting.entry] : []), ...attempts.map((c) => c.entry)].map(
    (e) => e.id,
  );
  return {
    // With no sighting and no attempt, the evidence is the case's first entry: nothing since.
    evidence: evidence.length ? evidence : t.entries.slice(0, 1).map((e) => e.entry.id),
    explanation:
      `${nameOf(t, ref)} has not been seen by any professional ${since} ` +
      `${dateText(start)}: ${plural(days, 'working day')}, against a limit of ${limit} for ${who} ` +
      `${planPhrase(planAt(t, t.now))}${attempts.length ? `; ${failed} of ${plural(attempts.length, 'attempt')} since failed` : ''}.`,
  };
}

/**
 * child-not-seen-alone: on a child protection or compulsory supervision plan, a child of 4 or over seen at
 * the last 2 contacts that saw them but alone at neither; or, on any plan, a parent refused to let a child
 * of 4 or over be seen alone in the last 30 days (MK 5.1.7 and 5.1.9.16 name the refusal without a plan).
 * MK 5.1.7, 5.1.9.16; SX 1.7.7, 1.7.11; BEF 7.0.
 */
export const childNotSeenAlone: Detector = (t) => {
  const plans = protectedPlans(t);
  return t.children.flatMap((child): Spell[] => {
    const oldEnough = birthdayMs(t, child.ref, t.pack.thresholds.seenAloneFromAge);
    if (oldEnough === null) return [];
    // Two sightings not alone count only while the plan is one of these and the child is old enough; a
    // refusal counts on any plan once the child is old enough.
    const fromAge: Interval[] = [{ from: oldEnough, to: Infinity }];
    const onPlan = intersect(plans, fromAge);
    const sightings = sightingsOf(t, child.ref);
    const spells: Spell[] = [];
    for (let i = 1; i < sightings.length; i += 1) {
      const first = sightings[i - 1] as Timed<Contact>;
      const second = sightings[i] as Timed<Contact>;
      if (first.entry.seenAlone?.includes(child.ref) || second.entry.seenAlone?.includes(child.ref)) continue;
      spells.push({
        code: 'child-not-seen-alone',
        severity: 'serious',
        subject: child.ref,
        from: second.ms,
        to: sightings[i + 1]?.ms ?? Infinity,
        describe: () => ({
          evidence: [first.entry.id, second.entry.id],
          explanation: `${nameOf(t, child.ref)} was seen on ${dateText(first.ms)} and ${dateText(second.ms)} but not on their own at either visit.`,
        }),
      });
    }
    const notAlone = cutTo(spells, onPlan);
    const refused: Spell[] = [];
    for (const refusal of sightings.filter(
      (c) => c.entry.behaviours?.includes('refusal') && !c.entry.seenAlone?.includes(child.ref),
    )) {
      refused.push({
        code: 'child-not-seen-alone',
        severity: 'serious',
        subject: child.ref,
        from: refusal.ms,
        to: refusal.ms + daysMs(30),
        describe: () => ({
          evidence: [refusal.entry.id],
          explanation: `On ${dateText(refusal.ms)} ${nameOf(t, child.ref)} was not allowed to be seen on their own.`,
        }),
      });
    }
    return withRunStart([...notAlone, ...cutTo(refused, fromAge)]);
  });
};

/**
 * Each spell cut to the times the finding applies (what `intersect([spell], applies)` gives: `applies` is
 * merged, so the parts are apart), as literals rather than `{ ...spell, ...part }` (see childNotSeen).
 */
function cutTo(spells: readonly Spell[], applies: readonly Interval[]): Spell[] {
  const parts: Spell[] = [];
  for (const spell of spells) {
    for (const when of applies) {
      const from = Math.max(spell.from, when.from);
      const to = Math.min(spell.to, when.to);
      // A spell inside the time it applies is kept as it is (the same fields a copy would have).
      if (from === spell.from && to === spell.to) parts.push(spell);
      else if (to > from) {
        parts.push({
          code: spell.code,
          severity: spell.severity,
          subject: spell.subject,
          from,
          to,
          describe: spell.describe,
        });
      }
    }
  }
  return parts;
}

/** When the case was on a child protection or compulsory supervision plan. */
function protectedPlans(t: CaseTimeline): Interval[] {
  const changes = ofKind(t, 'plan-change').map((c) => c.ms);
  // The sweep asks in time order, so the plan is read by cursor.
  const planAtMoment = planCursor(t);
  return sweep([Number.MIN_SAFE_INTEGER, ...changes], (ms) =>
    ['child-protection', 'compulsory-supervision'].includes(planAtMoment(ms)),
  );
}

/**
 * Spells of one code and subject, each with `since` at the start of the unbroken run it belongs to: a
 * condition that holds on from one spell into the next (a third sighting not alone, a second poor
 * attendance figure) began when the first did.
 */
export function withRunStart(spells: readonly Spell[]): Spell[] {
  const runs = merge(spells);
  return spells.map((spell) => {
    const run = runContaining(runs, spell.from);
    if (!run || run.from >= sinceOf(spell)) return spell;
    // A copy with `since` set, written out as a literal (see childNotSeen): long cases copy thousands.
    // A field a spell left out is undefined in the copy, which every reader takes the same way.
    return {
      code: spell.code,
      severity: spell.severity,
      subject: spell.subject,
      from: spell.from,
      to: spell.to,
      since: run.from,
      describe: spell.describe,
    };
  });
}

/**
 * The merged run with `from <= ms <= to`, by binary search (what `runs.find` answered, one spell at a
 * time, which made long cases quadratic): merged runs are in order and apart, so at most one does.
 */
function runContaining(runs: readonly Interval[], ms: number): Interval | undefined {
  let lo = 0;
  let hi = runs.length;
  while (lo < hi) {
    const mid = (lo + hi) >>> 1;
    if ((runs[mid] as Interval).to < ms) lo = mid + 1;
    else hi = mid;
  }
  const run = runs[lo];
  return run && run.from <= ms && ms <= run.to ? run : undefined;
}

/** child-voice-missing: no entry in the last 60 days records the child's own wishes and feelings. BEF 8.2, 9.2. */
export const childVoiceMissing: Detector = (t) => {
  const spells: Spell[] = [];
  const window = daysMs(t.pack.thresholds.childVoiceDays);
  for (const child of t.children) {
    const heard = t.contacts.filter((c) => c.entry.childViews?.includes(child.ref));
    const fourth = birthdayMs(t, child.ref, t.pack.thresholds.seenAloneFromAge) ?? t.opened;
    // A spell from each time the child was heard (or the opening) to the next: made only where it is not
    // empty (most gaps are shorter than the window), rather than made for every gap and filtered.
    for (let i = 0; i <= heard.length; i += 1) {
      const start = i === 0 ? t.opened : (heard[i - 1] as Timed<Contact>).ms;
      const from = Math.max(start + window, fourth);
      const to = i < heard.length ? (heard[i] as Timed<Contact>).ms : Infinity;
      if (!(to > from)) continue;
      const last = heard[i - 1];
      spells.push({
        code: 'child-voice-missing',
        severity: 'warning',
        subject: child.ref,
        from,
        to,
        describe: () => ({
          evidence: (last ? [last] : t.entries.slice(0, 1)).map((e) => e.entry.id),
          explanation: last
            ? `${nameOf(t, child.ref)}'s own wishes and feelings were last recorded on ${dateText(last.ms)}, more than ${t.pack.thresholds.childVoiceDays} days ago.`
            : `${nameOf(t, child.ref)}'s own wishes and feelings have not been recorded since the case opened on ${dateText(t.opened)}.`,
        }),
      });
    }
  }
  return spells;
};

/** poor-attendance: the latest school or nursery attendance for a child below 90%. FV (Vincent and Petch). */
export const poorAttendance: Detector = (t) => {
  const all = ofKind(t, 'attendance');
  const people = [...new Set(all.map((r) => r.entry.person))];
  return people.flatMap((person) =>
    withRunStart(
      poorAttendanceOf(
        t,
        all.filter((r) => r.entry.person === person),
      ),
    ),
  );
};

function poorAttendanceOf(t: CaseTimeline, records: Timed<EntryOfKind<'attendance'>>[]): Spell[] {
  return records.flatMap((record, i): Spell[] => {
    if (record.entry.percent >= t.pack.thresholds.attendanceBelowPercent) return [];
    const next = records[i + 1];
    return [
      {
        code: 'poor-attendance',
        severity: 'warning',
        subject: record.entry.person,
        from: record.ms,
        to: next?.ms ?? Infinity,
        describe: () => ({
          evidence: [record.entry.id],
          explanation: `${nameOf(t, record.entry.person)}'s attendance was ${record.entry.percent}%${record.entry.period ? ` in the ${record.entry.period}` : ''} (recorded ${dateText(record.ms)}), below ${t.pack.thresholds.attendanceBelowPercent}%.`,
        }),
      },
    ];
  });
}

/** health-appointments-missed: 2 or more health appointments a child was not brought to in 180 days. FV. */
export const healthAppointmentsMissed: Detector = (t) => {
  const { count, days } = t.pack.thresholds.healthAppointments;
  return t.children.flatMap((child): Spell[] => {
    const missed = contactsMeantFor(t, child.ref).filter((c) => c.entry.outcome === 'not-brought');
    return countWindow(
      missed.map((c) => c.ms),
      count,
      daysMs(days),
    ).map((interval) => ({
      code: 'health-appointments-missed',
      severity: 'warning',
      subject: child.ref,
      from: interval.from,
      to: interval.to,
      describe: () => {
        const recent = inWindow(missed, t.now, days);
        return {
          evidence: recent.map((c) => c.entry.id),
          explanation: `${nameOf(t, child.ref)} was not brought to ${plural(recent.length, 'appointment')} ${betweenText(recent[0]?.ms ?? t.now, recent.at(-1)?.ms ?? t.now)}.`,
        };
      },
    }));
  });
};
