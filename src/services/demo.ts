// The demo partnership: four agencies, six accounts (one the duty contact) and the demo cases, loaded
// once (`stickability demo`).
import type { Role } from '../domain/policy.js';
import {
  insertAgency,
  insertPartnership,
  insertTeam,
  insertUser,
  partnershipNamed,
  setDutyContact,
} from '../store/administration.js';
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

  return transaction(db, async (trx) => {
    // Checked again inside the transaction: another process may have loaded the demo meanwhile.
    if (await demoPartnershipExists(trx)) return { created: false, users };
    const partnershipId = await insertPartnership(trx, {
      name: demoPartnershipName,
      pack: 'milton-keynes',
      at: now,
    });

    const places = new Map<DemoAgencyRef, { agencyId: number; teamId: number }>();
    for (const [ref, { type, name, team }] of Object.entries(demoAgencies) as [
      DemoAgencyRef,
      (typeof demoAgencies)[DemoAgencyRef],
    ][]) {
      const agencyId = await insertAgency(trx, partnershipId, {
        ref,
        type,
        name,
        safeguardingContact: demoContacts[ref] ?? null,
      });
      const teamId = await insertTeam(trx, { partnershipId, agencyId, name: team });
      places.set(ref, { agencyId, teamId });
    }

    const userIds = new Map<string, number>();
    for (const [index, user] of demoUsers.entries()) {
      const place = places.get(user.agency);
      if (!place) throw new Error(`demo user ${user.email}: no agency ${user.agency}`);
      const id = await insertUser(
        trx,
        {
          partnershipId,
          agencyId: place.agencyId,
          teamId: place.teamId,
          email: user.email,
          name: user.name,
          workerRef: user.workerRef,
          role: user.role,
          managerId: user.managedBy ? (userIds.get(user.managedBy) ?? null) : null,
          at: now,
        },
        hashes[index] ?? '',
      );
      userIds.set(user.workerRef, id);
    }

    await setDutyContact(trx, partnershipId, userIds.get(dutyContact) ?? null);
    for (const file of files) await importCaseFile(trx, file, { partnershipId, actor: null });
    return { created: true, users };
  });
}

async function demoPartnershipExists(db: Db): Promise<boolean> {
  return (await transaction(db, (tx) => partnershipNamed(tx, demoPartnershipName))) !== undefined;
}
