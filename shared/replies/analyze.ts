/**
 * Entry point of the reply analyser: the deterministic offline engine (the reply model with the
 * compliance rules on top), or OpenAI when a key is given (falling back to the offline engine on
 * any failure). Both return the same `ReplyAnalysis`.
 *
 * With a key, `openaiFor` says which replies OpenAI reads: `'all'` (the default, as before issue
 * 13) or `'uncertain'`, only those the offline model marks uncertain, the others keeping the
 * offline result (cheaper; an uncertain reply that OpenAI cannot read stays uncertain, and held).
 */
import { analyzeOffline } from './offline.ts';
import { analyzeWithOpenAI } from './openai.ts';
import { ReplyInput, type ReplyAnalysis } from './schema.ts';

export interface AnalyzeOptions {
  openaiApiKey?: string;
  openaiFor?: 'all' | 'uncertain';
  model?: string;
  fetch?: typeof fetch;
  now?: Date;
  timeoutMs?: number;
  onFallback?: (error: unknown) => void;
}

export async function analyzeReply(input: ReplyInput, opts: AnalyzeOptions = {}): Promise<ReplyAnalysis> {
  const reply = ReplyInput.parse(input);
  if (!opts.openaiApiKey) return analyzeOffline(reply, { now: opts.now });
  if (opts.openaiFor === 'uncertain') {
    const offline = analyzeOffline(reply, { now: opts.now });
    if (!offline.uncertain) return offline;
  }
  return analyzeWithOpenAI(reply, {
    apiKey: opts.openaiApiKey,
    model: opts.model,
    fetch: opts.fetch,
    now: opts.now,
    timeoutMs: opts.timeoutMs,
    onFallback: opts.onFallback,
  });
}
