// The `stickability` command as a user runs it: the built bin/stickability.js in a child process, against
// SQLite files in a temporary folder (FORMAT.md, "Importing into a partnership").
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterEach, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { aSandbox, buildCli, examplesFolder, type Sandbox } from '../support/cli.js';

const examples = readdirSync(examplesFolder)
  .filter((name) => name.endsWith('.json') && !name.endsWith('.expect.json'))
  .sort();
const examplePath = (name: string) => join(examplesFolder, `${name}.json`);
/** An example as plain JSON (typed loosely: tests break it on purpose). */
const example = (name: string) => JSON.parse(readFileSync(examplePath(name), 'utf8'));

let s: Sandbox;
beforeAll(buildCli);
beforeEach(() => {
  s = aSandbox();
});
afterEach(() => s.close());

const cases = (db?: string) =>
  s.rows<{ ref: string }>('SELECT ref FROM cases ORDER BY id', db).map((c) => c.ref);
const partnerships = (db?: string) =>
  s.rows<{ name: string; pack: string }>('SELECT name, pack FROM partnerships ORDER BY id', db);
const at = (path: string) => `^${path.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}: `;
const count = (table: string) => s.rows<{ n: number }>(`SELECT count(*) AS n FROM ${table}`)[0]?.n ?? 0;

describe('import and export round trip', () => {
  it('finds the shared examples', () => {
    expect(examples.length).toBeGreaterThanOrEqual(3);
  });

  it.each(examples)('%s: import, export, import elsewhere, export again', (name) => {
    const path = join(examplesFolder, name);
    const original = readFileSync(path, 'utf8');
    const ref = (JSON.parse(original) as { case: { ref: string } }).case.ref;

    const imported = s.run(['import', path]);
    expect(imported).toMatchObject({ code: 0, stderr: '' });
    expect(imported.stdout).toMatch(new RegExp(`^${ref}\\t\\d+\\n$`));
    const first = s.run(['export', ref]);
    expect(first).toMatchObject({ code: 0, stderr: '' });
    expect(JSON.parse(first.stdout)).toStrictEqual(JSON.parse(original));

    expect(s.run(['import', s.file('exported.json', first.stdout)], 'second.db').code).toBe(0);
    const second = s.run(['export', ref], 'second.db');
    expect(second.code).toBe(0);
    expect(second.stdout).toBe(first.stdout);
  });
});

describe('bad input: exit 2, every problem named, nothing written', () => {
  it('names each problem in the shape of a file with its file name and path', () => {
    const file = example('no-access-baby');
    file.entries[2].outcome = 'vanished';
    file.case.colour = 'blue';
    file.people[0].role = 'uncle';
    const path = s.file('bad.json', file);
    const ran = s.run(['import', path]);
    expect(ran.code).toBe(2);
    expect(ran.stdout).toBe('');
    expect(ran.stderr).toMatch(
      new RegExp(`${at(path)}entries\\[2\\]\\.outcome: .*no-answer-believed-in`, 'm'),
    );
    expect(ran.stderr).toMatch(new RegExp(`${at(path)}case: .*"colour"`, 'm'));
    expect(ran.stderr).toMatch(new RegExp(`${at(path)}people\\[0\\]\\.role: `, 'm'));
    expect(cases()).toEqual([]);
    expect(partnerships()).toEqual([]);
  });

  it('names each reference that does not resolve', () => {
    const file = example('no-access-baby');
    file.entries[1].worker = 'nobody';
    file.entries[3].seen = ['ghost'];
    const path = s.file('refs.json', file);
    const ran = s.run(['import', path]);
    expect(ran.code).toBe(2);
    expect(ran.stderr).toContain(`${path}: entries[1].worker: no worker with ref "nobody"`);
    expect(ran.stderr).toContain(`${path}: entries[3].seen[0]: no person with ref "ghost"`);
    expect(cases()).toEqual([]);
  });

  it('refuses a file that is not JSON, and one that is missing', () => {
    const notJson = s.run(['import', s.file('notes.json', 'FAM-0042, visited, nobody in\n')]);
    expect(notJson.code).toBe(2);
    expect(notJson.stderr).toMatch(/notes\.json: not JSON/);
    const missing = s.run(['import', join(s.folder, 'missing.json')]);
    expect(missing.code).toBe(2);
    expect(missing.stderr).toMatch(/missing\.json: cannot be read \(ENOENT\)/);
    expect(cases()).toEqual([]);
  });

  it('imports none of several files when one is bad', () => {
    const bad = example('hostile-household');
    bad.entries[0].kind = 'seance';
    const ran = s.run(['import', examplePath('no-access-baby'), s.file('bad.json', bad)]);
    expect(ran.code).toBe(2);
    expect(ran.stderr).toMatch(/bad\.json: entries\[0\]/);
    expect(ran.stderr).not.toMatch(/no-access-baby/);
    expect(cases()).toEqual([]);
  });

  it('rolls back the whole import when a later file conflicts with an earlier one', () => {
    const ran = s.run([
      'import',
      examplePath('no-access-baby'),
      examplePath('hostile-household'),
      examplePath('no-access-baby'),
    ]);
    expect(ran).toMatchObject({ code: 2, stdout: '' });
    expect(ran.stderr).toMatch(/EX-NOACCESS is already in this partnership/);
    expect(cases()).toEqual([]);
    expect(partnerships()).toEqual([]);
  });

  it('refuses a case ref already in the partnership, writing nothing new', () => {
    expect(s.run(['import', examplePath('no-access-baby')]).code).toBe(0);
    const before = { entries: count('entries'), people: count('people'), audit: count('audit_log') };
    const again = s.run(['import', examplePath('no-access-baby')]);
    expect(again.code).toBe(2);
    expect(again.stderr).toMatch(/case EX-NOACCESS is already in this partnership/);
    expect(cases()).toEqual(['EX-NOACCESS']);
    expect({ entries: count('entries'), people: count('people'), audit: count('audit_log') }).toEqual(before);
  });
});

