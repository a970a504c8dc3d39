// What `npm start` prints once the report is out and it keeps serving: where the functions are,
// and ready-to-run curl commands with real webhook URLs (a source registered just now).
import { registerSource, webhookUrl } from '../../shared/handlers/ingest/sources.ts';
import type { WorldConfig } from './config.ts';
import type { Runtime } from './runtime.ts';

export async function printServing(rt: Runtime, world: WorldConfig): Promise<void> {
  const slug = world.clients[0].key;
  const tokens = await rt.db.asServiceRole(async (sql) => {
    const [client] = await sql.query<{ id: string }>('select id from public.clients where slug = $1', [slug]);
    const cis = await registerSource(sql, { clientId: client.id, provider: 'cis', name: 'npm start: your own webhooks' });
    const smartlead = await registerSource(sql, { clientId: client.id, provider: 'smartlead', name: 'npm start: your own webhooks' });
    return { cis: cis.token, smartlead: smartlead.token };
  });
  const cisUrl = webhookUrl(rt.base, 'cis', tokens.cis);
  const smartleadUrl = webhookUrl(rt.base, 'smartlead', tokens.smartlead);
  const now = new Date();
  const later = new Date(now.getTime() + 3 * 60_000);
  const lines = [
    '',
    `CIS keeps serving at ${rt.base}/<function>   (Ctrl-C stops)`,
    `database: ${rt.where}`,
    '',
    `Send your own webhooks — two sources were just registered for client "${slug}":`,
    '',
    '# our engines (cis): a touch, then the lead opens it and answers',
    `curl -sS -X POST '${cisUrl}' -H 'content-type: application/json' -d '{"events":[`,
    `  {"event":"email_sent","event_id":"you-1","occurred_at":"${now.toISOString()}","lead":{"email":"you@example.com","first_name":"Sam"},"touch":{"id":"you-touch-1","subject":"Hello from curl","body_text":"Hi Sam, worth a chat?"}},`,
    `  {"event":"email_opened","event_id":"you-2","occurred_at":"${later.toISOString()}","lead":{"email":"you@example.com"},"touch":{"id":"you-touch-1"}},`,
    `  {"event":"email_replied","event_id":"you-3","occurred_at":"${later.toISOString()}","lead":{"email":"you@example.com"},"touch":{"id":"you-touch-1"},"reply":{"text":"Sounds interesting, but we have no budget until Q2."}}]}'`,
    '',
    '# a Smartlead webhook, exactly as Smartlead posts it',
    `curl -sS -X POST '${smartleadUrl}' -H 'content-type: application/json' --data-binary @tests/fixtures/vendors/smartlead/EMAIL_OPEN.json`,
    '',
    '# read the new replies, refresh the detectors, and see the report',
    `curl -sS -X POST '${rt.base}/reply-analysis' -H 'authorization: Bearer ${rt.adminSecret}'`,
    // The embedded database is this process's: other commands reach it through its wire port.
    `${rt.embedded ? `DATABASE_URL='${rt.databaseUrl}' ` : ''}npm run cis -- report --client ${slug} --refresh --html report.html`,
    '',
  ];
  process.stderr.write(`${lines.join('\n')}\n`);
}
