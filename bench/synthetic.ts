// A synthetic partnership for benchmarks: deterministic case files (a seeded PRNG, never Math.random)
// with varied histories. Each case's history follows a family through phases of engaging, not engaging
// and hostility, across 2–4 agencies, with children of every age, the adults around them and every kind
// of entry the format has, amendments included. Nothing here is real; names are placeholders.
import {
  formatVersion,
  type Agency,
  type CaseFile,
  type Person,
  type Worker,
} from '../src/domain/case-file.js';
import type { Contact, Entry } from '../src/domain/entries.js';
import {
  agreementTypes,
  behaviours,
  contactModes,
  contactOutcomes,
  disguisedComplianceIndicators,
  failedOutcomes,
  meetingDecisions,
  meetingTypes,
  packIds,
  plans,
  stagesOfChange,
  threats,
  type AgencyType,
  type ContactOutcome,
  type EntryKind,
  type Plan,
} from '../src/domain/vocabularies.js';

/** The moment every benchmark assesses at: histories end around it. */
export const benchNow = new Date('2026-06-01T11:00:00Z');

const dayMs = 86_400_000;

// ---------------------------------------------------------------------------------------------------
// The PRNG: sfc32 seeded through splitmix32, so case n is the same whatever else is generated.

export interface Random {
  next(): number;
  int(min: number, max: number): number;
  chance(p: number): boolean;
  pick<T>(items: readonly T[]): T;
  weighted<T>(choices: readonly (readonly [T, number])[]): T;
  /** Each item with probability `p`, in order. */
  subset<T>(items: readonly T[], p: number): T[];
  /** `n` distinct items in random order. */
  sample<T>(items: readonly T[], n: number): T[];
}

function splitmix32(seed: number): () => number {
  let state = seed >>> 0;
  return () => {
    state = (state + 0x9e3779b9) >>> 0;
    let z = state;
    z = Math.imul(z ^ (z >>> 16), 0x85ebca6b) >>> 0;
    z = Math.imul(z ^ (z >>> 13), 0xc2b2ae35) >>> 0;
    return (z ^ (z >>> 16)) >>> 0;
  };
}

export function seeded(seed: number): Random {
  const mix = splitmix32(seed);
  let [a, b, c, d] = [mix(), mix(), mix(), mix()];
  const next = (): number => {
    // sfc32 (Chris Doty-Humphrey's Small Fast Counting generator).
    a >>>= 0;
    b >>>= 0;
    c >>>= 0;
    d >>>= 0;
    let t = (a + b) | 0;
    a = b ^ (b >>> 9);
    b = (c + (c << 3)) | 0;
    c = (c << 21) | (c >>> 11);
    d = (d + 1) | 0;
    t = (t + d) | 0;
    c = (c + t) | 0;
    return (t >>> 0) / 4_294_967_296;
  };
  for (let i = 0; i < 12; i += 1) next();
  const random: Random = {
    next,
    int: (min, max) => min + Math.floor(next() * (max - min + 1)),
    chance: (p) => next() < p,
    pick: (items) => items[Math.floor(next() * items.length)] as (typeof items)[number],
    weighted: (choices) => {
      const total = choices.reduce((sum, [, w]) => sum + w, 0);
      let r = next() * total;
      for (const [value, weight] of choices) {
        r -= weight;
        if (r < 0) return value;
      }
      return (choices.at(-1) as (typeof choices)[number])[0];
    },
    subset: (items, p) => items.filter(() => next() < p),
    sample: (items, n) => {
      const copy = [...items];
      for (let i = copy.length - 1; i > 0; i -= 1) {
        const j = Math.floor(next() * (i + 1));
        [copy[i], copy[j]] = [copy[j] as (typeof copy)[number], copy[i] as (typeof copy)[number]];
      }
      return copy.slice(0, n);
    },
  };
  return random;
}

// ---------------------------------------------------------------------------------------------------
// Dates. Entry times are mostly UK local times without an offset (as forms write them); a few carry an
// explicit offset, as files from other systems do. Local times are written from the UTC clock plus the
// offset the UK rule gives, which is all a synthetic history needs.

