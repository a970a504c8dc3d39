// Progress of `npm start` on stderr (stdout stays the report, or clean JSON with --json): a bar
// per stage on a terminal, one line per finished stage in a log.
import cliProgress, { type SingleBar } from 'cli-progress';

export interface Progress {
  /** A stage starts; with a total it gets a bar. */
  stage(name: string, total?: number, unit?: string): void;
  tick(value: number, detail?: string): void;
  /** The current stage is done; `summary` is printed after its name. */
  done(summary?: string): void;
  /** A line of its own (warnings, notes). */
  note(line: string): void;
}

export function createProgress(stream: NodeJS.WriteStream = process.stderr): Progress {
  const started = performance.now();
  const clock = () => `${((performance.now() - started) / 1000).toFixed(1).padStart(5)} s`;
  let bar: SingleBar | null = null;
  let name = '';
  let stageStarted = 0;
  const tty = Boolean(stream.isTTY);
  return {
    stage(next, total, unit = '') {
      name = next;
      stageStarted = performance.now();
      if (tty && total !== undefined) {
        bar = new cliProgress.SingleBar({
          stream, hideCursor: true, clearOnComplete: true, barsize: 28, fps: 8,
          format: `${next.padEnd(24)} {bar} {percentage}% | {value}/{total} ${unit} {detail}`,
        }, cliProgress.Presets.shades_classic);
        bar.start(Math.max(1, total), 0, { detail: '' });
      } else if (tty) {
        stream.write(`${next.padEnd(24)} …\r`);
      }
    },
    tick(value, detail = '') {
      bar?.update(value, { detail });
    },
    done(summary = '') {
      bar?.stop();
      bar = null;
      const took = ((performance.now() - stageStarted) / 1000).toFixed(1);
      stream.write(`${tty ? '\x1b[2K' : ''}[${clock()}] ${name.padEnd(24)} ${summary}${summary ? ' ' : ''}(${took} s)\n`);
    },
    note(line) {
      stream.write(`${tty && bar ? '\n' : ''}${line}\n`);
    },
  };
}
