// The machine and server a result came from, recorded with the figures: a number without its
// machine is not comparable to anything.
import os from 'node:os';
import type pg from 'pg';

export interface MachineInfo {
  cpus: number;
  cpu_model: string;
  memory_gb: number;
  node: string;
  postgres: string;
  postgres_settings: Record<string, string>;
  load_average_at_start: number[];
  load_average_at_end?: number[];
}

export async function describeMachine(client: pg.Client): Promise<MachineInfo> {
  const { rows: [version] } = await client.query<{ v: string }>('select version() as v');
  const { rows: settings } = await client.query<{ name: string; setting: string; unit: string | null }>(
    `select name, setting, unit from pg_settings
     where name in ('shared_buffers', 'fsync', 'synchronous_commit', 'max_connections', 'work_mem', 'wal_level')`);
  return {
    cpus: os.cpus().length,
    cpu_model: os.cpus()[0]?.model ?? 'unknown',
    memory_gb: Math.round(os.totalmem() / 2 ** 30),
    node: process.version,
    postgres: version.v.split(' on ')[0],
    postgres_settings: Object.fromEntries(settings.map((s) => [s.name, s.unit ? `${s.setting} × ${s.unit}` : s.setting])),
    load_average_at_start: os.loadavg().map((l) => Number(l.toFixed(2))),
  };
}
