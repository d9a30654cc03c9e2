// The `stickability` command: serve, demo, synth, import, export, assess.
import { loadConfig } from '../config.js';
import { InvalidInput, NotFound, Conflict } from '../services/errors.js';
import { openMigratedDatabase, type Db } from '../store/database.js';
import { assessCommand } from './assess.js';
import { demo } from './demo.js';
import { exportCase } from './export.js';
import { importFiles } from './import.js';
import { serve } from './serve.js';
import { synth } from './synth.js';
import { tokenCommand } from './token.js';
import type { Output } from './arguments.js';
import { composeSystem, type System } from '../system.js';

const usage = `Usage:
  stickability serve                          serve the app (PORT, DATABASE_URL, SESSION_SECRET)
  stickability demo                           load the demo partnership once
  stickability synth --cases N [--partnership NAME] [--seed S]   generated cases for demos and benchmarks
  stickability import FILE... [--partnership NAME]
  stickability export REF [--partnership NAME]
  stickability assess FILE [--at TIME] [--pack ID]   findings of a case file (reads no database)
  stickability assess --case REF [--at TIME] [--partnership NAME]
  stickability token create --user EMAIL [--name NAME]   an API token, printed once`;

/** A command opens the database, through the System, only if it needs it (`assess FILE` never does). */
export type Command = (args: string[], output: Output, system: () => Promise<System>) => Promise<void>;

const commands: Record<string, Command> = {
  demo,
  synth,
  import: importFiles,
  export: exportCase,
  assess: assessCommand,
  token: tokenCommand,
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
  let db: Db | undefined;
  let opened: System | undefined;
  // The command line's System (system.ts), composed only if the command needs it: what fails in the
  // background (an email the mail server refused) is said on standard error.
  const system = async () => {
    if (opened) return opened;
    const config = loadConfig();
    db = await openMigratedDatabase(config.databaseUrl);
    return (opened = composeSystem(db, config, {
      error: (details, message) =>
        output.err(`${message}: ${String((details as { err?: unknown }).err ?? '')}`),
    }));
  };
  try {
    await command(args, output, system);
    return 0;
  } catch (error) {
    if (error instanceof InvalidInput || error instanceof NotFound || error instanceof Conflict) {
      output.err(error.message);
      return 2;
    }
    throw error;
  } finally {
    await db?.destroy();
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
