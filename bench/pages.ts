// npm run bench:pages — the pages and lists under load at a partnership's size (BENCHMARKS.md,
// "npm run bench:pages"; issue 18, "Fast at a partnership's size").
//
// Builds a database once (not timed) with the compiled command line: `stickability demo`, then
// `stickability synth` into the demo partnership up to --cases cases in all, copies of it kept on the way
// at the smaller --sizes, and long cases (syntheticCase, of --entries and --long entries, allocated to the
// demo worker) imported with `stickability import`. Then, for each database, it starts the real server
// (`stickability serve`, 127.0.0.1), signs in as the demo worker and manager through the sign-in form, and
// measures:
//   1. at the full size, under load (autocannon, --connections connections for --duration seconds): My
//      cases, Your team, the long case's overview and chronology, and GET /api/v1/cases; each against a
//      bare Fastify server (a process of its own) answering the very bytes the page answered, with the same
//      content-type: requests/s, p50/p95/p99 latency, bytes, and the ratio of the two throughputs. A page
//      so slow that the connections could not each be answered twice in --duration gets one wave instead
//      (a request on every connection at once, every answer waited for), and none at all if the wave would
//      take over --wave-limit seconds; after each run the bench waits for the server to go idle;
//   2. the server's peak resident memory (VmHWM in /proc/PID/status) after that load;
//   3. one request at a time, how the case pages' time grows with a case's entries, and the lists' with the
//      partnership's cases (at each of --sizes and the full size).
// Prints markdown tables with met / not met against the issue's targets and exits 0 either way: a
// benchmark is a measurement, not a test. If it cannot finish (the server stops, a page answers an error),
// it prints what it measured, says why it stopped, and exits 1.
//
// Options: --cases N (20000), --duration S (10), --connections C (50), --entries A,B,... (100,1000,10000),
//          --long N (2000: the case under load), --sizes A,B (a tenth and a quarter of --cases),
//          --wave-limit S (900), --json FILE,
//          --keep (keep the database folder and print where it is), --db FOLDER (use, or build and keep, the
//          databases there: a rerun with the folder a --keep printed skips the build).
import { spawn, type ChildProcess } from 'node:child_process';
import { once } from 'node:events';
import {
  closeSync,
  copyFileSync,
  existsSync,
  mkdirSync,
  mkdtempSync,
  openSync,
  readFileSync,
  rmSync,
  writeFileSync,
} from 'node:fs';
import { createRequire } from 'node:module';
import { createServer } from 'node:net';
import { cpus, loadavg, tmpdir } from 'node:os';
import { dirname, join, resolve } from 'node:path';
import { performance } from 'node:perf_hooks';
import { fileURLToPath } from 'node:url';
import { parseArgs } from 'node:util';
import autocannon from 'autocannon';
import type * as Assessments from '../src/services/assessments.js';
import type * as Accounts from '../src/services/accounts.js';
import type * as Database from '../src/store/database.js';
import type * as Demo from '../src/services/demo.js';
import type * as Paths from '../src/web/paths.js';
import type * as Tokens from '../src/services/tokens.js';
import type { CaseFile, Worker } from '../src/domain/case-file.js';
import type { PackId } from '../src/domain/vocabularies.js';
import { progress } from '../src/cli/progress.js';
import { syntheticCase, syntheticRef } from '../src/domain/synthetic/case.js';
import { dayMs } from '../src/domain/synthetic/dates.js';
import { toInstantMs } from '../src/domain/time.js';
import { demoAgencies, demoStaff } from '../src/services/demo-cases/staff.js';

// autocannon keeps each response's body as a string while it arrives, for checks this bench does not ask
// for (verifyBody, expectBody, onResponse): 50 lists of 30 MB in flight are gigabytes of strings (the bench
// ran out of heap), and decoding them is the load generator's CPU, not the server's. It keeps none now;
// bytes are still counted.
const { prototype: pendingResponses } = createRequire(import.meta.url)(
  'autocannon/lib/pipelinedRequestsQueue.js',
) as { prototype: { addBody(data: Buffer): void } };
pendingResponses.addBody = () => {};

// The issue's targets: each page at least a quarter of a bare route's throughput with p95 under 50 ms,
// and the server under 300 MB resident.
const targets = { ratio: 0.25, p95Ms: 50, rssMb: 300 };

const { values: options } = parseArgs({
  options: {
    cases: { type: 'string' },
    duration: { type: 'string', default: '10' },
    connections: { type: 'string', default: '50' },
    entries: { type: 'string', default: '100,1000,10000' },
    long: { type: 'string', default: '2000' },
    sizes: { type: 'string' },
    'wave-limit': { type: 'string', default: '900' },
    json: { type: 'string' },
    keep: { type: 'boolean', default: false },
    db: { type: 'string' },
    // Internal: this file run as the bare server (see bareServer below).
    'bare-server': { type: 'string' },
  },
});

const root = resolve(dirname(fileURLToPath(import.meta.url)), '..');
const cli = join(root, 'bin', 'stickability.js');

// ---------------------------------------------------------------------------------------------------
// The bare route: a Fastify server that answers each path with bytes read from a file, nothing else. A
// process of its own, as the real server is, so that neither shares a thread with autocannon.

interface BareRoute {
  path: string;
  contentType: string;
  file: string;
}

