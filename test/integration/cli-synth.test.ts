// `stickability synth`: generated cases added to the demo partnership by the built command line, valid
// case files, a realistic share on the demo users' agency, the same for the same seed.
import { afterEach, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { parseCaseFileText } from '../../src/domain/validation.js';
import { aSandbox, buildCli, type Sandbox } from '../support/cli.js';

let s: Sandbox;
beforeAll(buildCli);
beforeEach(() => {
  s = aSandbox();
});
afterEach(() => s.close());

const count = (sql: string, db?: string) => s.rows<{ n: number }>(sql, db)[0]?.n ?? 0;
const synthCases = "SELECT count(*) AS n FROM cases WHERE ref LIKE 'FAM-%'";
const onAgency = (ref: string) => `SELECT count(DISTINCT c.id) AS n FROM cases c
  JOIN case_agencies ca ON ca.case_id = c.id JOIN agencies a ON a.id = ca.agency_id
  WHERE c.ref LIKE 'FAM-%' AND a.ref = '${ref}'`;
const namingUser = (email: string) => `SELECT count(*) AS n FROM case_workers cw
  JOIN users u ON u.id = cw.user_id JOIN cases c ON c.id = cw.case_id
  WHERE c.ref LIKE 'FAM-%' AND u.email = '${email}'`;

// Each runs the command line a dozen times, a second or more each on a busy machine.
describe('synth --cases N after demo', { timeout: 90_000 }, () => {
  it('adds N valid, current cases, a share of them on the demo worker’s agency and some allocated to them', () => {
    expect(s.run(['demo']).code).toBe(0);
    const before = count('SELECT count(*) AS n FROM cases');

    const ran = s.run(['synth', '--cases', '30']);
    expect(ran).toMatchObject({ code: 0, stderr: '' });
    expect(ran.stdout).toMatch(/^Added 30 cases \(\d+ entries\), FAM-000001 to FAM-000030\.\n$/);
    expect(count('SELECT count(*) AS n FROM cases')).toBe(before + 30);
    expect(count(synthCases)).toBe(30);

    // Children's Social Care, the demo worker's agency, is one of four localities: not every case.
    const csc = count(onAgency('csc'));
    expect(csc).toBeGreaterThan(0);
    expect(csc).toBeLessThan(20);
    expect(count(namingUser('worker@demo.test'))).toBeGreaterThan(0);

    const exported = s.run(['export', 'FAM-000001']);
    expect(exported.code).toBe(0);
    const parsed = parseCaseFileText(exported.stdout);
    expect(parsed.ok).toBe(true);
    if (!parsed.ok) return;
    expect(parsed.value.case.pack).toBe('milton-keynes');
    const latest = Math.max(...parsed.value.entries.map((entry) => Date.parse(entry.at)));
    expect(latest).toBeLessThanOrEqual(Date.now() + 86_400_000);

    const allocated = s.rows<{ ref: string }>(`SELECT c.ref FROM case_workers cw
      JOIN users u ON u.id = cw.user_id JOIN cases c ON c.id = cw.case_id
      WHERE c.ref LIKE 'FAM-%' AND u.email = 'worker@demo.test'`);
    const file = parseCaseFileText(s.run(['export', allocated[0]?.ref ?? '']).stdout);
    expect(file.ok && file.value.entries.some((e) => e.kind === 'allocation' && e.worker === 'worker')).toBe(
      true,
    );
  });

  it('adds different cases on a second run, with refs that do not collide', () => {
    expect(s.run(['demo']).code).toBe(0);
    expect(s.run(['synth', '--cases', '3']).code).toBe(0);
    const again = s.run(['synth', '--cases', '2', '--partnership', 'Demo Partnership']);
    expect(again.code).toBe(0);
    expect(again.stdout).toMatch(/^Added 2 cases \(\d+ entries\), FAM-000004 to FAM-000005\.\n$/);
    expect(count(synthCases)).toBe(5);
  });

  // Into empty databases (each gets a partnership, as an import into one does): the demo is not needed.
  it('gives the same cases for the same seed, and others for another', () => {
    expect(s.run(['synth', '--cases', '4', '--seed', '7'], 'one.db').code).toBe(0);
    expect(s.run(['synth', '--cases', '4', '--seed', '7'], 'two.db').code).toBe(0);
    expect(s.run(['synth', '--cases', '4', '--seed', '8'], 'other.db').code).toBe(0);
    for (const ref of ['FAM-000001', 'FAM-000004']) {
      const one = s.run(['export', ref], 'one.db').stdout;
      expect(one).toMatch(/"entries"/);
      expect(s.run(['export', ref], 'two.db').stdout).toBe(one);
      expect(s.run(['export', ref], 'other.db').stdout).not.toBe(one);
    }
  });
});

describe('synth refuses a number of cases that is not a positive whole number', () => {
  it.each([['0'], ['-3'], ['2.5'], ['many'], ['']])(
    '--cases %j: exit 2, naming --cases, nothing written',
    (n) => {
      const ran = s.run(['synth', '--cases', n]);
      expect(ran).toMatchObject({ code: 2, stdout: '' });
      expect(ran.stderr).toContain('--cases');
      expect(count(synthCases)).toBe(0);
    },
  );

  it('without --cases', () => {
    const ran = s.run(['synth']);
    expect(ran).toMatchObject({ code: 2, stdout: '' });
    expect(ran.stderr).toMatch(/^--cases: /);
  });

  it('--seed that is not a whole number, naming --seed', () => {
    const ran = s.run(['synth', '--cases', '3', '--seed', 'x']);
    expect(ran).toMatchObject({ code: 2, stdout: '' });
    expect(ran.stderr).toMatch(/^--seed: /);
  });
});
