import { describe, expect, it } from 'vitest';
import { parseCaseFile } from '../../src/domain/validation.js';
import {
  askWhom,
  isRestricted,
  mayRead,
  readableFile,
  readingOf,
  restrictionsOf,
  withheldFrom,
  type Reader,
} from '../../src/domain/restrictions.js';
import { aCase } from '../support/case-builder.js';

const family = aCase()
  .withAgency('csc', 'social-care', "Children's Social Care")
  .withAgency('hv', 'health-visiting', 'Health Visiting')
  .withWorker('w1', 'csc', 'Sam Patel')
  .withWorker('w2', 'hv', 'Jo Hale')
  .withChild('c1', '2020-01-01')
  .withParent('m1');

const safeAddress = family
  .withContact({ id: 'e1', note: 'Seen at home.' })
  .withEntry({
    id: 'e2',
    kind: 'address-change',
    agency: 'csc',
    worker: 'w1',
    person: 'm1',
    restricted: ['manager'],
    note: 'Refuge at 1 Hidden Lane.',
  })
  .build();

const reader = (role: Reader['role'], agencyRef: string, workerRef = 'someone'): Reader => ({
  role,
  agencyRef,
  workerRef,
});
const practitionerOfHv = reader('practitioner', 'hv', 'w2');
const managerOfCsc = reader('manager', 'csc', 'm9');
const entry = (id: string) => safeAddress.entries.find((e) => e.id === id)!;

describe('who may read a restricted entry', () => {
  it('anyone may read an entry that is not restricted', () => {
    expect(mayRead(practitionerOfHv, entry('e1'))).toBe(true);
  });

  it('a safe address restricted to managers is read by a manager of any agency, not a practitioner', () => {
    expect(mayRead(managerOfCsc, entry('e2'))).toBe(true);
    expect(mayRead(reader('manager', 'hv'), entry('e2'))).toBe(true);
    expect(mayRead(practitionerOfHv, entry('e2'))).toBe(false);
    expect(mayRead(reader('practitioner', 'csc'), entry('e2'))).toBe(false);
  });

  it('the worker who recorded it always may', () => {
    expect(mayRead(reader('practitioner', 'csc', 'w1'), entry('e2'))).toBe(true);
  });

  it('a disclosure restricted to an agency is read by every worker of that agency, whatever their role', () => {
    const disclosure = { ...entry('e2'), restricted: ['hv'] };
    expect(mayRead(practitionerOfHv, disclosure)).toBe(true);
    expect(mayRead(managerOfCsc, disclosure)).toBe(false);
  });
});

describe('corrections of a restricted entry', () => {
  const corrected = family
    .withContact({ id: 'e1', restricted: ['hv'], note: 'Disclosure.' })
    .withContact({ id: 'e2', amends: 'e1', note: 'Disclosure, corrected.' })
    .withContact({ id: 'e3', note: 'Nothing to hide.' })
    .withContact({ id: 'e4', amends: 'e3', restricted: ['manager'], note: 'Now restricted.' })
    .build();

  it('a correction of a restricted entry is restricted as it is, though it does not say so', () => {
    expect(restrictionsOf(corrected.entries).get('e2')).toEqual([['hv']]);
    expect(isRestricted(corrected.entries[1]!, corrected.entries)).toBe(true);
    expect(readableFile(corrected, managerOfCsc).entries.map((e) => e.id)).not.toContain('e2');
  });

  it('a correction that restricts an earlier entry hides the entry from then on', () => {
    const ids = readableFile(corrected, practitionerOfHv).entries.map((e) => e.id);
    expect(ids).toEqual(['e1', 'e2']);
  });

  it('a reader must be in every restriction of the family', () => {
    const twice = family
      .withContact({ id: 'e1', restricted: ['hv'] })
      .withContact({ id: 'e2', amends: 'e1', restricted: ['manager'] })
      .build();
    expect(readableFile(twice, practitionerOfHv).entries).toEqual([]);
    expect(readableFile(twice, reader('manager', 'hv')).entries).toHaveLength(2);
  });
});

describe('what someone outside the audience receives', () => {
  it('that the entry exists, when, who recorded it and whom to ask: never what it says', () => {
    const [withheld] = withheldFrom(safeAddress, practitionerOfHv);
    expect(withheld).toEqual({
      id: 'e2',
      kind: 'address-change',
      at: entry('e2').at,
      agency: 'csc',
      worker: 'w1',
      restricted: ['manager'],
      withheld: true,
      ask: { worker: 'Sam Patel', agency: "Children's Social Care", audience: ['managers'] },
    });
    expect(JSON.stringify(withheld)).not.toContain('Hidden Lane');
    expect(askWhom(withheld!.ask)).toBe("Sam Patel (Children's Social Care), or managers");
  });

  it('a reader of everything gets the entries as they are', () => {
    const reading = readingOf(safeAddress, managerOfCsc);
    expect(reading.file()).toBe(safeAddress);
    expect(reading.entry(entry('e2'))).toBe(entry('e2'));
  });
});

describe('the values of `restricted`', () => {
  it('name roles or the case file’s agencies; anything else is an error naming where', () => {
    const file = family.withContact({ restricted: ['manager', 'hv', 'manger'] }).buildUnchecked();
    expect(parseCaseFile(file)).toEqual({
      ok: false,
      problems: ['entries[0].restricted[2]: no role or agency with ref "manger"'],
    });
  });
});
