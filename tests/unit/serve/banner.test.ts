// What `npm run serve` prints must work when pasted: the lead-import curl carries a secret the
// server actually accepts, and every provider is presented as ingested.
import { describe, expect, it } from 'vitest';
import { bannerText, type BannerArgs } from '../../../scripts/lib/serve-banner.ts';

const base: BannerArgs = {
  base: 'http://127.0.0.1:54321/functions/v1',
  where: 'embedded PGlite (in memory)',
  embedded: true,
  demo: null,
  functions: ['/functions/v1/ingest', '/functions/v1/lead-import'],
  generatedAdminSecret: null,
};

describe('the serve banner', () => {
  it('shows a generated admin secret once and puts it in the lead-import curl', () => {
    const text = bannerText({ ...base, generatedAdminSecret: 'a1b2c3' });
    expect(text).toContain('export CIS_ADMIN_SECRET=a1b2c3');
    expect(text).toContain('-H "authorization: Bearer a1b2c3"');
  });

  it('refers to the secret the user set when they set one', () => {
    const text = bannerText(base);
    expect(text).toContain('-H "authorization: Bearer $CIS_ADMIN_SECRET"');
    expect(text).not.toContain('export CIS_ADMIN_SECRET=');
  });

  it('presents calendar and CRM webhooks as ingested, not stored for later', () => {
    const text = bannerText(base);
    expect(text).toMatch(/calendly calcom \(meetings\) hubspot pipedrive \(deals\)/);
    expect(text).not.toMatch(/later/);
  });

  it('with --demo, prints a curl for the registered source', () => {
    const text = bannerText({ ...base, demo: 'http://127.0.0.1:54321/functions/v1/ingest/cis?token=t0k' });
    expect(text).toContain("curl -sS -X POST 'http://127.0.0.1:54321/functions/v1/ingest/cis?token=t0k'");
  });
});
