// Small constructors that keep the packs' data readable: a sentence and the paragraphs it paraphrases.
import type { MeetingType } from '../vocabularies.js';
import type { Citation, DecisionStep, FindingGuidance, Guidance, Question } from './types.js';

/** A sentence in our own words, citing `MK 5.1.9.1` or `FV "Keeping Staff Safe"`. */
export const cite = (text: string, ...citations: Citation[]): Guidance => ({ text, citations });

/** A checklist question with the stable id its answers are saved against. */
export const ask = (id: string, text: string, ...citations: Citation[]): Question => ({
  id,
  text,
  citations,
});

/** A finding's title, the paragraphs it applies, and the next steps the procedure asks for. */
export const finding = (title: string, citations: Citation[], ...nextSteps: Guidance[]): FindingGuidance => ({
  title,
  citations,
  nextSteps,
});

/** A step a decision sets in motion, due `workingDays` after the meeting; its text should name it. */
export const decisionStep = (
  name: string,
  text: string,
  due: { workingDays: number; meeting?: MeetingType },
  ...citations: Citation[]
): DecisionStep => ({ name, text, citations, ...due });
