// GOV.UK date inputs post three boxes (`openedOn-day`, `-month`, `-year`); these read them as YYYY-MM-DD.
import { isCalendarDate } from '../../domain/time.js';
import type { Problem } from '../../services/errors.js';

export interface DateParts {
  day: string;
  month: string;
  year: string;
}

export function datePartsFrom(body: Record<string, unknown>, name: string): DateParts {
  const part = (suffix: string) => {
    const value = body[`${name}-${suffix}`];
    return typeof value === 'string' ? value.trim() : '';
  };
  return { day: part('day'), month: part('month'), year: part('year') };
}

export function datePartsOf(date: string | undefined): DateParts {
  if (!date) return { day: '', month: '', year: '' };
  return { day: String(Number(date.slice(8, 10))), month: String(Number(date.slice(5, 7))), year: date.slice(0, 4) };
}

/**
 * The date the boxes hold, undefined when all are empty, or a problem for the field. `what` names the
 * date in messages: "Enter the date the case opened".
 */
export function dateFrom(parts: DateParts, name: string, what: string, problems: Problem[]): string | undefined {
  const { day, month, year } = parts;
  if (!day && !month && !year) return undefined;
  const date = `${year}-${month.padStart(2, '0')}-${day.padStart(2, '0')}`;
  if (!day || !month || !year) {
    problems.push({ path: name, message: `${capitalise(what)} must include a day, month and year` });
  } else if (!/^\d{4}$/.test(year) || !isCalendarDate(date)) {
    problems.push({ path: name, message: `${capitalise(what)} must be a real date` });
  } else {
    return date;
  }
  return undefined;
}

const capitalise = (text: string) => text.charAt(0).toUpperCase() + text.slice(1);
