// When the child cannot be seen: the Children's Reporter (Forth Valley) and a police welfare check (all).
import type { Detector, Spell } from '../detector.js';
import { dateText } from '../explain.js';
import { merge } from '../spells.js';
import { isFailedContact, meantFor, nameOf, ofKind, planAt } from '../timeline.js';

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
          evidence: [...new Set(causes.flatMap((s) => s.describe().evidence))],
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
export const policeWelfareCheck: Detector = (t, found) =>
  found
    .of('child-not-seen')
    .filter((s) => s.severity === 'critical' && s.subject)
    .flatMap((spell): Spell[] => {
      const child = spell.subject as string;
      const forChild = t.contacts.filter((c) => meantFor(t, c.entry).includes(child));
      // The condition changes only with a new contact, so it is judged at the start of the critical spell and at each contact in it.
      const points = [
        spell.from,
        ...forChild.filter((c) => c.ms > spell.from && c.ms < spell.to).map((c) => c.ms),
      ];
      const lastTwoFailed = (at: number) => {
        const lastTwo = forChild.filter((c) => c.ms <= at).slice(-2);
        return lastTwo.length === 2 && lastTwo.every((c) => isFailedContact(c.entry));
      };
      return points
        .map((from, i): Spell => ({
          code: 'police-welfare-check-consider',
          severity: 'critical',
          subject: child,
          from,
          to: points[i + 1] ?? spell.to,
          describe: () => {
            const lastTwo = forChild.filter((c) => c.ms <= t.now).slice(-2);
            return {
              evidence: lastTwo.map((c) => c.entry.id),
              explanation: `${nameOf(t, child)} has gone unseen far past the limit and the last two attempts to see them failed (${lastTwo.map((c) => dateText(c.ms)).join(' and ')}).`,
            };
          },
        }))
        .filter((s) => lastTwoFailed(s.from) && s.to > s.from);
    });
