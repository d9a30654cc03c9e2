import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';

const sourceFiles = (folder: string): string[] =>
  readdirSync(folder, { withFileTypes: true }).flatMap((item) =>
    item.isDirectory()
      ? sourceFiles(join(folder, item.name))
      : item.name.endsWith('.ts')
        ? [join(folder, item.name)]
        : [],
  );

describe('entries and the audit log are append-only in the code too', () => {
  it('no source file updates or deletes an entry or an audit row', () => {
    const offenders = sourceFiles(join(import.meta.dirname, '../../src')).filter((file) =>
      /(updateTable|deleteFrom)\(\s*['"](entries|audit_log)['"]|(UPDATE|DELETE\s+FROM)\s+(entries|audit_log)\b/i.test(
        readFileSync(file, 'utf8').replace(/CREATE TRIGGER[^;]*/g, ''),
      ),
    );
    expect(offenders).toEqual([]);
  });
});
