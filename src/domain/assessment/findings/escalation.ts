// When the child cannot be seen: the Children's Reporter (Forth Valley) and a police welfare check (all).
import type { Detector, Spell } from '../detector.js';
import { dateText } from '../explain.js';
import { merge } from '../spells.js';
import type { Contact } from '../../entries.js';
import { contactsMeantFor, isFailedContact, nameOf, ofKind, planAt, type Timed } from '../timeline.js';
import { firstAfter } from '../window.js';

/**
 * reporter-notification-due / reporter-referral-consider (forth-valley): child-not-seen or refusal active
 * and the Reporter not informed since; compulsory measures make it a duty (critical), otherwise a
 * referral to consider (serious). FV "Best Practice".
 */
export const reporter: Detector = (t, found) => {
  if (t.pack.id !== 'forth-valley') return [];
  const triggers = merge([...found.of('child-not-seen'), ...found.of('refusal')]);
  const informed = ofKind(t, 'reporter-informed');
  return triggers.flatMap((spell): Spell[] => {
    const told = informed.find((r) => r.ms >= spell.from);
    const compulsory = planAt(t, Math.min(t.now, spell.to)) === 'compulsory-supervision';
    const to = Math.min(spell.to, told?.ms ?? Infinity);
    const due: Spell = {
      code: compulsory ? 'reporter-notification-due' : 'reporter-referral-consider',
      severity: compulsory ? 'critical' : 'serious',
      from: spell.from,
      to,
      describe: () => {
        const causes = [...found.of('child-not-seen'), ...found.of('refusal')].filter(
          (s) => s.from <= t.now && t.now < s.to,
        );
        return {
          evidence: [...new Set(causes.flatMap((s) => found.describe(s).evidence))],
          explanation: compulsory
            ? `The child is subject to compulsory measures and services have not been able to see them or gain access since ${dateText(spell.from)}; the Reporter has not been informed.`
            : `Services have not been able to see the child or gain access since ${dateText(spell.from)}; a referral to the Reporter has not been recorded.`,
        };
      },
    };
    return due.to > due.from ? [due] : [];
  });
};

/** police-welfare-check-consider: child-not-seen is critical and the last 2 contacts meant for the child failed. */
export const policeWelfareCheck: Detector = (t, found) => {
  const spells: Spell[] = [];
  for (const spell of found.of('child-not-seen')) {
    if (spell.severity !== 'critical' || !spell.subject) continue;
    const child = spell.subject;
    const forChild = contactsMeantFor(t, child);
    // The last two contacts meant for the child up to a moment, found by binary search in the list.
    const lastTwo = (at: number) => {
      const end = firstAfter(forChild, at);
      return forChild.slice(Math.max(0, end - 2), end);
    };
    const lastTwoFailed = (at: number) => {
      const end = firstAfter(forChild, at);
      const last = forChild[end - 1];
      const before = forChild[end - 2];
      return (
        end >= 2 &&
        isFailedContact((last as Timed<Contact>).entry) &&
        isFailedContact((before as Timed<Contact>).entry)
      );
    };
    const describe = () => {
      const recent = lastTwo(t.now);
      return {
        evidence: recent.map((c) => c.entry.id),
        explanation: `${nameOf(t, child)} has gone unseen far past the limit and the last two attempts to see them failed (${recent.map((c) => dateText(c.ms)).join(' and ')}).`,
      };
    };
    // The condition changes only with a new contact, so it is judged at the start of the critical spell
    // and at each contact in it; each point holds until the next (or the end of the spell).
    const points = [spell.from];
    for (let i = firstAfter(forChild, spell.from); i < forChild.length; i += 1) {
      const ms = (forChild[i] as Timed<Contact>).ms;
      if (ms >= spell.to) break;
      points.push(ms);
    }
    for (let i = 0; i < points.length; i += 1) {
      const from = points[i] as number;
      const to = points[i + 1] ?? spell.to;
      if (lastTwoFailed(from) && to > from) {
        spells.push({
          code: 'police-welfare-check-consider',
          severity: 'critical',
          subject: child,
          from,
          to,
          describe,
        });
      }
    }
  }
  return spells;
};
