// npm run bench:sweep — how the server's minute sweep copes when every case falls due at once
// (BENCHMARKS.md, "npm run bench:sweep").
//
// While any finding holds, a case's stored assessment lapses at the next UK midnight (explanations count
// days), so the sweep after midnight reassesses nearly the whole partnership. This imports a synthetic
// partnership into a fresh SQLite file (not timed), then times two sweeps as `stickability serve` runs
// them: one with every case due (the first start after an upgrade), then the one after the next UK
// midnight. For each: cases reassessed, wall and CPU time, and the longest time the event loop could not
// answer anything else (a web request waiting behind the sweep). Then the engine alone on the same case
// files (each loaded from the store first, not timed): what the sweep spends beyond it is the store's.
//
// Options: --cases N (2000), --keep (leave the database file and print where it is).
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { performance } from 'node:perf_hooks';
import { parseArgs } from 'node:util';
import type * as Engine from '../src/domain/assessment/assess.js';
import type * as Time from '../src/domain/time.js';
import type * as Assessments from '../src/services/assessments.js';
import type * as Procedure from '../src/services/procedure.js';
import type * as CaseRecords from '../src/store/case-records.js';
import type * as CaseFiles from '../src/services/case-files.js';
import type * as Database from '../src/store/database.js';
import type * as Timeline from '../src/domain/assessment/timeline.js';
import type * as WorkingDays from '../src/domain/assessment/working-days.js';
import { progress } from '../src/cli/progress.js';
import { benchNow } from '../src/domain/synthetic/case.js';
import { syntheticPartnership } from '../src/domain/synthetic/partnership.js';

const { values: options } = parseArgs({
  options: { cases: { type: 'string', default: '2000' }, keep: { type: 'boolean', default: false } },
});
const caseCount = Number(options.cases);

// The code as the server runs it (dist/, built by the npm script first).
const compiled = (path: string) => new URL(`../dist/${path}`, import.meta.url).href;
const { openMigratedDatabase } = (await import(compiled('store/database.js'))) as typeof Database;
const { importCaseFile } = (await import(compiled('services/case-files.js'))) as typeof CaseFiles;
const { sweepDueAssessments, refreshAssessment } = (await import(
  compiled('services/assessments.js')
)) as typeof Assessments;
const { dayStart, ukDay } = (await import(compiled('domain/assessment/timeline.js'))) as typeof Timeline;
const { addDays } = (await import(compiled('domain/assessment/working-days.js'))) as typeof WorkingDays;
const { assess } = (await import(compiled('domain/assessment/assess.js'))) as typeof Engine;
const { toInstantMs } = (await import(compiled('domain/time.js'))) as typeof Time;
const { effectivePack } = (await import(compiled('services/procedure.js'))) as typeof Procedure;
const { loadCaseFile } = (await import(compiled('store/case-records.js'))) as typeof CaseRecords;

