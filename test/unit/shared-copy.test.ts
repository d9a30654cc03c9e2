import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { besideProject, copyInRepository } from './shared-docs.js';

const files = (dir: string): string[] =>
  readdirSync(dir, { withFileTypes: true }).flatMap((item) =>
    item.isDirectory() ? files(join(dir, item.name)).map((f) => join(item.name, f)) : [item.name],
  );

describe('the copy of ../shared kept for clean clones', () => {
  // On a machine with ../shared (every developer's) the copy must match it; elsewhere there is nothing to compare.
  it('matches ../shared file for file where ../shared is present', () => {
    if (!existsSync(join(besideProject, 'FORMAT.md'))) return;
    const copied = files(copyInRepository).filter((f) => f !== 'README.md');
    expect(copied.length).toBeGreaterThan(10);
    for (const file of copied) {
      expect(readFileSync(join(copyInRepository, file), 'utf8'), `${file} differs from ../shared`).toBe(
        readFileSync(join(besideProject, file), 'utf8'),
      );
    }
    for (const folder of ['examples', 'seeds']) {
      expect(
        readdirSync(join(copyInRepository, folder)).sort(),
        `${folder} has files ../shared does not, or lacks some`,
      ).toEqual(readdirSync(join(besideProject, folder)).sort());
    }
  });

  it('holds what the tests read', () => {
    for (const file of [
      'FORMAT.md',
      'FINDINGS.md',
      'examples/no-access-baby.json',
      'seeds/000_61efa9e3582e661e.txt',
    ]) {
      expect(existsSync(join(copyInRepository, file)), file).toBe(true);
    }
  });
});
