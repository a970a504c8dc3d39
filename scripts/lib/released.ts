// Released migrations never change. supabase/RELEASED names them (one file name per line, `#`
// comments allowed); supabase/RELEASED.sha256 holds their checksums in `sha256sum` format. A
// listed file that changed, vanished or has no checksum is an error; so is a checksum of a file
// that is not listed. Unlisted files are unreleased: they are edited in place, within their concern.
import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { listMigrations, sha256Of } from './migrate.ts';

export interface ReleaseFiles {
  /** supabase/ */
  root: string;
  migrationsDir: string;
}

const readLines = (path: string) =>
  existsSync(path)
    ? readFileSync(path, 'utf8').split('\n').map((l) => l.trim()).filter((l) => l !== '' && !l.startsWith('#'))
    : [];

export function releasedNames(files: ReleaseFiles): string[] {
  return readLines(join(files.root, 'RELEASED')).map((l) => l.replace(/^supabase\/migrations\//, ''));
}

export function releasedChecksums(files: ReleaseFiles): Map<string, string> {
  return new Map(
    readLines(join(files.root, 'RELEASED.sha256')).map((l) => {
      const [sum, name] = l.split(/\s+\*?/);
      return [name.replace(/^supabase\/migrations\//, ''), sum];
    }),
  );
}

/** Why the released migrations do not match their recorded checksums (empty when they do). */
export function releasedProblems(files: ReleaseFiles): string[] {
  const names = releasedNames(files);
  const sums = releasedChecksums(files);
  const problems: string[] = [];
  for (const name of names) {
    const path = join(files.migrationsDir, name);
    const recorded = sums.get(name);
    if (!existsSync(path)) problems.push(`${name} is released but no longer in supabase/migrations`);
    else if (!recorded) problems.push(`${name} is released but has no checksum in RELEASED.sha256`);
    else if (sha256Of(readFileSync(path, 'utf8')) !== recorded) {
      problems.push(`${name} is released and has changed: put the change in a new migration named by its intent, and restore this file`);
    }
  }
  for (const name of sums.keys()) if (!names.includes(name)) problems.push(`RELEASED.sha256 has ${name}, which RELEASED does not list`);
  return problems;
}

/** Marks every migration up to and including `through` (a version such as 070) as released. */
export function release(files: ReleaseFiles, through: string): string[] {
  const all = listMigrations(files.migrationsDir);
  if (!all.some((m) => m.version === through)) throw new Error(`no migration ${through}_*.sql`);
  const done = new Set(releasedNames(files));
  const added = all
    .filter((m) => m.version.localeCompare(through, 'en', { numeric: true }) <= 0)
    .map((m) => ({ name: `${m.version}_${m.name}.sql`, sum: sha256Of(readFileSync(m.file, 'utf8')) }))
    .filter((m) => !done.has(m.name));
  if (added.length === 0) return [];
  const append = (path: string, lines: string[]) => {
    const before = existsSync(path) ? readFileSync(path, 'utf8') : '';
    writeFileSync(path, before + (before === '' || before.endsWith('\n') ? '' : '\n') + lines.join('\n') + '\n');
  };
  append(join(files.root, 'RELEASED'), added.map((m) => m.name));
  append(join(files.root, 'RELEASED.sha256'), added.map((m) => `${m.sum}  ${m.name}`));
  return added.map((m) => m.name);
}
