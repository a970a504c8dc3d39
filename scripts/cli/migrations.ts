// `npm run cis -- migrations [status | release VERSION]`: which migrations are released (frozen,
// supabase/RELEASED) and whether they still match their checksums; releasing marks them so.
import { join } from 'node:path';
import { listMigrations, migrationsDir, repoRoot } from '../lib/migrate.ts';
import { release, releasedNames, releasedProblems } from '../lib/released.ts';

export const MIGRATIONS_USAGE = `  migrations [status]                    each migration file: released (frozen) or not, and
                                         whether released files still match their checksums
  migrations release VERSION             mark every migration up to VERSION (e.g. 070) released:
                                         records them in supabase/RELEASED and RELEASED.sha256`;

export async function migrationsCommand(args: string[]): Promise<number> {
  const files = { root: join(repoRoot, 'supabase'), migrationsDir };
  const [action = 'status', version] = args;
  if (action === 'release') {
    if (!version) {
      console.error('migrations release needs a VERSION (the number of the last migration to release, e.g. 070)');
      return 2;
    }
    const problems = releasedProblems(files);
    if (problems.length) {
      console.error(`released migrations do not match their checksums; fix that first:\n  ${problems.join('\n  ')}`);
      return 1;
    }
    try {
      const added = release(files, version);
      console.log(added.length ? `released ${added.length}: ${added.join(', ')}` : `every migration up to ${version} was already released`);
      return 0;
    } catch (error) {
      console.error((error as Error).message);
      return 1;
    }
  }
  if (action !== 'status') {
    console.error(`unknown migrations action: ${action} (status | release VERSION)`);
    return 2;
  }
  const released = new Set(releasedNames(files));
  for (const m of listMigrations()) {
    const name = `${m.version}_${m.name}.sql`;
    console.log(`${released.has(name) ? 'released  ' : 'unreleased'}  ${name}`);
  }
  const problems = releasedProblems(files);
  for (const p of problems) console.error(`problem: ${p}`);
  return problems.length ? 1 : 0;
}
