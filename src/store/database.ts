// Opens the database named by DATABASE_URL and brings its schema up to date.
import { mkdirSync } from 'node:fs';
import { dirname } from 'node:path';
import SQLite from 'better-sqlite3';
import { Kysely, Migrator, SqliteDialect } from 'kysely';
import { migrations } from './migrations/index.js';
import type { Database } from './tables.js';

export type Db = Kysely<Database>;

export function openDatabase(url: string): Db {
  const path = sqlitePath(url);
  if (path !== ':memory:') mkdirSync(dirname(path), { recursive: true });
  const sqlite = new SQLite(path);
  sqlite.pragma('journal_mode = WAL');
  sqlite.pragma('foreign_keys = ON');
  sqlite.pragma('busy_timeout = 5000');
  return new Kysely<Database>({ dialect: new SqliteDialect({ database: sqlite }) });
}

export function sqlitePath(url: string): string {
  if (!url.startsWith('sqlite:')) {
    throw new Error(
      `DATABASE_URL must start with sqlite: (PostgreSQL arrives later), not "${url.split(':')[0]}:"`,
    );
  }
  const path = url.slice('sqlite:'.length).replace(/^\/\/(?=\/)/, '');
  if (!path) throw new Error('DATABASE_URL names no file: use sqlite:PATH');
  return path;
}

export async function migrateToLatest(db: Db): Promise<void> {
  const migrator = new Migrator({ db, provider: { getMigrations: async () => migrations } });
  const { error, results } = await migrator.migrateToLatest();
  const failed = results?.find((result) => result.status === 'Error');
  if (error || failed) {
    throw new Error(`migration ${failed?.migrationName ?? ''} failed: ${String(error)}`);
  }
}

export async function openMigratedDatabase(url: string): Promise<Db> {
  const db = openDatabase(url);
  await migrateToLatest(db);
  return db;
}
