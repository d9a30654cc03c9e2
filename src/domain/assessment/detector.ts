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
  // Eight of the later detectors ask when non-engagement held; each answer is kept until a non-engagement
  // spell is added, and handed out shared and frozen: callers only read it, and one that tried to change
  // it would throw, so no detector can change what another is told. Spells are only ever appended (by
  // `add`, or pushed to `spells` directly), so the ones not yet looked at are those from `scanned` on:
  // most detectors after the non-engagement ones add none, and working the answer out again for them
  // showed in profiles.
  private readonly merged = new Map<Severity, readonly Interval[]>();
  private scanned = 0;

  // Descriptions asked for (see `describe`), by spell.
  private readonly described = new Map<Spell, Description>();

  /**
   * A spell's description, made once per assessment: findings that sum up others (supervision, the
   * manager's discussion, the Reporter) quote their evidence, and those are described for their own
   * findings too. Only asked once every detector has run, when nothing a description reads can change.
   * The answer is shared: callers must not change it.
   */
  describe(spell: Spell): Description {
    let description = this.described.get(spell);
    if (!description) {
      description = spell.describe();
      this.described.set(spell, description);
    }
    return description;
  }

  add(spells: readonly Spell[]): void {
    for (const spell of spells) this.spells.push(spell);
  }

  of(code: FindingCode): Spell[] {
    return this.spells.filter((spell) => spell.code === code);
  }

  /** When any non-engagement finding held (optionally only those at least as severe as `atLeast`). */
  nonEngagement(atLeast: Severity = 'info'): readonly Interval[] {
    const spells = this.spells;
    if (this.scanned !== spells.length) {
      for (let i = this.scanned; i < spells.length; i += 1) {
        if (nonEngagementCodes.has((spells[i] as Spell).code)) {
          this.merged.clear();
          break;
        }
      }
      this.scanned = spells.length;
    }
    let intervals = this.merged.get(atLeast);
    if (!intervals) {
      const rank = severityRank[atLeast];
      const matching: Interval[] = [];
      for (const s of spells) {
        if (nonEngagementCodes.has(s.code) && severityRank[s.severity] >= rank)
          matching.push({ from: s.from, to: s.to });
      }
      intervals = Object.freeze(merge(matching).map((interval) => Object.freeze(interval)));
      this.merged.set(atLeast, intervals);
    }
    return intervals;
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
