// The "Worried about engagement?" guide as the store keeps it (migration 0005): one worker's run through it
// on a case, for the case's pack, and its answers (append-only, the latest for a question wins); a
// completed run keeps the ids of the entries it recorded.
import type { Tx } from './database.js';

export interface StoredRun {
  id: number;
  pack: string;
  /** UTC, ISO 8601. */
  startedAt: string;
  completedAt: string | null;
  /** The entries the run recorded, in order; none before it is completed. */
  entryIds: string[];
}

/** The worker's run on the case for `pack` that is not completed, the latest if several. */
export async function openRun(
  tx: Tx,
  run: { caseId: number; userId: number; pack: string },
): Promise<{ id: number; startedAt: string } | undefined> {
  const row = await tx
    .selectFrom('guide_runs')
    .select(['id', 'started_at'])
    .where('case_id', '=', run.caseId)
    .where('user_id', '=', run.userId)
    .where('pack', '=', run.pack)
    .where('completed_at', 'is', null)
    .orderBy('id', 'desc')
    .executeTakeFirst();
  return row && { id: row.id, startedAt: row.started_at };
}

/** One of the worker's completed runs on the case; undefined for another's, or one not completed. */
export async function completedRun(
  tx: Tx,
  run: { id: number; caseId: number; userId: number },
): Promise<StoredRun | undefined> {
  const row = await tx
    .selectFrom('guide_runs')
    .selectAll()
    .where('id', '=', run.id)
    .where('case_id', '=', run.caseId)
    .where('user_id', '=', run.userId)
    .where('completed_at', 'is not', null)
    .executeTakeFirst();
  return (
    row && {
      id: row.id,
      pack: row.pack,
      startedAt: row.started_at,
      completedAt: row.completed_at,
      entryIds: JSON.parse(row.entry_ids ?? '[]') as string[],
    }
  );
}

export async function insertRun(
  tx: Tx,
  run: { caseId: number; userId: number; pack: string; at: Date },
): Promise<number> {
  const row = await tx
    .insertInto('guide_runs')
    .values({ case_id: run.caseId, user_id: run.userId, pack: run.pack, started_at: run.at.toISOString() })
    .returning('id')
    .executeTakeFirstOrThrow();
  return row.id;
}

export async function insertGuideAnswer(
  tx: Tx,
  answer: { runId: number; question: string; answer: string; at: Date },
): Promise<void> {
  await tx
    .insertInto('guide_answers')
    .values({
      run_id: answer.runId,
      question: answer.question,
      answer: answer.answer,
      answered_at: answer.at.toISOString(),
    })
    .execute();
}

/** The latest answer to each question of a run. */
export async function answersOf(tx: Tx, runId: number): Promise<Record<string, string>> {
  const rows = await tx
    .selectFrom('guide_answers')
    .select(['question', 'answer'])
    .where('run_id', '=', runId)
    .orderBy('id')
    .execute();
  return Object.fromEntries(rows.map((row) => [row.question, row.answer]));
}

/** Marks the run completed with the entries it recorded. */
export async function completeRun(tx: Tx, runId: number, entryIds: string[], at: Date): Promise<void> {
  await tx
    .updateTable('guide_runs')
    .set({ completed_at: at.toISOString(), entry_ids: JSON.stringify(entryIds) })
    .where('id', '=', runId)
    .execute();
}
