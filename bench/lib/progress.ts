// Progress on stderr, so `--json` on stdout stays clean JSON.

export interface Progress {
  /** A step starts; the line shows elapsed time since the benchmark started. */
  step(message: string): void;
  /** Updates the current step in place (a terminal) or says nothing (a log file). */
  tick(message: string): void;
}

export function createProgress(stream: NodeJS.WriteStream = process.stderr): Progress {
  const started = performance.now();
  const stamp = () => `[${((performance.now() - started) / 1000).toFixed(0).padStart(4)} s]`;
  let open = false;
  const close = () => {
    if (open) stream.write('\n');
    open = false;
  };
  return {
    step(message) {
      close();
      stream.write(`${stamp()} ${message}\n`);
    },
    tick(message) {
      if (!stream.isTTY) return;
      stream.write(`\r\x1b[2K${stamp()}   ${message}`);
      open = true;
    },
  };
}
