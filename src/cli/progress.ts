// A progress bar on standard error for long commands (`stickability import` of many files) and the
// benchmarks' long steps: one line redrawn in place, and only when standard error is a terminal (in a log
// or CI it would be a wall of carriage returns). Drawing is throttled to whole-percent changes so it costs
// nothing measurable inside a timed loop.

export interface Progress {
  update(done: number): void;
  /** The work is done: the bar drawn full, and the line ended (with `summary` after it). */
  done(summary?: string): void;
  /** The work stopped short (an error follows): the line is ended where the bar stands. */
  abandon(): void;
}

/** Where the bar is drawn: standard error, or a stand-in with the same two members. */
export interface ProgressStream {
  isTTY?: boolean;
  write(text: string): unknown;
}

export function progress(label: string, total: number, stream: ProgressStream = process.stderr): Progress {
  const tty = Boolean(stream.isTTY);
  let shown = -1;
  const draw = (done: number) => {
    const percent = total > 0 ? Math.floor((done / total) * 100) : 100;
    if (percent === shown) return;
    shown = percent;
    const width = 30;
    const filled = Math.round((percent / 100) * width);
    stream.write(
      `\r${label} [${'#'.repeat(filled)}${'.'.repeat(width - filled)}] ${String(percent).padStart(3)}%`,
    );
  };
  return {
    update(done) {
      if (tty) draw(done);
    },
    done(summary) {
      if (tty) {
        draw(total);
        stream.write(summary ? ` ${summary}\n` : '\n');
      } else if (summary) {
        stream.write(`${label}: ${summary}\n`);
      }
    },
    abandon() {
      if (tty && shown >= 0) stream.write('\n');
    },
  };
}
