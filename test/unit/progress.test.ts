// The progress bar of long commands (`stickability import`) and the benchmarks: drawn in place on a
// terminal, a redraw only when the whole percentage changes, and nothing at all in a log.
import { describe, expect, it } from 'vitest';
import { progress } from '../../src/cli/progress.js';

const aStream = (isTTY: boolean) => {
  const written: string[] = [];
  return { isTTY, written, write: (text: string) => written.push(text) };
};

describe('progress', () => {
  it('redraws one line on a terminal as the whole percentage changes, then ends it full', () => {
    const stream = aStream(true);
    const bar = progress('Importing cases', 200, stream);
    bar.update(0);
    bar.update(1); // still 0%
    bar.update(100);
    bar.update(101); // still 50%
    bar.done('3.2 s');
    expect(stream.written).toEqual([
      `\rImporting cases [${'.'.repeat(30)}]   0%`,
      `\rImporting cases [${'#'.repeat(15)}${'.'.repeat(15)}]  50%`,
      `\rImporting cases [${'#'.repeat(30)}] 100%`,
      ' 3.2 s\n',
    ]);
  });

  it('ends the line where it stands when the work stops short, and only if a bar was drawn', () => {
    const stream = aStream(true);
    progress('Importing cases', 4, stream).abandon();
    expect(stream.written).toEqual([]);
    const bar = progress('Importing cases', 4, stream);
    bar.update(1);
    bar.abandon();
    expect(stream.written).toEqual([`\rImporting cases [${'#'.repeat(8)}${'.'.repeat(22)}]  25%`, '\n']);
  });

  it('writes nothing to a log but a summary, if there is one', () => {
    const stream = aStream(false);
    const bar = progress('Checking case files', 10, stream);
    for (let i = 0; i <= 10; i += 1) bar.update(i);
    bar.abandon();
    bar.done();
    expect(stream.written).toEqual([]);
    progress('Generating cases', 10, stream).done('10 cases');
    expect(stream.written).toEqual(['Generating cases: 10 cases\n']);
  });
});