async function bareServer(folder: string): Promise<void> {
  const { default: Fastify } = await import('fastify');
  const routes = JSON.parse(readFileSync(join(folder, 'bare.json'), 'utf8')) as BareRoute[];
  const app = Fastify({ logger: false });
  for (const route of routes) {
    const body = readFileSync(route.file);
    app.get(route.path, (_request, reply) => reply.header('content-type', route.contentType).send(body));
  }
  await app.listen({ host: '127.0.0.1', port: 0 });
  const address = app.server.address();
  process.stdout.write(`${typeof address === 'object' && address ? address.port : 0}\n`);
}

// ---------------------------------------------------------------------------------------------------
// The bench.

interface Manifest {
  /** Cases in the full database, as asked for (--cases). */
  cases: number;
  /** The smaller databases (--sizes), each a copy of the full one as it was when it had that many. */
  sizes: { cases: number; file: string }[];
  /** The long cases in the full database: entries → ref. */
  long: Record<string, string>;
  /** The demo worker's API tokens (a test database's; see tokenPool). */
  tokens: string[];
}

/** One load run: what autocannon sent and what came back. */
interface LoadFigures {
  /**
   * `duration`: every connection busy for --duration seconds; `wave`: one request on each connection, all
   * at once, every answer waited for (a page too slow for a run of --duration to say anything).
   */
  mode: 'duration' | 'wave';
  /** How long the run took, in seconds. */
  seconds: number;
  requestsPerS: number;
  responses: number;
  non2xx: number;
  errors: number;
  timeouts: number;
  p50Ms: number;
  p95Ms: number;
  p99Ms: number;
  /** Mean bytes on the wire per response (headers and body). */
  wireBytes: number;
  /** Seconds the server went on working after the run (requests in flight when autocannon stopped). */
  drainS: number;
}

/** Requests one at a time: the page's own time, with nothing queued before it. */
interface SequentialFigures {
  requests: number;
  medianMs: number;
  meanMs: number;
  bytes: number;
}

// A token may make 120 requests a minute (src/api/index.ts), so one token under load is refused within a
// second. Many clients each with their own token is what a load on the API is: a pool of them, each sent
// at most `usesPerToken` times in a server's life (its limits are counted in its memory).
const tokenPool = 1000;
const usesPerToken = 100;

const demoPassword = 'demo-password-1'; // the demo accounts' (README, src/services/demo.ts)
const worker = 'worker@demo.test';
const manager = 'manager@demo.test';

