// The API's bodies, parameters and answers as zod schemas, built from the exchange format's own (src/domain).
// These are the source of the API's validation and of its OpenAPI description (openapi.ts): there is no
// second description. Request bodies are strict, so an unknown field is an error.
import { z } from 'zod';
import { findingCodes, severities, stages } from '../domain/assessment/codes.js';
import { agencySchema, caseFileSchema, caseSchema, personSchema, workerSchema } from '../domain/case-file.js';
import {
  contactSchema,
  entrySchema,
  meetingActionSchema,
  meetingScheduledSchema,
  meetingSchema,
} from '../domain/entries.js';
import { packIds, plans } from '../domain/vocabularies.js';

export { caseFileSchema, entrySchema };

const caseRef = caseSchema.shape.ref;
/** The format's date and time: UK local time unless it has an offset. */
const dateTime = contactSchema.shape.at;
const stage = z.enum(stages);
const severity = z.enum(severities);

export const caseParams = z.strictObject({ ref: caseRef.describe("the case's reference, as `FAM-0042`") });

export const findingSchema = z.strictObject({
  code: z.enum(findingCodes),
  severity,
  subject: z.string().optional().describe('the child or adult the finding is about'),
  since: dateTime.describe('when the condition began'),
  evidence: z.array(z.string()).describe('ids of the entries that make the finding true'),
  citations: z.array(z.string()),
  nextSteps: z.array(z.string()),
  explanation: z.string(),
});

// GET /cases
export const caseListQuery = z.strictObject({
  stage: stage.optional().describe('only cases at this stage of the pathway'),
  severity: severity.optional().describe('only cases with a finding at least this severe'),
  code: z.enum(findingCodes).optional().describe('only cases with a finding of this code'),
});

export const caseListSchema = z.strictObject({
  items: z.array(
    z.strictObject({
      id: z.int().positive(),
      ref: caseRef,
      plan: z.enum(plans),
      stage,
      worstSeverity: severity.nullable(),
      findings: z.array(findingSchema).describe('worst first'),
    }),
  ),
});

// POST /cases
export const newCaseSchema = z.strictObject({
  case: caseSchema.extend({
    pack: caseSchema.shape.pack.optional().describe("the procedure pack; the partnership's when absent"),
  }),
  agencies: z.array(agencySchema).describe("the case's agencies, the user's own among them"),
  people: z.array(personSchema).default([]),
});

export const createdCaseSchema = z.strictObject({ id: z.int().positive(), ref: caseRef });

// GET /cases/{ref}
export const caseDetailsSchema = z.strictObject({
  case: caseSchema,
  stage,
  worstSeverity: severity.nullable(),
  agencies: z.array(agencySchema),
  workers: z.array(workerSchema),
  people: z.array(personSchema),
});

// GET and POST /cases/{ref}/entries
export const entryPageQuery = z.strictObject({
  limit: z.coerce.number().int().min(1).max(200).default(50).describe('how many entries a page holds'),
  cursor: z
    .string()
    .min(1)
    .max(200)
    .optional()
    .describe('the `nextCursor` of the page before; absent for the newest entries'),
});

export const entryPageSchema = z.strictObject({
  items: z.array(entrySchema).describe('newest first'),
  nextCursor: z.string().nullable().describe('where the next page starts; null on the last page'),
});

/** One entry as in a case file, except that `id`, `at`, `agency` and `worker` may be left to the server. */
export const newEntrySchema = z.discriminatedUnion(
  'kind',
  entrySchema.options.map((kind) =>
    (kind as z.ZodObject).partial({ id: true, at: true, agency: true, worker: true }),
  ) as unknown as typeof entrySchema.options,
);

export const idempotencyHeaders = z.strictObject({
  'Idempotency-Key': z
    .string()
    .regex(/^[\x21-\x7e]{1,255}$/, 'from 1 to 255 visible ASCII characters')
    .optional()
    .describe(
      'a key of your choosing: a retry with the same key and request gets the first answer and writes nothing new',
    ),
});

// GET /cases/{ref}/findings
export const findingsQuery = z.strictObject({
  at: dateTime
    .optional()
    .describe('the moment to assess the case at (entries after it are ignored); now when absent'),
});

/** What `stickability assess` prints (FORMAT.md). */
export const assessmentReportSchema = z.strictObject({
  case: caseRef,
  at: dateTime,
  pack: z.enum(packIds),
  stage,
  findings: z.array(findingSchema).describe('by severity, then since'),
});

// POST /cases/{ref}/closure
export const closureSchema = z.strictObject({
  agency: agencySchema.shape.ref
    .optional()
    .describe('an agency on the case, to end only its involvement; absent to close the case'),
  reason: z.string().trim().min(1).max(10_000),
});

