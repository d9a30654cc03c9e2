// The rules engine reads every case as amended with `amendedEntries`, written for speed: it must give
// what `asAmended` gives, entry for entry and key for key, whatever the ids and corrections.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { amendedEntries, asAmended } from '../../src/domain/amendments.js';
import type { Entry } from '../../src/domain/entries.js';

const id = fc.constantFrom('e1', 'e2', 'e3', 'e4', 'e5', 'e6', 'e7', 'e8');
const entry = fc
  .record({
    id,
    amends: fc.option(id, { nil: undefined }),
    outcome: fc.constantFrom('completed', 'refused-entry', 'no-answer-believed-in'),
    minute: fc.integer({ min: 10, max: 59 }),
  })
  .map(({ id, amends, outcome, minute }): Entry => ({
    id,
    kind: 'contact',
    at: `2026-02-16T10:${minute}`,
    mode: 'home-visit',
    outcome,
    ...(amends ? { amends } : {}),
  }));
const serialised = (entries: readonly Entry[]) => JSON.stringify(entries);

describe('reading a case as amended, for the rules engine', () => {
  it('gives what asAmended gives, with repeated ids, unknown and later targets and chains', () => {
    fc.assert(
      fc.property(fc.array(entry, { maxLength: 12 }), (entries) => {
        expect(serialised(amendedEntries(entries))).toBe(serialised(asAmended(entries)));
      }),
      { numRuns: 3000 },
    );
  });

  it('gives what asAmended gives where every id is distinct', () => {
    const distinct = fc
      .array(entry, { maxLength: 8 })
      .map((entries) => entries.map((e, i) => ({ ...e, id: `e${i + 1}` })));
    fc.assert(
      fc.property(distinct, (entries) => {
        expect(serialised(amendedEntries(entries))).toBe(serialised(asAmended(entries)));
      }),
      { numRuns: 3000 },
    );
  });
});
