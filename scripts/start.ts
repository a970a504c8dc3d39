// `npm start`: the main job. CIS on this machine — the database (embedded PGlite, or DATABASE_URL),
// every migration, every edge function under Deno — then a month of a synthetic agency pushed
// through the real intake in vendor formats (worlds/default.json: Apollo leads, multi-channel
// touches, opens and clicks including machine ones, replies in natural language, meetings, CRM
// deals), the reply analyser, a detector refresh, and the report. It keeps serving afterwards so
// you can send your own webhooks (Ctrl-C stops).
//   --world FILE   world config (default worlds/default.json; worlds/README.md documents it)
//   --seed N       the world's random seed (default 1)
//   --leads N      override the world's number of leads (a quicker run)
//   --once         exit after printing the report (scripts, CI)
//   --json         print the report as JSON (one object per client, in an array)
//   --memory       a throwaway in-memory database instead of .cis-data/pglite
//   --port N       where the functions listen (default 54321)
//   --openai       let the reply analyser use OPENAI_API_KEY (default: the offline rules)
import { join } from 'node:path';
import { parseArgs } from 'node:util';
import { formatReportText } from '../shared/report/text.ts';
import type { Report } from '../shared/report/types.ts';
import { listMigrations, repoRoot, StaleSchemaError } from './lib/migrate.ts';
import { loadWorld } from './world/config.ts';
import { alreadyLoaded, loadDemo, refreshAndReport } from './world/demo.ts';
import { printServing } from './world/banner.ts';
import { createProgress } from './world/progress.ts';
import { startRuntime, type Runtime } from './world/runtime.ts';

const { values } = parseArgs({
  options: {
    world: { type: 'string', default: join(repoRoot, 'worlds', 'default.json') },
    seed: { type: 'string', default: '1' },
    leads: { type: 'string' },
    once: { type: 'boolean', default: false },
    json: { type: 'boolean', default: false },
    memory: { type: 'boolean', default: false },
    port: { type: 'string', default: '54321' },
    openai: { type: 'boolean', default: false },
    help: { type: 'boolean', short: 'h', default: false },
  },
});
if (values.help) {
  console.log(`usage: npm start [-- --world FILE] [--seed N] [--leads N] [--once] [--json] [--memory] [--port N] [--openai]
  DATABASE_URL=postgres://… npm start   uses that PostgreSQL instead of embedded PGlite`);
  process.exit(0);
}
const seed = Number(values.seed);
const port = Number(values.port);
if (!Number.isInteger(seed) || !Number.isInteger(port)) {
  console.error('--seed and --port take whole numbers');
  process.exit(2);
}
const world = loadWorld(values.world!);
if (values.leads) world.leads = Number(values.leads);

const started = performance.now();
const progress = createProgress();
process.stderr.write(`CIS — Conversion Intelligence System · world "${world.name}", seed ${seed}\n`);

let rt: Runtime | null = null;
let stopping = false;
async function stop(code: number): Promise<never> {
  if (!stopping) {
    stopping = true;
    await rt?.stop().catch(() => {});
  }
  process.exit(code);
}
process.on('SIGINT', () => void stop(0));
process.on('SIGTERM', () => void stop(0));

try {
  const total = listMigrations().length;
  let applied = 0;
  progress.stage('database and migrations', total, 'migrations');
  rt = await startRuntime({
    memory: values.memory,
    port,
    openai: values.openai,
    onMigration: () => progress.tick(++applied),
    onDenoExit: (code) => {
      if (stopping) return;
      const interrupted = code === 0 || code === 130 || code === 143;
      if (!interrupted) console.error(`deno stopped (exit ${code})`);
      void stop(interrupted ? 0 : code);
    },
  });
  progress.done(`${rt.where}; ${applied} applied; functions under Deno at ${rt.base}`);

  if (await alreadyLoaded(rt.db, world)) {
    progress.note(`this database already holds the "${world.name}" world: reporting on it (--memory, or delete .cis-data, for a fresh month)`);
  } else {
    await loadDemo(rt, world, seed, progress);
  }
  const reports: Report[] = await refreshAndReport(rt, progress, world.clients.map((c) => c.key));
  const seconds = (performance.now() - started) / 1000;
  if (values.json) {
    process.stdout.write(`${JSON.stringify(reports, null, 2)}\n`);
  } else {
    const color = Boolean(process.stdout.isTTY) && !process.env.NO_COLOR;
    for (const report of reports) process.stdout.write(`\n${formatReportText(report, { color })}\n`);
  }
  process.stderr.write(`\nready in ${seconds.toFixed(1)} s\n`);
  if (values.once) await stop(0);
  await printServing(rt, world);
} catch (error) {
  // A stale database is the user's to rebuild: the message says how; a stack would only bury it.
  console.error(`npm start failed: ${error instanceof StaleSchemaError ? error.message : ((error as Error).stack ?? error)}`);
  await stop(1);
}
