// Import and export of whole case files (FORMAT.md, "Importing into a partnership").
import { performance } from 'node:perf_hooks';
import { setImmediate as yieldToEventLoop } from 'node:timers/promises';
import {
  caseFileSchema,
  formatVersion,
  type Agency,
  type CaseDetails,
  type CaseFile,
  type Person,
} from '../domain/case-file.js';
import { administers, can, type Actor } from '../domain/policy.js';
import { caseFileTimeProblems } from '../domain/recorded-time.js';
import { caseFileReferenceProblems } from '../domain/references.js';
import { askWhom, withheldFrom, type WithheldEntry } from '../domain/restrictions.js';
import { toUkLocalDateTime } from '../domain/time.js';
import type { PackId } from '../domain/vocabularies.js';
import { partnershipOf } from '../store/administration.js';
import { transaction, type Db, type Tx } from '../store/database.js';
import {
  addCaseAgencies,
  addCaseWorkers,
  agencyIdsFor,
  caseAgencyIds,
  findAgencyId,
  findCase,
  insertCase,
  insertEntries,
  insertPeople,
  loadCaseFile,
} from '../store/case-records.js';
import { refreshAssessment } from './assessments.js';
import { audit, type Requester } from './audit.js';
import { CaseRefused } from './case-access.js';
import type { SignedIn } from './cases.js';
import { Conflict, InvalidInput, NotFound, problemsOf, type Problem } from './errors.js';

export interface ImportOptions {
  partnershipId: number;
  /** The importing user; null for the operator (the command line, the demo). */
  actor: Actor | null;
  /** The client's address for the audit log; `cli` when absent. */
  address?: string;
  /** The audit log's action: `import-case` unless the import creates a new case (`create-case`). */
  action?: 'import-case' | 'create-case';
  /** The moment of import: no entry may be dated more than a day after it (domain/recorded-time.ts). */
  now?: Date;
}

/**
 * Writes one valid case file into a partnership, using the executor it is given (call it inside a
 * transaction: a file is imported whole or not at all). A case ref already in the partnership is a
 * conflict, never a merge. The file is stored as the schema writes it (its keys in the format's order,
 * whatever order the caller built them in), so every export of it is the same text.
 *
 * Refused (InvalidInput, naming the path): an entry dated more than a day after `now`, and, unless the
 * importer administers the partnership or is the operator (`actor` null), an agency the partnership does
 * not have: agencies are the partnership's, added by its administrator, never as a side effect of a case.
 *
 * A case's people and entries are written in multi-row batches (store/case-records.ts). A long file lets
 * the event loop run between its steps (see `breather`), so a server importing one keeps answering.
 */
export async function importCaseFile(
  db: Tx,
  given: CaseFile,
  { partnershipId, actor, address = 'cli', action = 'import-case', now = new Date() }: ImportOptions,
): Promise<{ id: number; ref: string }> {
  const breathe = breather();
  const file = caseFileSchema.parse(given);
  await breathe();
  if (await findCase(db, partnershipId, file.case.ref)) {
    throw new Conflict(`case ${file.case.ref} is already in this partnership`);
  }
  const problems = caseFileTimeProblems(file, now).map(problemAt);
  const mayAddAgencies = !actor || administers(actor, partnershipId);
  for (const [index, agency] of file.agencies.entries()) {
    if (!mayAddAgencies && (await findAgencyId(db, partnershipId, agency.ref)) === undefined)
      problems.push({
        path: `agencies[${index}].ref`,
        message: `the partnership has no agency "${agency.ref}": only its administrator adds agencies`,
      });
  }
  if (problems.length > 0) throw new InvalidInput(problems);
  await breathe();
  const caseRow = await insertCase(db, {
    partnershipId,
    ref: file.case.ref,
    pack: file.case.pack,
    plan: file.case.plan,
    openedOn: file.case.openedOn,
    nextReviewOn: file.case.nextReviewOn ?? null,
    createdBy: actor?.userId ?? null,
  });
  const caseId = caseRow.id;
  const by = actor?.userId ?? null;
  await addCaseAgencies(db, caseId, await agencyIdsFor(db, partnershipId, file.agencies), by, 'imported');
  await addCaseWorkers(db, caseId, partnershipId, file.workers);
  await insertPeople(db, caseId, file.people);
  await insertEntries(db, caseId, file.entries, by, breathe);
  await refreshAssessment(db, caseRow, file);
  await audit(db, { actor, address }, action, caseId, `${file.entries.length} entries`);
  return { id: caseId, ref: file.case.ref };
}

/**
 * A pause for long work: lets the event loop run (timers, other requests' non-database steps) once
 * `everyMs` of work has passed since it last did, and costs nothing before. A case of a hundred entries
 * imports in a few milliseconds and never yields; one of thousands yields between its batches. Requests
 * that need the database still wait for the import's transaction to end: SQLite has one writer and the
 * store one connection, and a file is imported whole or not at all (BENCHMARKS.md, "bench:import").
 */
function breather(everyMs = 10): () => Promise<void> {
  let since = performance.now();
  return async () => {
    if (performance.now() - since < everyMs) return;
    await yieldToEventLoop();
    since = performance.now();
  };
}

