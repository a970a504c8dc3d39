/**
 * Entry point of the reply analyser: OpenAI when a key is given (falling back to the rules on any
 * failure), otherwise the deterministic offline engine. Both return the same `ReplyAnalysis`.
 */
import { analyzeOffline } from './offline.ts';
import { analyzeWithOpenAI } from './openai.ts';
import { ReplyInput, type ReplyAnalysis } from './schema.ts';

export interface AnalyzeOptions {
  openaiApiKey?: string;
  model?: string;
  fetch?: typeof fetch;
  now?: Date;
  timeoutMs?: number;
  onFallback?: (error: unknown) => void;
}

export async function analyzeReply(input: ReplyInput, opts: AnalyzeOptions = {}): Promise<ReplyAnalysis> {
  const reply = ReplyInput.parse(input);
  if (opts.openaiApiKey) {
    return analyzeWithOpenAI(reply, {
      apiKey: opts.openaiApiKey,
      model: opts.model,
      fetch: opts.fetch,
      now: opts.now,
      timeoutMs: opts.timeoutMs,
      onFallback: opts.onFallback,
    });
  }
  return analyzeOffline(reply, { now: opts.now });
}
