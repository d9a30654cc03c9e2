// A deactivated user is nobody: every request finds its user through `actorFor` (the pages' session, the
// API's token), so a deactivated account stops working at once, mid-session included.
import { transaction, type Db } from '../store/database.js';
import { isActiveUser } from '../store/users.js';
import type { AccountService } from './accounts.js';

export function activeAccountsOnly<T extends Pick<AccountService, 'actorFor'>>(db: Db, accounts: T): T {
  return {
    ...accounts,
    async actorFor(userId: number) {
      const active = await transaction(db, (tx) => isActiveUser(tx, userId));
      return active ? accounts.actorFor(userId) : null;
    },
  };
}
