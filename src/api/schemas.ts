// The API's bodies, parameters and answers as zod schemas, built from the exchange format's own (src/domain).
// These are the source of the API's validation and of its OpenAPI description (openapi.ts): there is no
// second description. Request bodies are strict, so an unknown field is an error.
import { z } from 'zod';
import { findingCodes, severities, stages } from '../domain/assessment/codes.js';
import { agencySchema, caseFileSchema, caseSchema, personSchema, workerSchema } from '../domain/case-file.js';
import {
  alertSchema,
  contactSchema,
  entrySchema,
  incidentSchema,
  meetingActionSchema,
  meetingScheduledSchema,
  meetingSchema,
  safetyDecisionSchema,
} from '../domain/entries.js';
import { familyAccounts, packIds, plans } from '../domain/vocabularies.js';
import { agreementDraftInputSchema } from '../domain/agreement-inputs.js';
import { withheldEntrySchema } from '../domain/restrictions.js';

export { caseFileSchema, entrySchema };

const caseRef = caseSchema.shape.ref;
/** The format's date and time: UK local time unless it has an offset. */
export const dateTime = contactSchema.shape.at;
const stage = z.enum(stages);
const severity = z.enum(severities);

export const caseParams = z.strictObject({ ref: caseRef.describe("the case's reference, as `FAM-0042`") });

export const findingSchema = z.strictObject({
  code: z.enum(findingCodes),
  severity,
  subject: z.string().optional().describe('the child or adult the finding is about'),
  since: dateTime.describe('when the condition began'),
  evidence: z
    .array(z.string())
    .describe('ids of the entries that make the finding true (those restricted from you are in `withheld`)'),
  citations: z.array(z.string()),
  nextSteps: z.array(z.string()),
  explanation: z
    .string()
    .describe(
      'the facts and dates; when the finding rests on an entry restricted from you, only how many and whom to ask',
    ),
  withheld: z
    .array(z.string())
    .optional()
    .describe(
      'ids of the entries restricted from you that the finding rests on (listed withheld in the entries); absent when none',
    ),
});

// GET /cases
export const caseListQuery = z.strictObject({
  stage: stage.optional().describe('only cases at this stage of the pathway'),
  severity: severity.optional().describe('only cases with a finding at least this severe'),
  code: z.enum(findingCodes).optional().describe('only cases with a finding of this code'),
  limit: z.coerce.number().int().min(1).max(200).default(50).describe('how many cases a page holds'),
  cursor: z
    .string()
    .min(1)
    .max(400)
    .optional()
    .describe('the `nextCursor` of the page before; absent for the first page'),
});

/** A case in a list: the cases you may see here, and a manager's team's (GET /team). */
const caseInList = {
  ref: caseRef,
  plan: z.enum(plans),
  stage,
  worstSeverity: severity.nullable(),
  findings: z.array(findingSchema).describe('worst first'),
};