async function main(): Promise<void> {
  const duration = positive(options.duration, '--duration');
  const connections = positive(options.connections, '--connections');
  const entrySizes = list(options.entries, '--entries');
  const longEntries = positive(options.long, '--long');
  const waveLimitS = positive(options['wave-limit'], '--wave-limit');
  for (const size of [...entrySizes, longEntries])
    if (size >= 100_000) throw new Error(`case sizes must be under 100000 entries, not ${size}`);

  const compiled = (path: string) => new URL(`../dist/${path}`, import.meta.url).href;
  const { openMigratedDatabase } = (await import(compiled('store/database.js'))) as typeof Database;
  const { sweepDueAssessments } = (await import(compiled('services/assessments.js'))) as typeof Assessments;
  const { accountService } = (await import(compiled('services/accounts.js'))) as typeof Accounts;
  const { tokenService } = (await import(compiled('services/tokens.js'))) as typeof Tokens;
  const { demoPartnershipName } = (await import(compiled('services/demo.js'))) as typeof Demo;
  const { paths } = (await import(compiled('web/paths.js'))) as typeof Paths;

  const kept = options.db !== undefined || options.keep;
  const folder = options.db ? resolve(options.db) : mkdtempSync(join(tmpdir(), 'stickability-pages-'));
  mkdirSync(folder, { recursive: true });
  const fullDb = join(folder, 'full.db');
  const manifestFile = join(folder, 'bench-pages.json');
  const children = new Set<ChildProcess>();
  const killAll = () => {
    for (const child of children) child.kill('SIGKILL');
  };
  const interrupted = () => {
    killAll();
    if (!kept) rmSync(folder, { recursive: true, force: true });
    process.exit(130);
  };
  process.once('SIGINT', interrupted);
  process.once('SIGTERM', interrupted);

  /** Runs the compiled command line on a database; its bar (standard error) shows; its output is returned. */
  const stickability = async (file: string, args: string[]): Promise<string> => {
    const child = spawn(process.execPath, [cli, ...args], {
      cwd: root,
      env: serverEnv(file),
      stdio: ['ignore', 'pipe', 'inherit'],
    });
    children.add(child);
    let out = '';
    child.stdout.on('data', (chunk: Buffer) => (out += chunk.toString('utf8')));
    const [code] = (await once(child, 'exit')) as [number | null];
    children.delete(child);
    if (code !== 0) throw new Error(`stickability ${args[0]} exited with ${code}: ${out}`);
    return out;
  };
  const withDb = async <T>(file: string, work: (db: Database.Db) => Promise<T>): Promise<T> => {
    const db = await openMigratedDatabase(`sqlite:${file}`);
    try {
      return await work(db);
    } finally {
      await db.destroy();
    }
  };
  const caseCount = (db: Database.Db) =>
    db
      .selectFrom('cases')
      .select((eb) => eb.fn.countAll<number>().as('n'))
      .executeTakeFirstOrThrow()
      .then(({ n }) => Number(n));
  const entryCount = (db: Database.Db) =>
    db
      .selectFrom('entries')
      .select((eb) => eb.fn.countAll<number>().as('n'))
      .executeTakeFirstOrThrow()
      .then(({ n }) => Number(n));

  try {
    // --- Build, or complete, the databases (not timed) -----------------------------------------------
    let manifest: Manifest;
    const buildStart = performance.now();
    if (existsSync(manifestFile)) {
      manifest = JSON.parse(readFileSync(manifestFile, 'utf8')) as Manifest;
      const asked = options.cases === undefined ? manifest.cases : positive(options.cases, '--cases');
      const askedSizes = options.sizes === undefined ? undefined : list(options.sizes, '--sizes');
      if (
        asked !== manifest.cases ||
        (askedSizes && askedSizes.join() !== manifest.sizes.map((s) => s.cases).join())
      )
        throw new Error(
          `${folder} holds databases of ${manifest.sizes.map((s) => s.cases).join(', ')} and ${manifest.cases} cases: ` +
            'give the same --cases and --sizes (or none), or another folder',
        );
      console.error(`Using the databases in ${folder}`);
    } else {
      const cases = options.cases === undefined ? 20_000 : positive(options.cases, '--cases');
      const sizes = (
        options.sizes === undefined
          ? [Math.round(cases / 10), Math.round(cases / 4)]
          : list(options.sizes, '--sizes')
      ).filter((size) => size < cases);
      console.error(`Building the databases in ${folder} (not timed)`);
      await stickability(fullDb, ['demo']);
      // The token pool, made before any copy so every database has it.
      const tokens = await withDb(fullDb, async (db) => {
        const service = tokenService(db, accountService(db));
        const making = progress('Making API tokens', tokenPool);
        const made: string[] = [];
        for (let i = 0; i < tokenPool; i += 1) {
          made.push((await service.createFor(worker, `bench:pages ${i + 1}`)).token);
          making.update(i + 1);
        }
        making.done();
        return made;
      });
      manifest = { cases, sizes: [], long: {}, tokens };
      // Up to each smaller size, then a copy; up to the full size less the long cases to come.
      const longCount = new Set([...entrySizes, longEntries]).size;
      for (const size of [...sizes.sort((a, b) => a - b), cases - longCount]) {
        const have = await withDb(fullDb, caseCount);
        if (size > have)
          await stickability(fullDb, [
            'synth',
            '--cases',
            String(size - have),
            '--partnership',
            demoPartnershipName,
          ]);
        if (manifest.sizes.length < sizes.length) {
          const file = `cases-${size}.db`;
          copyFileSync(fullDb, join(folder, file));
          if (existsSync(`${fullDb}-wal`)) copyFileSync(`${fullDb}-wal`, join(folder, `${file}-wal`));
          manifest.sizes.push({ cases: size, file });
        }
      }
      writeFileSync(manifestFile, JSON.stringify(manifest));
    }

    // The long cases, imported into the full database unless there already (a rerun may ask for others).
    const pack = await withDb(fullDb, (db) =>
      db
        .selectFrom('partnerships')
        .select('pack')
        .where('name', '=', demoPartnershipName)
        .executeTakeFirstOrThrow(),
    ).then(({ pack }) => pack as PackId);
    const missing = [...new Set([...entrySizes, longEntries])].filter((n) => !manifest.long[String(n)]);
    if (missing.length > 0) {
      const files = missing.map((entries) => {
        const file = join(folder, `long-${entries}.json`);
        writeFileSync(file, JSON.stringify(longCase(entries, pack)));
        return file;
      });
      const imported = await stickability(fullDb, ['import', ...files, '--partnership', demoPartnershipName]);
      for (const [i, line] of imported.trim().split('\n').entries())
        manifest.long[String(missing[i])] = line.split('\t')[0] ?? '';
      for (const file of files) rmSync(file);
      writeFileSync(manifestFile, JSON.stringify(manifest));
    }
    const buildS = (performance.now() - buildStart) / 1000;
    const reused = options.db !== undefined && missing.length === 0 && buildS < 60;

    // Assessments that lapsed since the build (every case with a finding lapses at UK midnight) are
    // brought up to date now, so that the server's first sweep does not run under the load.
    const databases = [
      ...manifest.sizes.map((s) => ({ file: join(folder, s.file), full: false })),
      { file: fullDb, full: true },
    ];
    const counted: { file: string; full: boolean; cases: number; entries: number }[] = [];
    for (const database of databases) {
      const { swept, cases, entries } = await withDb(database.file, async (db) => ({
        swept: await sweepDueAssessments(db, new Date()),
        cases: await caseCount(db),
        entries: await entryCount(db),
      }));
      if (swept > 0) console.error(`${database.file}: ${swept} lapsed assessments brought up to date`);
      counted.push({ ...database, cases, entries });
    }
    console.error(`Databases ready in ${buildS.toFixed(1)} s`);

    // --- Measure -------------------------------------------------------------------------------------
    const ukDay = () => new Intl.DateTimeFormat('en-GB', { timeZone: 'Europe/London' }).format(new Date());
    const startedOn = ukDay();
    const startedAt = new Date();
    const loadAtStart = loadavg();

    let tokenUses = 0;
    const nextToken = () => {
      const token = manifest.tokens[Math.floor(tokenUses / usesPerToken) % manifest.tokens.length] ?? '';
      tokenUses += 1;
      return token;
    };
    let bareTokenUses = 0;
    const nextBareToken = () => manifest.tokens[bareTokenUses++ % manifest.tokens.length] ?? '';

    const longRef = (entries: number) => manifest.long[String(entries)] ?? syntheticRef(900_000 + entries);
    const caseRef = longRef(longEntries);
    const api = `${paths.api.base}/v1/cases`;
    type Target = { name: string; path: string; as: 'worker' | 'manager' | 'token' };
    const lists: Target[] = [
      { name: 'My cases', path: paths.cases.list, as: 'worker' },
      { name: 'Your team', path: paths.team, as: 'manager' },
      { name: 'API list', path: api, as: 'token' },
    ];
    const underLoad: Target[] = [
      lists[0] as Target,
      lists[1] as Target,
      { name: `Case overview (${longEntries} entries)`, path: paths.case(caseRef).overview, as: 'worker' },
      { name: `Chronology (${longEntries} entries)`, path: paths.case(caseRef).chronology, as: 'worker' },
      lists[2] as Target,
    ];

    const results = {
      full: [] as ({ name: string; path: string; bodyBytes: number; contentType: string } & {
        /** One request alone (the median of two), just before the load. */
        aloneMs: number;
        /** Null where even a wave would have taken over --wave-limit seconds: then not loaded. */
        real: LoadFigures | null;
        bare: LoadFigures;
        ratio: number | null;
        met: boolean;
      })[],
      memory: {
        /** After start-up and signing in, before any load. */
        atStartMb: null as number | null,
        peakMbUnderLoad: null as number | null,
        peakMbAtEnd: null as number | null,
      },
      entries: [] as {
        entries: number;
        ref: string;
        overview: SequentialFigures;
        chronology: SequentialFigures;
      }[],
      lists: [] as { cases: number; entries: number; pages: Record<string, SequentialFigures> }[],
    };

    // A failure part-way (the server stopping, a page answering an error) still reports what was measured.
    let stoppedEarly: unknown;
    try {
      for (const database of counted) {
        console.error(`\nServing ${database.file} (${database.cases} cases)`);
        const server = await startServer(database.file, children);
        try {
          tokenUses = 0; // a new server counts the tokens' requests afresh
          const cookies = {
            worker: await signIn(server.origin, worker),
            manager: await signIn(server.origin, manager),
          };
          const headersFor = (as: Target['as']): Record<string, string> =>
            as === 'token' ? {} : { cookie: cookies[as] };
          const fetchOnce = async (target: Target) => {
            const headers = headersFor(target.as);
            if (target.as === 'token') headers.authorization = `Bearer ${nextToken()}`;
            const response = await fetch(`${server.origin}${target.path}`, {
              headers,
              redirect: 'manual',
            }).catch((error: unknown) => {
              const gone = server.exit();
              throw gone ? new Error(`GET ${target.path}: the server had stopped (${gone})`) : error;
            });
            const body = Buffer.from(await response.arrayBuffer());
            if (response.status !== 200)
              throw new Error(
                `GET ${target.path} answered ${response.status}: ${body.toString().slice(0, 300)}`,
              );
            return { body, contentType: response.headers.get('content-type') ?? 'application/octet-stream' };
          };
          const sequential = async (target: Target): Promise<SequentialFigures> => {
            const times: number[] = [];
            let bytes = 0;
            const start = performance.now();
            await fetchOnce(target); // not counted: the first time through
            while (times.length < 3 || performance.now() - start < duration * 1000) {
              const begun = performance.now();
              bytes = (await fetchOnce(target)).body.length;
              times.push(performance.now() - begun);
            }
            return {
              requests: times.length,
              medianMs: quantile(times, 0.5),
              meanMs: times.reduce((a, b) => a + b, 0) / times.length,
              bytes,
            };
          };

          if (database.full) {
            results.memory.atStartMb = peakRssMb(server.pid);
            // The five under load, each against the bare route answering its bytes.
            const samples = [];
            for (const target of underLoad) samples.push({ target, ...(await fetchOnce(target)) });
            const bareFolder = mkdtempSync(join(folder, 'bare-'));
            const routes: BareRoute[] = samples.map((sample, i) => {
              const file = join(bareFolder, `body-${i}`);
              writeFileSync(file, sample.body);
              return { path: `/bare/${i}`, contentType: sample.contentType, file };
            });
            writeFileSync(join(bareFolder, 'bare.json'), JSON.stringify(routes));
            const bare = await startBare(bareFolder, children);
            try {
              for (const [i, sample] of samples.entries()) {
                const { target } = sample;
                const token = target.as === 'token';
                // Two requests alone (warming it up too): how long the page takes with nothing queued.
                const alone: number[] = [];
                for (let n = 0; n < 2; n += 1) {
                  const begun = performance.now();
                  await fetchOnce(target);
                  alone.push(performance.now() - begun);
                }
                const aloneMs = Math.min(...alone);
                // The server answers one request at a time (one thread), so C connections on a page of T
                // seconds wait C × T for each answer. When that leaves no room for two rounds in a run of
                // --duration, one wave instead: a request on every connection, each answer waited for (a
                // timed run would stop with them all in flight, and the server work through them after).
                const waveS = (connections * aloneMs) / 1000;
                const mode = waveS <= duration / 2 ? 'duration' : 'wave';
                let real: LoadFigures | null = null;
                if (mode === 'wave' && waveS > waveLimitS) {
                  console.error(
                    `Not loaded: ${target.name} (${target.path}) takes ${seconds(aloneMs)} alone, ` +
                      `so a wave of ${connections} would take about ${waveS.toFixed(0)} s (over --wave-limit ${waveLimitS})`,
                  );
                } else {
                  console.error(
                    `Under load: ${target.name} (${target.path}), ` +
                      (mode === 'wave'
                        ? `${connections} at once (about ${waveS.toFixed(0)} s: ${seconds(aloneMs)} alone)`
                        : `${duration} s`) +
                      ', then its bare route',
                  );
                  real = await load(`${server.origin}${target.path}`, headersFor(target.as), {
                    token: token ? nextToken : undefined,
                    connections,
                    ...(mode === 'wave' ? { amount: connections, timeoutS: 3 * waveS + 60 } : { duration }),
                  });
                  real.drainS = await idle(server.pid);
                }
                const bareFigures = await load(`${bare.origin}/bare/${i}`, headersFor(target.as), {
                  token: token ? nextBareToken : undefined,
                  connections,
                  duration,
                });
                const ratio = real ? real.requestsPerS / bareFigures.requestsPerS : null;
                results.full.push({
                  name: target.name,
                  path: target.path,
                  bodyBytes: sample.body.length,
                  contentType: sample.contentType,
                  aloneMs,
                  real,
                  bare: bareFigures,
                  ratio,
                  met:
                    real !== null &&
                    real.non2xx + real.errors === 0 &&
                    (ratio as number) >= targets.ratio &&
                    real.p95Ms < targets.p95Ms,
                });
              }
            } finally {
              bare.stop();
              rmSync(bareFolder, { recursive: true, force: true });
            }
            results.memory.peakMbUnderLoad = peakRssMb(server.pid);

            // How the case pages grow with a case's entries.
            for (const entries of [...entrySizes].sort((a, b) => a - b)) {
              const ref = longRef(entries);
              console.error(`One at a time: case of ${entries} entries (${ref})`);
              results.entries.push({
                entries,
                ref,
                overview: await sequential({
                  name: 'overview',
                  path: paths.case(ref).overview,
                  as: 'worker',
                }),
                chronology: await sequential({
                  name: 'chronology',
                  path: paths.case(ref).chronology,
                  as: 'worker',
                }),
              });
            }
          }
          // The lists, one at a time, at this size.
          console.error(`One at a time: the lists at ${database.cases} cases`);
          const pages: Record<string, SequentialFigures> = {};
          for (const target of lists) pages[target.name] = await sequential(target);
          results.lists.push({ cases: database.cases, entries: database.entries, pages });
          if (database.full) results.memory.peakMbAtEnd = peakRssMb(server.pid);
        } finally {
          await server.stop();
        }
      }
    } catch (error) {
      stoppedEarly = error;
      console.error(error);
    }

    // --- Report --------------------------------------------------------------------------------------
    const full = counted.at(-1) as (typeof counted)[number];
    const midnightPassed = ukDay() !== startedOn;
    const int = (value: number) => Math.round(value).toLocaleString('en-GB');
    const ms = (value: number) => (value < 1000 ? value.toFixed(value < 10 ? 2 : 1) : int(value));
    const rate = (value: number) => (value < 100 ? value.toFixed(value < 10 ? 2 : 1) : int(value));
    const out: string[] = [];
    out.push(
      `Measured ${startedAt.toISOString()}; ${cpus().length} CPUs (nproc), Node ${process.version}, ` +
        `load average ${loadAtStart.map((l) => l.toFixed(2)).join(' ')} at the start, ` +
        `${loadavg()
          .map((l) => l.toFixed(2))
          .join(' ')} at the end.`,
      `Partnership: ${int(full.cases)} cases, ${int(full.entries)} entries (the demo's, synthesised, and ` +
        `long cases of ${[...new Set([...entrySizes, longEntries])].sort((a, b) => a - b).join(', ')} entries); ` +
        `${connections} connections, ${duration} s each; ${reused ? 'databases reused (--db)' : `databases built in ${buildS.toFixed(0)} s (not timed)`}.`,
      '',
      `| page | path | alone ms | load | req/s | p50 ms | p95 ms | p99 ms | bytes | bare req/s | ratio | failed | ≥ ${targets.ratio} of bare, p95 < ${targets.p95Ms} ms |`,
      '|---|---|---|---|---|---|---|---|---|---|---|---|---|',
    );
    for (const row of results.full) {
      const { real } = row;
      const loaded = real
        ? `${real.mode === 'wave' ? `${connections} at once, ${real.seconds.toFixed(0)} s` : `${duration} s`}` +
          (real.drainS >= 1 ? `, then ${real.drainS.toFixed(0)} s draining` : '')
        : 'not loaded (over --wave-limit)';
      const figures = real
        ? [rate(real.requestsPerS), ms(real.p50Ms), ms(real.p95Ms), ms(real.p99Ms)]
        : ['', '', '', ''];
      out.push(
        `| ${row.name} | \`${row.path}\` | ${ms(row.aloneMs)} | ${loaded} | ${figures.join(' | ')} | ` +
          `${int(row.bodyBytes)} | ${rate(row.bare.requestsPerS)} | ${row.ratio === null ? '' : row.ratio.toFixed(3)} | ` +
          `${real ? real.non2xx + real.errors : ''} | ${row.met ? 'met' : '**not met**'} |`,
      );
    }
    const { atStartMb, peakMbUnderLoad, peakMbAtEnd } = results.memory;
    out.push(
      '',
      '"alone": one request with nothing else running (the quicker of two). "load": autocannon for the run\'s ' +
        `seconds, or, where ${connections} connections could not each be answered twice in that time, one ` +
        `request on each of the ${connections} at once with every answer waited for. "bare": a Fastify route in ` +
        "a process of its own answering the same bytes with the same content-type, for the run's seconds. " +
        '"failed": non-2xx answers and errors (timeouts included).',
      '',
      peakMbUnderLoad === null
        ? 'Peak resident memory: not known (no /proc).'
        : `Server's peak resident memory (VmHWM) after the load: ${peakMbUnderLoad.toFixed(0)} MB ` +
            `(target < ${targets.rssMb} MB: ${peakMbUnderLoad < targets.rssMb ? 'met' : '**not met**'}); ` +
            `${(atStartMb ?? 0).toFixed(0)} MB after start-up and signing in, before any load; ` +
            `${(peakMbAtEnd ?? 0).toFixed(0)} MB after the one-at-a-time pages below.`,
      '',
      'One request at a time (median of at least 3, over ' +
        `${duration} s), as a case's entries grow; "growth" is time's growth over the entries' growth from the row above:`,
      '',
      '| entries | case | overview ms | growth | chronology ms | growth | overview bytes | chronology bytes |',
      '|---|---|---|---|---|---|---|---|',
    );
    results.entries.forEach((row, i) => {
      const before = results.entries[i - 1];
      const growth = (now: number, then: number | undefined, size: number) =>
        then === undefined || !before ? '' : judge(now / then / (size / before.entries));
      out.push(
        `| ${int(row.entries)} | ${row.ref} | ${ms(row.overview.medianMs)} | ` +
          `${growth(row.overview.medianMs, before?.overview.medianMs, row.entries)} | ${ms(row.chronology.medianMs)} | ` +
          `${growth(row.chronology.medianMs, before?.chronology.medianMs, row.entries)} | ` +
          `${int(row.overview.bytes)} | ${int(row.chronology.bytes)} |`,
      );
    });
    out.push(
      '',
      "One request at a time, as the partnership's cases grow (growth as above, over the cases' growth):",
      '',
      `| cases | ${lists.map((l) => `${l.name} ms | growth | bytes`).join(' | ')} |`,
      `|---|${lists.map(() => '---|---|---|').join('')}`,
    );
    results.lists.forEach((row, i) => {
      const before = results.lists[i - 1];
      const cells = lists.map((target) => {
        const now = row.pages[target.name] as SequentialFigures;
        const then = before?.pages[target.name];
        const growth = then && before ? judge(now.medianMs / then.medianMs / (row.cases / before.cases)) : '';
        return `${ms(now.medianMs)} | ${growth} | ${int(now.bytes)}`;
      });
      out.push(`| ${int(row.cases)} | ${cells.join(' | ')} |`);
    });
    out.push(
      '',
      'Growth: 1.00 is linear; up to 1.00 "linear or better", up to 1.20 "about linear" (this machine\'s noise), ' +
        'above that "worse than linear".',
    );
    if (stoppedEarly) {
      out.push(
        '',
        `**Stopped early**: ${stoppedEarly instanceof Error ? stoppedEarly.message : String(stoppedEarly)}`,
      );
      process.exitCode = 1;
    }
    if (midnightPassed)
      out.push(
        '',
        '**A UK midnight passed while measuring: the server reassessed every case with a finding meanwhile.**',
      );
    console.log(out.join('\n'));
    if (options.json)
      writeFileSync(
        options.json,
        `${JSON.stringify(
          {
            measuredAt: startedAt.toISOString(),
            machine: { cpus: cpus().length, node: process.version, loadAtStart, loadAtEnd: loadavg() },
            partnership: { cases: full.cases, entries: full.entries },
            connections,
            durationS: duration,
            targets,
            midnightPassed,
            ...results,
          },
          null,
          2,
        )}\n`,
      );
  } finally {
    killAll();
    if (kept) console.error(`Databases kept in ${folder} (rerun with --db ${folder})`);
    else rmSync(folder, { recursive: true, force: true });
  }
}

