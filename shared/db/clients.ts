// A client named the way operators name it: by id or by slug.
import type { Sql } from './sql.ts';

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

export interface ClientRow {
  id: string;
  name: string;
  slug: string;
}

export async function findClient(sql: Sql, ref: string): Promise<ClientRow | null> {
  const rows = await sql.query<ClientRow>(
    `select id, name, slug from public.clients where ${UUID.test(ref) ? 'id = $1::uuid' : 'slug = $1'}`,
    [ref],
  );
  return rows[0] ?? null;
}