export const caseListSchema = z.strictObject({
  items: z.array(z.strictObject({ id: z.int().positive(), ...caseInList })),
  nextCursor: z.string().nullable().describe('where the next page starts; null on the last page'),
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
  items: z
    .array(z.union([entrySchema, withheldEntrySchema]))
    .describe(
      'newest first; an entry restricted to roles or agencies you are not among is withheld: who recorded it, when, and whom to ask',
    ),
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

// GET /notifications, POST /notifications/{id}/read
export const notificationSchema = z.strictObject({
  id: z.int().positive(),
  kind: z
    .string()
    .describe('`alert` (an agency informed yours), `manager-asked` (a worker asks to discuss a case), …'),
  text: z.string(),
  createdAt: z.string().describe('UTC, ISO 8601'),
  read: z.boolean(),
  case: caseRef.nullable().describe('the reference of the case the alert is about'),
  entry: z.string().nullable().describe('the id of the entry on that case that raised it'),
});

export const notificationListSchema = z.strictObject({
  items: z.array(notificationSchema).describe('newest first, the latest 50'),
  unread: z.int().min(0).describe('how many of all your notifications are unread'),
});

export const notificationParams = z.strictObject({
  id: z.coerce.number().int().positive().describe("the notification's id"),
});

// POST /cases/{ref}/alerts
/**
 * An alert as in a case file, without `kind`: `to` defaults to every agency on the case but yours;
 * `id`, `at`, `agency` and `worker` may be left to the server.
 */
export const newAlertSchema = alertSchema
  .omit({ kind: true, unreached: true })
  .partial({ id: true, at: true, agency: true, worker: true })
  .extend({
    to: alertSchema.shape.to
      .optional()
      .describe('agency refs on the case; every agency on it but yours when absent'),
    message: z.string().trim().min(1).max(10_000).describe('what the other agencies need to know'),
  });

/** Whom something reached (services/told.ts), agency by agency: the answer to each write that tells. */
export const receivedSchema = z
  .strictObject({
    agencies: z.array(
      z.strictObject({
        ref: agencySchema.shape.ref,
        name: z.string(),
        people: z
          .array(z.string())
          .describe(
            'the names of the people in Stickability it reached; empty when nobody here can receive it for the agency, which must be told another way (telephone, secure email, through its usual safeguarding contact)',
          ),
        contact: z
          .string()
          .optional()
          .describe(
            "how to reach the agency's safeguarding lead outside Stickability, as its administrator recorded it (free text: a role, a telephone number, a secure email address); absent when none is recorded",
          ),
      }),
    ),
  })
  .describe('whom it reached: each agency addressed, with the people here who received it');

/** The alert as recorded (`unreached` names the agencies nobody here could receive it for) and whom it reached. */
export const sentAlertSchema = alertSchema.extend({ received: receivedSchema });

// Problems (RFC 9457)
type ProblemTypeName =
  | 'invalid-request'
  | 'unauthorized'
  | 'not-found'
  | 'conflict'
  | 'closure-blocked'
  | 'idempotency-key-reused'
  | 'too-many-requests'
  | 'http-error'
  | 'server-error';

/** Problem types are URIs in the project's namespace, as the exchange format's JSON Schema id is. */
export const problemType = (name: ProblemTypeName) => `https://stickability.example/problems/${name}`;

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

/** The meeting as arranged, and whom of the agencies invited it reached (their workers on the case). */
export const arrangedMeetingSchema = meetingScheduledSchema.extend({ received: receivedSchema });

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

// POST /cases/{ref}/incidents
/**
 * An incident as in a case file, without `kind` and the telling times: the server tells the reporter's line
 * manager and the other agencies' users as it records it, and fills `managerNotifiedAt` and
 * `agenciesAlertedAt`. `policeInformed` is a recorded choice: true fills `policeInformedAt` with now.
 */
export const newIncidentSchema = incidentSchema
  .omit({ kind: true, managerNotifiedAt: true, agenciesAlertedAt: true, policeInformedAt: true })
  .partial({ id: true, at: true, agency: true, worker: true })
  .extend({
    frightening: z.boolean(),
    note: z.string().min(1).max(10_000).describe('what happened'),
    policeInformed: z.boolean().describe('whether the police have been told'),
  });

/** The incident as recorded, and whom it reached at once: the line manager and the other agencies. */
export const reportedIncidentSchema = incidentSchema.extend({
  received: receivedSchema.extend({
    lineManager: z
      .string()
      .nullable()
      .describe("the reporter's line manager told, or null when they have none here (tell one yourself)"),
  }),
});
// POST /cases/{ref}/safety-decisions
export const newSafetyDecisionSchema = safetyDecisionSchema
  .omit({ kind: true })
  .partial({ id: true, at: true, agency: true, worker: true })
  .required({ reason: true });

// POST /cases/{ref}/incidents/{incident}/debriefs
export const incidentParams = caseParams.extend({
  incident: z.string().min(1).max(64).describe('the id of the incident entry'),
});
export const newDebriefSchema = z.strictObject({
  at: dateTime.optional(),
  note: z.string().min(1).max(10_000).describe('what was talked through, and the support agreed'),
});

// GET /cases/{ref}/risk-to-staff
const hostileEventSchema = z.strictObject({
  id: z.string(),
  kind: z.enum(['incident', 'contact']),
  at: dateTime,
  threats: z.array(incidentSchema.shape.threats.element),
  against: z.string().nullable(),
  recordedBy: z.string().nullable(),
  frightening: z.boolean(),
  note: z.string().nullable(),
});
const safetyDecisionViewSchema = z.strictObject({
  id: z.string(),
  at: dateTime,
  by: z.string().nullable().describe("the deciding manager's worker ref"),
  measures: safetyDecisionSchema.shape.measures,
  decision: z.string(),
  reason: z.string().nullable(),
});
export const riskToStaffSchema = z.strictObject({
  warning: z
    .strictObject({
      severity,
      since: dateTime,
      events: z.array(hostileEventSchema).describe('newest first'),
      decision: safetyDecisionViewSchema.nullable().describe('the safety decision in force'),
    })
    .nullable()
    .describe('the risk-to-staff warning, while the case has a `hostility-to-staff` finding'),
  incidents: z
    .array(z.strictObject({ incident: incidentSchema, debriefs: z.array(entrySchema) }))
    .describe('newest first, as corrected'),
  decisions: z.array(safetyDecisionViewSchema).describe('newest first'),
});

// POST /cases/{ref}/visit-plans (issue 7: planning a visit, MK 5.1.9.23–25)
export const newVisitPlanSchema = z.strictObject({
  due: dateTime.describe('when the visit starts'),
  expectedBack: dateTime.describe('when the worker expects to be back; after `due`'),
  lone: z.boolean().describe('true for a lone visit, false for a joint one'),
  answers: z
    .record(z.string(), z.string().max(1_000))
    .optional()
    .describe(
      "the pack's pre-visit safety questions, by id, answered; every one when the family has a risk-to-staff warning",
    ),
  managerAgreedLone: z
    .string()
    .min(1)
    .max(64)
    .optional()
    .describe(
      'the worker ref of the manager of the case who agreed to a lone visit; required for a lone visit to a family with a risk-to-staff warning',
    ),
  contingency: z.string().min(1).max(10_000).describe('what the worker will do if there is no access'),
  note: z
    .string()
    .min(1)
    .max(10_000)
    .optional()
    .describe('read by every agency on the case: never where the worker is going'),
});

// POST /cases/{ref}/visits/{visit}/check-out, check-in, extend
export const visitParams = caseParams.extend({
  visit: z.string().min(1).max(64).describe('the id of the `visit-plan` entry'),
});

export const checkOutSchema = z.strictObject({
  where: z
    .string()
    .min(1)
    .max(500)
    .optional()
    .describe(
      'where the worker is going: kept for the worker, their managers and the duty contact only, never in the entry',
    ),
  expectedBack: dateTime.describe('when the worker expects to be back; later than now'),
});

// GET /whereabouts, POST /whereabouts/{id}/acknowledge
export const whereaboutsParams = z.strictObject({
  id: z.coerce
    .number()
    .int()
    .positive()
    .describe('the id of the worker’s whereabouts (from GET /whereabouts)'),
});

export const outOnVisitSchema = z.strictObject({
  id: z.int().positive(),
  worker: z.string(),
  you: z.boolean().describe('the worker is you'),
  case: caseRef,
  visit: z.string().describe('the id of the `visit-plan` entry'),
  place: z.string().nullable().describe('where they went; null when checked out through an entry alone'),
  checkedOutAt: z.string().describe('ISO 8601, UTC'),
  expectedBack: z.string().describe('ISO 8601, UTC'),
  overdue: z.boolean().describe("past the expected return and the pack's grace, or alerted for it"),
  alerts: z.int().min(0).describe('the escalation steps alerted for the current expected return'),
  acknowledged: z.strictObject({ by: z.string(), at: z.string().describe('ISO 8601, UTC') }).nullable(),
  mayAcknowledge: z.boolean(),
});

export const whereaboutsListSchema = z.strictObject({
  items: z
    .array(outOnVisitSchema)
    .describe('the overdue nobody has acknowledged first, then by expected return'),
});

// Agreements: drafts, agreeing, reviews, the family's PDF (SX 1.7.13; MK 5.1.9.17; FV written contract)
export {
  agreeInputSchema,
  agreementDraftInputSchema,
  agreementReviewInputSchema,
} from '../domain/agreement-inputs.js';

const agreementItemInput = agreementDraftInputSchema.shape.items.element;

export const agreementDraftSchema = z.strictObject({
  id: z.int().positive(),
  type: agreementDraftInputSchema.shape.type,
  items: z.array(agreementItemInput),
  versions: z.int().positive().describe('how many times it has been saved; each save is kept'),
  createdAt: z.string().describe('ISO 8601, UTC'),
  savedAt: z.string().describe('ISO 8601, UTC'),
  savedBy: z.string(),
  agreedEntry: z.string().nullable().describe('the `agreement` entry it became; null while a draft'),
});

const itemReviewSchema = z.strictObject({
  id: z.string().describe('the `agreement-review` entry'),
  at: dateTime,
  kept: z.boolean(),
  familyAccount: z.enum(familyAccounts).nullable(),
  said: z.string().nullable().describe('what the family said'),
});

const side = z.enum(['family', 'agencies']);

export const agreementStatusSchema = z.strictObject({
  id: z.string().describe('the `agreement` entry'),
  type: agreementDraftInputSchema.shape.type,
  at: dateTime.describe('when it was agreed'),
  present: z.array(z.string()),
  note: z.string().optional(),
  items: z.array(
    z.strictObject({
      id: z.string(),
      who: z.string().optional(),
      side: side.nullable(),
      text: z.string(),
      consequence: z.string().optional(),
      reviews: z.array(itemReviewSchema).describe('oldest first'),
      latest: itemReviewSchema.nullable(),
    }),
  ),
  reviewedAt: dateTime.nullable(),
  notKept: z.strictObject({ family: z.int().min(0), agencies: z.int().min(0) }),
});

export const agreementListSchema = z.strictObject({
  drafts: z.array(agreementDraftSchema).describe('not yet agreed, newest first'),
  agreements: z.array(agreementStatusSchema).describe('newest first'),
});

export const agreementDraftParams = caseParams.extend({
  draft: z.coerce.number().int().positive().describe('the draft’s id'),
});

export const agreementParams = caseParams.extend({
  id: z.string().min(1).max(64).describe('the id of the `agreement` entry'),
});

export const agreementReviewsSchema = z.strictObject({ items: z.array(entrySchema) });

export const agreementPdfQuery = z.strictObject({
  largePrint: z.enum(['true', 'false']).optional().describe('`true` for large print (18 point)'),
});

export const pdfSchema = z.any().meta({ type: 'string', contentMediaType: 'application/pdf' });

// GET /team, and supervision (issue 9): the manager's view of the team and supervision records. `worker` is a
// user id of someone you supervise (from `GET /team`'s `supervision` or `supervisees`).
const ukDateOnly = z.string().describe('a UK date, YYYY-MM-DD');
const utc = z.string().describe('ISO 8601, UTC');

export const teamQuery = z.strictObject({
  worker: z.coerce
    .number()
    .int()
    .positive()
    .optional()
    .describe('only this worker’s cases, in every section'),
  severity: severity.optional().describe('only team cases with a finding at least this severe'),
  code: z.enum(findingCodes).optional().describe('only team cases with a finding of this code'),
  page: z.coerce.number().int().min(1).max(100000).default(1).describe('which page of `cases`, from 1'),
});

export const teamViewSchema = z.strictObject({
  at: utc.describe('when the view was taken'),
  supervisees: z.array(z.strictObject({ id: z.int().positive(), name: z.string() })),
  cases: z
    .array(
      z.strictObject({
        ...caseInList,
        children: z.array(z.strictObject({ name: z.string(), age: z.string().nullable() })),
        leadWorker: z.string().nullable(),
      }),
    )
    .describe('worst finding first, a page of them'),
  casePage: z
    .strictObject({
      page: z.int().min(1),
      pageCount: z.int().min(1),
      total: z.int().min(0).describe('how many team cases the filter leaves'),
    })
    .describe('which page `cases` is (50 a page)'),
  childrenNotSeen: z
    .array(
      z.strictObject({
        case: caseRef,
        ref: z.string().describe("the child's ref on the case"),
        name: z.string(),
        lastSeenAt: dateTime.nullable().describe('null when not seen since the case opened'),
        days: z.int().min(0).describe('calendar days since last seen (or since the case opened)'),
        severity,
        leadWorker: z.string().nullable(),
      }),
    )
    .describe('children with `child-not-seen` active, longest unseen first'),
  supervision: z
    .array(
      z.strictObject({
        id: z.int().positive().describe('the worker’s user id'),
        name: z.string(),
        cases: z.int().min(0),
        lastSupervisedAt: utc.nullable(),
        dueOn: ukDateOnly,
        status: z.enum(['overdue', 'due', 'in-time']),
        overdueCases: z.array(caseRef).describe('their cases with `supervision-overdue` active'),
      }),
    )
    .describe('each worker you supervise, overdue first'),
  decisions: z
    .array(z.strictObject({ case: caseRef, finding: findingSchema }))
    .describe('findings waiting on a discussion, meeting, referral or safety decision'),
  incidents: z
    .array(
      z.strictObject({
        case: caseRef,
        entry: z.string(),
        at: dateTime,
        threats: z.array(incidentSchema.shape.threats.element),
        against: z.string().nullable(),
        managerNotified: z.boolean(),
        frightening: z.boolean(),
      }),
    )
    .describe('in the last 30 days, newest first'),
  actionsOverdue: z.array(
    z.strictObject({
      case: caseRef,
      meeting: z.string().describe('the id of the meeting entry'),
      what: z.string(),
      owner: z.string().nullable(),
      due: ukDateOnly,
    }),
  ),
  outOnVisits: z.array(outOnVisitSchema),
});

export const supervisionParams = z.strictObject({
  id: z.coerce.number().int().positive().describe('the id of the supervision'),
});

export const newSupervisionSchema = z.strictObject({
  worker: z.int().positive().describe('the user id of the worker you supervise'),
  cases: z.array(caseRef).min(1).describe('refs of cases the worker is named on'),
});

export const supervisionAnswersSchema = z.strictObject({
  case: caseRef,
  answers: z
    .record(z.string().min(1).max(64), z.string().max(10_000))
    .describe('question id → answer; an empty answer clears one; unchanged answers are not written again'),
});

export const supervisionRecordSchema = z.strictObject({
  id: z.int().positive(),
  worker: z.strictObject({ id: z.int().positive(), name: z.string(), ref: z.string() }),
  supervisor: z.string(),
  startedAt: utc,
  completedAt: utc.nullable(),
  cases: z.array(
    z.strictObject({
      ref: caseRef,
      pack: z.enum(packIds),
      children: z.array(z.string()),
      questions: z.array(
        z.strictObject({
          id: z.string(),
          text: z.string(),
          citations: z.array(z.string()),
          section: z.enum(['reflective', 'impact-on-child', 'worker', 'decision']),
        }),
      ),
      answers: z.record(z.string(), z.string()),
      findings: z.array(findingSchema),
      prompts: z
        .record(z.string(), z.array(findingSchema))
        .describe('question id → the findings that bear on it'),
      entryId: z.string().nullable().describe('the `supervision` entry recorded on the case, once completed'),
    }),
  ),
});
