// Procedure packs: each partnership's local procedure as data (DESIGN.md, "Procedure packs").
// Issue 3 names them; the assessment issue gives each its thresholds, terms, checklists and strategies.
import type { Behaviour, PackId } from '../vocabularies.js';
import { behaviourGuidance, indicatorGuidance, type Guidance } from './common.js';

export type Nation = 'england-and-wales' | 'scotland';

export interface Pack {
  id: PackId;
  name: string;
  nation: Nation;
  behaviours: Record<Behaviour, Guidance>;
  indicators: Guidance;
}

const pack = (id: PackId, name: string, nation: Nation): Pack => ({
  id,
  name,
  nation,
  behaviours: behaviourGuidance,
  indicators: indicatorGuidance,
});

export const packs: Record<PackId, Pack> = {
  'milton-keynes': pack('milton-keynes', 'Milton Keynes: hard to engage families', 'england-and-wales'),
  barnsley: pack('barnsley', 'Barnsley: engaging families toolkit', 'england-and-wales'),
  rochdale: pack('rochdale', 'Rochdale: hard to engage families briefing', 'england-and-wales'),
  sussex: pack('sussex', 'Sussex: working with uncooperative families', 'england-and-wales'),
  'forth-valley': pack('forth-valley', 'Forth Valley: services finding it hard to engage', 'scotland'),
};

export function packFor(id: string): Pack {
  const found = packs[id as PackId];
  if (!found) throw new RangeError(`no procedure pack "${id}"`);
  return found;
}
