// The webhook-intake commands of `npm run cis`: clients, sources (the URL to paste into a vendor)
// and replay of stored webhook receipts through the live parse + ingest path.
import { parseArgs } from 'node:util';
import type { Database } from '../../shared/db/sql.ts';
import { isProvider, providers } from '../../shared/ingest/providers/index.ts';
import { PROVIDERS } from '../../shared/ingest/canonical.ts';
import { RECEIPT_STATUSES, replayReceipts, type ReceiptStatus, type ReplayStep } from '../../shared/handlers/ingest/replay.ts';
import {
  DEFAULT_FUNCTIONS_URL, ensureClient, listSources, registerSource, setupHints, slugify, webhookUrl,
} from '../../shared/handlers/ingest/sources.ts';
import { findClient } from '../../shared/db/clients.ts';
import { connect } from '../lib/connect.ts';
import { clientDatabase } from '../lib/database.ts';

export const INTAKE_USAGE = `  clients add NAME [--slug SLUG]         create a client (or show the one with that slug)
  sources add --client ID|SLUG --provider P [--create-client NAME] [--secret S] [--name N] [--base-url URL]
                                         register a webhook source and print the URL to paste into
                                         the vendor (token shown once); --create-client makes the
                                         client first (slug = --client, else from NAME)
                                         providers: ${PROVIDERS.join(' ')}
  sources list [--client ID|SLUG]        sources with their receipt counts
  replay [--receipt ID] [--status S ...] [--client ID|SLUG] [--limit N]
                                         re-process stored webhooks with today's parser (default:
                                         --status failed; S: ${RECEIPT_STATUSES.join('|')}); idempotent.
                                         Queued (received) ones need no replay: the drain ingests them`;

import type { Flags } from './flags.ts';

async function withDatabase<T>(flags: Flags, fn: (db: Database) => Promise<T>): Promise<T> {
  const { db } = await connect({ memory: flags.memory });
  try {
    return await fn(clientDatabase(db));
  } finally {
    await db.close();
  }
}

export async function clientsCommand(args: string[], flags: Flags): Promise<number> {
  const { values, positionals } = parseArgs({ args, allowPositionals: true, options: { slug: { type: 'string' } } });
  if (positionals[0] !== 'add' || positionals.length !== 2) {
    console.error('usage: npm run cis -- clients add NAME [--slug SLUG]');
    return 2;
  }
  const name = positionals[1];
  return withDatabase(flags, async (db) => {
    const client = await db.asServiceRole((sql) => ensureClient(sql, name, values.slug ?? slugify(name)));
    console.log(`${client.created ? 'created' : 'exists:'} client ${client.name} (slug ${client.slug}, id ${client.id})`);
    return 0;
  });
}

export async function sourcesCommand(args: string[], flags: Flags): Promise<number> {
  const { values, positionals } = parseArgs({
    args,
    allowPositionals: true,
    options: {
      client: { type: 'string' },
      'create-client': { type: 'string' },
      provider: { type: 'string' },
      secret: { type: 'string' },
      name: { type: 'string' },
      'base-url': { type: 'string' },
    },
  });
  const action = positionals[0];
  if (action === 'list') {
    return withDatabase(flags, async (db) => {
      const rows = await db.asServiceRole(async (sql) => {
        const client = values.client ? await findClient(sql, values.client) : null;
        if (values.client && !client) return null;
        return listSources(sql, client?.id ?? null);
      });
      if (!rows) {
        console.error(`no client ${values.client}`);
        return 1;
      }
      if (rows.length === 0) console.log('no webhook sources yet: npm run cis -- sources add --client … --provider …');
      for (const r of rows) {
        const last = r.last_received_at ? new Date(r.last_received_at).toISOString() : 'never';
        console.log(
          `${r.client_slug.padEnd(20)} ${r.provider.padEnd(10)} ${r.active ? 'active  ' : 'inactive'} ${r.id}` +
            `  ${r.receipts} received (${r.failed} failed), last ${last}${r.name ? `  "${r.name}"` : ''}${r.has_secret ? '  [secret]' : ''}`,
        );
      }
      return 0;
    });
  }
  if (action !== 'add' || !values.provider || !(values.client || values['create-client'])) {
    console.error('usage: npm run cis -- sources add --client ID|SLUG --provider P [--create-client NAME] [--secret S] [--name N] [--base-url URL]\n' +
      '       npm run cis -- sources list [--client ID|SLUG]');
    return 2;
  }
  const provider = values.provider;
  if (!isProvider(provider)) {
    console.error(`unknown provider ${provider}; one of: ${PROVIDERS.join(' ')}`);
    return 2;
  }
  if (providers[provider].secret === 'required' && !values.secret) {
    // A signing vendor's requests can never verify without its secret: such a source would refuse everything.
    console.error(`${provider} signs its webhooks: give its ${providers[provider].secretLabel} with --secret`);
    return 2;
  }
  const base = values['base-url'] ?? process.env.CIS_PUBLIC_URL ?? DEFAULT_FUNCTIONS_URL;
  return withDatabase(flags, async (db) => {
    const outcome = await db.asServiceRole(async (sql) => {
      const newName = values['create-client'];
      const client = newName
        ? await ensureClient(sql, newName, values.client ?? slugify(newName))
        : await findClient(sql, values.client!);
      if (!client) return null;
      const source = await registerSource(sql, { clientId: client.id, provider, signingSecret: values.secret ?? null, name: values.name ?? null });
      return { client, source };
    });
    if (!outcome) {
      console.error(`no client ${values.client} (add --create-client "Name" to create it)`);
      return 1;
    }
    const { client, source } = outcome;
    if ('created' in client && client.created) console.log(`created client ${client.name} (slug ${client.slug})`);
    console.log(`registered ${provider} source ${source.sourceId} for client ${client.slug}`);
    console.log('\nwebhook URL (shown once; only its hash is stored):\n');
    console.log(`  ${webhookUrl(base, provider, source.token)}\n`);
    for (const hint of setupHints(provider, Boolean(values.secret))) console.log(`note: ${hint}`);
    return 0;
  });
}

