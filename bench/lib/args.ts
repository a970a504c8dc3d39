// `npm run bench -- [suite …] [--runs N] [--scale X] [--batch-size N] [--what-if FILE] [--json [FILE]]`
// --json alone prints JSON on stdout (progress stays on stderr); --json FILE writes it there too.

export interface BenchArgs {
  suites: string[];
  runs: number;
  scale: number;
  batchSize: number;
  json: { file: string | null } | null;
  /** SQL files applied to the migrated schema before measuring: a proposed change, measured. */
  whatIf: string[];
  help: boolean;
}

export const USAGE = `usage: npm run bench -- [suite …] [--runs N] [--scale X] [--batch-size N] [--what-if FILE] [--json [FILE]]
  suites      ingest-sql, ingest-http (default: all)
  --runs      repetitions per measurement, the median is reported (default 3)
  --scale     workload size relative to the issue's (default 1 = 200 000 events)
  --batch-size  events per ingest_engagement_events call (default 10 000)
  --what-if   apply this SQL after the migrations (repeatable): measure a proposed change
  --json      print the figures as JSON on stdout, or write them to FILE
  DATABASE_URL  PostgreSQL to use; unset: a throwaway server on 127.0.0.1:55450 (CIS_BENCH_PG_PORT)`;

export function parseBenchArgs(argv: string[], known: string[]): BenchArgs {
  const args: BenchArgs = { suites: [], runs: 3, scale: 1, batchSize: 10_000, json: null, whatIf: [], help: false };
  const number = (flag: string, value: string | undefined, min: number) => {
    const n = Number(value);
    if (!Number.isFinite(n) || n < min) throw new Error(`${flag} needs a number ≥ ${min}, got ${value}`);
    return n;
  };
  for (let i = 0; i < argv.length; i++) {
    const arg = argv[i];
    if (arg === '--help' || arg === '-h') args.help = true;
    else if (arg === '--runs') args.runs = Math.round(number(arg, argv[++i], 1));
    else if (arg === '--scale') args.scale = number(arg, argv[++i], 0.001);
    else if (arg === '--batch-size') args.batchSize = Math.round(number(arg, argv[++i], 1));
    else if (arg === '--what-if') {
      const file = argv[++i];
      if (!file) throw new Error('--what-if needs a file');
      args.whatIf.push(file);
    } else if (arg === '--json') {
      const next = argv[i + 1];
      args.json = { file: next && !next.startsWith('--') && !known.includes(next) ? argv[++i] : null };
    } else if (known.includes(arg)) args.suites.push(arg);
    else throw new Error(`unknown argument ${arg}\n${USAGE}`);
  }
  if (args.suites.length === 0) args.suites = [...known];
  return args;
}
