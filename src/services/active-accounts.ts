// A deactivated user is nobody: every request finds its user through `actorFor` (the pages' session, the
// API's token), so a deactivated account stops working at once, mid-session included.
import type { Db } from '../store/database.js';
import type { AccountService } from './accounts.js';

export function activeAccountsOnly<T extends Pick<AccountService, 'actorFor'>>(db: Db, accounts: T): T {
  return {
    ...accounts,
    async actorFor(userId: number) {
      const user = await db
        .selectFrom('users')
        .select('deactivated_at')
        .where('id', '=', userId)
        .executeTakeFirst();
      return user && !user.deactivated_at ? accounts.actorFor(userId) : null;
    },
  };
}