function describe(step: ReplayStep): string {
  const o = step.outcome;
  if (o.status === 'processed') {
    return `processed: ${o.counts.accepted} accepted, ${o.counts.duplicates} duplicates, ${o.counts.pending} pending` +
      (o.counts.skipped ? `, ${o.counts.skipped} skipped (no ingestion yet)` : '') +
      (o.counts.unmatched ? `, ${o.counts.unmatched} without a lead` : '');
  }
  if (o.status === 'rejected') return `rejected: ${o.issues.map((i) => `${i.path || '(body)'}: ${i.message}`).join('; ')}`;
  return `failed: ${o.error}`;
}

export async function replayCommand(args: string[], flags: Flags): Promise<number> {
  const { values } = parseArgs({
    args,
    options: {
      receipt: { type: 'string' },
      status: { type: 'string', multiple: true },
      client: { type: 'string' },
      limit: { type: 'string' },
    },
  });
  const statuses = (values.status ?? []).flatMap((s) => s.split(','));
  const bad = statuses.filter((s) => !(RECEIPT_STATUSES as readonly string[]).includes(s));
  const limit = values.limit === undefined ? undefined : Number(values.limit);
  if (bad.length || (limit !== undefined && !(Number.isInteger(limit) && limit > 0))) {
    console.error(`usage: npm run cis -- replay [--receipt ID] [--status ${RECEIPT_STATUSES.join('|')} …] [--client ID|SLUG] [--limit N]`);
    return 2;
  }
  return withDatabase(flags, async (db) => {
    let clientId: string | undefined;
    if (values.client) {
      const client = await db.asServiceRole((sql) => findClient(sql, values.client!));
      if (!client) {
        console.error(`no client ${values.client}`);
        return 1;
      }
      clientId = client.id;
    }
    const summary = await replayReceipts(db, {
      receiptId: values.receipt,
      statuses: statuses as ReceiptStatus[],
      clientId,
      limit,
      log: (message, error) => console.error(`  ${message}: ${(error as Error)?.message ?? error}`),
      onProgress: (step, done, total) => console.log(`[${done}/${total}] ${step.id} ${step.provider} ${describe(step)}`),
    });
    if (summary.total === 0) {
      console.log(values.receipt ? `no receipt ${values.receipt}` : `no ${statuses.length ? statuses.join('/') : 'failed'} receipts to replay`);
      return values.receipt ? 1 : 0;
    }
    console.log(
      `\nreplayed ${summary.total}: ${summary.processed} processed, ${summary.rejected} rejected, ${summary.failed} failed; ` +
        `events: ${summary.accepted} accepted, ${summary.duplicates} duplicates, ${summary.pending} pending`,
    );
    return summary.failed > 0 ? 1 : 0;
  });
}