const pad = (n: number) => String(n).padStart(2, '0');
const isoDay = (ms: number) => new Date(ms).toISOString().slice(0, 10);

function lastSunday(year: number, month: number): number {
  const last = Date.UTC(year, month + 1, 0);
  return last - new Date(last).getUTCDay() * dayMs;
}
const inBst = (ms: number) => {
  const year = new Date(ms).getUTCFullYear();
  return ms >= lastSunday(year, 2) + 3_600_000 && ms < lastSunday(year, 9) + 3_600_000;
};
function localText(ms: number): string {
  const d = new Date(ms + (inBst(ms) ? 3_600_000 : 0));
  return `${d.toISOString().slice(0, 10)}T${pad(d.getUTCHours())}:${pad(d.getUTCMinutes())}`;
}

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

type Phase = 'engaging' | 'avoiding' | 'hostile' | 'sporadic';

const outcomeWeights: Record<Phase, readonly (readonly [ContactOutcome, number])[]> = {
  engaging: [
    ['completed', 70],
    ['completed-late', 6],
    ['cut-short', 3],
    ['cancelled-by-professional', 4],
    ['rescheduled-by-professional', 3],
    ['rescheduled-by-family', 4],
    ['no-answer-not-in', 3],
    ['did-not-attend', 2],
    ['not-brought', 2],
    ['no-reply', 3],
  ],
  avoiding: [
    ['completed', 20],
    ['completed-late', 6],
    ['cut-short', 8],
    ...failedOutcomes.map((o) => [o, 7] as const),
    ['cancelled-by-professional', 3],
    ['rescheduled-by-professional', 2],
  ],
  hostile: [
    ['completed', 25],
    ['cut-short', 10],
    ['refused-entry', 12],
    ['refused', 10],
    ['no-answer-believed-in', 12],
    ['no-answer-not-in', 6],
    ['cancelled-by-family', 5],
    ['did-not-attend', 3],
  ],
  sporadic: contactOutcomes.map((o) => [o, o === 'completed' ? 14 : 3] as const),
};

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

/** How many entries a case of the partnership has: varied, about 100 on average, 10 to 400. */
export function partnershipCaseSize(random: Random): number {
  // A skewed spread: most cases are modest, a few run long.
  const u = random.next();
  const v = random.next();
  return Math.max(10, Math.min(400, Math.round(30 + 160 * u * v + 120 * u * u * u)));
}

export interface CaseOptions {
  /** Case number: the seed and the ref both derive from it. */
  index: number;
  entries: number;
  seed?: number;
}

