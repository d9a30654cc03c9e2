// The audit log in words (web/presenters/audit.ts): every action the services audit has its words, one
// not listed yet still reads as words, and a detail with nothing in it is a dash.
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { auditActionLabels, auditActionText, auditDetailText } from '../../src/web/presenters/audit.js';

/** The action codes written by every `audit(…)` and `auditAs(…)` call in src/. */
function auditedActions(): Set<string> {
  const root = join(import.meta.dirname, '../../src');
  const files = readdirSync(root, { recursive: true, encoding: 'utf8' }).filter((f) => f.endsWith('.ts'));
  const codes = new Set<string>();
  for (const file of files) {
    const source = readFileSync(join(root, file), 'utf8');
    for (const call of source.matchAll(/\baudit(?:As)?\(/g)) {
      let depth = 1;
      let end = (call.index ?? 0) + call[0].length;
      while (depth > 0 && end < source.length) {
        if (source[end] === '(') depth += 1;
        if (source[end] === ')') depth -= 1;
        end += 1;
      }
      const args = source.slice((call.index ?? 0) + call[0].length, end);
      for (const literal of args.matchAll(/'([a-z]+(?:-[a-z]+)+)'/g)) codes.add(literal[1] ?? '');
    }
  }
  return codes;
}

describe('the audit log in words', () => {
  it('has words for every action the services audit', () => {
    const audited = auditedActions();
    expect(audited.size).toBeGreaterThan(40);
    expect([...audited].filter((code) => !(code in auditActionLabels))).toEqual([]);
  });

  it('reads an action not listed yet as its words, not its code', () => {
    expect(auditActionText('record-entry')).toBe('Recorded an entry');
    expect(auditActionText('merge-cases')).toBe('Merge cases');
  });

  it('shows nothing in a detail as a dash, and a JSON detail as names and values', () => {
    expect(auditDetailText(null)).toBe('—');
    expect(auditDetailText('')).toBe('—');
    expect(auditDetailText('{}')).toBe('—');
    expect(auditDetailText('{"code":"child-not-seen","worker":3,"severity":""}')).toBe(
      'code: child-not-seen; worker: 3',
    );
    expect(auditDetailText('contact e5')).toBe('contact e5');
    expect(auditDetailText('{not json')).toBe('{not json');
  });
});
