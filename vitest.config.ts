import { existsSync } from 'node:fs';
import { configDefaults, defineConfig } from 'vitest/config';

// Pure TypeScript tests run once; SQL tests run on embedded PGlite (PostgreSQL 18) and, when
// DATABASE_URL names a server, again on that real PostgreSQL (CI: 15). The project names in the
// log show which target each result came from.
const sqlTests = ['tests/sql/**/*.test.ts'];
const chromium = '/usr/bin/chromium';

// A project that cannot run says so, once, at the top of the run, instead of vanishing.
const notRun = [
  ...(process.env.DATABASE_URL ? [] : ['sql:postgres — DATABASE_URL is not set (scripts/postgres-local.sh start prints one)']),
  ...(existsSync(chromium) ? [] : [`browser — no Chromium at ${chromium} (apt-get install chromium; .ci/run does)`]),
];
for (const line of notRun) console.warn(`not run: ${line}`);
const timeouts = { testTimeout: 60_000, hookTimeout: 120_000 };
// The learning worlds through the whole pipeline are the suite's heaviest files (up to a minute or
// more per target each). With a server they play on it alone: `.ci/run` plays them again at full
// size there (eval:learning), and every other SQL file — the detector, report and experiment files
// that run the same SQL on a few rows — still runs on both targets.
const serverOnly = process.env.DATABASE_URL ? ['tests/sql/learning/*.test.ts'] : [];

export default defineConfig({
  test: {
    // Vitest's default on a 2-core machine is one worker (cores − 1), which runs the suite file by
    // file. A PostgreSQL file spends most of its time waiting on the server (another process), so
    // three workers keep both cores busy.
    maxWorkers: 3,
    projects: [
      // Unit files share their worker's modules: the reply engine (model weights, 64 languages' patterns)
      // is then loaded and compiled once per worker rather than once per file. No unit test mocks a
      // module or keeps state between files.
      { test: { name: 'unit', include: ['tests/unit/**/*.test.ts'], isolate: false, ...timeouts } },
      {
        test: {
          name: 'sql:pglite',
          include: sqlTests,
          exclude: [...configDefaults.exclude, ...serverOnly],
          env: { CIS_TEST_TARGET: 'pglite' },
          globalSetup: ['tests/helpers/global-setup-pglite.ts'],
          // Files share their worker's migrated PGlite (tests/helpers/db.ts): booting one is most
          // of a small file's time. Every test runs in a rolled-back transaction, so sharing is safe.
          isolate: false,
          ...timeouts,
        },
      },
      ...(process.env.DATABASE_URL
        ? [
            {
              test: {
                name: 'sql:postgres',
                include: [...sqlTests, 'tests/postgres/**/*.test.ts'],
                env: { CIS_TEST_TARGET: 'postgres' },
                globalSetup: ['tests/helpers/global-setup-postgres.ts'],
                // Each file still gets its own database (a copy of the migrated template, dropped
                // after it); only the modules are shared, so a worker imports the client, the world
                // and the report code once instead of once per file (import time 81 s → 27 s).
                isolate: false,
                ...timeouts,
              },
            },
          ]
        : []),
      // The report page in headless Debian Chromium, where it is installed (.ci/run installs it).
      ...(existsSync(chromium)
        ? [{ test: { name: 'browser', include: ['tests/browser/**/*.test.ts'], ...timeouts } }]
        : []),
    ],
  },
});