describe('partnerships', () => {
  it('creates one from the pack of the first file in an empty database', () => {
    expect(s.run(['import', examplePath('hostile-household'), examplePath('no-access-baby')]).code).toBe(0);
    expect(partnerships()).toEqual([{ name: 'Partnership', pack: example('hostile-household').case.pack }]);
    expect(cases()).toEqual(['EX-HOSTILE', 'EX-NOACCESS']);
  });

  it('names the new partnership with --partnership', () => {
    expect(s.run(['import', examplePath('no-access-baby'), '--partnership', 'North Team']).code).toBe(0);
    expect(partnerships()).toEqual([{ name: 'North Team', pack: 'milton-keynes' }]);
    expect(s.run(['export', 'EX-NOACCESS', '--partnership', 'North Team']).code).toBe(0);
  });

  it('asks which one when there are several, and imports into the one named', () => {
    expect(s.run(['import', examplePath('no-access-baby')]).code).toBe(0);
    s.change(
      "INSERT INTO partnerships (name, pack, created_at) VALUES ('South Team', 'milton-keynes', '2026-01-01T00:00:00Z')",
    );
    const ambiguous = s.run(['import', examplePath('hostile-household')]);
    expect(ambiguous.code).toBe(2);
    expect(ambiguous.stderr).toContain('--partnership: name one of: "Partnership", "South Team"');
    expect(s.run(['export', 'EX-NOACCESS']).code).toBe(2);
    const unknown = s.run(['import', examplePath('hostile-household'), '--partnership', 'East Team']);
    expect(unknown.code).toBe(2);
    expect(unknown.stderr).toContain('no partnership named "East Team"');
    expect(cases()).toEqual(['EX-NOACCESS']);

    expect(s.run(['import', examplePath('hostile-household'), '--partnership', 'South Team']).code).toBe(0);
    const placed = s.rows<{ ref: string; name: string }>(
      'SELECT cases.ref, partnerships.name FROM cases JOIN partnerships ON partnerships.id = cases.partnership_id ORDER BY cases.id',
    );
    expect(placed).toEqual([
      { ref: 'EX-NOACCESS', name: 'Partnership' },
      { ref: 'EX-HOSTILE', name: 'South Team' },
    ]);
  });
});

describe('the command line itself', () => {
  it('refuses to export an unknown ref or no ref', () => {
    expect(s.run(['import', examplePath('no-access-baby')]).code).toBe(0);
    expect(s.run(['export', 'FAM-9999'])).toMatchObject({
      code: 2,
      stdout: '',
      stderr: 'case FAM-9999 not found\n',
    });
    expect(s.run(['export'])).toMatchObject({ code: 2, stdout: '' });
    expect(s.run(['export', 'EX-NOACCESS', 'EX-HOSTILE']).code).toBe(2);
  });

  it('shows its usage on --help, and on an unknown command or option exits 2', () => {
    const help = s.run(['--help']);
    expect(help).toMatchObject({ code: 0, stderr: '' });
    expect(help.stdout).toMatch(/^Usage:\n.*stickability import FILE/s);
    const unknown = s.run(['frobnicate']);
    expect(unknown.code).toBe(2);
    expect(unknown.stderr).toMatch(/^Unknown command "frobnicate"\.\nUsage:/);
    expect(s.run([]).code).toBe(2);
    expect(s.run(['import', '--overwrite', examplePath('no-access-baby')])).toMatchObject({
      code: 2,
      stdout: '',
    });
    expect(cases()).toEqual([]);
  });
});

describe('demo', () => {
  const emails = [
    'worker@demo.test',
    'worker2@demo.test',
    'manager@demo.test',
    'admin@demo.test',
    'auditor@demo.test',
  ];

  it('loads once, names the sign-ins, and its cases export and round-trip', () => {
    const first = s.run(['demo']);
    expect(first).toMatchObject({ code: 0, stderr: '' });
    for (const email of emails) expect(first.stdout).toContain(email);
    expect(first.stdout).toContain('demo-password-1');
    const loaded = { cases: count('cases'), users: count('users'), entries: count('entries') };
    expect(loaded.cases).toBeGreaterThan(0);

    const second = s.run(['demo']);
    expect(second.code).toBe(0);
    expect(second.stdout).toMatch(/already loaded/);
    for (const email of emails) expect(second.stdout).toContain(email);
    expect({ cases: count('cases'), users: count('users'), entries: count('entries') }).toEqual(loaded);

    const exported = s.run(['export', 'DEMO-001']);
    expect(exported.code).toBe(0);
    expect(JSON.parse(exported.stdout)).toMatchObject({
      format: 'stickability-case/1',
      case: { ref: 'DEMO-001' },
    });
    expect(s.run(['import', s.file('demo-001.json', exported.stdout)], 'second.db').code).toBe(0);
    expect(s.run(['export', 'DEMO-001'], 'second.db').stdout).toBe(exported.stdout);
  });
});
