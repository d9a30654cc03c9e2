// Generated cases for demos and benchmarks (`stickability synth`): the synthetic partnership's cases
// (domain/synthetic/), placed so the demo's users have a realistic share of them, imported one by one
// as any case file is.
import type { Worker } from '../domain/case-file.js';
import type { PackId } from '../domain/vocabularies.js';
import { syntheticRef } from '../domain/synthetic/case.js';
import { partnershipCase, type Placement } from '../domain/synthetic/partnership.js';
import { findCase } from '../store/case-records.js';
import { partnershipOf } from '../store/administration.js';
import { transaction, type Db } from '../store/database.js';
import { importCaseFile } from './case-files.js';
import { demoAgencies, demoStaff } from './demo-cases/staff.js';

export interface SynthOptions {
  partnershipId: number;
  cases: number;
  seed: number;
  /** Histories end by this moment (most in the 45 days before it). */
  now: Date;
  /** Told after each case is imported, with how many are done. */
  onCase?: (done: number) => void;
}

// The demo's signed-in users: Sam Taylor and Jo Morgan of Children's Social Care (My cases, Your team)
// and Priya Shah of Health Visiting, named on some of the cases their agencies are on.
const home = { ref: 'csc', type: demoAgencies.csc.type, name: demoAgencies.csc.name };
const staff: Worker[] = ['worker', 'manager', 'worker2'].flatMap((ref) => {
  const person = demoStaff[ref];
  return person ? [{ ref, agency: person.agency, name: person.name }] : [];
});

/**
 * Imports `cases` generated cases into the partnership, each in its own transaction, as the operator
 * (agencies the partnership lacks are added). Case numbers whose ref is taken are skipped, so the refs
 * never collide and a second run adds different cases. The same seed over the same refs gives the same cases.
 */
export async function synthesiseCases(
  db: Db,
  { partnershipId, cases, seed, now, onCase }: SynthOptions,
): Promise<{ refs: string[]; entries: number }> {
  const { pack } = await transaction(db, (trx) => partnershipOf(trx, partnershipId));
  const placement: Placement = { seed, now, pack: pack as PackId, home, staff };
  const refs: string[] = [];
  let entries = 0;
  for (let index = 1; refs.length < cases; index += 1) {
    if (await transaction(db, (tx) => findCase(tx, partnershipId, syntheticRef(index)))) continue;
    const file = partnershipCase(index, placement);
    await transaction(db, (trx) => importCaseFile(trx, file, { partnershipId, actor: null, now }));
    refs.push(file.case.ref);
    entries += file.entries.length;
    onCase?.(refs.length);
  }
  return { refs, entries };
}
