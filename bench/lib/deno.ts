// `deno serve` on a file of the benchmark's own (the baseline handler); the CIS functions are
// started exactly as `npm run serve` starts them (scripts/lib/serve-deno.ts).
import { spawn } from 'node:child_process';
import { createServer } from 'node:net';
import { join } from 'node:path';
import { repoRoot } from '../../scripts/lib/migrate.ts';
import { denoBinary } from '../../scripts/lib/serve-deno.ts';

/** A port nobody listens on right now. */
export function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const server = createServer();
    server.once('error', reject);
    server.listen(0, '127.0.0.1', () => {
      const { port } = server.address() as { port: number };
      server.close(() => resolve(port));
    });
  });
}

export interface ServedFile {
  url: string;
  stop(): Promise<void>;
}

export async function serveFile(file: string, port: number, env: Record<string, string>): Promise<ServedFile> {
  const args = ['serve', '--host', '127.0.0.1', '--port', String(port), '--allow-net', '--allow-env', '--allow-read',
    '--allow-sys', '--no-prompt', '--config', join(repoRoot, 'deno.json'), file];
  const child = spawn(denoBinary(), args, { cwd: repoRoot, env: { ...process.env, ...env, NO_COLOR: '1' }, stdio: ['ignore', 'pipe', 'pipe'] });
  let output = '';
  child.stdout.on('data', (c: Buffer) => (output = (output + c).slice(-5000)));
  child.stderr.on('data', (c: Buffer) => (output = (output + c).slice(-5000)));
  const exited = new Promise<void>((resolve) => child.once('exit', () => resolve()));
  const url = `http://127.0.0.1:${port}`;
  const deadline = Date.now() + 30_000;
  for (;;) {
    if (child.exitCode !== null) throw new Error(`deno serve ${file} exited:\n${output}`);
    try {
      const response = await fetch(url);
      await response.body?.cancel();
      break;
    } catch {
      if (Date.now() > deadline) {
        child.kill('SIGKILL');
        throw new Error(`deno serve ${file} did not answer:\n${output}`);
      }
      await new Promise((r) => setTimeout(r, 100));
    }
  }
  return {
    url,
    async stop() {
      if (child.exitCode !== null) return;
      child.kill('SIGTERM');
      const killer = setTimeout(() => child.kill('SIGKILL'), 3000);
      await exited;
      clearTimeout(killer);
    },
  };
}