const folder = mkdtempSync(join(tmpdir(), 'stickability-sweep-'));
const db = await openMigratedDatabase(`sqlite:${join(folder, 'bench.db')}`);
try {
  // --- Import (not timed) ----------------------------------------------------------------------------
  const partnership = syntheticPartnership(caseCount, () => {});
  const { id: partnershipId } = await db
    .insertInto('partnerships')
    .values({ name: 'Bench partnership', pack: 'milton-keynes', created_at: benchNow.toISOString() })
    .returning('id')
    .executeTakeFirstOrThrow();
  // A few generated histories run past today (two of 20,000 into 2027); import checks that no entry is
  // dated more than a day after its moment, so it imports at the latest entry's moment when that is later.
  let latestMs = Date.now();
  for (const file of partnership.cases)
    for (const entry of file.entries) latestMs = Math.max(latestMs, toInstantMs(entry.at));
  const importNow = new Date(latestMs);
  const importing = progress('Importing cases', caseCount);
  const importStart = performance.now();
  for (let i = 0; i < partnership.cases.length; i += 100) {
    const chunk = partnership.cases.slice(i, i + 100);
    await db.transaction().execute(async (trx) => {
      for (const file of chunk)
        await importCaseFile(trx, file, { partnershipId, actor: null, now: importNow });
    });
    importing.update(Math.min(caseCount, i + 100));
  }
  importing.done(`${((performance.now() - importStart) / 1000).toFixed(1)} s`);
  // Import assessed each case at the real clock: store every case as assessed at the bench's moment.
  const cases = await db.selectFrom('cases').selectAll().execute();
  for (const caseRow of cases)
    await db.transaction().execute((tx) => refreshAssessment(tx, caseRow, undefined, benchNow));

  // --- Two sweeps ------------------------------------------------------------------------------------
  const timeSweep = async (label: string, at: Date, prepare?: () => Promise<void>) => {
    await prepare?.();
    // A timer that asks to run every 5 ms, as a web request would: the longest gap between its runs
    // (to the end of the sweep) is the longest anything else had to wait.
    let last = performance.now();
    let longest = 0;
    const ticker = setInterval(() => {
      const tick = performance.now();
      longest = Math.max(longest, tick - last);
      last = tick;
    }, 5);
    const cpu = process.cpuUsage();
    const start = performance.now();
    const swept = await sweepDueAssessments(db, at);
    const end = performance.now();
    const wallS = (end - start) / 1000;
    const used = process.cpuUsage(cpu);
    clearInterval(ticker);
    longest = Math.max(longest, end - last);
    return {
      label,
      at: at.toISOString(),
      swept,
      wallS,
      cpuS: (used.user + used.system) / 1e6,
      longestBlockMs: longest,
    };
  };
  const everyCase = await timeSweep('every case due', benchNow, async () => {
    await db.updateTable('case_assessments').set({ reassess_at: '1970-01-01T00:00:00.000Z' }).execute();
  });
  const midnight = new Date(dayStart(addDays(ukDay(benchNow.getTime()), 1)) + 60_000);
  const nightly = await timeSweep('after UK midnight', midnight);

  // --- The engine alone on the same files ---------------------------------------------------------------
  const engine = await (async () => {
    const bar = progress('The engine alone', cases.length);
    let cpuS = 0;
    for (const [i, caseRow] of cases.entries()) {
      const [file, pack] = await db
        .transaction()
        .execute(
          async (trx) =>
            [
              await loadCaseFile(trx, caseRow),
              await effectivePack(trx, caseRow.partnership_id, caseRow.pack),
            ] as const,
        );
      const cpu = process.cpuUsage();
      assess(file, pack, midnight);
      const used = process.cpuUsage(cpu);
      cpuS += (used.user + used.system) / 1e6;
      if (i % 500 === 499) bar.update(i + 1);
    }
    bar.done(`${cpuS.toFixed(2)} s CPU`);
    return { cpuS };
  })();

  const withFindings = await db
    .selectFrom('case_assessments')
    .select((eb) => eb.fn.countAll<number>().as('n'))
    .where('worst_severity', 'is not', null)
    .executeTakeFirstOrThrow();
  console.log(
    `Partnership: ${caseCount} cases, ${partnership.entries} entries; ${withFindings.n} with findings`,
  );
  for (const s of [everyCase, nightly]) {
    console.log(
      `${s.label.padEnd(18)} at ${s.at}: ${s.swept} cases reassessed in ${s.wallS.toFixed(2)} s wall, ` +
        `${s.cpuS.toFixed(2)} s CPU (${((s.cpuS * 1000) / Math.max(1, s.swept)).toFixed(2)} ms a case); ` +
        `longest the event loop was held: ${s.longestBlockMs.toFixed(0)} ms`,
    );
  }
  console.log(
    `the engine alone on the same ${cases.length} files: ${engine.cpuS.toFixed(2)} s CPU; ` +
      `the sweep after midnight spent ${(nightly.cpuS / engine.cpuS).toFixed(2)}× that, ` +
      `${((nightly.cpuS - engine.cpuS) / engine.cpuS).toFixed(2)}× the engine's time in the store and the transactions`,
  );
} finally {
  await db.destroy();
  if (options.keep) console.log(`Database kept in ${folder}`);
  else rmSync(folder, { recursive: true, force: true });
}
