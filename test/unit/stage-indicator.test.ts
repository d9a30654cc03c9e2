// The stage indicator on the case overview: each step done or current links to the entry that reached it,
// and a step the case went past without an entry of its own shows as skipped.
import { describe, expect, it } from 'vitest';
import { packFor } from '../../src/domain/packs/index.js';
import { presentStage } from '../../src/web/presenters/findings.js';

const pack = packFor('milton-keynes');
const states = (steps: { state: string }[]) => steps.map((step) => step.state);

describe('the stage indicator', () => {
  it('links each step reached to its entry, and no step still to come', () => {
    const { steps } = presentStage('manager-discussed', pack, {
      concern: '/c#entry-e2',
      'manager-discussed': '/c#entry-e4',
    });
    expect(steps.map((step) => [step.state, step.href])).toEqual([
      ['complete', '/c#entry-e2'],
      ['current', '/c#entry-e4'],
      ['to-do', undefined],
      ['to-do', undefined],
      ['to-do', undefined],
    ]);
  });

  it('marks a step passed without an entry as skipped', () => {
    const { steps } = presentStage('continue', pack, {
      concern: '/c#entry-e2',
      'multi-agency': '/c#entry-e3',
      decision: '/c#entry-e3',
    });
    expect(states(steps)).toEqual(['complete', 'skipped', 'complete', 'skipped', 'current']);
    expect(steps.at(-1)).toMatchObject({ name: 'Continue', href: '/c#entry-e3' });
  });

  it('without links, marks every step before the current one done, as before', () => {
    expect(states(presentStage('continue', pack).steps)).toEqual([
      'complete',
      'complete',
      'complete',
      'complete',
      'current',
    ]);
    expect(presentStage('engaging', pack, {}).steps).toEqual([]);
  });
});
