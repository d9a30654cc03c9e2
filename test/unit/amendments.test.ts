import { describe, expect, it } from 'vitest';
import { asAmended } from '../../src/domain/amendments.js';
import type { Entry } from '../../src/domain/entries.js';

const visit = (
  id: string,
  outcome: 'completed' | 'refused-entry' | 'no-answer-believed-in',
  amends?: string,
): Entry => ({
  id,
  kind: 'contact',
  at: '2026-02-16T10:00',
  mode: 'home-visit',
  outcome,
  ...(amends ? { amends } : {}),
});

describe('reading a case as amended', () => {
  it('keeps entries nobody corrected as they are', () => {
    const entries = [visit('e1', 'completed'), visit('e2', 'refused-entry')];
    expect(asAmended(entries)).toEqual(entries);
  });

  it('reads a corrected entry as its correction says, under its own id and in its own place', () => {
    const result = asAmended([
      visit('e1', 'no-answer-believed-in'),
      visit('e2', 'completed'),
      visit('e3', 'refused-entry', 'e1'),
    ]);
    expect(result.map((e) => [e.id, e.kind === 'contact' && e.outcome])).toEqual([
      ['e1', 'refused-entry'],
      ['e2', 'completed'],
    ]);
    expect(result[0]).not.toHaveProperty('amends');
  });

  it('follows a correction of a correction to the latest', () => {
    const result = asAmended([
      visit('e1', 'completed'),
      visit('e2', 'refused-entry', 'e1'),
      visit('e3', 'no-answer-believed-in', 'e2'),
    ]);
    expect(result).toEqual([visit('e1', 'no-answer-believed-in')]);
  });
});
