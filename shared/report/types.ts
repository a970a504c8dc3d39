// The report's JSON (public.cis_report(client_id, since), README "Reports"): the eight questions
// answered for one client, the funnel, and the findings per family. The formatters in this
// folder read only these fields; labels come from SQL so the sentences and the tables agree.

export type Confidence = 'high' | 'medium' | 'low' | 'insufficient';

export type Family = 'seniority' | 'subject_lines' | 'deal_predictors' | 'exploratory';

/** A segment of a detector dimension against one outcome (seniority, subject lines, deal predictors). */
export interface SegmentFinding {
  dimension: string;
  dimension_label?: string;
  segment: string;
  segment_label?: string;
  /** The other segment's label when the dimension has exactly two (the "rest" is that segment). */
  rest_label?: string | null;
  outcome?: string;
  n: number;
  conversions: number;
  rate: number | null;
  ci_low: number | null;
  ci_high: number | null;
  baseline_n?: number;
  baseline_rate?: number | null;
  lift: number | null;
  lift_ci_low: number | null;
  lift_ci_high: number | null;
  /** Level of the lift interval: 0.95, or lower when adjusted for the family's tests. */
  lift_ci_level?: number | null;
  test?: 'fisher' | 'z' | null;
  p_value: number | null;
  q_value: number | null;
  family?: Family;
  family_tests?: number | null;
  /** Counted in its family (enough leads on both sides; significance attainable). */
  tested?: boolean;
  significant: boolean;
  min_n_met?: boolean;
}

export interface OpenTimeCell {
  /** 0 = Monday … 6 = Sunday, in the lead's own time zone. */
  weekday: number;
  hour: number;
  human_opens: number;
  share: number;
}

/** Two local hours [start_hour, end_hour) and the leads' first human opens in them. */
export interface OpenWindow {
  start_hour: number;
  end_hour: number;
  opens: number;
  share: number | null;
  leads: number;
  lead_share: number;
  p_value: number;
}

export interface ObjectionRow {
  objection_type: string;
  label?: string;
  n: number;
  share: number;
  ci_low: number | null;
  ci_high: number | null;
  answered?: number;
  /** Leads of this objection who booked a meeting after our answer. */
  booked_after_answer?: number;
}

export interface AbTestRow {
  test: string;
  campaign: string;
  metric: string;
  metric_label?: string;
  status: string;
  winner: string | null;
  kind?: 'winner' | 'equivalent' | 'inconclusive' | 'collecting' | 'srm' | 'not_analysed';
  /** Chance to win of the winner (exact Beta posteriors); null without a winner. */
  confidence: number | null;
  /** The same chance as the verdict prints it (">99.9%"). */
  chance?: string | null;
  verdict: string | null;
}

export interface ShowRateRow {
  scope: string;
  segment: string;
  held: number;
  no_show: number;
  unconfirmed: number;
  rate: number | null;
  ci_low: number | null;
  ci_high: number | null;
}

export interface DealValueRow {
  currency: string;
  deals: number;
  average: number | null;
  median: number | null;
  /** Cox's log-scale 95% interval for the mean; null under three won deals. */
  ci_low: number | null;
  ci_high: number | null;
}

interface QuestionBase<K extends string, D> {
  key: K;
  question: string;
  answer: string;
  confidence: Confidence;
  outcome?: string;
  data: D[];
}

export type SegmentQuestion = QuestionBase<'seniority' | 'subject_lines' | 'deal_predictors', SegmentFinding> & {
  family?: Family;
  /** The segment the answer names, when a finding is significant. */
  headline?: { dimension: string; segment: string; direction: 'higher' | 'lower' } | null;
};
export type OpenTimesQuestion = QuestionBase<'open_times', OpenTimeCell> & {
  /** The tested peak: null unless the busiest two hours beat a flat week and an even working day. */
  peak: OpenWindow | null;
  busiest?: OpenWindow | null;
};
export type ObjectionsQuestion = QuestionBase<'objections', ObjectionRow> & { top?: string | null; top_test?: { p_value: number } | null };
export type AbTestsQuestion = QuestionBase<'ab_tests', AbTestRow>;
export type ShowRateQuestion = QuestionBase<'show_rate', ShowRateRow>;
export type DealValueQuestion = QuestionBase<'deal_value', DealValueRow>;

export type Question =
  | SegmentQuestion
  | OpenTimesQuestion
  | ObjectionsQuestion
  | AbTestsQuestion
  | ShowRateQuestion
  | DealValueQuestion;

export interface FunnelStage {
  stage: string;
  n: number;
  rate_from_previous: number | null;
  ci_low: number | null;
  ci_high: number | null;
}

export interface FamilySummary {
  family: Family;
  tests: number;
  significant: number;
}

export interface Report {
  generated_at: string;
  client: { id: string; name: string } | null;
  since: string | null;
  questions: Question[];
  funnel: FunnelStage[];
  findings: {
    tested: number;
    significant: number;
    min_n: number | null;
    families?: FamilySummary[];
    /** What else stands out: the exploratory family's significant findings, strongest first. */
    exploratory?: SegmentFinding[];
  };
}

export const QUESTION_ORDER = [
  'seniority', 'subject_lines', 'open_times', 'objections', 'ab_tests', 'show_rate', 'deal_predictors', 'deal_value',
] as const;

export function question<K extends Question['key']>(report: Report, key: K): Extract<Question, { key: K }> | undefined {
  return report.questions.find((q) => q.key === key) as Extract<Question, { key: K }> | undefined;
}
