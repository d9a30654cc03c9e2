// The built command line, run as a user runs it: `node bin/stickability.js …` from the project root,
// each sandbox with its own folder of SQLite files and case files.
import { spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { sharedDir } from '../unit/shared-docs.js';
import { fileURLToPath } from 'node:url';
import Database from 'better-sqlite3';

export const root = fileURLToPath(new URL('../..', import.meta.url));
export const examplesFolder = join(sharedDir, 'examples');

export interface Ran {
  code: number | null;
  stdout: string;
  stderr: string;
}

/** Brings dist/ up to date (an incremental `npm run build`) and insists the command is there. */
export function buildCli(): void {
  const tsc = spawnSync(
    process.execPath,
    [join(root, 'node_modules/typescript/bin/tsc'), '-p', 'tsconfig.json'],
    {
      cwd: root,
      encoding: 'utf8',
    },
  );
  if (tsc.status !== 0 || !existsSync(join(root, 'dist/cli/main.js'))) {
    throw new Error(
      `dist/cli/main.js could not be built (npm run build failed):\n${tsc.stdout}${tsc.stderr}`,
    );
  }
}

export interface Sandbox {
  folder: string;
  /** Runs `stickability ARGS` against the database `db` (a file name in the sandbox). */
  run(args: string[], db?: string): Ran;
  /** Writes a file into the sandbox and gives its path. */
  file(name: string, content: string | object): string;
  /** Rows of a read-only query; none where the database was never created. */
  rows<T>(sql: string, db?: string): T[];
  /** Runs a statement that changes the database. */
  change(sql: string, db?: string): void;
  close(): void;
}

export function aSandbox(): Sandbox {
  const folder = mkdtempSync(join(tmpdir(), 'stickability-cli-'));
  const dbPath = (db: string) => join(folder, db);
  return {
    folder,
    run(args, db = 'x.db') {
      const ran = spawnSync(process.execPath, ['bin/stickability.js', ...args], {
        cwd: root,
        encoding: 'utf8',
        env: { PATH: process.env.PATH, DATABASE_URL: `sqlite:${dbPath(db)}`, SESSION_SECRET: 'test' },
      });
      if (ran.error) throw ran.error;
      return { code: ran.status, stdout: ran.stdout, stderr: ran.stderr };
    },
    file(name, content) {
      const path = join(folder, name);
      writeFileSync(path, typeof content === 'string' ? content : JSON.stringify(content, null, 2));
      return path;
    },
    rows<T>(sql: string, db = 'x.db') {
      if (!existsSync(dbPath(db))) return [];
      const sqlite = new Database(dbPath(db), { readonly: true });
      try {
        return sqlite.prepare(sql).all() as T[];
      } finally {
        sqlite.close();
      }
    },
    change(sql, db = 'x.db') {
      const sqlite = new Database(dbPath(db));
      try {
        sqlite.prepare(sql).run();
      } finally {
        sqlite.close();
      }
    },
    close() {
      rmSync(folder, { recursive: true, force: true });
    },
  };
}
