// The demo partnership's agencies and the staff named on its cases (FORMAT.md, "Importing into a
// partnership"). `worker`, `manager` and `worker2` have accounts (see ../demo.ts); the others are named
// workers without one.
import type { AgencyType } from '../../domain/vocabularies.js';

export const demoAgencies = {
  csc: { type: 'social-care', name: "Children's Social Care", team: 'Family Safeguarding Team A' },
  hv: { type: 'health-visiting', name: 'Health Visiting', team: 'Health Visiting North' },
  sch: { type: 'school', name: 'Oakfield Primary School', team: 'Oakfield Safeguarding Team' },
  pol: { type: 'police', name: 'Police', team: 'Public Protection Unit' },
} as const satisfies Record<string, { type: AgencyType; name: string; team: string }>;

export type DemoAgencyRef = keyof typeof demoAgencies;

export const demoStaff: Record<string, { agency: DemoAgencyRef; name: string }> = {
  worker: { agency: 'csc', name: 'Sam Taylor' },
  manager: { agency: 'csc', name: 'Jo Morgan' },
  sw2: { agency: 'csc', name: 'Daniel Mensah' },
  sw3: { agency: 'csc', name: 'Claire Hughes' },
  worker2: { agency: 'hv', name: 'Priya Shah' },
  t1: { agency: 'sch', name: 'Designated safeguarding lead' },
  pc1: { agency: 'pol', name: 'PC Evans' },
};

// Who recorded an entry, to spread into it: `{ ...sam, kind: … }`.
export const sam = { agency: 'csc', worker: 'worker' } as const;
export const jo = { agency: 'csc', worker: 'manager' } as const;
export const daniel = { agency: 'csc', worker: 'sw2' } as const;
export const claire = { agency: 'csc', worker: 'sw3' } as const;
export const priya = { agency: 'hv', worker: 'worker2' } as const;
export const dsl = { agency: 'sch', worker: 't1' } as const;
export const pcEvans = { agency: 'pol', worker: 'pc1' } as const;
