// Case files for tests, built a fact at a time (STYLE.md: builders instead of large JSON fixtures):
//   aCase().withChild('c1', '2025-09-14').withContact({ outcome: 'no-answer-believed-in' }).build()
// Every method returns a new builder, so a shared starting point can be extended by several tests.
// Defaults: pack milton-keynes, plan child-in-need, agency `csc` (social care), worker `w1` of csc, entry ids
// e1, e2, … and entry times one day apart at 10:00 from the day after the case was opened.
import type { Agency, CaseDetails, CaseFile, Needs, Person, Worker } from '../../src/domain/case-file.js';
import { formatVersion } from '../../src/domain/case-file.js';
import type { Contact, Entry } from '../../src/domain/entries.js';
import { parseCaseFile } from '../../src/domain/validation.js';
import type { AgencyType, PackId, PersonRole, Plan } from '../../src/domain/vocabularies.js';

type DistributiveOmit<T, K extends PropertyKey> = T extends unknown ? Omit<T, K> : never;

/** An entry as a test writes it: the builder fills in `id` and `at` when they are left out. */
export type EntryInput = DistributiveOmit<Entry, 'id' | 'at'> & { id?: string; at?: string };

export type ContactInput = Partial<Omit<Contact, 'kind'>>;

export interface PersonOptions {
  name?: string;
  dateOfBirth?: string;
  livesWith?: string[];
  hasContactWith?: string[];
  needs?: Needs;
}

// The demo partnership's agency refs (FORMAT.md), so `withAgency('hv')` needs no type.
const demoAgencyTypes: Record<string, AgencyType> = {
  csc: 'social-care',
  hv: 'health-visiting',
  sch: 'school',
  pol: 'police',
};

const agencyNames: Partial<Record<AgencyType, string>> = {
  'social-care': "Children's Social Care",
  'health-visiting': 'Health Visiting',
  school: 'Primary School',
  police: 'Police',
};

export class CaseBuilder {
  private constructor(private readonly file: CaseFile) {}

  static start(): CaseBuilder {
    return new CaseBuilder({
      format: formatVersion,
      case: { ref: 'FAM-0001', pack: 'milton-keynes', plan: 'child-in-need', openedOn: '2026-01-05' },
      agencies: [{ ref: 'csc', type: 'social-care', name: "Children's Social Care" }],
      workers: [{ ref: 'w1', agency: 'csc', name: 'Worker One' }],
      people: [],
      entries: [],
    });
  }

  withRef(ref: string): CaseBuilder {
    return this.withDetails({ ref });
  }

  withPack(pack: PackId): CaseBuilder {
    return this.withDetails({ pack });
  }

  withPlan(plan: Plan): CaseBuilder {
    return this.withDetails({ plan });
  }

  openedOn(openedOn: string): CaseBuilder {
    return this.withDetails({ openedOn });
  }

  withNextReviewOn(nextReviewOn: string): CaseBuilder {
    return this.withDetails({ nextReviewOn });
  }

  /** Adds an agency, or replaces the one with the same ref; the type defaults from the demo refs, else `other`. */
  withAgency(ref: string, type: AgencyType = demoAgencyTypes[ref] ?? 'other', name?: string): CaseBuilder {
    const agency: Agency = { ref, type, name: name ?? agencyNames[type] ?? `Agency ${ref}` };
    return this.with({ agencies: replaceByRef(this.file.agencies, agency) });
  }

  /** Adds a worker of an agency already on the case (csc unless said), or replaces the one with the same ref. */
  withWorker(ref: string, agency = 'csc', name = `Worker ${ref}`): CaseBuilder {
    const worker: Worker = { ref, agency, name };
    return this.with({ workers: replaceByRef(this.file.workers, worker) });
  }

  withChild(ref: string, dateOfBirth: string, name = `Child ${ref}`): CaseBuilder {
    return this.withPerson(ref, 'child', { name, dateOfBirth });
  }

  withParent(ref: string, options: PersonOptions = {}): CaseBuilder {
    return this.withPerson(ref, 'parent', options);
  }

  withPerson(ref: string, role: PersonRole, options: PersonOptions = {}): CaseBuilder {
    const person: Person = {
      ref,
      role,
      name: options.name ?? `${role} ${ref}`,
      ...(options.dateOfBirth !== undefined && { dateOfBirth: options.dateOfBirth }),
      ...(options.livesWith !== undefined && { livesWithChildren: options.livesWith }),
      ...(options.hasContactWith !== undefined && { hasContactWith: options.hasContactWith }),
      ...(options.needs !== undefined && { needs: options.needs }),
    };
    return this.with({ people: replaceByRef(this.file.people, person) });
  }

  /** A contact by csc's worker w1: a planned, announced home visit, completed unless said otherwise. */
  withContact(contact: ContactInput = {}): CaseBuilder {
    return this.withEntry({
      kind: 'contact',
      agency: 'csc',
      worker: 'w1',
      mode: 'home-visit',
      planned: true,
      announced: true,
      outcome: 'completed',
      ...contact,
    });
  }

  /** Adds an entry after the others, with the next free id `eN` and a day after the last entry unless given. */
  withEntry(input: EntryInput): CaseBuilder {
    const { id, at, ...rest } = input;
    const entry = { id: id ?? this.nextId(), at: at ?? this.nextTime(), ...rest } as Entry;
    return this.with({ entries: [...this.file.entries, entry] });
  }

  /** The case file, after checking it is valid (shape and references); throws with every problem if not. */
  build(): CaseFile {
    const parsed = parseCaseFile(this.file);
    if (!parsed.ok) throw new Error(`the built case file is not valid:\n  ${parsed.problems.join('\n  ')}`);
    return parsed.value;
  }

  /** The case file as built, unchecked: for tests of what validation says about a broken file. */
  buildUnchecked(): CaseFile {
    return structuredClone(this.file);
  }

  private withDetails(details: Partial<CaseDetails>): CaseBuilder {
    return this.with({ case: { ...this.file.case, ...details } });
  }

  private with(part: Partial<CaseFile>): CaseBuilder {
    return new CaseBuilder({ ...this.file, ...part });
  }

  private nextId(): string {
    const used = new Set(this.file.entries.map((entry) => entry.id));
    let n = this.file.entries.length + 1;
    while (used.has(`e${n}`)) n += 1;
    return `e${n}`;
  }

  private nextTime(): string {
    const last = this.file.entries.at(-1);
    return `${dayAfter((last?.at ?? this.file.case.openedOn).slice(0, 10))}T10:00`;
  }
}

export function aCase(): CaseBuilder {
  return CaseBuilder.start();
}

function replaceByRef<T extends { ref: string }>(items: readonly T[], item: T): T[] {
  const index = items.findIndex((existing) => existing.ref === item.ref);
  return index === -1 ? [...items, item] : items.map((existing, i) => (i === index ? item : existing));
}

function dayAfter(date: string): string {
  const [year, month, day] = date.split('-').map(Number) as [number, number, number];
  return new Date(Date.UTC(year, month - 1, day + 1)).toISOString().slice(0, 10);
}
