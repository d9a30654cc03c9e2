// Whole case files in the exchange format (FORMAT.md): export one, import one.
import { noSuch, operation, respond } from '../operation.js';
import { caseFileSchema, caseParams, createdCaseSchema } from '../schemas.js';

export const caseFileOperations = [
  operation({
    method: 'GET',
    path: '/cases/{ref}/export',
    operationId: 'exportCase',
    tag: 'Case files',
    summary: 'The case as a case file',
    params: caseParams,
    responses: { 200: { description: 'The case file', schema: caseFileSchema } },
    problems: {
      404: noSuch('case'),
      409: 'The case has entries restricted from you: a case file carries every entry, so ask someone who may read them all',
    },
    async handle({ by, services, params }) {
      return respond(200, await services.caseFiles.export(by, params.ref));
    },
  }),

  operation({
    method: 'POST',
    path: '/import',
    operationId: 'importCase',
    tag: 'Case files',
    summary: 'Import a case file',
    description:
      "Agencies are matched to the partnership's by `ref`; one it lacks is refused (`agencies[2].ref`) unless you are its administrator, who adds it. Workers are matched to its users, and the file's entries keep the workers who recorded them. Your own agency must be one of the file's agencies; no entry may be dated more than a day after now. A reference already in the partnership is a conflict, never a merge.",
    idempotent: true,
    bodyLimit: 10 * 1024 * 1024,
    body: caseFileSchema,
    responses: { 201: { description: 'The case was imported', schema: createdCaseSchema } },
    problems: {
      400: 'The file does not match the format, its references do not resolve, an agency is not the partnership’s, an entry is dated after tomorrow, or your agency is not among `agencies`',
      409: 'A case with this reference exists',
      413: 'The file is larger than 10 MiB',
    },
    async handle({ by, services, body }) {
      return respond(201, await services.caseFiles.import(by, body));
    },
  }),
];
