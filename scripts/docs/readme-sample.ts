// `npm run docs:readme`: writes README's report excerpt from the code. The excerpt is the text
// renderer's output (shared/report/text.ts) for tests/fixtures/report/sample-report.json —
// Northwind after one month of worlds/default.json, seed 1, written by
// tests/fixtures/report/make-sample.ts — up to its fifth question. tests/unit/report/readme.test.ts
// fails when README and the renderer disagree, so the excerpt cannot go stale.
import { readFileSync, writeFileSync } from 'node:fs';
import { formatReportText } from '../../shared/report/text.ts';
import type { Report } from '../../shared/report/types.ts';

const root = new URL('../../', import.meta.url);
export const README = new URL('README.md', root);
export const SAMPLE = new URL('tests/fixtures/report/sample-report.json', root);
const INTRO = 'An excerpt of `npm start` (default world, seed 1):';

/** The report as `npm start` prints it, up to (not including) its fifth question. */
export function readmeExcerpt(report: Report): string {
  const lines = formatReportText(report, { color: false }).split('\n');
  const fifth = lines.findIndex((l) => l.startsWith('5. '));
  return [...lines.slice(0, fifth === -1 ? lines.length : fifth), '…'].join('\n');
}

/** README's excerpt block: where it starts and ends (the lines inside the ```text fence), and its text. */
export function readmeBlock(readme: string): { start: number; end: number; text: string } {
  const lines = readme.split('\n');
  const intro = lines.indexOf(INTRO);
  if (intro === -1 || lines[intro + 2] !== '```text') throw new Error(`README.md has no "${INTRO}" followed by a text block`);
  const start = intro + 3;
  const end = lines.indexOf('```', start);
  return { start, end, text: lines.slice(start, end).join('\n') };
}

function main(): void {
  const readme = readFileSync(README, 'utf8');
  const block = readmeBlock(readme);
  const excerpt = readmeExcerpt(JSON.parse(readFileSync(SAMPLE, 'utf8')) as Report);
  const lines = readme.split('\n');
  lines.splice(block.start, block.end - block.start, ...excerpt.split('\n'));
  writeFileSync(README, lines.join('\n'));
  process.stdout.write(`README.md: report excerpt ${block.text === excerpt ? 'already current' : 'rewritten'} (${excerpt.split('\n').length} lines)\n`);
}

if (import.meta.url === `file://${process.argv[1]}`) main();
