// Hostility and staff safety (FINDINGS.md): the risk-to-staff warning, incidents reaching a manager
// and the other agencies, safe visit planning, whereabouts, and debriefs.
import { threatLabels } from '../../labels.js';
import type { Threat } from '../../vocabularies.js';
import type { Detector, Spell } from '../detector.js';
import { dateText, listText, plural } from '../explain.js';
import { afterEach, holdsAt, merge } from '../spells.js';
import { dayStart, daysMs, ofKind, ukDay, workingDaysAfter, type CaseTimeline } from '../timeline.js';
import { addDays, addWorkingDays, workingDayFrom } from '../working-days.js';
import { toInstantMs } from '../../time.js';
import { firstAfter } from '../window.js';

const violent: ReadonlySet<Threat> = new Set(['physical-violence', 'threat-of-violence']);
/** Incidents of violence or threat, which must reach a manager and the other agencies. */
const threatening: ReadonlySet<Threat> = new Set([
  'physical-violence',
  'threat-of-violence',
  'covert-threat',
  'intimidating-language',
]);

function hostileEntries(t: CaseTimeline) {
  // Without incidents, the contacts are the entries to read (most cases): not every entry.
  return (t.kinds.has('incident') ? t.entries : t.contacts).filter(
    ({ entry }) =>
      (entry.kind === 'incident' || entry.kind === 'contact') && (entry.threats?.length ?? 0) > 0,
  ) as { entry: { id: string; threats?: Threat[] }; ms: number }[];
}

/**
 * hostility-to-staff: threatening behaviour recorded in 365 days; critical for violence or its threat.
 * It becomes the risk-to-staff warning every agency on the case sees. MK 5.1.8, 5.1.9.24–25; SX 1.7.29–31; FV.
 */
export const hostilityToStaff: Detector = (t) => {
  const days = t.pack.thresholds.hostilityDays;
  const hostile = hostileEntries(t);
  const severe = hostile.filter((h) => h.entry.threats?.some((x) => violent.has(x)));
  const all = afterEach(
    hostile.map((h) => h.ms),
    daysMs(days),
  );
  const critical = afterEach(
    severe.map((h) => h.ms),
    daysMs(days),
  );
  const describe = () => {
    // In time order, so those after the window's start are a slice (the same as filtering them all).
    const recent = hostile.slice(firstAfter(hostile, t.now - daysMs(days)));
    const threats = [...new Set(recent.flatMap((h) => h.entry.threats ?? []))];
    return {
      evidence: recent.map((h) => h.entry.id),
      explanation: `${plural(recent.length, 'record')} of threatening behaviour towards staff since ${dateText(recent[0]?.ms ?? t.now)}: ${listText(threats.map((x) => threatLabels[x].toLowerCase()))}.`,
    };
  };
  return [
    ...all.map((i): Spell => ({
      code: 'hostility-to-staff',
      severity: 'serious',
      from: i.from,
      to: i.to,
      describe,
    })),
    ...critical.map((i): Spell => ({
      code: 'hostility-to-staff',
      severity: 'critical',
      from: i.from,
      to: i.to,
      since: holdsAt(all, i.from)?.from,
      describe,
    })),
  ];
};

/**
 * incident-not-escalated: a violence or threat incident not told to a manager the same working day, or
 * not alerted to the other agencies within 1 working day. MK 5.1.13, 5.1.16; SX 1.7.16; FV "Risk to staff".
 */
export const incidentNotEscalated: Detector = (t) =>
  ofKind(t, 'incident')
    .filter((incident) => incident.entry.threats.some((x) => threatening.has(x)))
    .flatMap((incident): Spell[] => {
      const day = workingDayFrom(ukDay(incident.ms), t.pack.nation);
      const managerDeadline = dayStart(addDays(day, 1));
      const agenciesDeadline = dayStart(addDays(addWorkingDays(day, 1, t.pack.nation), 1));
      const told = incident.entry.managerNotifiedAt
        ? toInstantMs(incident.entry.managerNotifiedAt)
        : Infinity;
      const alerted = incident.entry.agenciesAlertedAt
        ? toInstantMs(incident.entry.agenciesAlertedAt)
        : Infinity;
      const late = [
        told > managerDeadline
          ? { from: managerDeadline, to: told, what: 'no manager was told that working day' }
          : null,
        // With no other agency on the case there is nobody to alert.
        t.file.agencies.length > 1 && alerted > agenciesDeadline
          ? {
              from: agenciesDeadline,
              to: alerted,
              what: 'the other agencies were not alerted within a working day',
            }
          : null,
      ].filter((x): x is { from: number; to: number; what: string } => x !== null);
      return late.map((gap) => ({
        code: 'incident-not-escalated',
        severity: 'critical',
        from: gap.from,
        to: gap.to,
        describe: () => ({
          evidence: [incident.entry.id],
          explanation: `The incident on ${dateText(incident.ms)} (${listText(incident.entry.threats.map((x) => threatLabels[x].toLowerCase()))}) is not escalated: ${listText(late.filter((l) => l.from <= t.now && t.now < l.to).map((l) => l.what))}.`,
        }),
      }));
    });

