// `stickability token create --user EMAIL [--name NAME]`: an API token for a user, printed once.
import { parseArgs } from 'node:util';
import { InvalidInput } from '../services/errors.js';
import type { System } from '../system.js';
import type { Output } from './arguments.js';

export async function tokenCommand(
  args: string[],
  output: Output,
  system: () => Promise<System>,
): Promise<void> {
  let parsed;
  try {
    parsed = parseArgs({
      args,
      allowPositionals: true,
      options: { user: { type: 'string' }, name: { type: 'string' } },
    });
  } catch (error) {
    throw new InvalidInput([{ path: '', message: (error as Error).message }]);
  }
  const [action] = parsed.positionals;
  if (action !== 'create' || !parsed.values.user) {
    throw new InvalidInput([
      { path: '', message: 'usage: stickability token create --user EMAIL [--name NAME]' },
    ]);
  }
  const { token } = await (
    await system()
  ).services.tokens.createFor(parsed.values.user, parsed.values.name ?? 'Command line token');
  output.out(token);
  output.err('Keep this token safe: it is shown only once. Send it as "Authorization: Bearer <token>".');
}
