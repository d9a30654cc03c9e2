// When the forms say the procedure expects a contingency plan (MK 5.1.9.23): while any non-engagement
// finding holds, with the case pack's paragraphs for `no-contingency-plan`.
import { describe, expect, it } from 'vitest';
import { contingencyAsk } from '../../src/domain/contingency.js';
import { packs } from '../../src/domain/packs/index.js';

describe('the contingency plan asked for', () => {
  it('is expected while the family is not engaging', () => {
    expect(contingencyAsk([{ code: 'refusal' }], packs['milton-keynes'])).toEqual({
      expected: true,
      citations: ['MK 5.1.9.23'],
    });
  });

  it('is not, on a case whose findings are about practice alone', () => {
    expect(contingencyAsk([{ code: 'supervision-overdue' }], packs.sussex).expected).toBe(false);
    expect(contingencyAsk([], packs.barnsley).expected).toBe(false);
  });

  it('cites the paragraphs of the case’s own pack', () => {
    for (const pack of Object.values(packs))
      expect(contingencyAsk([], pack).citations).toEqual(pack.findings['no-contingency-plan'].citations);
  });
});
