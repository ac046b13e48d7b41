/**
 * `npm run bench:pages`: Midad's pages side by side with nginx serving the same bytes.
 *
 *   npm run bench:pages -- [--db PATH] [--seconds 10] [--rounds 3]
 *
 * Starts Midad on the demo newsroom (or on --db, e.g. a 100,000-article store made by
 * bench/lib/generate-store.ts) twice: once with its page cache, once without. Saves one
 * article page's HTML, serves that file with Debian's nginx on another port, and runs wrk
 * (-t2 -c32, as the issue measures) on each target alternately, --rounds times. Prints req/s,
 * p50 and p99 (medians over rounds) and each target's ratio to nginx in the same round (Midad
 * as one process, and with --workers 2 as nginx runs a worker per core), then
 * the cold start (process start → first 200) and resident memory.
 */
import { spawn, type ChildProcess } from 'node:child_process';
import { mkdirSync, writeFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { parseArgs } from 'node:util';
import { startNginx } from './nginx.js';
import { wrk, type WrkResult } from './wrk.js';

const { values: args } = parseArgs({
  options: {
    db: { type: 'string' },
    seconds: { type: 'string', default: '10' },
    rounds: { type: 'string', default: '3' },
  },
});
const OUT = resolve(`bench/out/pages-${process.pid}`);
mkdirSync(join(OUT, 'static'), { recursive: true });
const DB = args.db ? resolve(args.db) : join(OUT, 'demo.db');
const SECONDS = Number(args.seconds);
const ROUNDS = Number(args.rounds);
const BIN = resolve('bin/midad.js');

/** Starts `midad serve` and resolves once it answers, with the time that took. */
async function midad(port: number, env: Record<string, string> = {}, extra: string[] = []): Promise<{ child: ChildProcess; startMs: number }> {
  const t0 = performance.now();
  // With the V8 flag the `midad` command and `npm start` run it with (see bin/midad.js).
  const child = spawn(process.execPath, ['--max-semi-space-size=4', BIN, 'serve', '--port', String(port), '--db', DB, ...extra], {
    // One site URL for every server: the stored article parts are stamped with the site's
    // settings, and servers on different ports would otherwise re-render and re-store them on
    // each other's every request (a write, which also wakes the cached servers' change feeds).
    env: { ...process.env, MIDAD_LOG_LEVEL: 'warn', MIDAD_SITE_URL: 'https://midad.example', ...env },
    stdio: ['ignore', 'ignore', 'inherit'],
  });
  for (;;) {
    try {
      if ((await fetch(`http://127.0.0.1:${port}/`)).status === 200) return { child, startMs: performance.now() - t0 };
    } catch {
      /* not listening yet */
    }
    if (child.exitCode !== null) throw new Error(`midad serve exited with ${child.exitCode}`);
    await new Promise((r) => setTimeout(r, 10));
  }
}

/** Resident memory of a process, in MiB. */
async function rssMiB(pid: number): Promise<number> {
  const { readFileSync } = await import('node:fs');
  const kb = Number(/VmRSS:\s+(\d+)/.exec(readFileSync(`/proc/${pid}/status`, 'utf8'))?.[1] ?? NaN);
  return kb / 1024;
}

const median = (xs: number[]) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)]!;

// Prepare the store once (the demo loads on the first start), then measure a cold start on it.
if (!args.db) {
  const first = await midad(4301);
  first.child.kill('SIGTERM');
  await new Promise((r) => first.child.once('exit', r));
}
// Five cold starts: one start is at the mercy of whatever else the machine is doing.
const colds: number[] = [];
for (let i = 0; i < 5; i++) {
  const cold = await midad(4302);
  colds.push(cold.startMs);
  cold.child.kill('SIGTERM');
  await new Promise((r) => cold.child.once('exit', r));
}

