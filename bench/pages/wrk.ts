/** Running wrk and reading its report. */
import { execFile } from 'node:child_process';
import { promisify } from 'node:util';

const run = promisify(execFile);

/** One wrk measurement. */
export interface WrkResult {
  rps: number;
  p50ms: number;
  p99ms: number;
  errors: number;
}

/** Converts wrk's latency strings (`812.00us`, `1.52ms`, `2.01s`) to milliseconds. */
export function toMs(text: string): number {
  const m = /^([\d.]+)(us|ms|s)$/.exec(text.trim());
  if (!m) return NaN;
  const v = Number(m[1]);
  return m[2] === 'us' ? v / 1000 : m[2] === 's' ? v * 1000 : v;
}

/** Reads requests/s, p50, p99 and errors from `wrk --latency` output. */
export function parseWrk(out: string): WrkResult {
  const rps = Number(/Requests\/sec:\s+([\d.]+)/.exec(out)?.[1] ?? NaN);
  const p50 = toMs(/^\s+50%\s+(\S+)/m.exec(out)?.[1] ?? '');
  const p99 = toMs(/^\s+99%\s+(\S+)/m.exec(out)?.[1] ?? '');
  const errs = /Socket errors: connect (\d+), read (\d+), write (\d+), timeout (\d+)/.exec(out);
  const non2xx = Number(/Non-2xx or 3xx responses: (\d+)/.exec(out)?.[1] ?? 0);
  const errors = (errs ? errs.slice(1).reduce((n, x) => n + Number(x), 0) : 0) + non2xx;
  return { rps, p50ms: p50, p99ms: p99, errors };
}

/** Runs wrk (-t2 -c32 by default, as the issue measures) against a URL. */
export async function wrk(url: string, options: { seconds?: number; threads?: number; connections?: number } = {}): Promise<WrkResult> {
  const { stdout } = await run('wrk', [
    `-t${options.threads ?? 2}`,
    `-c${options.connections ?? 32}`,
    `-d${options.seconds ?? 10}s`,
    '--latency',
    url,
  ]);
  return parseWrk(stdout);
}
