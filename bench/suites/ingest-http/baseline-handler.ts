// The HTTP baseline (runs under `deno serve`): receive a webhook and insert its raw body into a
// table, nothing else — no token, no signature, no parsing, no transaction. The CIS intake is
// measured against this. Same driver and pool size as the functions (npm:pg, CIS_DB_POOL_SIZE).
// Written without Deno's types so tsc (Node) checks it too.
import pg from 'pg';

const env = (globalThis as unknown as { Deno: { env: { get(name: string): string | undefined } } }).Deno.env;
const pool = new pg.Pool({
  connectionString: env.get('DATABASE_URL'),
  max: Number(env.get('CIS_DB_POOL_SIZE') ?? 5),
});

export default {
  async fetch(request: Request): Promise<Response> {
    if (request.method !== 'POST') return new Response(null, { status: 405 });
    const body = await request.text();
    await pool.query('insert into public.bench_raw_webhooks (body) values ($1)', [body]);
    return new Response('{"stored":true}', { status: 200, headers: { 'content-type': 'application/json' } });
  },
};