// ---------------------------------------------------------------------------------------------------
// Helpers.

function positive(text: string | undefined, option: string): number {
  const value = Number(text);
  if (!Number.isInteger(value) || value < 1) throw new Error(`${option} must be a positive whole number`);
  return value;
}

function list(text: string | undefined, option: string): number[] {
  return (text ?? '').split(',').map((one) => positive(one.trim(), option));
}

function quantile(values: readonly number[], q: number): number {
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.min(sorted.length - 1, Math.floor(q * sorted.length))] ?? Number.NaN;
}

/** A time given in milliseconds, said in seconds or milliseconds. */
function seconds(ms: number): string {
  return ms >= 1000 ? `${(ms / 1000).toFixed(1)} s` : `${ms.toFixed(0)} ms`;
}

function judge(growth: number): string {
  const words = growth <= 1 ? 'linear or better' : growth <= 1.2 ? 'about linear' : '**worse than linear**';
  return `${growth.toFixed(2)}, ${words}`;
}

/** A case of `entries` entries on the demo worker's list: Children's Social Care's, allocated to them. */
function longCase(entries: number, pack: PackId): CaseFile {
  const home = { ref: 'csc', type: demoAgencies.csc.type, name: demoAgencies.csc.name };
  const staff: Worker[] = ['worker', 'manager', 'worker2'].flatMap((ref) => {
    const person = demoStaff[ref];
    return person ? [{ ref, agency: person.agency, name: person.name }] : [];
  });
  const options = { index: 900_000 + entries, entries, pack, socialCare: home, staff, allocatedTo: 'worker' };
  // Ending around the start of today (UTC); a walk that runs past now is the same history, days earlier.
  const now = Date.now();
  const endsAround = Math.floor(now / dayMs) * dayMs;
  const file = syntheticCase({ ...options, now: new Date(endsAround) });
  const latest = file.entries.reduce((max, entry) => Math.max(max, toInstantMs(entry.at)), 0);
  if (latest <= now) return file;
  return syntheticCase({ ...options, now: new Date(endsAround - Math.ceil((latest - now) / dayMs) * dayMs) });
}

