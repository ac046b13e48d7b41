import { spawn } from 'node:child_process';
import { ROOT } from './paths.js';

/** Runs `midad …` from the sources in a child process (the CLI's own code), returning its stdout. */
export function midad(args: readonly string[]): Promise<string> {
  return new Promise((resolve, reject) => {
    const child = spawn(process.execPath, ['--import', 'tsx', 'bench/related/cli.ts', ...args], { cwd: ROOT, stdio: ['ignore', 'pipe', 'inherit'] });
    const out: Buffer[] = [];
    child.stdout.on('data', (d: Buffer) => out.push(d));
    child.on('error', reject);
    child.on('close', (code) => (code === 0 ? resolve(Buffer.concat(out).toString('utf8')) : reject(new Error(`midad ${args.join(' ')} exited with ${code}`))));
  });
}
