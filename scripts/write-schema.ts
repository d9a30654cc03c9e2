// Writes the exchange format's JSON Schema, generated from the zod schemas, to schema/ (`npm run schema`).
import { mkdirSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { caseFileJsonSchema } from '../src/domain/json-schema.js';

export const schemaFile = join(import.meta.dirname, '..', 'schema', 'stickability-case-1.schema.json');

/** The schema file's text: pretty, two spaces, one trailing newline. */
export function schemaFileText(): string {
  return `${JSON.stringify(caseFileJsonSchema(), null, 2)}\n`;
}

if (process.argv[1] === import.meta.filename) {
  mkdirSync(dirname(schemaFile), { recursive: true });
  writeFileSync(schemaFile, schemaFileText());
  console.log(`wrote ${schemaFile}`);
}
