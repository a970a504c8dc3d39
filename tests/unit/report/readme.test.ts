// README's report excerpt is the renderer's output for the sample report, so it cannot go stale.
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { README, readmeBlock, readmeExcerpt, SAMPLE } from '../../../scripts/docs/readme-sample.ts';
import type { Report } from '../../../shared/report/types.ts';

describe("README's report excerpt", () => {
  it('is what the text renderer prints for the sample report (else run npm run docs:readme)', () => {
    const excerpt = readmeExcerpt(JSON.parse(readFileSync(SAMPLE, 'utf8')) as Report);
    expect(excerpt).toContain('1. Which seniority converts best?');
    expect(readmeBlock(readFileSync(README, 'utf8')).text).toBe(excerpt);
  });
});