/** The environment a command or the server runs in: this database, and no mail or identity provider. */
function serverEnv(file: string, extra: Record<string, string> = {}): NodeJS.ProcessEnv {
  const env: NodeJS.ProcessEnv = { ...process.env, DATABASE_URL: `sqlite:${file}`, ...extra };
  for (const name of [
    'SMTP_URL',
    'OIDC_ISSUER',
    'TRUST_PROXY',
    'PUBLIC_URL',
    'COOKIE_SECURE',
    'SESSION_SECRET',
  ])
    delete env[name];
  return env;
}

async function freePort(): Promise<number> {
  const server = createServer();
  server.listen(0, '127.0.0.1');
  await once(server, 'listening');
  const address = server.address();
  server.close();
  await once(server, 'close');
  return typeof address === 'object' && address ? address.port : 0;
}

interface Served {
  pid: number;
  origin: string;
  /** How the server ended, if it has; null while it runs. */
  exit(): string | null;
  stop(): Promise<void>;
}

/** `stickability serve` on 127.0.0.1, its log to a file beside the database; resolves once /health answers. */
async function startServer(file: string, children: Set<ChildProcess>): Promise<Served> {
  const port = await freePort();
  const log = openSync(`${file}.serve.log`, 'w');
  const child = spawn(process.execPath, [cli, 'serve'], {
    cwd: root,
    env: serverEnv(file, { PORT: String(port), HOST: '127.0.0.1' }),
    stdio: ['ignore', log, log],
  });
  closeSync(log);
  children.add(child);
  const origin = `http://127.0.0.1:${port}`;
  let stopping = false;
  let ended: string | null = null;
  child.once('exit', (code, signal) => {
    ended = signal
      ? `killed by ${signal}`
      : `exited with ${code}` +
        (code === 0 && !stopping
          ? ', as it does on SIGTERM or SIGINT: something outside the bench sent one'
          : '');
  });
  const stop = async () => {
    stopping = true;
    if (child.exitCode === null && child.signalCode === null) {
      const exited = once(child, 'exit');
      child.kill('SIGTERM');
      const timer = setTimeout(() => child.kill('SIGKILL'), 10_000);
      await exited;
      clearTimeout(timer);
    }
    children.delete(child);
  };
  const deadline = Date.now() + 120_000;
  for (;;) {
    if (child.exitCode !== null)
      throw new Error(`the server exited with ${child.exitCode}: see ${file}.serve.log`);
    const up = await fetch(`${origin}/health`).then(
      (response) => response.ok,
      () => false,
    );
    if (up) break;
    if (Date.now() > deadline) {
      await stop();
      throw new Error(`the server did not answer /health within 2 minutes: see ${file}.serve.log`);
    }
    await new Promise((done) => setTimeout(done, 200));
  }
  return { pid: child.pid ?? 0, origin, exit: () => ended, stop };
}

