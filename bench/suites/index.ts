// The benchmark's suites, by name. A suite is one concern measured end to end; `npm run bench --
// <name>` runs one, no name runs all. Adding one (e.g. the detector refresh): a module exporting a
// Suite, one line here.
import type { BenchContext } from '../lib/context.ts';
import type { SuiteResult } from '../lib/report.ts';
import { ingestHttp } from './ingest-http/index.ts';
import { ingestSql } from './ingest-sql/index.ts';
import { refresh } from './refresh/index.ts';
import { replies } from './replies/index.ts';

export interface Suite {
  name: string;
  title: string;
  run(context: BenchContext): Promise<SuiteResult>;
}

export const suites: Suite[] = [ingestSql, ingestHttp, refresh, replies];
