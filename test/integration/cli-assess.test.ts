// `stickability assess` as FORMAT.md specifies it: a file (never the database) or a stored case.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterEach, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { aSandbox, buildCli, examplesFolder, type Sandbox } from '../support/cli.js';

beforeAll(() => buildCli(), 120_000);
let box: Sandbox;
beforeEach(() => {
  box = aSandbox();
});
afterEach(() => box.close());

const example = join(examplesFolder, 'no-access-baby.json');

describe('stickability assess FILE', () => {
  it('prints the case, moment, pack, stage and findings, worst first, and touches no database', () => {
    const ran = box.run(['assess', example, '--at', '2026-03-10T12:00']);
    expect(ran.code).toBe(0);
    const out = JSON.parse(ran.stdout) as {
      case: string;
      at: string;
      pack: string;
      stage: string;
      findings: { code: string; severity: string }[];
    };
    expect(out).toMatchObject({
      case: 'EX-NOACCESS',
      at: '2026-03-10T12:00',
      pack: 'milton-keynes',
      stage: 'concern',
    });
    const ranks = out.findings.map((f) => ['info', 'warning', 'serious', 'critical'].indexOf(f.severity));
    expect(ranks).toEqual([...ranks].sort((a, b) => b - a));
    expect(out.findings.map((f) => f.code)).toContain('child-not-seen');
    expect(box.rows('select 1')).toEqual([]); // no database file was created
  });

  it('replays the case as it stood: before the first failed visit nothing was wrong', () => {
    const out = JSON.parse(box.run(['assess', example, '--at', '2026-01-14T12:00']).stdout) as {
      stage: string;
      findings: { code: string }[];
    };
    expect(out.stage).toBe('engaging');
    expect(out.findings.map((f) => f.code)).not.toContain('repeated-failed-contacts');
  });

  it('assesses with another pack when asked', () => {
    const out = JSON.parse(
      box.run(['assess', example, '--at', '2026-03-10T12:00', '--pack', 'forth-valley']).stdout,
    ) as { pack: string; findings: { code: string }[] };
    expect(out.pack).toBe('forth-valley');
    expect(out.findings.map((f) => f.code)).toContain('reporter-referral-consider');
  });

  it('exits 2 naming each problem for a bad file, a bad --at or an unknown pack', () => {
    const bad = JSON.parse(readFileSync(example, 'utf8')) as { entries: { outcome?: string }[] };
    bad.entries[2]!.outcome = 'went-badly';
    const ran = box.run(['assess', box.file('bad.json', bad)]);
    expect(ran.code).toBe(2);
    expect(ran.stderr).toMatch(/entries\[2\]\.outcome/);
    expect(box.run(['assess', example, '--at', 'yesterday']).code).toBe(2);
    expect(box.run(['assess', example, '--pack', 'atlantis']).code).toBe(2);
    expect(box.run(['assess']).code).toBe(2);
  });
});

describe('stickability assess --case REF', () => {
  it('assesses a stored case with the same result as its file', () => {
    expect(box.run(['import', example]).code).toBe(0);
    const stored = JSON.parse(
      box.run(['assess', '--case', 'EX-NOACCESS', '--at', '2026-03-10T12:00']).stdout,
    ) as unknown;
    const fromFile = JSON.parse(box.run(['assess', example, '--at', '2026-03-10T12:00']).stdout) as unknown;
    expect(stored).toEqual(fromFile);
    expect(box.run(['assess', '--case', 'NOPE']).code).toBe(2);
  });
});