/** The bare server (this file with --bare-server), answering the routes listed in `folder`. */
async function startBare(
  folder: string,
  children: Set<ChildProcess>,
): Promise<{ origin: string; stop(): void }> {
  const child = spawn(
    process.execPath,
    ['--import', 'tsx', fileURLToPath(import.meta.url), '--bare-server', folder],
    {
      cwd: root,
      stdio: ['ignore', 'pipe', 'inherit'],
    },
  );
  children.add(child);
  const port = await new Promise<number>((done, fail) => {
    let out = '';
    child.stdout.on('data', (chunk: Buffer) => {
      out += chunk.toString('utf8');
      if (out.includes('\n')) done(Number(out.trim()));
    });
    child.once('exit', (code) => fail(new Error(`the bare server exited with ${code}`)));
  });
  return {
    origin: `http://127.0.0.1:${port}`,
    stop() {
      child.kill('SIGTERM');
      children.delete(child);
    },
  };
}

/** Signs in through the sign-in form as a person would; returns the Cookie header of the session. */
async function signIn(origin: string, email: string): Promise<string> {
  const jar = new Map<string, string>();
  const keep = (response: Response) => {
    for (const cookie of response.headers.getSetCookie()) {
      const [pair = '', ...attributes] = cookie.split(';');
      const at = pair.indexOf('=');
      const name = pair.slice(0, at).trim();
      if (attributes.some((a) => /^\s*max-age=0\s*$/i.test(a))) jar.delete(name);
      else jar.set(name, pair.slice(at + 1).trim());
    }
  };
  const header = () => [...jar].map(([name, value]) => `${name}=${value}`).join('; ');
  const form = await fetch(`${origin}/sign-in`, { redirect: 'manual' });
  keep(form);
  const csrf = /<input type="hidden" name="_csrf" value="([^"]+)">/.exec(await form.text())?.[1];
  if (!csrf) throw new Error('no _csrf field on the sign-in page');
  const signedIn = await fetch(`${origin}/sign-in`, {
    method: 'POST',
    redirect: 'manual',
    headers: { cookie: header(), 'content-type': 'application/x-www-form-urlencoded' },
    body: new URLSearchParams({ _csrf: csrf, email, password: demoPassword }).toString(),
  });
  keep(signedIn);
  await signedIn.arrayBuffer();
  if (signedIn.status !== 303) throw new Error(`signing in as ${email} answered ${signedIn.status}`);
  return header();
}

