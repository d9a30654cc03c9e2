// The contacts of a synthetic history, by the family's phase, and corrections of earlier entries.
import type { Contact, Entry } from '../entries.js';
import {
  behaviours,
  contactModes,
  contactOutcomes,
  disguisedComplianceIndicators,
  failedOutcomes,
  threats,
  type AgencyType,
  type ContactOutcome,
} from '../vocabularies.js';
import type { Random } from './random.js';

export type Phase = 'engaging' | 'avoiding' | 'hostile' | 'sporadic';

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

export function contact(
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
export function amended(target: Entry, random: Random): Entry {
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