/**
 * safety-plan-missing: a visit planned to a family with a risk-to-staff warning without a completed
 * pre-visit safety check, or alone where the pack needs joint visits. FV "Keeping Staff Safe"; BEF 11.1; SX 1.7.35–36.
 */
export const safetyPlanMissing: Detector = (t, found) => {
  const warning = merge(found.of('hostility-to-staff'));
  return ofKind(t, 'visit-plan').flatMap((plan): Spell[] => {
    const due = toInstantMs(plan.entry.due);
    // The warning may come after the plan was made: what matters is the family visited has one.
    const warned = warning.find((w) => w.from <= Math.max(due, plan.ms) && plan.ms < w.to);
    if (!warned) return [];
    const unchecked = !plan.entry.safetyCheck?.complete;
    const alone =
      t.pack.thresholds.jointVisitsWhenWarning && Boolean(plan.entry.lone) && !plan.entry.managerAgreedLone;
    if (!unchecked && !alone) return [];
    return [
      {
        code: 'safety-plan-missing',
        severity: 'serious',
        from: Math.max(plan.ms, warned.from),
        to: Math.max(due, plan.ms) + daysMs(28),
        describe: () => ({
          evidence: [plan.entry.id],
          explanation: `The visit planned for ${dateText(due)} to a family with a risk-to-staff warning ${listText(
            [
              unchecked ? 'has no completed safety check' : '',
              alone ? 'is a lone visit without a manager’s agreement' : '',
            ].filter(Boolean),
          )}.`,
        }),
      },
    ];
  });
};

/** visit-overdue: checked out to a visit and not back by the expected time, after 15 minutes' grace. MK 5.1.9.24; FV. */
export const visitOverdue: Detector = (t) => {
  const grace = t.pack.thresholds.visitGraceMinutes * 60_000;
  const checkIns = ofKind(t, 'check-in');
  return ofKind(t, 'check-out').flatMap((out): Spell[] => {
    const plan = t.byId.get(out.entry.visit);
    const expected =
      out.entry.expectedBack ?? (plan?.entry.kind === 'visit-plan' ? plan.entry.expectedBack : undefined);
    if (!expected) return [];
    const back = checkIns.find((c) => c.entry.visit === out.entry.visit && c.ms >= out.ms);
    const due = toInstantMs(expected) + grace;
    const spell: Spell = {
      code: 'visit-overdue',
      severity: 'critical',
      from: due,
      to: back?.ms ?? Infinity,
      describe: () => ({
        evidence: [out.entry.id],
        explanation: `${out.entry.worker ? (t.file.workers.find((w) => w.ref === out.entry.worker)?.name ?? out.entry.worker) : 'A worker'} checked out to a visit on ${dateText(out.ms)}, was expected back by ${expected.slice(11, 16)} and has not checked in.`,
      }),
    };
    return spell.to > spell.from ? [spell] : [];
  });
};

/** debrief-due: a frightening incident with no debrief within 5 working days. SX 1.7.21. */
export const debriefDue: Detector = (t) => {
  const debriefs = ofKind(t, 'debrief');
  return ofKind(t, 'incident')
    .filter((incident) => incident.entry.frightening)
    .flatMap((incident): Spell[] => {
      const debrief = debriefs.find((d) => d.entry.incident === incident.entry.id);
      const from = workingDaysAfter(t, incident.ms, t.pack.thresholds.debriefWorkingDays + 1);
      const spell: Spell = {
        code: 'debrief-due',
        severity: 'warning',
        from,
        to: debrief?.ms ?? Infinity,
        describe: () => ({
          evidence: [incident.entry.id],
          explanation: `Nobody has recorded a debrief after the frightening incident on ${dateText(incident.ms)}, ${t.pack.thresholds.debriefWorkingDays} working days on.`,
        }),
      };
      return spell.to > spell.from ? [spell] : [];
    });
};
