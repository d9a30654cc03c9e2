// What a detector returns, and what later detectors may ask about earlier ones.
import type { FindingCode, Severity } from './codes.js';
import { nonEngagementCodes } from './codes.js';
import { holdsAt, merge, type Interval } from './spells.js';
import type { CaseTimeline } from './timeline.js';

export interface Description {
  /** Ids of the entries that make the finding true. */
  evidence: string[];
  /** One sentence naming the facts and dates. */
  explanation: string;
}

export interface Spell extends Interval {
  code: FindingCode;
  severity: Severity;
  /** The child or adult the finding is about. */
  subject?: string;
  /** When the condition began, where that is earlier than `from` (a finding that grew more severe). */
  since?: number;
  /** Evidence and explanation as they stand at the assessment's `now` (asked only of spells holding then). */
  describe: () => Description;
}

export type Detector = (t: CaseTimeline, found: Found) => Spell[];

/** The spells found so far, for detectors that depend on others (the pathway, the manager's steps). */
export class Found {
  readonly spells: Spell[] = [];
  // Eight of the later detectors ask when non-engagement held; each answer is kept until spells are
  // added (or `spells` is pushed to directly: the count tells), and handed out as copies.
  private readonly merged = new Map<Severity, Interval[]>();
  private mergedFor = 0;

  add(spells: readonly Spell[]): void {
    for (const spell of spells) this.spells.push(spell);
  }

  of(code: FindingCode): Spell[] {
    return this.spells.filter((spell) => spell.code === code);
  }

  /** When any non-engagement finding held (optionally only those at least as severe as `atLeast`). */
  nonEngagement(atLeast: Severity = 'info'): Interval[] {
    if (this.mergedFor !== this.spells.length) {
      this.merged.clear();
      this.mergedFor = this.spells.length;
    }
    let intervals = this.merged.get(atLeast);
    if (!intervals) {
      intervals = merge(
        this.spells
          .filter((s) => nonEngagementCodes.has(s.code) && severityRank[s.severity] >= severityRank[atLeast])
          .map(({ from, to }) => ({ from, to })),
      );
      this.merged.set(atLeast, intervals);
    }
    return intervals.map(({ from, to }) => ({ from, to }));
  }

  nonEngagementAt(ms: number, atLeast: Severity = 'info'): Interval | undefined {
    return holdsAt(this.nonEngagement(atLeast), ms);
  }
}

export const severityRank: Record<Severity, number> = { info: 0, warning: 1, serious: 2, critical: 3 };

/** The start of the spell of `code` holding at `ms`, if one does. */
export function sinceOf(spell: Spell): number {
  return Math.min(spell.since ?? spell.from, spell.from);
}
