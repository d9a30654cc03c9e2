// The JSON Schema in schema/ is generated from the zod schemas (STYLE.md: the schema is the source). It must
// be the current one, and other systems validating with it must agree with us about the shared examples.
import { readFileSync } from 'node:fs';
import { Ajv2020 } from 'ajv/dist/2020.js';
import { describe, expect, it } from 'vitest';
import { caseFileJsonSchema, caseFileSchemaId } from '../../src/domain/json-schema.js';
import { parseCaseFile } from '../../src/domain/validation.js';
import { schemaFile, schemaFileText } from '../../scripts/write-schema.js';
import { aCase } from '../support/case-builder.js';
import { exampleCaseFiles } from './shared-docs.js';

function committedSchema(): string {
  try {
    return readFileSync(schemaFile, 'utf8');
  } catch {
    return '';
  }
}

const validate = new Ajv2020({ strict: true, allErrors: true }).compile(caseFileJsonSchema());

describe('the JSON Schema of the case file', () => {
  it('is the one committed in schema/', () => {
    expect(committedSchema(), `${schemaFile} is out of date: run \`npm run schema\` and commit it`).toBe(
      schemaFileText(),
    );
  });

  it('is draft 2020-12, with its own id and a title', () => {
    const schema = caseFileJsonSchema();
    expect(schema.$schema).toBe('https://json-schema.org/draft/2020-12/schema');
    expect(schema.$id).toBe(caseFileSchemaId);
    expect(schema.title).toEqual(expect.any(String));
  });

  it.each(exampleCaseFiles())('accepts the shared example $name', ({ text }) => {
    expect(validate(JSON.parse(text)), JSON.stringify(validate.errors, null, 2)).toBe(true);
  });

  it('accepts a case built by the case builder', () => {
    const file = aCase()
      .withChild('c1', '2025-09-14')
      .withParent('m1', { livesWith: ['c1'] })
      .withContact({ seen: ['m1', 'c1'] })
      .withEntry({ kind: 'visit-plan', due: '2026-01-10T09:30+00:00', safetyCheck: { complete: false } })
      .build();
    expect(validate(file), JSON.stringify(validate.errors, null, 2)).toBe(true);
  });

  it('rejects a file with an unknown field or a value outside a vocabulary', () => {
    const example = JSON.parse(exampleCaseFiles()[0]?.text ?? '{}');
    expect(validate({ ...example, extra: true })).toBe(false);
    expect(validate({ ...example, case: { ...example.case, plan: 'supervision-order' } })).toBe(false);
    expect(validate({ ...example, entries: [{ ...example.entries[0], outcome: 'gone-away' }] })).toBe(false);
    expect(validate.errors?.map((error) => error.instancePath)).toContain('/entries/0/outcome');
  });

  it('says the shape of dates and times, which zod checks with a refinement', () => {
    const file = aCase().withContact().buildUnchecked();
    expect(validate({ ...file, case: { ...file.case, openedOn: '5/1/2026' } })).toBe(false);
    expect(validate({ ...file, entries: [{ ...file.entries[0], at: '2026-01-06 10:00' }] })).toBe(false);
    expect(validate.errors?.map((error) => [error.instancePath, error.keyword])).toContainEqual([
      '/entries/0/at',
      'pattern',
    ]);
  });

  it('cannot tell a date that is not in the calendar, which the zod schema can', () => {
    const file = {
      ...aCase().buildUnchecked(),
      case: { ...aCase().buildUnchecked().case, openedOn: '2026-02-30' },
    };
    expect(validate(file)).toBe(true);
    expect(parseCaseFile(file).ok).toBe(false);
  });

  it('does not check references, which the application does', () => {
    const file = aCase()
      .withContact({ seen: ['nobody'] })
      .buildUnchecked();
    expect(validate(file)).toBe(true);
    expect(parseCaseFile(file)).toEqual({
      ok: false,
      problems: ['entries[0].seen[0]: no person with ref "nobody"'],
    });
  });
});
