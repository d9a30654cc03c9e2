// The folder holding package.json. Found by walking up rather than by a fixed "../.." so the same code
// finds src/web/views and node_modules both from src/ (vitest, tsx) and from compiled dist/.
import { existsSync } from 'node:fs';
import { dirname, join } from 'node:path';

let found: string | undefined;

export function projectRoot(): string {
  found ??= folderWithPackageJson(import.meta.dirname);
  return found;
}

function folderWithPackageJson(start: string): string {
  for (let folder = start; ; folder = dirname(folder)) {
    if (existsSync(join(folder, 'package.json'))) return folder;
    if (dirname(folder) === folder) throw new Error(`no package.json in ${start} or above`);
  }
}
