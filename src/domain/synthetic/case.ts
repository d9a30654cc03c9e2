// One synthetic case file (for the benchmarks and `stickability synth`): deterministic (seeded, never
// Math.random) with a varied history. It follows a family through phases of engaging, not engaging and
// hostility, across 2–4 agencies, with children of every age, the adults around them and every kind of
// entry the format has, amendments included. Nothing here is real; names are placeholders. Pure: the
// moment the history ends around is an argument.
import { formatVersion, type Agency, type CaseFile, type Person, type Worker } from '../case-file.js';
import type { Entry } from '../entries.js';
import {
  agreementTypes,
  meetingDecisions,
  meetingTypes,
  packIds,
  plans,
  stagesOfChange,
  threats,
  type AgencyType,
  type EntryKind,
  type PackId,
  type Plan,
} from '../vocabularies.js';
import { amended, contact, type Phase } from './contacts.js';
import { dayMs, isoDay, localText } from './dates.js';
import { seeded } from './random.js';

/** The moment every benchmark assesses at: histories end around it. */
export const benchNow = new Date('2026-06-01T11:00:00Z');

// ---------------------------------------------------------------------------------------------------
// The family.

const agencyKinds: readonly (readonly [string, AgencyType, string])[] = [
  ['hv', 'health-visiting', 'Health Visiting'],
  ['sch', 'school', 'Primary School'],
  ['pol', 'police', 'Police'],
  ['gp', 'gp', 'GP Surgery'],
  ['nur', 'nursery', 'Nursery'],
  ['amh', 'adult-mental-health', 'Adult Mental Health'],
  ['hou', 'housing', 'Housing'],
  ['eh', 'early-help', 'Early Help'],
  ['sm', 'substance-misuse', 'Substance Misuse Service'],
  ['vol', 'voluntary', 'Family Support Charity'],
];

const kindWeights: readonly (readonly [EntryKind, number])[] = [
  ['contact', 600],
  ['manager-discussion', 25],
  ['supervision', 25],
  ['meeting', 35],
  ['plan-review', 15],
  ['allocation', 12],
  ['attendance', 20],
  ['concern-level', 12],
  ['visit-plan', 30],
  ['incident', 8],
  ['debrief', 3],
  ['agreement', 5],
  ['agreement-review', 12],
  ['stage-of-change', 8],
  ['goal', 8],
  ['address-change', 3],
  ['gp-change', 2],
  ['hospital-attendance', 5],
  ['referral', 2],
  ['assessment', 3],
  ['closure', 1],
  ['reopening', 1],
  ['involvement-end', 2],
  ['plan-change', 2],
  ['reporter-informed', 1],
];

/** The ref of synthetic case number `index`. */
export const syntheticRef = (index: number) => `FAM-${String(index).padStart(6, '0')}`;

const childrensSocialCare: Agency = { ref: 'csc', type: 'social-care', name: "Children's Social Care" };

export interface CaseOptions {
  /** Case number: the seed and the ref both derive from it. */
  index: number;
  entries: number;
  seed?: number;
  /** The moment the history ends around (most cases end up to 45 days before it); `benchNow` if not given. */
  now?: Date;
  /** The case's procedure; one drawn at random if not given. */
  pack?: PackId;
  /** The social-care agency that leads the case, allocates and supervises; `csc` if not given. */
  socialCare?: Agency;
  /** Named staff taking the places of the first generated workers of their agency (their refs and names). */
  staff?: readonly Worker[];
  /** A worker the case is allocated to (as lead) in its first entry; left to chance if not given. */
  allocatedTo?: string;
}

