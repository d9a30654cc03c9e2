// How easy a text is to read, as a UK reading age: the Flesch–Kincaid grade level (the `flesch-kincaid`
// and `syllable` packages) plus five, the usual step from a US school grade to an age. A summary for a
// family should read at about 9 to 11 (SX 1.7.28: information in a form the family can take in; BEF 9.2:
// plain English at the right level).
import { fleschKincaid } from 'flesch-kincaid';
import { syllable } from 'syllable';

export const readingAgeTarget = { from: 9, to: 11 } as const;

const wordPattern = /[A-Za-z0-9]+(?:['’][A-Za-z]+)*/g;

/** The reading age of `text` in whole years (never below 5), or null when it has no words. */
export function readingAge(text: string): number | null {
  const words = text.match(wordPattern) ?? [];
  if (words.length === 0) return null;
  const sentences = text
    .split(/[.!?]+(?=\s|$)|\n+/)
    .filter((sentence) => /[A-Za-z0-9]/.test(sentence)).length;
  // A number ("10:30", "12") is read as one short word.
  const syllables = words.reduce((total, word) => total + Math.max(1, syllable(word)), 0);
  const grade = fleschKincaid({ sentence: Math.max(1, sentences), word: words.length, syllable: syllables });
  return Math.max(5, Math.round(grade + 5));
}

/** What the worker is told about a reading age, against the target. */
export function readingAgeAdvice(age: number | null): { withinTarget: boolean; text: string } {
  if (age === null) return { withinTarget: false, text: 'There are no words to measure yet.' };
  const { from, to } = readingAgeTarget;
  if (age <= to)
    return {
      withinTarget: true,
      text: `Reading age about ${age}: easy to read (the aim is ${from} to ${to}).`,
    };
  return {
    withinTarget: false,
    text: `Reading age about ${age}: harder than the aim of ${from} to ${to}. Use shorter sentences and everyday words.`,
  };
}
