// The references inside a case file must resolve: an entry names agencies, workers, people and
// earlier entries of the same file by their refs and ids.
import type { CaseFile } from './case-file.js';
import type { Entry } from './entries.js';
import { isReaderRole } from './restrictions.js';

type Check = (value: string, path: string) => void;

export function caseFileReferenceProblems(file: CaseFile): string[] {
  const problems: string[] = [];
  const agencies = uniqueRefs(file.agencies, 'agencies', problems);
  const workers = uniqueRefs(file.workers, 'workers', problems);
  const people = uniqueRefs(file.people, 'people', problems);
  const children = new Set(
    file.people.filter((person) => person.role === 'child').map((person) => person.ref),
  );

  const mustBeIn =
    (known: Set<string>, what: string): Check =>
    (value, path) => {
      if (!known.has(value)) problems.push(`${path}: no ${what} with ref "${value}"`);
    };
  const agency = mustBeIn(agencies, 'agency');
  const worker = mustBeIn(workers, 'worker');
  const person = mustBeIn(people, 'person');
  const child = mustBeIn(children, 'child');
  const each = (values: readonly string[] | undefined, path: string, check: Check) =>
    values?.forEach((value, index) => check(value, `${path}[${index}]`));

  file.workers.forEach((w, i) => agency(w.agency, `workers[${i}].agency`));
  file.people.forEach((p, i) => {
    each(p.livesWithChildren, `people[${i}].livesWithChildren`, child);
    each(p.hasContactWith, `people[${i}].hasContactWith`, child);
  });

  const earlier = new Map<string, Entry>();
  file.entries.forEach((entry, i) => {
    const at = `entries[${i}]`;
    if (earlier.has(entry.id)) problems.push(`${at}.id: "${entry.id}" is used by an earlier entry`);
    if (entry.agency) agency(entry.agency, `${at}.agency`);
    if (entry.worker) worker(entry.worker, `${at}.worker`);
    // A restriction names roles (restrictions.ts) or the case's agencies; a typo would hide it from everyone.
    each(entry.restricted, `${at}.restricted`, (value, path) => {
      if (!isReaderRole(value) && !agencies.has(value))
        problems.push(`${path}: no role or agency with ref "${value}"`);
    });
    if (entry.amends) {
      const target = earlier.get(entry.amends);
      if (!target) problems.push(`${at}.amends: no earlier entry with id "${entry.amends}"`);
      else if (target.kind !== entry.kind)
        problems.push(`${at}.amends: "${entry.amends}" is a ${target.kind}, not a ${entry.kind}`);
    }
    const entryOf =
      (kind: Entry['kind']): Check =>
      (value, path) => {
        if (earlier.get(value)?.kind !== kind)
          problems.push(`${path}: no earlier ${kind} entry with id "${value}"`);
      };
    checkEntryFields(entry, at, { agency, worker, person, child, entryOf, each, problems, earlier });
    earlier.set(entry.id, entry);
  });
  return problems;
}

interface Checks {
  agency: Check;
  worker: Check;
  person: Check;
  child: Check;
  entryOf: (kind: Entry['kind']) => Check;
  each: (values: readonly string[] | undefined, path: string, check: Check) => void;
  problems: string[];
  earlier: Map<string, Entry>;
}

// An entry's `agency` and `worker` are checked with the fields every entry has, also where a kind requires
// them (allocation's worker, involvement-end's agency): checking them here too would report them twice.
function checkEntryFields(entry: Entry, at: string, c: Checks): void {
  switch (entry.kind) {
    case 'contact':
      c.each(entry.for, `${at}.for`, c.person);
      c.each(entry.seen, `${at}.seen`, c.person);
      c.each(entry.seenAlone, `${at}.seenAlone`, c.child);
      c.each(entry.childViews, `${at}.childViews`, c.child);
      return;
    case 'incident':
      if (entry.against) c.worker(entry.against, `${at}.against`);
      return;
    case 'debrief':
      return c.entryOf('incident')(entry.incident, `${at}.incident`);
    case 'meeting':
      c.each(entry.attendees, `${at}.attendees`, c.agency);
      return;
    case 'manager-discussion':
      if (entry.manager) c.worker(entry.manager, `${at}.manager`);
      return;
    case 'supervision':
      if (entry.supervisor) c.worker(entry.supervisor, `${at}.supervisor`);
      return;
    case 'visit-plan':
      if (entry.managerAgreedLone) c.worker(entry.managerAgreedLone, `${at}.managerAgreedLone`);
      return;
    case 'check-out':
    case 'check-in':
      return c.entryOf('visit-plan')(entry.visit, `${at}.visit`);
    case 'agreement-review': {
      c.entryOf('agreement')(entry.agreement, `${at}.agreement`);
      const agreement = c.earlier.get(entry.agreement);
      if (agreement?.kind === 'agreement' && !agreement.items.some((item) => item.id === entry.item))
        c.problems.push(`${at}.item: agreement "${entry.agreement}" has no item "${entry.item}"`);
      return;
    }
    case 'alert':
      c.each(entry.to, `${at}.to`, c.agency);
      return c.each(entry.unreached, `${at}.unreached`, (value, path) => {
        if (!entry.to.includes(value))
          c.problems.push(`${path}: "${value}" is not one of the agencies in to`);
      });
    case 'meeting-scheduled':
      return c.each(entry.invited, `${at}.invited`, c.agency);
    case 'action-update': {
      c.entryOf('meeting')(entry.meeting, `${at}.meeting`);
      // The meeting as last corrected before this entry: a correction may have added actions.
      const meeting = [...c.earlier.values()]
        .filter((e) => e.id === entry.meeting || e.amends === entry.meeting)
        .at(-1);
      if (meeting?.kind === 'meeting' && entry.action >= (meeting.actions?.length ?? 0))
        c.problems.push(`${at}.action: meeting "${entry.meeting}" has no action ${entry.action}`);
      return;
    }
    case 'stage-of-change':
    case 'goal':
    case 'address-change':
    case 'gp-change':
    case 'hospital-attendance':
      return c.person(entry.person, `${at}.person`);
    case 'attendance':
      return c.child(entry.person, `${at}.person`);
    default:
      return;
  }
}

function uniqueRefs(items: readonly { ref: string }[], path: string, problems: string[]): Set<string> {
  const seen = new Set<string>();
  items.forEach((item, index) => {
    if (seen.has(item.ref)) problems.push(`${path}[${index}].ref: "${item.ref}" is used twice`);
    seen.add(item.ref);
  });
  return seen;
}
