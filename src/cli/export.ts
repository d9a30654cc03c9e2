// `stickability export REF`: the case file on standard output.
import { exportCaseFile } from '../services/case-files.js';
import { InvalidInput } from '../services/errors.js';
import { choosePartnership } from '../services/partnerships.js';
import type { Db } from '../store/database.js';
import { options, type Output } from './arguments.js';

export async function exportCase(args: string[], output: Output, database: () => Promise<Db>): Promise<void> {
  const db = await database();
  const { positionals, values } = options(args);
  const [ref, ...extra] = positionals;
  if (!ref || extra.length > 0) throw new InvalidInput([{ path: '', message: 'name one case reference' }]);
  const partnershipId = await choosePartnership(db, values.partnership);
  const file = await exportCaseFile(db, { actor: null, address: 'cli' }, partnershipId, ref);
  output.out(`${JSON.stringify(file, null, 2)}\n`);
}
