import { parseArgs } from 'node:util';
import { InvalidInput } from '../services/errors.js';

/** Where a command writes: standard output and standard error, or a test's buffers. */
export interface Output {
  out: (text: string) => void;
  err: (text: string) => void;
}

/** Options after the command, with the rest as positional arguments. */
export function options(args: string[]) {
  try {
    return parseArgs({
      args,
      allowPositionals: true,
      options: {
        partnership: { type: 'string' },
        at: { type: 'string' },
        pack: { type: 'string' },
        case: { type: 'string' },
        cases: { type: 'string' },
        seed: { type: 'string' },
      },
    });
  } catch (error) {
    throw new InvalidInput([{ path: '', message: (error as Error).message }]);
  }
}