/** One synthetic case file of exactly `entries` entries, the same for the same options. */
export function syntheticCase({
  index,
  entries: count,
  seed = 20_260_601,
  now = benchNow,
  pack: givenPack,
  socialCare = childrensSocialCare,
  staff = [],
  allocatedTo,
}: CaseOptions): CaseFile {
  const random = seeded((seed ^ Math.imul(index + 1, 0x9e3779b1)) >>> 0);
  // Drawn even when given, so the rest of the case is the same whichever procedure it follows.
  const drawnPack = random.pick(packIds);
  const pack = givenPack ?? drawnPack;
  const plan: Plan =
    pack === 'forth-valley'
      ? random.weighted([
          ['compulsory-supervision', 3],
          ['child-in-need', 3],
          ['child-protection', 2],
          ['early-help', 2],
        ])
      : random.weighted(
          plans
            .filter((p) => p !== 'compulsory-supervision')
            .map((p) => [p, p === 'child-protection' ? 3 : 2] as const),
        );

  // The history ends around now (most cases), or a while ago (closed cases still on the system).
  const long = count > 1000;
  const endMs =
    now.getTime() - (long || random.chance(0.75) ? random.int(0, 45) : random.int(60, 900)) * dayMs;
  const gapDays = long ? 1.2 + random.next() : 1.5 + random.next() * 8;
  const startMs = endMs - Math.round(count * gapDays) * dayMs;
  const openedOn = isoDay(startMs - random.int(1, 20) * dayMs);

  const agencies: Agency[] = [socialCare];
  const extra = long
    ? 3
    : random.weighted([
        [1, 4],
        [2, 3],
        [3, 2],
      ]);
  for (const [ref, type, name] of random.sample(agencyKinds, extra)) agencies.push({ ref, type, name });
  const workers: Worker[] = agencies.flatMap((agency, a) => {
    const named = staff.filter((s) => s.agency === agency.ref);
    return Array.from(
      { length: random.int(1, agency.ref === socialCare.ref ? 4 : 2) },
      (_, w) =>
        named[w] ?? { ref: `w${a + 1}-${w + 1}`, agency: agency.ref, name: `${agency.name} worker ${w + 1}` },
    );
  });
  const managers = workers.filter((w) => w.agency === socialCare.ref);

  const people: Person[] = [];
  const childCount = long
    ? 4
    : random.weighted([
        [1, 4],
        [2, 4],
        [3, 2],
        [4, 1],
      ]);
  for (let c = 1; c <= childCount; c += 1) {
    // Ages at opening from unborn (born during the case) to 16.
    const ageDays = random.int(-200, 16 * 365);
    people.push({
      ref: `c${c}`,
      role: 'child',
      name: `Child ${c}`,
      dateOfBirth: isoDay(Date.parse(`${openedOn}T00:00:00Z`) - ageDays * dayMs),
    });
  }
  const children = people.map((p) => p.ref);
  const parentCount = random.int(1, 2);
  for (let p = 1; p <= parentCount; p += 1) {
    people.push({
      ref: `p${p}`,
      role: p === 1 ? 'parent' : random.pick(['parent', 'carer'] as const),
      name: `Parent ${p}`,
      livesWithChildren: children,
      ...(random.chance(0.15)
        ? {
            needs: random.chance(0.5)
              ? { interpreter: random.pick(['Polish', 'Romanian', 'Urdu', 'Arabic']) }
              : { literacy: 'low' as const },
          }
        : {}),
    });
  }
  if (random.chance(0.5)) {
    people.push({
      ref: 'a1',
      role: 'significant-adult',
      name: "Parent's partner",
      hasContactWith: random.sample(children, random.int(1, 2)),
    });
  }
  if (random.chance(0.2)) people.push({ ref: 'r1', role: 'relative', name: 'Grandparent' });
  const adults = people.filter((p) => p.role !== 'child').map((p) => p.ref);

  // The entries, in time order: a walk through the history, phase by phase.
  const entries: Entry[] = [];
  const byKind = new Map<EntryKind, Entry[]>();
  const born = new Map(
    people.filter((p) => p.dateOfBirth).map((p) => [p.ref, Date.parse(`${p.dateOfBirth}T00:00:00Z`)]),
  );
  let phase: Phase = random.pick(['engaging', 'engaging', 'avoiding', 'hostile', 'sporadic'] as const);
  let ms = startMs;
  const step = ((endMs - startMs) / Math.max(1, count)) * 2;
  const hospitals = ['General Hospital', 'Royal Infirmary', 'University Hospital', "Children's Hospital"];
  let id = 0;
  let lastMs = -Infinity;

  const push = (entry: Entry) => {
    entries.push(entry);
    const list = byKind.get(entry.kind) ?? [];
    list.push(entry);
    byKind.set(entry.kind, list);
  };

  // Allocated the morning the case was opened, before the history starts.
  if (allocatedTo !== undefined) {
    lastMs = Date.parse(`${openedOn}T10:00:00Z`);
    const at = localText(lastMs);
    push({
      id: `e${(id += 1)}`,
      at,
      agency: socialCare.ref,
      worker: allocatedTo,
      kind: 'allocation',
      role: 'lead',
    });
  }
  while (entries.length < count) {
    // Gaps between entries: a few hours to a couple of weeks, averaging the case's pace.
    ms += Math.round(random.next() * step);
    if (random.chance(0.04))
      phase = random.weighted([
        ['engaging', 4],
        ['avoiding', 3],
        ['hostile', 1],
        ['sporadic', 2],
      ]);
    const day = new Date(ms);
    const hour = random.int(8, 18);
    // In time order, as the format keeps them: never before the entry above.
    const at0 = Math.max(
      lastMs + 5 * 60_000,
      Date.UTC(
        day.getUTCFullYear(),
        day.getUTCMonth(),
        day.getUTCDate(),
        hour,
        random.pick([0, 0, 15, 30, 45]),
      ),
    );
    lastMs = at0;
    const at = random.chance(0.03) ? `${new Date(at0).toISOString().slice(0, 16)}Z` : localText(at0);
    const agency = random.pick(agencies);
    const worker = random.pick(workers.filter((w) => w.agency === agency.ref));
    const bornBy = children.filter((c) => (born.get(c) ?? 0) <= at0);
    const base = { id: `e${(id += 1)}`, at, agency: agency.ref, worker: worker.ref };

    // An amendment: a correction of an earlier entry of the same kind (about 2% of entries).
    if (random.chance(0.02) && entries.length > 5) {
      const target = entries[random.int(Math.max(0, entries.length - 40), entries.length - 1)] as Entry;
      push({ ...amended(target, random), id: base.id, at, amends: target.id } as Entry);
      continue;
    }

    const kind = random.weighted(kindWeights);
    switch (kind) {
      case 'contact':
        push(contact(random, base, phase, agency.type, bornBy, adults));
        break;
      case 'incident': {
        const violent = random.chance(0.3);
        const told = random.chance(0.7);
        push({
          ...base,
          kind: 'incident',
          threats: violent
            ? [random.pick(['threat-of-violence', 'physical-violence'] as const)]
            : random.sample(threats, random.int(1, 2)),
          against: worker.ref,
          frightening: random.chance(0.4),
          ...(told ? { managerNotifiedAt: localText(at0 + random.int(1, 30) * 3_600_000) } : {}),
          ...(random.chance(0.6)
            ? { agenciesAlertedAt: localText(at0 + random.int(2, 60) * 3_600_000) }
            : {}),
        });
        break;
      }
      case 'meeting':
        push({
          ...base,
          kind: 'meeting',
          type: random.pick(meetingTypes),
          attendees: random.sample(
            agencies.map((a) => a.ref),
            random.int(1, agencies.length),
          ),
          ...(random.chance(0.1) ? { parentsExcluded: true, reason: 'Risk to staff' } : {}),
          ...(random.chance(0.35) ? { decision: random.pick(meetingDecisions) } : {}),
          ...(random.chance(0.5)
            ? { actions: [{ what: 'Joint home visit', owner: agency.ref, due: isoDay(at0 + 7 * dayMs) }] }
            : {}),
        });
        break;
      case 'manager-discussion':
        push({
          ...base,
          kind: 'manager-discussion',
          manager: random.pick(managers).ref,
          decision: 'Continue with joint visits',
          urgency: random.pick(['immediate', 'within-days', 'routine'] as const),
        });
        break;
      case 'supervision':
        push({
          ...base,
          kind: 'supervision',
          supervisor: random.pick(managers).ref,
          ...(random.chance(0.5) ? { reflections: ['r1', 'r2'] } : {}),
        });
        break;
      case 'visit-plan': {
        const plan: Entry = {
          ...base,
          kind: 'visit-plan',
          due: localText(at0 + random.int(1, 5) * dayMs),
          lone: random.chance(0.4),
          ...(random.chance(0.7) ? { safetyCheck: { complete: random.chance(0.8) } } : {}),
          expectedBack: localText(at0 + random.int(1, 5) * dayMs + 3_600_000),
        };
        push(plan);
        // Check out and (usually) back in again.
        if (random.chance(0.6) && entries.length < count) {
          push({
            ...base,
            id: `e${(id += 1)}`,
            at: localText(at0 + 600_000),
            kind: 'check-out',
            visit: plan.id,
            expectedBack: localText(at0 + 2 * 3_600_000),
          });
          lastMs = at0 + 600_000;
          if (random.chance(0.9) && entries.length < count) {
            lastMs = at0 + 2 * 3_600_000 + random.int(-30, 40) * 60_000;
            push({ ...base, id: `e${(id += 1)}`, at: localText(lastMs), kind: 'check-in', visit: plan.id });
          }
        }
        break;
      }
      case 'agreement':
        push({
          ...base,
          kind: 'agreement',
          type: random.pick(agreementTypes),
          items: [
            {
              id: 'i1',
              who: adults[0] as string,
              text: 'Let workers see the children at every visit',
              consequence: 'Core group reconvened',
            },
            { id: 'i2', who: random.pick(adults), text: 'Attend health appointments with the children' },
          ],
        });
        break;
      case 'agreement-review': {
        const agreement = random.pick(byKind.get('agreement') ?? []);
        if (!agreement) continue;
        const kept = random.chance(phase === 'engaging' ? 0.8 : 0.35);
        push({
          ...base,
          kind: 'agreement-review',
          agreement: agreement.id,
          item: random.pick(['i1', 'i2']),
          kept,
          familyAccount: kept ? 'kept' : random.pick(['kept', 'not-kept', 'none'] as const),
        });
        break;
      }
      case 'debrief': {
        const incident = random.pick(byKind.get('incident') ?? []);
        if (!incident) continue;
        push({ ...base, kind: 'debrief', incident: incident.id });
        break;
      }
      case 'stage-of-change':
        push({
          ...base,
          kind: 'stage-of-change',
          person: random.pick(adults),
          stage: random.pick(stagesOfChange),
        });
        break;
      case 'goal':
        push({
          ...base,
          kind: 'goal',
          person: random.pick(adults),
          goal: 'Take the children to every health appointment',
          reality: 'Two missed this month',
          ...(random.chance(0.6) ? { due: isoDay(at0 + random.int(10, 90) * dayMs) } : {}),
        });
        break;
      case 'plan-review':
        push({
          ...base,
          kind: 'plan-review',
          progress: random.pick(['none', 'some', 'good'] as const),
          ...(random.chance(0.8) ? { nextReviewOn: isoDay(at0 + random.int(40, 120) * dayMs) } : {}),
        });
        break;
      case 'plan-change':
        push({
          ...base,
          kind: 'plan-change',
          plan:
            pack === 'forth-valley'
              ? random.pick(plans)
              : random.pick(plans.filter((p) => p !== 'compulsory-supervision')),
        });
        break;
      case 'concern-level':
        push({ ...base, kind: 'concern-level', level: random.pick(['low', 'medium', 'high'] as const) });
        break;
      case 'allocation':
        push({
          ...base,
          agency: socialCare.ref,
          kind: 'allocation',
          worker: random.pick(managers).ref,
          role: random.chance(0.7) ? 'lead' : 'other',
        });
        break;
      case 'referral':
      case 'assessment':
      case 'closure':
      case 'reopening':
        push({ ...base, kind, reason: `${kind} recorded` });
        break;
      case 'involvement-end':
        push({ ...base, kind: 'involvement-end', reason: 'No further role' });
        break;
      case 'address-change':
      case 'gp-change':
        push({ ...base, kind, person: random.pick(adults) });
        break;
      case 'hospital-attendance':
        push({
          ...base,
          kind: 'hospital-attendance',
          person: random.pick(children),
          hospital: random.pick(hospitals),
          emergency: random.chance(0.5),
        });
        break;
      case 'attendance':
        push({
          ...base,
          kind: 'attendance',
          person: random.pick(children),
          percent: random.int(phase === 'engaging' ? 85 : 55, 100),
          period: 'half term',
        });
        break;
      case 'reporter-informed':
        push({ ...base, kind: 'reporter-informed', reason: 'Child not seen' });
        break;
      default:
        break;
    }
  }

  const file: CaseFile = {
    format: formatVersion,
    case: {
      ref: syntheticRef(index),
      pack,
      plan,
      openedOn,
      ...(random.chance(0.7) ? { nextReviewOn: isoDay(endMs + random.int(-30, 60) * dayMs) } : {}),
    },
    agencies,
    workers,
    people,
    entries,
  };
  // As the store hands a case to the rules: parsed from JSON. (Objects built with spreads, as above, can
  // be several times slower to read than parsed ones, which would measure the generator, not the rules.)
  return JSON.parse(JSON.stringify(file)) as CaseFile;
}
