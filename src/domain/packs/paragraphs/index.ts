// Every paraphrase, keyed by citation, from which each pack takes the ones it cites.
import { barnsleyParagraphs } from './barnsley.js';
import { forthValleyParagraphs } from './forth-valley.js';
import { miltonKeynesParagraphs } from './milton-keynes.js';
import { rochdaleParagraphs } from './rochdale.js';
import { sussexParagraphs } from './sussex.js';

export const paraphrases: Readonly<Record<string, string>> = {
  ...miltonKeynesParagraphs,
  ...barnsleyParagraphs,
  ...rochdaleParagraphs,
  ...sussexParagraphs,
  ...forthValleyParagraphs,
};