/** autocannon on `url` for `duration` s; each response's latency is kept, for exact percentiles. */
async function load(
  url: string,
  headers: Record<string, string>,
  run: {
    token: (() => string) | undefined;
    connections: number;
    /** Seconds, or `amount` requests in all (each waited for). */
    duration?: number;
    amount?: number;
    timeoutS?: number;
  },
): Promise<LoadFigures> {
  const { token, connections } = run;
  const latencies: number[] = [];
  let non2xx = 0;
  let wire = 0;
  const result = await new Promise<autocannon.Result>((done, fail) => {
    const instance = autocannon(
      {
        url,
        connections,
        ...(run.amount ? { amount: run.amount } : { duration: run.duration }),
        // A slow page keeps 50 connections queued for seconds: its latency is the figure, not a timeout.
        timeout: Math.ceil(run.timeoutS ?? 120),
        headers,
        ...(token
          ? {
              requests: [
                {
                  setupRequest: (request) => ({
                    ...request,
                    headers: { ...request.headers, authorization: `Bearer ${token()}` },
                  }),
                },
              ],
            }
          : {}),
      },
      (error, finished) => (error ? fail(error as Error) : done(finished)),
    );
    instance.on('response', (_client, status, bytes, time) => {
      latencies.push(time);
      wire += bytes;
      if (status < 200 || status > 299) non2xx += 1;
    });
  });
  return {
    mode: run.amount ? 'wave' : 'duration',
    seconds: result.duration,
    requestsPerS: latencies.length / result.duration,
    responses: latencies.length,
    non2xx,
    errors: result.errors,
    timeouts: result.timeouts,
    p50Ms: quantile(latencies, 0.5),
    p95Ms: quantile(latencies, 0.95),
    p99Ms: quantile(latencies, 0.99),
    wireBytes: latencies.length ? wire / latencies.length : 0,
    drainS: 0,
  };
}

