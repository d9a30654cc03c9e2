// The words of explanations: dates as people in the UK write them, counts of outcomes, lists.
import { outcomeLabels } from '../labels.js';
import type { Contact } from '../entries.js';
import type { Plan } from '../vocabularies.js';
import { ukDayNumber } from '../time.js';
import { ukDay, type Timed } from './timeline.js';

const months = [
  'January',
  'February',
  'March',
  'April',
  'May',
  'June',
  'July',
  'August',
  'September',
  'October',
  'November',
  'December',
];

/** "2 March 2026" for an instant (UK calendar). */
export function dateText(ms: number): string {
  // Kept by day number once made, like the days' YYYY-MM-DD (time.ts): explanations name the same days.
  const n = ukDayNumber(ms);
  const kept = n !== null && n >= keptFrom && n < keptUntil;
  let text = kept ? dateTexts[n - keptFrom] : undefined;
  if (text === undefined) {
    const day = ukDay(ms);
    text = `${Number(day.slice(8, 10))} ${months[Number(day.slice(5, 7)) - 1]} ${day.slice(0, 4)}`;
    if (kept) dateTexts[n - keptFrom] = text;
  }
  return text;
}
const keptFrom = Date.UTC(1900, 0, 1) / 86_400_000;
const keptUntil = Date.UTC(2200, 0, 1) / 86_400_000;
const dateTexts: (string | undefined)[] = new Array<string | undefined>(keptUntil - keptFrom);

/** "between 2 and 27 March 2026", "between 28 February and 3 March 2026", or "on 2 March 2026". */
export function betweenText(from: number, to: number): string {
  const a = dateText(from);
  const b = dateText(to);
  if (a === b) return `on ${a}`;
  const [aDay, aMonth, aYear] = a.split(' ');
  const [, bMonth, bYear] = b.split(' ');
  if (aYear === bYear && aMonth === bMonth) return `between ${aDay} and ${b}`;
  if (aYear === bYear) return `between ${aDay} ${aMonth} and ${b}`;
  return `between ${a} and ${b}`;
}

/** "no answer (2), refused entry (1)". */
export function outcomeCounts(contacts: readonly Timed<Contact>[]): string {
  const counts = new Map<string, number>();
  for (const { entry } of contacts) {
    const label = entry.outcome.startsWith('no-answer')
      ? 'no answer'
      : outcomeLabels[entry.outcome].toLowerCase();
    counts.set(label, (counts.get(label) ?? 0) + 1);
  }
  return [...counts].map(([label, n]) => `${label} (${n})`).join(', ');
}

/** "a, b and c" (or, with `or`, "a, b or c"). */
export function listText(items: readonly string[], last: 'and' | 'or' = 'and'): string {
  if (items.length <= 1) return items.join('');
  return `${items.slice(0, -1).join(', ')} ${last} ${items.at(-1)}`;
}

export const plural = (n: number, one: string, many = `${one}s`): string => `${n} ${n === 1 ? one : many}`;

const planPhrases: Record<Plan, string> = {
  'child-protection': 'on a child protection plan',
  'compulsory-supervision': 'subject to a compulsory supervision order',
  'looked-after': 'who is looked after',
  'child-in-need': 'on a child in need plan',
  'early-help': 'receiving early help',
};

/** "on a child protection plan", "subject to a compulsory supervision order". */
export const planPhrase = (plan: Plan): string => planPhrases[plan];
