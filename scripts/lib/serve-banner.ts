// What `npm run serve` prints once the functions answer: where they are and how to call them.

export interface BannerArgs {
  base: string;
  where: string;
  embedded: boolean;
  demo: string | null;
  functions: string[];
  /** The admin bearer secret when this process generated it (none was set), to show once. */
  generatedAdminSecret: string | null;
}

export function bannerText(args: BannerArgs): string {
  const { base, where, embedded, demo, generatedAdminSecret } = args;
  const origin = new URL(base).origin;
  const lines = [
    '',
    `CIS functions under Deno at ${base}/<name>   (Ctrl-C stops)`,
    `database: ${where}`,
    `serving: ${args.functions.map((path) => origin + path).join('  ')}`,
    '',
    `  POST ${base}/ingest/<provider>?token=…   webhooks: smartlead salesforge instantly lemlist twilio cis`,
    `                                            calendly calcom (meetings) hubspot pipedrive (deals)`,
    `  POST ${base}/lead-import[?client=…]     Apollo JSON, Authorization: Bearer $CIS_ADMIN_SECRET`,
    '',
    ...(generatedAdminSecret
      ? [
          'CIS_ADMIN_SECRET was not set, so this server made one up for this run (set it to choose your own):',
          `  export CIS_ADMIN_SECRET=${generatedAdminSecret}`,
          '',
        ]
      : []),
  ];
  if (demo) {
    lines.push(
      'try it (a demo `cis` source was just registered):',
      `  curl -sS -X POST '${demo}' -H 'content-type: application/json' \\`,
      `    -d '{"event":"email_sent","event_id":"demo-1","occurred_at":"2025-09-16T13:02:11Z","lead":{"email":"marta@example.com"},"touch":{"id":"demo-touch-1","subject":"Hello"}}'`,
      '',
    );
  } else {
    lines.push(
      'a webhook URL for a client (prints the token once):',
      '  npm run cis -- sources add --client demo --create-client "Demo" --provider cis',
      ...(embedded ? ['  (with the embedded database, run it before `npm run serve`, or start with `npm run serve -- --demo`)'] : []),
      'then:',
      `  curl -sS -X POST '${base}/ingest/cis?token=<token>' -H 'content-type: application/json' \\`,
      `    -d '{"event":"email_opened","event_id":"demo-2","occurred_at":1758290000,"lead":{"email":"marta@example.com"},"touch":{"id":"demo-touch-1"}}'`,
      '',
    );
  }
  lines.push(
    `  curl -sS -X POST '${base}/lead-import?client=demo' -H "authorization: Bearer ${generatedAdminSecret ?? '$CIS_ADMIN_SECRET'}" \\`,
    `    -H 'content-type: application/json' --data-binary @tests/fixtures/apollo/people_match.json`,
    '',
  );
  return lines.join('\n');
}