/** One synthetic case file of exactly `entries` entries, the same for the same options. */
export function syntheticCase({ index, entries: count, seed = 20_260_601 }: CaseOptions): CaseFile {
  const random = seeded((seed ^ Math.imul(index + 1, 0x9e3779b1)) >>> 0);
  const pack = random.pick(packIds);
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
    benchNow.getTime() - (long || random.chance(0.75) ? random.int(0, 45) : random.int(60, 900)) * dayMs;
  const gapDays = long ? 1.2 + random.next() : 1.5 + random.next() * 8;
  const startMs = endMs - Math.round(count * gapDays) * dayMs;
  const openedOn = isoDay(startMs - random.int(1, 20) * dayMs);

  const agencies: Agency[] = [{ ref: 'csc', type: 'social-care', name: "Children's Social Care" }];
  const extra = long
    ? 3
    : random.weighted([
        [1, 4],
        [2, 3],
        [3, 2],
      ]);
  for (const [ref, type, name] of random.sample(agencyKinds, extra)) agencies.push({ ref, type, name });
  const workers: Worker[] = agencies.flatMap((agency, a) =>
    Array.from({ length: random.int(1, agency.ref === 'csc' ? 4 : 2) }, (_, w) => ({
      ref: `w${a + 1}-${w + 1}`,
      agency: agency.ref,
      name: `${agency.name} worker ${w + 1}`,
    })),
  );
  const managers = workers.filter((w) => w.agency === 'csc');

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
          agency: 'csc',
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
      ref: `FAM-${String(index).padStart(6, '0')}`,
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

function contact(
  random: Random,
  base: { id: string; at: string; agency: string; worker: string },
  phase: Phase,
  agencyType: AgencyType,
  children: readonly string[],
  adults: readonly string[],
): Contact {
  const outcome = random.weighted(outcomeWeights[phase]);
  const completed = outcome === 'completed' || outcome === 'completed-late' || outcome === 'cut-short';
  const mode =
    agencyType === 'health-visiting' || agencyType === 'gp'
      ? random.pick(['home-visit', 'clinic', 'health-appointment'] as const)
      : agencyType === 'school' || agencyType === 'nursery'
        ? random.pick(['school', 'meeting', 'phone'] as const)
        : random.weighted(contactModes.map((m) => [m, m === 'home-visit' ? 8 : 1] as const));
  const seen = completed
    ? [...random.subset(children, 0.8), ...random.subset(adults, 0.6)]
    : outcome === 'refused-entry'
      ? adults.slice(0, 1)
      : [];
  const seenChildren = seen.filter((ref) => children.includes(ref));
  const behaviourChance = phase === 'engaging' ? 0.05 : 0.35;
  const contingent = random.chance(phase === 'engaging' ? 0.3 : 0.6);
  return {
    ...base,
    kind: 'contact',
    mode,
    planned: random.chance(0.85),
    announced: random.chance(0.7),
    outcome,
    ...(mode === 'health-appointment' && children.length
      ? { for: [random.pick(children)] }
      : random.chance(0.1) && adults.length
        ? { for: [random.pick(adults)] }
        : {}),
    seen,
    seenAlone: completed ? random.subset(seenChildren, 0.4) : [],
    ...(completed && random.chance(0.3) ? { childViews: random.subset(seenChildren, 0.7) } : {}),
    ...(random.chance(behaviourChance) ? { behaviours: random.sample(behaviours, random.int(1, 2)) } : {}),
    ...(phase !== 'engaging' && random.chance(0.25)
      ? { indicators: random.sample(disguisedComplianceIndicators, random.int(1, 3)) }
      : {}),
    ...(phase === 'hostile' && random.chance(0.3)
      ? { threats: random.sample(threats, random.int(1, 2)) }
      : {}),
    ...(random.chance(0.1) ? { interpreterUsed: random.chance(0.5) } : {}),
    ...(completed ? { summaryGiven: random.chance(0.6) } : {}),
    ...(contingent ? { contingency: 'Unannounced visit within 3 days; tell the health visitor' } : {}),
    ...(outcome === 'cancelled-by-family' || outcome === 'rescheduled-by-family'
      ? random.chance(0.6)
        ? { reason: 'Child unwell' }
        : {}
      : {}),
    ...(random.chance(0.2) ? { note: 'Recorded on the day.' } : {}),
  };
}

/** A correction of an entry: the same kind with one or two fields changed (the caller sets id, at and amends). */
function amended(target: Entry, random: Random): Entry {
  const { amends: _amends, ...content } = target;
  switch (content.kind) {
    case 'contact':
      return {
        ...content,
        outcome: random.pick(contactOutcomes),
        note: 'Corrected: outcome recorded wrongly.',
      };
    case 'attendance':
      return { ...content, percent: Math.min(100, content.percent + 5) };
    case 'concern-level':
      return { ...content, level: random.pick(['low', 'medium', 'high'] as const) };
    case 'plan-review':
      return { ...content, progress: random.pick(['none', 'some', 'good'] as const) };
    default:
      return { ...content, note: 'Corrected.' };
  }
}

export interface Partnership {
  cases: CaseFile[];
  entries: number;
}

/** The partnership: `cases` case files of varied size (about 100 entries each on average). */
export function syntheticPartnership(cases: number, onProgress?: (done: number) => void): Partnership {
  const sizes = seeded(7);
  const files: CaseFile[] = [];
  let entries = 0;
  for (let index = 1; index <= cases; index += 1) {
    const file = syntheticCase({ index, entries: partnershipCaseSize(sizes) });
    files.push(file);
    entries += file.entries.length;
    onProgress?.(index);
  }
  return { cases: files, entries };
}
