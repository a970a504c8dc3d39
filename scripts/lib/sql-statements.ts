// Splits a migration into its statements and names what each one creates, so tests can check the
// chain's shape (one definition per object) without a database. Understands comments, quoted
// strings and identifiers, and dollar-quoted bodies; that is all migrations here use.

export function splitStatements(sql: string): string[] {
  const out: string[] = [];
  let start = 0;
  let i = 0;
  while (i < sql.length) {
    const c = sql[i];
    if (sql.startsWith('--', i)) {
      const end = sql.indexOf('\n', i);
      i = end < 0 ? sql.length : end + 1;
    } else if (sql.startsWith('/*', i)) {
      i = sql.indexOf('*/', i + 2) + 2;
    } else if (c === "'" || c === '"') {
      let j = i + 1;
      for (;;) {
        const k = sql.indexOf(c, j);
        if (k < 0) throw new Error(`unterminated ${c} quote at offset ${i}`);
        if (sql[k + 1] === c) j = k + 2;
        else {
          i = k + 1;
          break;
        }
      }
    } else if (c === '$') {
      const tag = /^\$([A-Za-z_][A-Za-z0-9_]*)?\$/.exec(sql.slice(i, i + 64));
      if (tag) {
        const end = sql.indexOf(tag[0], i + tag[0].length);
        if (end < 0) throw new Error(`unterminated ${tag[0]} body at offset ${i}`);
        i = end + tag[0].length;
      } else i++;
    } else if (c === ';') {
      out.push(sql.slice(start, i + 1));
      start = ++i;
    } else i++;
  }
  if (stripComments(sql.slice(start)).trim() !== '') out.push(sql.slice(start));
  return out;
}

export function stripComments(sql: string): string {
  return sql.replace(/--[^\n]*/g, '').replace(/\/\*[\s\S]*?\*\//g, '');
}

export interface Definition {
  kind: 'function' | 'procedure' | 'view' | 'materialized view' | 'trigger' | 'table' | 'type' | 'index' | 'policy';
  /** Schema-qualified object name; triggers, policies and indexes carry their table (`name on table`). */
  name: string;
}

const PATTERNS: [RegExp, Definition['kind']][] = [
  [/^create (?:or replace )?(function|procedure) ([\w."]+)\s*\(/, 'function'],
  [/^create (?:or replace )?(materialized view|view) ([\w."]+)/, 'view'],
  [/^create (?:or replace )?(?:constraint )?(trigger) ([\w"]+) .*? on ([\w."]+)/, 'trigger'],
  [/^create (table) (?:if not exists )?([\w."]+)/, 'table'],
  [/^create (type) ([\w."]+)/, 'type'],
  [/^create (?:unique )?(index) (?:concurrently )?(?:if not exists )?([\w"]+) on (?:only )?([\w."]+)/, 'index'],
  [/^create (policy) ([\w"]+) on ([\w."]+)/, 'policy'],
];

/** What a statement creates, or null for anything else (grants, comments, alters, selects). */
export function definitionOf(statement: string): Definition | null {
  const text = stripComments(statement).replace(/\s+/g, ' ').trim().toLowerCase();
  for (const [pattern, kind] of PATTERNS) {
    const m = pattern.exec(text);
    if (!m) continue;
    const qualify = (name: string) => (name.includes('.') ? name : `public.${name}`);
    if (kind === 'trigger' || kind === 'policy' || kind === 'index') return { kind, name: `${m[2]} on ${qualify(m[3])}` };
    return { kind: m[1] === 'materialized view' ? 'materialized view' : m[1] === 'procedure' ? 'procedure' : kind, name: qualify(m[2]) };
  }
  return null;
}
