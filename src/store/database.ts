// Opens the database named by DATABASE_URL and brings its schema up to date.
import { mkdirSync } from 'node:fs';
import { dirname } from 'node:path';
import SQLite from 'better-sqlite3';
import {
  CompiledQuery,
  Kysely,
  Migrator,
  SqliteDialect,
  SqliteDriver,
  type DatabaseConnection,
  type SqliteDatabase,
  type Transaction,
} from 'kysely';
import { migrations } from './migrations/index.js';
import type { Database } from './tables.js';

export type Db = Kysely<Database>;

/**
 * A handle inside a transaction. The store's functions take one where they must run inside the use case's
 * transaction: a plain `Db` is refused at compile time there (it is no `Tx`), so a query cannot slip outside
 * the transaction, which with one SQLite connection would wait for it forever.
 */
export type Tx = Transaction<Database>;

export function openDatabase(url: string): Db {
  const path = sqlitePath(url);
  if (path !== ':memory:') mkdirSync(dirname(path), { recursive: true });
  const sqlite = new SQLite(path);
  sqlite.pragma('journal_mode = WAL');
  sqlite.pragma('foreign_keys = ON');
  sqlite.pragma('busy_timeout = 5000');
  return new Kysely<Database>({ dialect: new ImmediateSqliteDialect(sqlite) });
}

/**
 * The database as Kysely's SQLite connection sees it, with each statement prepared once. The connection
 * calls `prepare(sql)` for every query, and SQLite compiling the statement again cost about as much as
 * running it (a case's import wrote each of its entries with a statement compiled for that row alone).
 * The `size` most recently used statements are kept, by their SQL text. A statement still being iterated
 * (a streamed select not yet finished) cannot run again until it ends, so a second use meanwhile gets
 * its own.
 */
export function preparingOnce(sqlite: SQLite.Database, size = 500): SqliteDatabase {
  const statements = new Map<string, SQLite.Statement>();
  return {
    close: () => sqlite.close(),
    prepare(sql) {
      const kept = statements.get(sql);
      if (kept?.busy) return sqlite.prepare(sql);
      const statement = kept ?? sqlite.prepare(sql);
      // A Map iterates in insertion order: deleting and setting again makes this the most recent.
      statements.delete(sql);
      statements.set(sql, statement);
      if (statements.size > size) statements.delete(statements.keys().next().value as string);
      return statement;
    },
  };
}

/**
 * Transactions that take the write lock when they begin. SQLite's default (deferred) takes it at the first
 * write, and a transaction that read first and then finds another process writing gets SQLITE_BUSY at
 * once, whatever the busy timeout, since waiting could deadlock. Nearly every transaction here writes (a
 * read of a case is audited), so each begins immediately and waits up to the busy timeout for the lock:
 * another server or a command-line run on the same file makes it wait, never fail.
 */
class ImmediateSqliteDialect extends SqliteDialect {
  private readonly database: SqliteDatabase;

  constructor(sqlite: SQLite.Database) {
    const database = preparingOnce(sqlite);
    super({ database });
    this.database = database;
  }

  override createDriver(): SqliteDriver {
    return new ImmediateSqliteDriver({ database: this.database });
  }
}

class ImmediateSqliteDriver extends SqliteDriver {
  override async beginTransaction(connection: DatabaseConnection): Promise<void> {
    await connection.executeQuery(CompiledQuery.raw('begin immediate'));
  }
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

/**
 * Runs `work` in one transaction that begins immediately (see openDatabase). Given a transaction already,
 * it runs inside that one: a use case that is part of a larger one (an API write with an Idempotency-Key,
 * api/idempotency.ts) commits or rolls back with it.
 */
export function transaction<T>(db: Db, work: (trx: Tx) => Promise<T>): Promise<T> {
  return db.isTransaction ? work(db as Tx) : db.transaction().execute(work);
}
