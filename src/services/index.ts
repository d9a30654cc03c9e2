// The services the pages, the API and the command line share.
import type { Db } from '../store/database.js';
import { caseService } from './cases.js';
import { entryService } from './entries.js';

export function createServices(db: Db) {
  return {
    cases: caseService(db),
    entries: entryService(db),
  };
}

export type Services = ReturnType<typeof createServices>;
