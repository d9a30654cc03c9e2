// The services the pages, the API and the command line share, built once from the database.
// Add each new service here; routes receive them as plugin options and never see the database.
import type { Db } from '../store/database.js';
import { accountService } from './accounts.js';
import { caseService } from './cases.js';
import { entryService } from './entries.js';

export function createServices(db: Db) {
  return {
    accounts: accountService(db),
    cases: caseService(db),
    entries: entryService(db),
  };
}

export type Services = ReturnType<typeof createServices>;
