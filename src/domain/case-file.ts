// The case-file exchange format, version 1 (FORMAT.md). These schemas are the source of the
// JSON Schema under schema/, of the API bodies and of the forms' validation. Unknown fields are errors.
import { z } from 'zod';
import * as v from './vocabularies.js';
import { entrySchema } from './entries.js';
import { isCalendarDate } from './time.js';

export const formatVersion = 'stickability-case/1';

const ref = z
  .string()
  .regex(/^[A-Za-z0-9][A-Za-z0-9._-]{0,63}$/, 'a reference: letters, digits, dot, dash or underscore');
const calendarDate = z.string().refine(isCalendarDate, 'a date as YYYY-MM-DD');

export const caseSchema = z.strictObject({
  ref,
  pack: z.enum(v.packIds),
  plan: z.enum(v.plans),
  openedOn: calendarDate,
  nextReviewOn: calendarDate.optional(),
});

export const agencySchema = z.strictObject({
  ref,
  type: z.enum(v.agencyTypes),
  name: z.string().min(1),
});

export const workerSchema = z.strictObject({
  ref,
  agency: ref,
  name: z.string().min(1),
});

/** A person's communication needs: SX 1.7.28, BEF 9.2, MK 5.1.9.19. */
export const needsSchema = z.strictObject({
  interpreter: z.string().min(1).optional().describe('the language an interpreter is needed for'),
  literacy: z.enum(v.literacyLevels).optional(),
  cognitive: z.string().min(1).optional(),
  disability: z.string().min(1).optional(),
  preferredContact: z.enum(v.contactModes).optional(),
  datesToAvoid: z.string().min(1).optional().describe('cultural or religious dates to avoid'),
});

export const personSchema = z.strictObject({
  ref,
  role: z.enum(v.personRoles),
  name: z.string().min(1),
  dateOfBirth: calendarDate.optional(),
  livesWithChildren: z.array(ref).optional(),
  hasContactWith: z.array(ref).optional(),
  needs: needsSchema.optional(),
});

export const caseFileSchema = z.strictObject({
  format: z.literal(formatVersion),
  case: caseSchema,
  agencies: z.array(agencySchema),
  workers: z.array(workerSchema),
  people: z.array(personSchema),
  entries: z.array(entrySchema),
});

export type CaseDetails = z.infer<typeof caseSchema>;
export type Agency = z.infer<typeof agencySchema>;
export type Worker = z.infer<typeof workerSchema>;
export type Person = z.infer<typeof personSchema>;
export type Needs = z.infer<typeof needsSchema>;
export type CaseFile = z.infer<typeof caseFileSchema>;
