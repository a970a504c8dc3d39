// The sample report (tests/fixtures/report/sample-report.json: a real cis_report() of a generated
// world), read fresh for every test so one test's edits never leak into another.
import { readFileSync } from 'node:fs';
import type { Report } from '../../../shared/report/types.ts';

export function sampleReport(): Report {
  return JSON.parse(readFileSync(new URL('../../fixtures/report/sample-report.json', import.meta.url), 'utf8')) as Report;
}
