// A synthetic partnership: case files of varied size, the same every run, for the benchmarks (the bench's
// own mix) and for `stickability synth` (placed in a partnership: its procedure, its agencies and staff).
import type { Agency, CaseFile, Worker } from '../case-file.js';
import { toInstantMs } from '../time.js';
import type { PackId } from '../vocabularies.js';
import { syntheticCase } from './case.js';
import { dayMs } from './dates.js';
import { seeded, type Random } from './random.js';

/** How many entries a case of the partnership has: varied, about 100 on average, 10 to 400. */
export function partnershipCaseSize(random: Random): number {
  // A skewed spread: most cases are modest, a few run long.
  const u = random.next();
  const v = random.next();
  return Math.max(10, Math.min(400, Math.round(30 + 160 * u * v + 120 * u * u * u)));
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

/** Where a partnership's generated cases sit: the home agency leads a share of them, its staff on some. */
export interface Placement {
  seed: number;
  /** No entry is after this moment; most histories end in the 45 days before it. */
  now: Date;
  pack: PackId;
  /** The agency of the users a demo signs in as: leads a quarter of the cases, the other localities the rest. */
  home: Agency;
  /**
   * Staff with accounts (the home agency's and others'), named on half the home agency's cases; the first
   * of the home agency is allocated those.
   */
  staff: readonly Worker[];
}

// A partnership's social care works in localities; the home agency is one of four, so its users' lists
// (My cases, Your team) hold about a quarter of the partnership.
const otherLocalities: readonly Agency[] = ['North', 'South', 'West'].map((locality) => ({
  ref: `csc-${locality.toLowerCase()}`,
  type: 'social-care',
  name: `Children's Social Care, ${locality} locality`,
}));

/** Case number `index` of a partnership placed as `placement` says: the same for the same arguments. */
export function partnershipCase(index: number, placement: Placement): CaseFile {
  const random = seeded((placement.seed ^ Math.imul(index + 1, 0x632be5ab)) >>> 0);
  const entries = partnershipCaseSize(random);
  const socialCare = random.pick([placement.home, ...otherLocalities]);
  const staff = socialCare === placement.home && random.chance(0.5) ? placement.staff : [];
  // Where the home agency's staff are named, its first (the demo's worker) holds the case.
  const allocatedTo = staff.find((worker) => worker.agency === placement.home.ref)?.ref;
  const options = {
    index,
    entries,
    seed: placement.seed,
    pack: placement.pack,
    socialCare,
    staff,
    allocatedTo,
  };
  // Histories end around the start of the day (UTC), so a case is the same all day, not only this second.
  const endsAround = Math.floor(placement.now.getTime() / dayMs) * dayMs;
  const file = syntheticCase({ ...options, now: new Date(endsAround) });
  // The walk through a history can run past the moment it ends around: then the same history, whole days
  // earlier (every entry moves by the same days, so the one step is enough).
  const latestMs = Math.max(...file.entries.map((entry) => toInstantMs(entry.at)));
  const overshootMs = latestMs - placement.now.getTime();
  if (overshootMs <= 0) return file;
  return syntheticCase({ ...options, now: new Date(endsAround - Math.ceil(overshootMs / dayMs) * dayMs) });
}
