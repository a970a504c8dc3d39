// Every case of the statistics reference vectors, run against the stats.* SQL functions. The file comes
// from CIS_STATS_VECTORS when set (any file of the same format), else tests/fixtures/stats/vectors.json.
// A case whose kind has no evaluator, or an expected field nobody computed, fails: nothing is skipped.
import { describe, expect, it } from 'vitest';
import { useDb } from '../../helpers/db.ts';
import { evaluators } from './lib/evaluators.ts';
import { compareCase, loadVectors, vectorsPath } from './lib/vectors.ts';

const vectors = loadVectors();

describe(`statistics reference vectors (${vectorsPath()})`, () => {
  const db = useDb();

  it.each(vectors.cases.map((c) => [`${c.id} (${c.kind}) matches every expected value within its tolerance`, c] as const))(
    '%s',
    async (_name, c) => {
      const evaluate = evaluators[c.kind];
      if (!evaluate) throw new Error(`no evaluator for vector kind "${c.kind}" (case ${c.id})`);
      const computed = await evaluate(db, c);
      expect(compareCase(c.expected, computed, c.tolerance)).toEqual([]);
    },
  );
});
