// What a write promises when the process dies or another process writes: the real app in its own process
// (support/killable-server.ts) on the same SQLite file as a test app that set the case up.
import { spawn, type ChildProcess } from 'node:child_process';
import { once } from 'node:events';
import { createServer, type AddressInfo, type Server } from 'node:net';
import { createInterface } from 'node:readline';
import { afterEach, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { addAgenciesOf } from '../support/agencies.js';
import { anEngagingCase, failedVisit, startApiTest, type ApiTest } from '../support/api.js';
import { buildCli, root } from '../support/cli.js';

let api: ApiTest;
const servers: ChildProcess[] = [];
const mailServers: Server[] = [];

beforeEach(async () => {
  api = await startApiTest();
  const file = anEngagingCase().withAgency('hv').build();
  await addAgenciesOf(api.t, file);
  expect((await api.post('/api/v1/import', file)).status).toBe(201);
  const hv = await api.t.db
    .selectFrom('agencies')
    .select('id')
    .where('ref', '=', 'hv')
    .executeTakeFirstOrThrow();
  await api.t.addUser({ name: 'Hana Visitor', email: 'hana@example.test', agencyId: hv.id });
});
afterEach(async () => {
  for (const server of servers.splice(0)) if (server.exitCode === null) server.kill('SIGKILL');
  for (const server of mailServers.splice(0)) server.close();
  await api.close();
});

/** The address of an SMTP server that, when a client connects, SIGKILLs the process `victim` gives. */
async function aMailServerThatKills(victim: () => ChildProcess): Promise<string> {
  const server = createServer((socket) => {
    victim().kill('SIGKILL');
    socket.destroy();
  });
  mailServers.push(server);
  server.listen(0, '127.0.0.1');
  await once(server, 'listening');
  return `smtp://127.0.0.1:${(server.address() as AddressInfo).port}`;
}

/** Starts the app in a process of its own on the test's database; resolves with its address. */
async function startServer(env: Record<string, string> = {}): Promise<{ url: string; server: ChildProcess }> {
  const server = spawn(
    process.execPath,
    ['--import', 'tsx', 'test/support/killable-server.ts', api.t.config.databaseUrl],
    { cwd: root, env: { ...process.env, ...env }, stdio: ['ignore', 'pipe', 'inherit'] },
  );
  servers.push(server);
  const lines = createInterface({ input: server.stdout! });
  const port = await Promise.race([
    once(lines, 'line').then(([line]) => String(line).trim()),
    once(server, 'exit').then(([code]) =>
      Promise.reject(new Error(`the server stopped (${code}) before listening`)),
    ),
  ]);
  return { url: `http://127.0.0.1:${port}`, server };
}

const post = (
  url: string,
  path: string,
  body: unknown,
  headers: Record<string, string> = {},
  token = api.token,
) =>
  fetch(`${url}${path}`, {
    method: 'POST',
    headers: { authorization: `Bearer ${token}`, 'content-type': 'application/json', ...headers },
    body: JSON.stringify(body),
  });

const count = async (table: 'entries' | 'notifications' | 'idempotency_keys') =>
  Number(
    (
      await api.t.db
        .selectFrom(table)
        .select((eb) => eb.fn.countAll().as('n'))
        .executeTakeFirstOrThrow()
    ).n,
  );

describe('an Idempotency-Key, when the server dies after the commit, before the reply', () => {
  it('gives the retry the first answer and writes nothing more: one alert, one notification', async () => {
    const alert = { to: ['hv'], message: 'Father shouted at me at the door' };
    const key = { 'Idempotency-Key': 'alert-at-the-door' };
    const entriesBefore = await count('entries');

    // The server emails the health visitor once the alert has committed, before it answers: a mail
    // server that kills it when the server connects stops it at that moment, as a crash there would.
    const dying = await startServer({ SMTP_URL: await aMailServerThatKills(() => dying.server) });
    const exited = once(dying.server, 'exit');
    await expect(post(dying.url, '/api/v1/cases/FAM-0001/alerts', alert, key)).rejects.toThrow();
    expect((await exited)[1]).toBe('SIGKILL');
    // The write committed: the alert, its notification and the kept answer, together.
    expect(await count('entries')).toBe(entriesBefore + 1);
    expect(await count('notifications')).toBe(1);
    expect(await count('idempotency_keys')).toBe(1);

    const again = await startServer();
    const retry = await post(again.url, '/api/v1/cases/FAM-0001/alerts', alert, key);
    expect(retry.status).toBe(201);
    expect(retry.headers.get('idempotent-replayed')).toBe('true');
    const answered = (await retry.json()) as { id: string; kind: string };
    expect(answered.kind).toBe('alert');
    const stored = await api.t.db.selectFrom('entries').select('id').where('kind', '=', 'alert').execute();
    expect(stored.map((entry) => entry.id)).toEqual([answered.id]);
    expect(await count('entries')).toBe(entriesBefore + 1);
    expect(await count('notifications')).toBe(1);
  }, 90_000);

  it('leaves the key free when the server dies before the commit, so the retry writes once', async () => {
    const entriesBefore = await count('entries');
    const key = { 'Idempotency-Key': 'never-answered' };
    const visit = failedVisit;
    // A write refused by the service (an unknown outcome) rolls back with its key, as a crash before the
    // commit does: nothing is kept, and the mended request goes through once.
    const server = await startServer();
    const refused = await post(server.url, '/api/v1/cases/FAM-0001/entries', { ...visit, outcome: 'x' }, key);
    expect(refused.status).toBe(400);
    expect(await count('idempotency_keys')).toBe(0);
    const mended = await post(server.url, '/api/v1/cases/FAM-0001/entries', visit, key);
    const retried = await post(server.url, '/api/v1/cases/FAM-0001/entries', visit, key);
    expect([mended.status, retried.status]).toEqual([201, 201]);
    expect(retried.headers.get('idempotent-replayed')).toBe('true');
    expect(await count('entries')).toBe(entriesBefore + 1);
  }, 90_000);
});

describe('writes while another process writes to the same file', () => {
  beforeAll(() => buildCli());

  it('never fail: two servers under load while ten command-line runs make tokens answer no 5xx', async () => {
    const urls = await Promise.all([startServer(), startServer()]).then((both) => both.map((s) => s.url));
    const statuses: number[] = [];
    let loading = true;
    // A token each: the API allows a token 120 requests a minute.
    const client = async (n: number) => {
      const url = urls[n % 2] ?? '';
      const token = await api.tokenFor(api.t.user);
      for (let i = 0; loading; i += 1) {
        const write = await post(
          url,
          '/api/v1/cases/FAM-0001/entries',
          { ...failedVisit, contingency: `Client ${n}, try ${i}: return tomorrow` },
          {},
          token,
        );
        statuses.push(write.status);
        const read = await fetch(`${url}/api/v1/cases/FAM-0001/findings`, {
          headers: { authorization: `Bearer ${token}` },
        });
        statuses.push(read.status);
      }
    };
    const clients = Array.from({ length: 8 }, (_, n) => client(n));
    const runs = await Promise.all(
      Array.from({ length: 10 }, (_, n) => tokenCreate(api.t.config.databaseUrl, `Run ${n}`)),
    );
    loading = false;
    await Promise.all(clients);

    expect(runs.map((run) => run.code)).toEqual(Array(10).fill(0));
    expect(statuses.length).toBeGreaterThan(20);
    expect(statuses.filter((status) => status >= 500)).toEqual([]);
    expect(new Set(statuses)).toEqual(new Set([200, 201]));
  }, 120_000);
});

/** `stickability token create` for the default user, run as its own process. */
async function tokenCreate(
  databaseUrl: string,
  name: string,
): Promise<{ code: number | null; stderr: string }> {
  const run = spawn(
    process.execPath,
    ['bin/stickability.js', 'token', 'create', '--user', api.t.user.email, '--name', name],
    { cwd: root, env: { PATH: process.env.PATH, DATABASE_URL: databaseUrl, SESSION_SECRET: 'test' } },
  );
  let stderr = '';
  run.stderr.on('data', (chunk: Buffer) => (stderr += chunk.toString()));
  const [code] = (await once(run, 'exit')) as [number | null];
  return { code, stderr };
}
