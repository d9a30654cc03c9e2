// The `stickability` command: serve, demo, import, export.
import { loadConfig } from '../config.js';
import { InvalidInput, NotFound, Conflict } from '../services/errors.js';
import { openMigratedDatabase, type Db } from '../store/database.js';
import { demo } from './demo.js';
import { exportCase } from './export.js';
import { importFiles } from './import.js';
import { serve } from './serve.js';
import type { Output } from './arguments.js';

const usage = `Usage:
  stickability serve                          serve the app (PORT, DATABASE_URL, SESSION_SECRET)
  stickability demo                           load the demo partnership once
  stickability import FILE... [--partnership NAME]
  stickability export REF [--partnership NAME]`;


type Command = (db: Db, args: string[], output: Output) => Promise<void>;

const commands: Record<string, Command> = {
  demo,
  import: importFiles,
  export: exportCase,
};

export async function main(argv: string[], output: Output): Promise<number> {
  const [name, ...args] = argv;
  if (name === 'serve') {
    await serve(loadConfig());
    return 0;
  }
  const command = name ? commands[name] : undefined;
  if (!command) {
    if (name === '--help' || name === '-h') {
      output.out(usage);
      return 0;
    }
    output.err(name ? `Unknown command "${name}".\n${usage}` : usage);
    return 2;
  }
  const db = await openMigratedDatabase(loadConfig().databaseUrl);
  try {
    await command(db, args, output);
    return 0;
  } catch (error) {
    if (error instanceof InvalidInput || error instanceof NotFound || error instanceof Conflict) {
      output.err(error.message);
      return 2;
    }
    throw error;
  } finally {
    await db.destroy();
  }
}

/** Runs the command line of this process and sets its exit code. */
export function run(): Promise<void> {
  return main(process.argv.slice(2), {
    out: (text) => process.stdout.write(text.endsWith('\n') ? text : `${text}\n`),
    err: (text) => process.stderr.write(text.endsWith('\n') ? text : `${text}\n`),
  }).then(
    (code) => {
      process.exitCode = code;
    },
    (error: unknown) => {
      process.stderr.write(`${error instanceof Error ? (error.stack ?? error.message) : String(error)}\n`);
      process.exitCode = 1;
    },
  );
}
