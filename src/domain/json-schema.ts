// The JSON Schema of the case-file exchange format, generated from the zod schemas (STYLE.md: the schema is
// the source). `npm run schema` writes it to schema/; a unit test keeps that file equal to this output.
import { z } from 'zod';
import { caseFileSchema } from './case-file.js';
import { calendarDatePattern, dateTimePattern, isCalendarDate, isLocalOrOffsetDateTime } from './time.js';

export const caseFileSchemaId = 'https://stickability.example/schema/stickability-case-1.schema.json';

type JsonSchema = Record<string, unknown>;

// A `.refine` has no JSON Schema equivalent and is left out of the output. Where the refinement is one of
// the format's date checks, the string still gets that check's pattern, so the schema says the shape
// (the pattern cannot tell 2026-02-30 from a real date; the zod schema can).
const refinementPatterns = new Map<unknown, { pattern: string; description: string }>([
  [isCalendarDate, { pattern: calendarDatePattern.source, description: 'a date as YYYY-MM-DD' }],
  [
    isLocalOrOffsetDateTime,
    {
      pattern: dateTimePattern.source,
      description:
        'a date and time as YYYY-MM-DDTHH:MM, with optional seconds and offset; without an offset it is Europe/London time',
    },
  ],
]);

function refinementPattern(schema: z.core.$ZodType): { pattern: string; description: string } | undefined {
  for (const check of schema._zod.def.checks ?? []) {
    const def = check._zod.def as Partial<z.core.$ZodCustomDef>;
    if (def.check === 'custom') {
      const known = refinementPatterns.get(def.fn);
      if (known) return known;
    }
  }
  return undefined;
}

/** Gives a string checked by one of the format's date refinements that check's pattern (also for the OpenAPI document). */
export function describeRefinements({
  zodSchema,
  jsonSchema,
}: {
  zodSchema: z.core.$ZodType;
  jsonSchema: JsonSchema;
}): void {
  const known = refinementPattern(zodSchema);
  if (known && jsonSchema.type === 'string') {
    jsonSchema.pattern ??= known.pattern;
    jsonSchema.description ??= known.description;
  }
}

/** The JSON Schema (draft 2020-12) of a case file, as written to schema/stickability-case-1.schema.json. */
export function caseFileJsonSchema(): JsonSchema {
  const generated = z.toJSONSchema(caseFileSchema, {
    target: 'draft-2020-12',
    io: 'input',
    unrepresentable: 'any',
    override: describeRefinements,
  });
  const { $schema, ...rest } = generated;
  return {
    $schema,
    $id: caseFileSchemaId,
    title: 'Stickability case file, format stickability-case/1',
    description:
      "One family's case: its agencies, workers and people, and every entry in time order. Generated from the zod schemas in src/domain; references between parts are checked by the application, not by this schema.",
    ...rest,
  };
}
