// Procedure packs: each partnership's local procedure as data (DESIGN.md, "Procedure packs").
import type { PackId } from '../vocabularies.js';
import { barnsley } from './barnsley.js';
import { forthValley } from './forth-valley.js';
import { miltonKeynes } from './milton-keynes.js';
import { rochdale } from './rochdale.js';
import { sussex } from './sussex.js';
import type { Pack } from './types.js';

export type {
  FindingGuidance,
  Guidance,
  Guide,
  GuideQuestion,
  Nation,
  Pack,
  Question,
  Thresholds,
} from './types.js';

/** The five packs, keyed by the `packIds` of the exchange format. */
export const packs: Record<PackId, Pack> = {
  'milton-keynes': miltonKeynes,
  barnsley,
  rochdale,
  sussex,
  'forth-valley': forthValley,
};

/** The pack a case names; a RangeError for an id that is not one of `packIds`. */
export function packFor(id: string): Pack {
  if (!Object.hasOwn(packs, id)) throw new RangeError(`no procedure pack "${id}"`);
  return packs[id as PackId];
}
