// The demo partnership: four agencies, six accounts (one the duty contact) and the demo cases, loaded
// once (`stickability demo`).
import type { Role } from '../domain/policy.js';
import { transaction, type Db } from '../store/database.js';
import { hashPassword } from './accounts.js';
import { importCaseFile } from './case-files.js';
import { demoCaseFiles } from './demo-cases/index.js';
import { demoAgencies, type DemoAgencyRef } from './demo-cases/staff.js';

export const demoPartnershipName = 'Demo Partnership';
const demoPassword = 'demo-password-1';

interface DemoUser {
  email: string;
  role: Role;
  agency: DemoAgencyRef;
  workerRef: string;
  name: string;
  /** The worker ref of the user's line manager. */
  managedBy?: string;
}

// Managers come before the people they manage, so their ids are known when those are inserted.
const demoUsers: DemoUser[] = [
  { email: 'manager@demo.test', role: 'manager', agency: 'csc', workerRef: 'manager', name: 'Jo Morgan' },
  {
    email: 'worker@demo.test',
    role: 'practitioner',
    agency: 'csc',
    workerRef: 'worker',
    name: 'Sam Taylor',
    managedBy: 'manager',
  },
  {
    email: 'worker2@demo.test',
    role: 'practitioner',
    agency: 'hv',
    workerRef: 'worker2',
    name: 'Priya Shah',
  },
  {
    email: 'admin@demo.test',
    role: 'partnership-admin',
    agency: 'csc',
    workerRef: 'admin',
    name: 'Alex Reed',
  },
  { email: 'auditor@demo.test', role: 'auditor', agency: 'csc', workerRef: 'auditor', name: 'Morgan Blake' },
  // The duty contact told when a worker is overdue from a visit, beside their manager (MK 5.1.9.24).
  { email: 'duty@demo.test', role: 'practitioner', agency: 'csc', workerRef: 'duty', name: 'Dee Walsh' },
];

/**
 * Made-up safeguarding contacts for the agencies nobody in the demo works for, so an alert to them says
 * how to tell them instead (told.ts).
 */
const demoContacts: Partial<Record<DemoAgencyRef, string>> = {
  sch: 'Designated safeguarding lead, 01632 960123, dsl@oakfield.example.sch.uk',
  pol: 'Public Protection Unit referrals desk, 01632 960456, ppu.referrals@police.example',
};

/** The demo user who is the partnership's duty contact. */
const dutyContact = 'duty';

export interface DemoLoaded {
  /** False when the demo partnership was already there: nothing was changed. */
  created: boolean;
  /** The accounts to sign in with (password `demo-password-1`), whether or not they were created now. */
  users: { email: string; role: string }[];
}

/** Creates the demo partnership, its accounts and its cases in one transaction, unless it exists already. */
export async function loadDemo(db: Db, now: Date): Promise<DemoLoaded> {
  const users = demoUsers.map(({ email, role, workerRef }) => ({
    email,
    role: workerRef === dutyContact ? `${role}, duty contact` : role,
  }));
  if (await demoPartnershipExists(db)) return { created: false, users };

  const files = demoCaseFiles(now);
  const hashes = await Promise.all(demoUsers.map(() => hashPassword(demoPassword)));
  const createdAt = now.toISOString();

  return transaction(db, async (trx) => {
    // Checked again inside the transaction: another process may have loaded the demo meanwhile.
    if (await demoPartnershipExists(trx)) return { created: false, users };
    const { id: partnershipId } = await trx
      .insertInto('partnerships')
      .values({ name: demoPartnershipName, pack: 'milton-keynes', created_at: createdAt })
      .returning('id')
      .executeTakeFirstOrThrow();

    const places = new Map<DemoAgencyRef, { agencyId: number; teamId: number }>();
    for (const [ref, { type, name, team }] of Object.entries(demoAgencies) as [
      DemoAgencyRef,
      (typeof demoAgencies)[DemoAgencyRef],
    ][]) {
      const agency = await trx
        .insertInto('agencies')
        .values({
          partnership_id: partnershipId,
          ref,
          type,
          name,
          safeguarding_contact: demoContacts[ref] ?? null,
        })
        .returning('id')
        .executeTakeFirstOrThrow();
      const created = await trx
        .insertInto('teams')
        .values({ partnership_id: partnershipId, agency_id: agency.id, name: team })
        .returning('id')
        .executeTakeFirstOrThrow();
      places.set(ref, { agencyId: agency.id, teamId: created.id });
    }

    const userIds = new Map<string, number>();
    for (const [index, user] of demoUsers.entries()) {
      const place = places.get(user.agency);
      if (!place) throw new Error(`demo user ${user.email}: no agency ${user.agency}`);
      const { id } = await trx
        .insertInto('users')
        .values({
          partnership_id: partnershipId,
          agency_id: place.agencyId,
          team_id: place.teamId,
          email: user.email,
          name: user.name,
          worker_ref: user.workerRef,
          role: user.role,
          manager_id: user.managedBy ? (userIds.get(user.managedBy) ?? null) : null,
          password_hash: hashes[index] ?? '',
          created_at: createdAt,
        })
        .returning('id')
        .executeTakeFirstOrThrow();
      userIds.set(user.workerRef, id);
    }

    await trx
      .updateTable('partnerships')
      .set({ duty_user_id: userIds.get(dutyContact) ?? null })
      .where('id', '=', partnershipId)
      .execute();
    for (const file of files) await importCaseFile(trx, file, { partnershipId, actor: null });
    return { created: true, users };
  });
}

async function demoPartnershipExists(db: Db): Promise<boolean> {
  const found = await db
    .selectFrom('partnerships')
    .select('id')
    .where('name', '=', demoPartnershipName)
    .executeTakeFirst();
  return found !== undefined;
}
