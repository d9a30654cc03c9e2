// `stickability assess FILE [--at TIME] [--pack ID]`: the findings of a case file, as FORMAT.md specifies,
// without touching the database; `--case REF` assesses a stored case instead.
import { readFile } from 'node:fs/promises';
import { assess } from '../domain/assessment/assess.js';
import { packFor } from '../domain/packs/index.js';
import { isCalendarDate, isLocalOrOffsetDateTime, toInstant, toUkLocalDateTime } from '../domain/time.js';
import { parseCaseFileText } from '../domain/validation.js';
import { packIds } from '../domain/vocabularies.js';
import { assessStoredCase } from '../services/assessments.js';
import { InvalidInput } from '../services/errors.js';
import { choosePartnership } from '../services/partnerships.js';
import type { System } from '../system.js';
import { options, type Output } from './arguments.js';

export async function assessCommand(
  args: string[],
  output: Output,
  system: () => Promise<System>,
): Promise<void> {
  const { positionals, values } = options(args);
  const now = values.at === undefined ? new Date() : momentOf(values.at);
  if (values.pack !== undefined && !(packIds as readonly string[]).includes(values.pack)) {
    throw new InvalidInput([{ path: '--pack', message: `expected one of ${packIds.join(', ')}` }]);
  }
  const at = toUkLocalDateTime(now);
  if (values.case !== undefined) {
    if (positionals.length > 0)
      throw new InvalidInput([{ path: '', message: 'give a FILE or --case REF, not both' }]);
    const { db } = await system();
    const partnershipId = await choosePartnership(db, values.partnership);
    const result = await assessStoredCase(
      db,
      { actor: null, address: 'cli' },
      partnershipId,
      values.case,
      now,
      values.pack,
    );
    output.out(
      JSON.stringify(
        { case: values.case, at, pack: result.pack, stage: result.stage, findings: result.findings },
        null,
        2,
      ),
    );
    return;
  }
  const [path, ...extra] = positionals;
  if (!path || extra.length > 0)
    throw new InvalidInput([{ path: '', message: 'name one case file, or --case REF' }]);
  let text: string;
  try {
    text = await readFile(path, 'utf8');
  } catch (error) {
    throw new InvalidInput([
      { path, message: `cannot be read (${(error as NodeJS.ErrnoException).code ?? 'error'})` },
    ]);
  }
  const parsed = parseCaseFileText(text);
  if (!parsed.ok) throw new InvalidInput(parsed.problems.map((message) => ({ path, message })));
  const pack = packFor(values.pack ?? parsed.value.case.pack);
  const { stage, findings } = assess(parsed.value, pack, now);
  output.out(JSON.stringify({ case: parsed.value.case.ref, at, pack: pack.id, stage, findings }, null, 2));
}

/** `--at`: a date and time (UK time unless it has an offset), or a date (its start). */
function momentOf(value: string): Date {
  if (isLocalOrOffsetDateTime(value)) return toInstant(value);
  if (isCalendarDate(value)) return toInstant(`${value}T00:00`);
  throw new InvalidInput([
    { path: '--at', message: `"${value}" is not a date and time such as 2026-03-10T12:00` },
  ]);
}
