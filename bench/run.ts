// `npm run bench`: runs the benchmark suites against PostgreSQL and prints medians and ratios
// (and JSON with --json). See docs/BENCHMARKS.md for what each suite measures.
import { writeFileSync } from 'node:fs';
import os from 'node:os';
import { parseBenchArgs, USAGE } from './lib/args.ts';
import { connectTo } from './lib/databases.ts';
import { describeMachine } from './lib/machine.ts';
import { createProgress } from './lib/progress.ts';
import { printSuite, type SuiteResult } from './lib/report.ts';
import { openServer } from './lib/server.ts';
import { suites } from './suites/index.ts';

const args = parseBenchArgs(process.argv.slice(2), suites.map((s) => s.name));
if (args.help) {
  console.log(USAGE);
  process.exit(0);
}

const progress = createProgress();
const server = openServer(progress);
const stopServer = () => server.stop();
process.once('SIGINT', () => {
  stopServer();
  process.exit(130);
});

try {
  const probe = await connectTo(server.adminUrl);
  const machine = await describeMachine(probe);
  await probe.end();
  progress.step(`${machine.postgres}; ${machine.cpus} × ${machine.cpu_model}; load ${machine.load_average_at_start.join(' ')}`);

  const results: SuiteResult[] = [];
  for (const suite of suites.filter((s) => args.suites.includes(s.name))) {
    progress.step(`suite ${suite.name}: ${suite.title}`);
    const result = await suite.run({ adminUrl: server.adminUrl, runs: args.runs, scale: args.scale, batchSize: args.batchSize, whatIf: args.whatIf, progress });
    results.push(result);
    printSuite(result, (line) => (args.json && !args.json.file ? console.error(line) : console.log(line)));
  }
  machine.load_average_at_end = os.loadavg().map((l) => Number(l.toFixed(2)));

  if (args.json) {
    const report = {
      command: `npm run bench -- ${process.argv.slice(2).join(' ')}`.trim(),
      finished_at: new Date().toISOString(),
      options: { runs: args.runs, scale: args.scale, batch_size: args.batchSize, what_if: args.whatIf },
      machine,
      suites: results,
    };
    const text = JSON.stringify(report, null, 2);
    if (args.json.file) {
      writeFileSync(args.json.file, text + '\n');
      progress.step(`figures written to ${args.json.file}`);
    } else {
      console.log(text);
    }
  }
  if (results.some((r) => r.notes.some((n) => n.startsWith('CHECK FAILED')))) process.exitCode = 1;
} finally {
  stopServer();
}