// GET /notifications
export const notificationListSchema = z.strictObject({
  items: z.array(
    z.strictObject({
      id: z.int().positive(),
      kind: z.string(),
      text: z.string(),
      createdAt: z.string().describe('UTC, ISO 8601'),
      read: z.boolean(),
      case: caseRef.nullable().describe('the reference of the case the alert is about'),
    }),
  ),
});

// Problems (RFC 9457)
export const problemTypes = [
  'invalid-request',
  'unauthorized',
  'not-found',
  'conflict',
  'closure-blocked',
  'idempotency-key-in-use',
  'idempotency-key-reused',
  'too-many-requests',
  'http-error',
  'server-error',
] as const;

/** Problem types are URIs in the project's namespace, as the exchange format's JSON Schema id is. */
export const problemType = (name: (typeof problemTypes)[number]) =>
  `https://stickability.example/problems/${name}`;

const problem = {
  type: z.string().describe('a URI naming the kind of problem'),
  title: z.string(),
  status: z.int().min(400).max(599),
  detail: z.string(),
};

export const problemSchema = z.strictObject(problem);

export const validationProblemSchema = z.strictObject({
  ...problem,
  errors: z
    .array(
      z.strictObject({
        path: z.string().describe('where, as `entries[2].outcome`; empty for the whole body'),
        message: z.string(),
      }),
    )
    .min(1),
});

export const closureBlockedSchema = z.strictObject({
  ...problem,
  type: z.literal(problemType('closure-blocked')),
  findings: z.array(findingSchema).describe('the active non-engagement findings'),
});

export type ProblemBody = z.input<typeof problemSchema> &
  Partial<
    Pick<z.input<typeof validationProblemSchema>, 'errors'> &
      Pick<z.input<typeof closureBlockedSchema>, 'findings'>
  >;

// POST /cases/{ref}/meetings
/**
 * A meeting as in a case file, without `kind`; `id`, `at`, `agency` and `worker` may be left to the server.
 * Each action needs its owner and due date here: an action nobody owns, or with no date, cannot fall due.
 */
export const newMeetingSchema = meetingSchema
  .omit({ kind: true })
  .partial({ id: true, at: true, agency: true, worker: true })
  .extend({
    actions: z
      .array(meetingActionSchema.required({ owner: true, due: true }))
      .optional()
      .describe("each with `owner` (a worker's or agency's ref on the case) and `due`"),
  });

// GET /cases/{ref}/actions
export const actionListSchema = z.strictObject({
  items: z
    .array(
      z.strictObject({
        meeting: z.string().describe('the id of the meeting entry that agreed the action'),
        index: z.number().int().describe("the action's position in that meeting's actions, from 0"),
        meetingAt: dateTime,
        meetingType: meetingSchema.shape.type,
        what: z.string(),
        owner: z.string().optional().describe("a worker's or an agency's ref"),
        due: meetingActionSchema.shape.due,
        doneAt: dateTime.nullable().describe('when it was marked done; null while it is not done'),
        overdue: z
          .boolean()
          .describe(
            'the due date has passed (UK time) and it is not done; on the day itself it is not yet overdue',
          ),
      }),
    )
    .describe('newest meeting first, each meeting’s actions in order'),
});

// POST /cases/{ref}/actions/{meeting}/{index}
export const actionParams = caseParams.extend({
  meeting: z.string().min(1).max(64).describe('the id of the meeting entry that agreed the action'),
  index: z
    .string()
    .regex(/^\d{1,4}$/, 'a whole number')
    .describe("the action's position in that meeting's actions, from 0"),
});

export const actionUpdateSchema = z.strictObject({
  done: z.boolean().describe('true marks the action done; false reopens it'),
  note: z.string().min(1).max(10_000).optional(),
});

// POST /cases/{ref}/scheduled-meetings
/** A meeting arranged, as in a case file without `kind`: `invited` is required here. */
export const newScheduledMeetingSchema = meetingScheduledSchema
  .omit({ kind: true })
  .partial({ id: true, at: true, agency: true, worker: true })
  .required({ invited: true });

// GET /cases/{ref}/scheduled-meetings
export const scheduledMeetingListSchema = z.strictObject({
  items: z
    .array(
      z.strictObject({
        id: z.string().describe('the id of the `meeting-scheduled` entry'),
        type: meetingSchema.shape.type,
        due: dateTime.describe('when the meeting is to be held'),
        invited: z.array(z.string()).describe('agency refs'),
        place: z.string().optional(),
        heldAs: z
          .string()
          .nullable()
          .describe(
            'the id of the meeting recorded for it: the first of its type recorded after it was arranged',
          ),
        awaitingRecord: z.boolean().describe('its time has passed and no meeting has been recorded for it'),
      }),
    )
    .describe('soonest first'),
});
