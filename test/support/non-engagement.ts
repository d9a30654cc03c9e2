// The family the non-engagement findings' tests work with, and their contacts written compactly.
import { aCase, type CaseBuilder, type ContactInput } from './case-builder.js';

/** A child in need case: social care (csc), health visiting (hv) and a school (sch) working with Amy's family. */
export const family = (): CaseBuilder =>
  aCase().withAgency('hv').withAgency('sch').withChild('c1', '2019-05-01', 'Amy');

/** A contact by id, time and outcome; the rest (agency, mode, who was seen) in `more`. */
export const visit = (
  id: string,
  at: string,
  outcome: ContactInput['outcome'],
  more: ContactInput = {},
): ContactInput => ({ id, at, outcome, ...more });
