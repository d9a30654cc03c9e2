// The shared reference material beside the project (../shared): FORMAT.md, the example case files, the
// seeds. Tests read them so the code cannot drift from what the documents promise. Where ../shared is
// absent (a clean clone elsewhere), the copy in test/fixtures/shared stands in; a test keeps the two equal.
import { existsSync, readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';

export const besideProject = join(import.meta.dirname, '..', '..', '..', 'shared');
export const copyInRepository = join(import.meta.dirname, '..', 'fixtures', 'shared');
export const sharedDir = existsSync(join(besideProject, 'FORMAT.md')) ? besideProject : copyInRepository;

export function formatDocument(): string {
  return readFileSync(join(sharedDir, 'FORMAT.md'), 'utf8');
}

/** The example case files (not their `.expect.json` results), by file name. */
export function exampleCaseFiles(): { name: string; text: string }[] {
  const dir = join(sharedDir, 'examples');
  return readdirSync(dir)
    .filter((name) => name.endsWith('.json') && !name.endsWith('.expect.json'))
    .sort()
    .map((name) => ({ name, text: readFileSync(join(dir, name), 'utf8') }));
}

/** Stickability's additions to the format, kept in the repository (not in ../shared). */
export function extensionsDocument(): string {
  return readFileSync(join(import.meta.dirname, '..', '..', 'docs', 'format-extensions.md'), 'utf8');
}

/** The lines of one `## ` section of FORMAT.md (or of another document in its style). */
function section(title: string, document = formatDocument()): string[] {
  const lines = document.split('\n');
  const start = lines.findIndex((line) => line === `## ${title}`);
  if (start === -1) throw new Error(`the document has no section "${title}"`);
  const end = lines.findIndex((line, i) => i > start && line.startsWith('## '));
  return lines.slice(start + 1, end === -1 ? undefined : end);
}

const backticked = (text: string): string[] =>
  [...text.matchAll(/`([^`]+)`/g)].map((match) => match[1] ?? '');

/**
 * The "Vocabularies" list, by label as written without backticks ("plan", "contact outcome",
 * "indicators (disguised compliance)"), each with its values in order.
 */
export function documentedVocabularies(): Map<string, string[]> {
  const vocabularies = new Map<string, string[]>();
  for (const line of section('Vocabularies')) {
    const match = /^- (.+?): (.+)$/.exec(line);
    if (match) vocabularies.set((match[1] ?? '').replaceAll('`', ''), backticked(match[2] ?? ''));
  }
  return vocabularies;
}

/** The fields our additions give kinds of version 1 (docs/format-extensions.md), by kind. */
export function extensionFields(): Map<string, string[]> {
  return new Map(
    documentedEntryKinds(extensionsDocument(), 'Fields added to kinds of version 1').map(
      ({ kind, fields }) => [kind, fields] as const,
    ),
  );
}

/** The fields every entry has or may have, from the sentence above the table. */
export function documentedCommonFields(): string[] {
  const line = section('Entry kinds and their fields').find((text) => text.startsWith('Every entry has'));
  if (!line) throw new Error('FORMAT.md no longer says which fields every entry has');
  return topLevelNames(line);
}

export interface DocumentedKind {
  kind: string;
  /** The fields the row names at its top level (not the parts of a nested object or list). */
  fields: string[];
  /** Fields followed by a list of allowed values in brackets, as `urgency` (`immediate`, …). */
  values: Map<string, string[]>;
  /** The row's text, for fields it names in passing (as meeting's `reason`, or "check-out only"). */
  text: string;
}

/**
 * The table "Entry kinds and their fields": one item per kind (a row naming several kinds gives several).
 * FORMAT.md's by default; `extensionsDocument()` for Stickability's additions.
 */
export function documentedEntryKinds(
  document = formatDocument(),
  title = 'Entry kinds and their fields',
): DocumentedKind[] {
  const rows = section(title, document).filter((line) => /^\| `/.test(line));
  return rows.flatMap((row) => {
    const [, kindsCell = '', fieldsCell = ''] = row.split('|').map((cell) => cell.trim());
    const fields = topLevelNames(fieldsCell);
    const values = new Map(
      [...fieldsCell.matchAll(/`([A-Za-z]+)` \(((?:`[a-z-]+`(?:, )?)+)\)/g)].map(
        (match) => [match[1] ?? '', backticked(match[2] ?? '')] as const,
      ),
    );
    // "`expectedBack` (check-out only)" in the check-out / check-in row
    const onlyFor = new Map(
      [...fieldsCell.matchAll(/`([A-Za-z]+)` \(([a-z-]+) only\)/g)].map(
        (match) => [match[1], match[2]] as const,
      ),
    );
    return backticked(kindsCell).map((kind) => ({
      kind,
      fields: fields.filter((field) => (onlyFor.get(field) ?? kind) === kind),
      values,
      text: fieldsCell,
    }));
  });
}

// The backticked names outside any brackets: `actions` ([{ `what`, … }]) names `actions` only.
function topLevelNames(cell: string): string[] {
  const names: string[] = [];
  let depth = 0;
  for (const match of cell.matchAll(/[([{]|[)\]}]|`([^`]+)`/g)) {
    if (match[1] !== undefined) {
      if (depth === 0) names.push(match[1]);
    } else depth += '([{'.includes(match[0]) ? 1 : -1;
  }
  return names;
}
