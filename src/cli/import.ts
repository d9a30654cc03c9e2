// `stickability import FILE...`: every file is checked first; then all are imported in one transaction.
import { readFile } from 'node:fs/promises';
import type { CaseFile } from '../domain/case-file.js';
import { parseCaseFileText } from '../domain/validation.js';
import { importCaseFile } from '../services/case-files.js';
import { InvalidInput } from '../services/errors.js';
import { choosePartnership } from '../services/partnerships.js';
import { transaction } from '../store/database.js';
import type { System } from '../system.js';
import { options, type Output } from './arguments.js';
import { progress } from './progress.js';

export async function importFiles(
  args: string[],
  output: Output,
  system: () => Promise<System>,
): Promise<void> {
  const { positionals: paths, values } = options(args);
  if (paths.length === 0) throw new InvalidInput([{ path: '', message: 'name at least one case file' }]);
  const files: CaseFile[] = [];
  const problems: string[] = [];
  // Hundreds of files take a while (a partnership's records moving in): a bar on a terminal says how far.
  const checking = progress('Checking case files', paths.length);
  for (const [read, path] of paths.entries()) {
    checking.update(read);
    let text: string;
    try {
      text = await readFile(path, 'utf8');
    } catch (error) {
      problems.push(`${path}: cannot be read (${(error as NodeJS.ErrnoException).code ?? 'error'})`);
      continue;
    }
    const parsed = parseCaseFileText(text);
    if (parsed.ok) files.push(parsed.value);
    else problems.push(...parsed.problems.map((problem) => `${path}: ${problem}`));
  }
  checking.done();
  if (problems.length > 0) throw new InvalidInput(problems.map((message) => ({ path: '', message })));
  const { db } = await system();
  const importing = progress('Importing cases', files.length);
  const imported = await transaction(db, async (trx) => {
    const partnershipId = await choosePartnership(trx, values.partnership, files[0]?.case.pack);
    const done: { id: number; ref: string }[] = [];
    for (const file of files) {
      done.push(await importCaseFile(trx, file, { partnershipId, actor: null }));
      importing.update(done.length);
    }
    return done;
  }).catch((error: unknown) => {
    importing.abandon();
    throw error;
  });
  importing.done();
  for (const { ref, id } of imported) output.out(`${ref}\t${id}`);
}
