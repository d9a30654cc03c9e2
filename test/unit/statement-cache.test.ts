// Each statement prepared once (store/database.ts preparingOnce), and Kysely answering as it did when it
// prepared every query afresh: rows, returning, affected rows, insert ids, streams, errors.
import SQLite from 'better-sqlite3';
import { sql } from 'kysely';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { openDatabase, preparingOnce, type Db } from '../../src/store/database.js';

describe('the statement cache', () => {
  let sqlite: SQLite.Database;
  beforeEach(() => {
    sqlite = new SQLite(':memory:');
    sqlite.exec('create table t (id integer primary key, v text)');
  });
  afterEach(() => {
    if (sqlite.open) sqlite.close();
  });

  it('hands back the statement it prepared for the same SQL', () => {
    const database = preparingOnce(sqlite);
    const first = database.prepare('select v from t where id = ?');
    expect(database.prepare('select v from t where id = ?')).toBe(first);
    expect(database.prepare('select id from t where id = ?')).not.toBe(first);
  });

  it('keeps only the most recently used statements', () => {
    const database = preparingOnce(sqlite, 2);
    const a = database.prepare('select 1');
    const b = database.prepare('select 2');
    expect(database.prepare('select 1')).toBe(a); // now the most recent: `select 2` goes next
    database.prepare('select 3');
    expect(database.prepare('select 1')).toBe(a);
    expect(database.prepare('select 2')).not.toBe(b);
  });

  it('prepares another while the kept one is still being iterated', () => {
    sqlite.exec("insert into t (v) values ('a'), ('b')");
    const database = preparingOnce(sqlite);
    const outer = database.prepare('select v from t order by id');
    const seen: unknown[] = [];
    for (const row of outer.iterate([])) {
      seen.push(row, database.prepare('select v from t order by id').all([]));
    }
    expect(seen).toEqual([{ v: 'a' }, [{ v: 'a' }, { v: 'b' }], { v: 'b' }, [{ v: 'a' }, { v: 'b' }]]);
    expect(database.prepare('select v from t order by id')).toBe(outer);
  });

  it('closes the database it wraps', () => {
    preparingOnce(sqlite).close();
    expect(sqlite.open).toBe(false);
  });
});

describe('Kysely over the cached statements', () => {
  let db: Db;
  beforeEach(async () => {
    db = openDatabase('sqlite::memory:');
    await sql`create table t (id integer primary key, v text unique)`.execute(db);
  });
  afterEach(() => db.destroy());

  const insert = (v: string) => db.insertInto('t' as never).values({ v } as never);

  it('answers inserts, returning, updates and selects the same way the second time', async () => {
    for (const round of [1, 2]) {
      const inserted = await insert(`a${round}`).executeTakeFirstOrThrow();
      expect(inserted.insertId).toBe(BigInt(round * 2 - 1));
      const returned = await insert(`b${round}`)
        .returning(sql<number>`id`.as('id'))
        .executeTakeFirstOrThrow();
      expect(returned).toEqual({ id: round * 2 });
      const updated = await sql`update t set v = v || '!' where id <= ${round * 2}`.execute(db);
      expect(updated.numAffectedRows).toBe(BigInt(round * 2));
      const rows = await sql<{ id: number }>`select id from t order by id`.execute(db);
      expect(rows.rows.map((row) => row.id)).toEqual(Array.from({ length: round * 2 }, (_, i) => i + 1));
    }
  });

  it('streams a select again, after a stream left halfway', async () => {
    await insert('a').execute();
    await insert('b').execute();
    const query = db
      .selectFrom('t' as never)
      .select(sql<string>`v`.as('v'))
      .orderBy(sql`id`);
    const seen: string[] = [];
    for await (const row of query.stream()) {
      seen.push(row.v);
      break;
    }
    seen.push((await query.execute()).map((r) => r.v).join(''));
    for await (const row of query.stream()) seen.push(row.v);
    expect(seen).toEqual(['a', 'ab', 'a', 'b']);
  });

  it('reports a failed statement and runs it again afterwards', async () => {
    await insert('a').execute();
    await expect(insert('a').execute()).rejects.toThrow(/UNIQUE/);
    await expect(insert('b').execute()).resolves.toBeDefined();
  });

  it('rolls a transaction back and commits the next, with the same begin, commit and rollback', async () => {
    await expect(
      db.transaction().execute(async (trx) => {
        await trx
          .insertInto('t' as never)
          .values({ v: 'gone' } as never)
          .execute();
        throw new Error('stop');
      }),
    ).rejects.toThrow('stop');
    await db.transaction().execute((trx) =>
      trx
        .insertInto('t' as never)
        .values({ v: 'kept' } as never)
        .execute(),
    );
    const rows = await sql<{ v: string }>`select v from t`.execute(db);
    expect(rows.rows).toEqual([{ v: 'kept' }]);
  });
});
