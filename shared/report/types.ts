// The report's JSON (public.cis_report(client_id, since), README "Reports"): the eight questions
// answered for one client, the funnel, and how many findings were tested. The formatters in this
// folder read only these fields.

export type Confidence = 'high' | 'medium' | 'low' | 'insufficient';

/** A segment of a detector dimension against one outcome (seniority, subject lines, deal predictors). */
export interface SegmentFinding {
  dimension?: string;
  segment: string;
  n: number;
  conversions: number;
  rate: number | null;
  ci_low: number | null;
  ci_high: number | null;
  lift: number | null;
  lift_ci_low: number | null;
  lift_ci_high: number | null;
  p_value: number | null;
  q_value: number | null;
  significant: boolean;
  shrunk_rate: number | null;
}

export interface OpenTimeCell {
  /** 0 = Monday … 6 = Sunday, in the lead's own time zone. */
  weekday: number;
  hour: number;
  human_opens: number;
  share: number;
}

export interface ObjectionRow {
  objection_type: string;
  n: number;
  share: number;
  ci_low: number | null;
  ci_high: number | null;
  converted: number;
  conversion_rate: number | null;
}

export interface AbTestRow {
  test: string;
  campaign: string;
  metric: string;
  status: string;
  winner: string | null;
  confidence: number | null;
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

export type SegmentQuestion = QuestionBase<'seniority' | 'subject_lines' | 'deal_predictors', SegmentFinding>;
export type OpenTimesQuestion = QuestionBase<'open_times', OpenTimeCell> & { peak: { weekday: number; hour: number; share: number } | null };
export type ObjectionsQuestion = QuestionBase<'objections', ObjectionRow>;
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

export interface Report {
  generated_at: string;
  client: { id: string; name: string } | null;
  since: string | null;
  questions: Question[];
  funnel: FunnelStage[];
  findings: { tested: number; significant: number; min_n: number | null };
}

export const QUESTION_ORDER = [
  'seniority', 'subject_lines', 'open_times', 'objections', 'ab_tests', 'show_rate', 'deal_predictors', 'deal_value',
] as const;

export function question<K extends Question['key']>(report: Report, key: K): Extract<Question, { key: K }> | undefined {
  return report.questions.find((q) => q.key === key) as Extract<Question, { key: K }> | undefined;
}