/**
 * Waits until the process has used under a tenth of a CPU for a second (read from /proc/PID/stat), and
 * returns how long that took in seconds: requests a run left in flight are worked through before the next.
 */
async function idle(pid: number): Promise<number> {
  const cpuTicks = () => {
    try {
      // The fields after the command's name, which is in brackets: utime and stime are the 12th and 13th.
      const fields = readFileSync(`/proc/${pid}/stat`, 'utf8').split(') ')[1]?.split(' ') ?? [];
      return Number(fields[11]) + Number(fields[12]);
    } catch {
      return Number.NaN;
    }
  };
  const start = performance.now();
  let last = cpuTicks();
  let quiet = 0;
  while (quiet < 2 && performance.now() - start < 15 * 60_000 && !Number.isNaN(last)) {
    await new Promise((done) => setTimeout(done, 500));
    const now = cpuTicks();
    // Clock ticks are a hundredth of a second on Linux: under 5 in half a second is under a tenth of a CPU.
    quiet = now - last < 5 ? quiet + 1 : 0;
    last = now;
  }
  return Math.max(0, (performance.now() - start) / 1000 - 1);
}

/** The process's peak resident memory, in MB (VmHWM), or null where there is no /proc. */
function peakRssMb(pid: number): number | null {
  try {
    const kb = /VmHWM:\s+(\d+) kB/.exec(readFileSync(`/proc/${pid}/status`, 'utf8'))?.[1];
    return kb === undefined ? null : Number(kb) / 1024;
  } catch {
    return null;
  }
}

// Last, so that every constant above is defined when it runs.
if (options['bare-server']) await bareServer(options['bare-server']);
else await main();
