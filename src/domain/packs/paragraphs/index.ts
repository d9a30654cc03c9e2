// Every paraphrase, keyed by citation, from which each pack takes the ones it cites: the seeds'
// paragraphs, and the sources outside the seeds (sources.ts).
import { namedSources } from '../sources.js';
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
  ...Object.fromEntries(
    Object.entries(namedSources).map(([citation, source]) => [citation, source.paraphrase]),
  ),
};
