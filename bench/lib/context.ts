// What the runner hands every suite.
import type { Progress } from './progress.ts';

export interface BenchContext {
  /** URL of a role that may create databases (superuser on the throwaway server). */
  adminUrl: string;
  /** Repetitions of each timed measurement (the median is reported). */
  runs: number;
  /** Scale of the workload: 1 is the figures (200 000 events); smaller for a quick look. */
  scale: number;
  /** Events per ingest_engagement_events call in the batch measurements (10 000). */
  batchSize: number;
  /** SQL files applied to every CIS template after the migrations (--what-if). */
  whatIf: string[];
  progress: Progress;
}
