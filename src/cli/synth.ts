// `stickability synth --cases N`: generated cases added to a partnership (the demo's, for one), each
// imported in its own transaction; a bar on a terminal, then the count.
import { InvalidInput } from '../services/errors.js';
import { choosePartnership } from '../services/partnerships.js';
import { synthesiseCases } from '../services/synth.js';
import type { System } from '../system.js';
import { options, type Output } from './arguments.js';
import { progress } from './progress.js';

export async function synth(args: string[], output: Output, system: () => Promise<System>): Promise<void> {
  const { positionals, values } = options(args);
  if (positionals.length > 0)
    throw new InvalidInput([{ path: '', message: `unexpected argument "${positionals[0]}"` }]);
  const cases = wholeNumber(values.cases, '--cases', 1);
  const seed = values.seed === undefined ? 1 : wholeNumber(values.seed, '--seed', 0);
  const { db } = await system();
  // An empty database gets a partnership to hold them, as an import into one does.
  const partnershipId = await choosePartnership(db, values.partnership, 'milton-keynes');
  const importing = progress('Generating cases', cases);
  const { refs, entries } = await synthesiseCases(db, {
    partnershipId,
    cases,
    seed,
    now: new Date(),
    onCase: (done) => importing.update(done),
  }).catch((error: unknown) => {
    importing.abandon();
    throw error;
  });
  importing.done();
  output.out(`Added ${refs.length} cases (${entries} entries), ${refs[0]} to ${refs.at(-1)}.`);
}

/** The option as a whole number from `least` up; otherwise refused, naming the option. */
function wholeNumber(text: string | undefined, option: string, least: number): number {
  const value = text !== undefined && /^\d+$/.test(text) ? Number(text) : Number.NaN;
  if (!(value >= least && value <= 0xffff_ffff)) {
    const what = least > 0 ? 'a positive whole number' : 'a whole number';
    throw new InvalidInput([
      { path: option, message: `give ${what}${text === undefined ? '' : `, not "${text}"`}` },
    ]);
  }
  return value;
}
