import { spawn, type ChildProcess } from 'node:child_process';
import { fileURLToPath } from 'node:url';

/** The project root, where `npx midad` runs. */
export const ROOT = fileURLToPath(new URL('../../', import.meta.url));
/** The `midad` command as package.json's bin names it. */
export const BIN = fileURLToPath(new URL('../../bin/midad.js', import.meta.url));

/** Runs `midad …` to completion. */
export function runMidad(args: string[], env: NodeJS.ProcessEnv = {}, input?: string): Promise<{ code: number; stdout: string; stderr: string }> {
  return new Promise((resolve, reject) => {
    const child = spawn(process.execPath, [BIN, ...args], { cwd: ROOT, env: { ...process.env, ...env } });
    let stdout = '';
    let stderr = '';
    child.stdout.on('data', (d) => (stdout += d));
    child.stderr.on('data', (d) => (stderr += d));
    child.on('error', reject);
    child.on('close', (code) => resolve({ code: code ?? -1, stdout, stderr }));
    if (input !== undefined) child.stdin.end(input);
    else child.stdin.end();
  });
}

// Servers a failing test left running are stopped when the test process ends.
const running = new Set<ChildProcess>();
process.on('exit', () => {
  for (const c of running) c.kill('SIGKILL');
});

/** Starts `midad serve` and resolves with its URL once it listens. */
export function startServe(args: string[], env: NodeJS.ProcessEnv = {}): Promise<{ url: string; child: ChildProcess; stderr: () => string }> {
  return new Promise((resolve, reject) => {
    const child = spawn(process.execPath, [BIN, 'serve', ...args], { cwd: ROOT, env: { ...process.env, ...env } });
    running.add(child);
    child.once('exit', () => running.delete(child));
    let err = '';
    const timer = setTimeout(() => reject(new Error(`midad serve did not start:\n${err}`)), 60_000);
    child.stderr.on('data', (d) => {
      err += d;
      const m = /serving .* at (http:\/\/[^ ]+?)\/ \(/.exec(err);
      if (m) {
        clearTimeout(timer);
        resolve({ url: m[1]!, child, stderr: () => err });
      }
    });
    child.on('exit', (code) => {
      clearTimeout(timer);
      reject(new Error(`midad serve exited with ${code}:\n${err}`));
    });
  });
}

/** Stops a server child with SIGTERM and resolves with its exit code. */
export function stop(child: ChildProcess): Promise<number | null> {
  return new Promise((resolve) => {
    child.removeAllListeners('exit');
    child.once('exit', (code) => resolve(code));
    child.kill('SIGTERM');
  });
}
