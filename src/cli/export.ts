// `stickability export REF`: the case file on standard output.
import { exportCaseFile } from '../services/case-files.js';
import { InvalidInput } from '../services/errors.js';
import { choosePartnership } from '../services/partnerships.js';
import type { System } from '../system.js';
import { options, type Output } from './arguments.js';

export async function exportCase(
  args: string[],
  output: Output,
  system: () => Promise<System>,
): Promise<void> {
  const { db } = await system();
  const { positionals, values } = options(args);
  const [ref, ...extra] = positionals;
  if (!ref || extra.length > 0) throw new InvalidInput([{ path: '', message: 'name one case reference' }]);
  const partnershipId = await choosePartnership(db, values.partnership);
  const file = await exportCaseFile(db, { actor: null, address: 'cli' }, partnershipId, ref);
  output.out(`${JSON.stringify(file, null, 2)}\n`);
}
