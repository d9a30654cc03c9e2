// The record-a-meeting form's fields, as a test posts them: the date and time boxes, rows of actions.
import { daysAgo } from './api.js';

/** The date and time boxes for a moment `days` ago, UK time. */
export function meetingTime(days: number): Record<string, string> {
  const at = daysAgo(days);
  return {
    'at-day': String(Number(at.slice(8, 10))),
    'at-month': String(Number(at.slice(5, 7))),
    'at-year': at.slice(0, 4),
    'at-time': at.slice(11, 16),
  };
}

/** Action row `row` (from 0): what, whose, and due in `days` (before today when negative). */
export function actionRow(row: number, what: string, owner: string, days: number): Record<string, string> {
  const on = daysAgo(-days);
  return {
    [`actions-${row}-what`]: what,
    [`actions-${row}-owner`]: owner,
    [`actions-${row}-due-day`]: String(Number(on.slice(8, 10))),
    [`actions-${row}-due-month`]: String(Number(on.slice(5, 7))),
    [`actions-${row}-due-year`]: on.slice(0, 4),
  };
}

/** A multi-agency meeting yesterday, attended by csc and hv, parents not excluded. */
export const aMeeting = {
  ...meetingTime(1),
  type: 'multi-agency',
  attendees: ['csc', 'hv'],
  parentsExcluded: 'no',
};
