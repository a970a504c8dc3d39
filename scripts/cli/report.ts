// `npm run cis -- report`: the eight questions answered (public.cis_report) as text, JSON or a
// self-contained HTML page (the same report `npm start` prints).
import { writeFileSync } from 'node:fs';
import { parseArgs } from 'node:util';
import { findClient } from '../../shared/db/clients.ts';
import { renderReportHtml } from '../../shared/report/html.ts';
import { formatReportText } from '../../shared/report/text.ts';
import type { Report } from '../../shared/report/types.ts';
import { connect } from '../lib/connect.ts';
import { clientDatabase } from '../lib/database.ts';

export const REPORT_USAGE = `  report [--client ID|SLUG] [--since DATE] [--json] [--html FILE] [--refresh]
                                         the eight questions answered, with numbers and confidence:
                                         text (every client, or one), --json for the documented JSON,
                                         --html FILE for a page with charts; --since: leads first
                                         touched since DATE; --refresh: recompute the detectors first`;

const DATE = /^\d{4}-\d{2}-\d{2}$/;

export async function reportCommand(args: string[], flags: { memory: boolean }): Promise<number> {
  let values;
  try {
    values = parseArgs({
      args,
      options: {
        client: { type: 'string' }, since: { type: 'string' }, json: { type: 'boolean', default: false },
        html: { type: 'string' }, refresh: { type: 'boolean', default: false },
      },
    }).values;
  } catch (error) {
    console.error(`${(error as Error).message}\n\nusage: npm run cis --\n${REPORT_USAGE}`);
    return 2;
  }
  if (values.since && (!DATE.test(values.since) || Number.isNaN(Date.parse(values.since)))) {
    console.error(`--since takes a date (YYYY-MM-DD), not "${values.since}"`);
    return 2;
  }
  const { db: client } = await connect({ memory: flags.memory });
  try {
    const db = clientDatabase(client);
    const chosen = await db.asServiceRole(async (sql) => {
      if (values.client) {
        const c = await findClient(sql, values.client);
        return c ? [c] : null;
      }
      return sql.query<{ id: string; name: string; slug: string }>('select id, name, slug from public.clients order by name');
    });
    if (!chosen) {
      console.error(`no client ${values.client}`);
      return 1;
    }
    if (chosen.length === 0) {
      console.error('no clients yet: `npm start` loads a demo month, or `npm run cis -- clients add NAME`');
      return 1;
    }
    if (values.refresh) {
      await db.asServiceRole((sql) => sql.query('select public.refresh_detectors($1::uuid)', [values.client ? chosen[0].id : null]));
    }
    const reports: Report[] = [];
    for (const c of chosen) {
      const [{ report }] = await db.asServiceRole((sql) =>
        sql.query<{ report: Report }>('select public.cis_report($1::uuid, $2::date) as report', [c.id, values.since ?? null]));
      reports.push(report);
    }
    if (values.html) {
      writeFileSync(values.html, renderReportHtml(reports));
      console.error(`wrote ${values.html} (${reports.length} client${reports.length === 1 ? '' : 's'})`);
    }
    if (values.json) {
      process.stdout.write(`${JSON.stringify(values.client ? reports[0] : reports, null, 2)}\n`);
    } else if (!values.html) {
      const color = Boolean(process.stdout.isTTY) && !process.env.NO_COLOR;
      process.stdout.write(`${reports.map((r) => formatReportText(r, { color })).join('\n\n')}\n`);
    }
    return 0;
  } finally {
    await client.close();
  }
}