/** Imports several files in one transaction: every one or none. */
export function importCaseFiles(db: Db, files: CaseFile[], options: ImportOptions) {
  return transaction(db, async (trx) => {
    const imported: { id: number; ref: string }[] = [];
    for (const file of files) imported.push(await importCaseFile(trx, file, options));
    return imported;
  });
}

/**
 * The case as a file, for a user who may read it (`by.actor`) or the command line (actor null, any
 * case of the partnership: the operator holds the database itself). Exporting is audited.
 *
 * A case file is the whole record: it is imported elsewhere and assessed as it stands, so an export without
 * some entries would be read as a case where they never happened (a failed visit left out clears a finding).
 * A user outside the audience of any restricted entry is refused, told which entries and whom to ask
 * (docs/format-extensions.md, "Restricted entries").
 */
export async function exportCaseFile(
  db: Db,
  by: Requester,
  partnershipId: number,
  ref: string,
): Promise<CaseFile> {
  return transaction(db, async (trx) => {
    const caseRow = await findCase(trx, partnershipId, ref);
    // A refusal is audited (CaseRefused, after this transaction rolls back); the command line is never refused.
    if (!caseRow) throw by.actor ? new CaseRefused(ref, null, 'read') : new NotFound(`case ${ref}`);
    if (
      by.actor &&
      !can(by.actor, 'read', { partnershipId, agencyIds: await caseAgencyIds(trx, caseRow.id) })
    ) {
      throw new CaseRefused(ref, caseRow.id, 'read');
    }
    const file = await loadCaseFile(trx, caseRow);
    const withheld = by.actor ? withheldFrom(file, by.actor) : [];
    if (withheld.length > 0) throw new Conflict(exportRefusal(ref, withheld));
    await audit(trx, by, 'export-case', caseRow.id);
    return file;
  });
}

function exportRefusal(ref: string, withheld: WithheldEntry[]): string {
  const entries = withheld.map((entry) => `${entry.id} (${entry.at}; ask ${askWhom(entry.ask)})`);
  return `Case ${ref} has ${withheld.length === 1 ? 'an entry' : `${withheld.length} entries`} restricted from you: ${entries.join(', ')}. A case file carries every entry, so it is exported by someone who may read them all.`;
}

/** A new case as the API takes it: the parts of a case file that come before any entry. */
export interface NewCaseParts {
  /** As in a case file; `pack` defaults to the partnership's. */
  case: Omit<CaseDetails, 'pack'> & { pack?: PackId | undefined };
  agencies: Agency[];
  people: Person[];
}

/** Case files for a signed-in user (the API): import, create from parts, export. */
export function caseFileService(db: Db) {
  return {
    /** Imports a file whose agencies include the user's own, so nobody creates a case they cannot see. */
    import(by: SignedIn, file: CaseFile): Promise<{ id: number; ref: string }> {
      return importFor(db, by, file, 'import-case');
    },

    /** Creates a case from its details, agencies and people; the creator holds it until it is allocated. */
    async create(by: SignedIn, parts: NewCaseParts): Promise<{ id: number; ref: string }> {
      const { actor } = by;
      const partnership = await transaction(db, (tx) => partnershipOf(tx, actor.partnershipId));
      const file: CaseFile = {
        format: formatVersion,
        case: { ...parts.case, pack: parts.case.pack ?? (partnership.pack as PackId) },
        agencies: parts.agencies,
        workers: [{ ref: actor.workerRef, agency: actor.agencyRef, name: actor.name }],
        people: parts.people,
        entries: [
          {
            id: 'e1',
            kind: 'allocation',
            at: toUkLocalDateTime(new Date()),
            agency: actor.agencyRef,
            worker: actor.workerRef,
            role: 'lead',
          },
        ],
      };
      return importFor(db, by, file, 'create-case');
    },

    export(by: SignedIn, ref: string): Promise<CaseFile> {
      return exportCaseFile(db, by, by.actor.partnershipId, ref);
    },
  };
}

async function importFor(db: Db, by: SignedIn, input: CaseFile, action: ImportOptions['action']) {
  // Checking a file of thousands of entries takes tens of milliseconds a step: the server answers between.
  const breathe = breather();
  const parsed = caseFileSchema.safeParse(input);
  if (!parsed.success) throw new InvalidInput(problemsOf(parsed.error.issues));
  await breathe();
  const file = parsed.data;
  if (!file.agencies.some((agency) => agency.ref === by.actor.agencyRef)) {
    throw new InvalidInput([
      { path: 'agencies', message: `must include your own agency, "${by.actor.agencyRef}"` },
    ]);
  }
  const problems = caseFileReferenceProblems(file);
  if (problems.length > 0) throw new InvalidInput(problems.map(problemAt));
  await breathe();
  const [imported] = await importCaseFiles(db, [file], {
    partnershipId: by.actor.partnershipId,
    actor: by.actor,
    address: by.address,
    action,
  });
  if (!imported) throw new Error('import wrote no case');
  return imported;
}

/** A reference problem (`entries[2].worker: no worker …`) as a path and a message. */
function problemAt(problem: string): Problem {
  const split = problem.indexOf(': ');
  return split < 0
    ? { path: '', message: problem }
    : { path: problem.slice(0, split), message: problem.slice(split + 2) };
}
