// Starts `deno serve` on the functions router (scripts/lib/serve-functions.ts) and waits until it
// answers. Used by `npm run serve` and the end-to-end test, so both run the functions the same way.
import { spawn, type ChildProcess } from 'node:child_process';
import { existsSync } from 'node:fs';
import { constants } from 'node:os';
import { join } from 'node:path';
import { repoRoot } from './migrate.ts';

export const ROUTER = join(repoRoot, 'scripts', 'lib', 'serve-functions.ts');

export interface DenoServer {
  url: string;
  child: ChildProcess;
  /** What Deno printed, for error messages. */
  output(): string;
  stop(): Promise<void>;
}

export interface DenoOptions {
  host?: string;
  port: number;
  /** Added to this process's environment (DATABASE_URL, CIS_PUBLIC_URL, …). */
  env?: Record<string, string>;
  /** Pass Deno's own output through (default: keep it, print it on failure). */
  quiet?: boolean;
  readyTimeoutMs?: number;
  onExit?: (code: number) => void;
}

/** The deno binary the `deno` npm package installed, else one on PATH. */
export function denoBinary(): string {
  const local = join(repoRoot, 'node_modules', '.bin', 'deno');
  return existsSync(local) ? local : 'deno';
}

export async function startDeno(options: DenoOptions): Promise<DenoServer> {
  const host = options.host ?? '127.0.0.1';
  const env: Record<string, string | undefined> = { ...process.env, ...options.env, NO_COLOR: '1' };
  // The functions read SUPABASE_DB_URL before DATABASE_URL; locally only DATABASE_URL counts.
  delete env.SUPABASE_DB_URL;
  const args = [
    'serve', '--host', host, '--port', String(options.port),
    '--allow-net', '--allow-env', '--allow-read', '--allow-sys', '--no-prompt',
    '--config', join(repoRoot, 'deno.json'), ROUTER,
  ];
  const child = spawn(denoBinary(), args, { cwd: repoRoot, env, stdio: ['ignore', 'pipe', 'pipe'] });
  let output = '';
  const keep = (chunk: Buffer) => {
    output = (output + chunk.toString()).slice(-20_000);
    if (options.quiet === false) process.stderr.write(chunk);
  };
  child.stdout!.on('data', keep);
  child.stderr!.on('data', keep);
  let exited: number | null = null;
  const exit = new Promise<void>((resolve) => {
    child.on('exit', (code, signal) => {
      exited = code ?? (signal ? 128 + (constants.signals[signal] ?? 0) : 1);
      options.onExit?.(exited);
      resolve();
    });
  });

  const url = `http://${host}:${options.port}`;
  const deadline = Date.now() + (options.readyTimeoutMs ?? 30_000);
  for (;;) {
    if (exited !== null) throw new Error(`deno serve exited (${exited}) before answering:\n${output}`);
    try {
      const response = await fetch(`${url}/functions/v1/`);
      await response.body?.cancel();
      if (response.ok) break;
    } catch {
      // not listening yet
    }
    if (Date.now() > deadline) {
      child.kill('SIGKILL');
      throw new Error(`deno serve did not answer on ${url} in time:\n${output}`);
    }
    await new Promise((r) => setTimeout(r, 100));
  }

  return {
    url,
    child,
    output: () => output,
    async stop() {
      if (exited !== null) return;
      child.kill('SIGTERM');
      const killer = setTimeout(() => child.kill('SIGKILL'), 3_000);
      await exit;
      clearTimeout(killer);
    },
  };
}