const cached = await midad(4311);
const uncached = await midad(4312, { MIDAD_PAGE_CACHE_MB: '0' }, ['--no-demo']);
// nginx runs a worker per core (worker_processes auto); Midad's like-for-like setup is --workers 2.
const cached2 = await midad(4313, {}, ['--no-demo', '--workers', '2']);
const uncached2 = await midad(4314, { MIDAD_PAGE_CACHE_MB: '0' }, ['--no-demo', '--workers', '2']);
const home = await (await fetch('http://127.0.0.1:4311/')).text();
const articlePath = /<h2 class="card__headline"><a href="([^"]+)"/.exec(home)![1]!;
const html = await (await fetch(`http://127.0.0.1:4311${articlePath}`)).text();
writeFileSync(join(OUT, 'static', 'index.html'), html);
const nginx = await startNginx(join(OUT, 'static'), 4320);
const searchPath = '/search?q=' + encodeURIComponent('ميناء');

const targets: Array<[string, string, { connections?: number; threads?: number }?]> = [
  ['nginx, same article bytes', 'http://127.0.0.1:4320/'],
  ['Midad article, cached', `http://127.0.0.1:4311${articlePath}`],
  ['Midad article, uncached', `http://127.0.0.1:4312${articlePath}`],
  ['Midad article, cached, 2 workers', `http://127.0.0.1:4313${articlePath}`],
  ['Midad article, uncached, 2 workers', `http://127.0.0.1:4314${articlePath}`],
  ['Midad home, cached', 'http://127.0.0.1:4311/'],
  ['Midad search page, cached', `http://127.0.0.1:4311${searchPath}`],
  ['Midad search page, uncached', `http://127.0.0.1:4312${searchPath}`],
  ['Midad article, uncached, 1 connection', `http://127.0.0.1:4312${articlePath}`, { connections: 1, threads: 1 }],
];
const results = new Map<string, WrkResult[]>();
const ratios = new Map<string, number[]>();
try {
  for (const [, url] of targets) await fetch(url); // warm: fill caches, JIT
  for (let round = 1; round <= ROUNDS; round++) {
    let nginxRps = NaN;
    for (const [name, url, opts] of targets) {
      const r = await wrk(url, { seconds: SECONDS, ...opts });
      if (name.startsWith('nginx')) nginxRps = r.rps;
      results.set(name, [...(results.get(name) ?? []), r]);
      ratios.set(name, [...(ratios.get(name) ?? []), r.rps / nginxRps]);
      process.stderr.write(`round ${round}: ${name}: ${r.rps.toFixed(0)} req/s, p50 ${r.p50ms} ms, p99 ${r.p99ms} ms\n`);
    }
  }
  const mem = await rssMiB(cached.child.pid!);
  console.log(`\nPages, wrk -t2 -c32 ${SECONDS}s × ${ROUNDS} rounds (medians), store ${DB}\n`);
  console.log('| target | req/s | p50 ms | p99 ms | × nginx | errors |');
  console.log('| --- | --- | --- | --- | --- | --- |');
  for (const [name] of targets) {
    const rs = results.get(name)!;
    console.log(
      `| ${name} | ${median(rs.map((r) => r.rps)).toFixed(0)} | ${median(rs.map((r) => r.p50ms)).toFixed(2)} | ${median(rs.map((r) => r.p99ms)).toFixed(2)} | ${median(ratios.get(name)!).toFixed(3)} | ${rs.reduce((n, r) => n + r.errors, 0)} |`,
    );
  }
  console.log(
    `\nCold start (process start → first 200), median of ${colds.length}: ${median(colds).toFixed(0)} ms (${Math.min(...colds).toFixed(0)}–${Math.max(...colds).toFixed(0)}); resident memory of the cached server after the run: ${mem.toFixed(0)} MiB`,
  );
  console.log('Targets: cached article ≥ 0.33 × nginx; uncached article ≥ 2,500 req/s; cached p99 < 10 ms; cold start < 500 ms; memory < 150 MiB.');
} finally {
  nginx.kill('SIGQUIT');
  for (const m of [cached, uncached, cached2, uncached2]) m.child.kill('SIGTERM');
}
