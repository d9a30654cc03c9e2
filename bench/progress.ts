// A progress bar on standard error for the benchmark's long steps: one line redrawn in place, and only
// when standard error is a terminal (in a log or CI it would be a wall of carriage returns). Drawing is
// throttled to whole-percent changes so it costs nothing measurable inside a timed loop.

export interface Progress {
  update(done: number): void;
  done(summary?: string): void;
}

export function progress(label: string, total: number): Progress {
  const tty = Boolean(process.stderr.isTTY);
  let shown = -1;
  const draw = (done: number) => {
    const percent = total > 0 ? Math.floor((done / total) * 100) : 100;
    if (percent === shown) return;
    shown = percent;
    const width = 30;
    const filled = Math.round((percent / 100) * width);
    process.stderr.write(
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
        process.stderr.write(summary ? ` ${summary}\n` : '\n');
      } else if (summary) {
        process.stderr.write(`${label}: ${summary}\n`);
      }
    },
  };
}
