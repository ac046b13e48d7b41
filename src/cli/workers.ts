import cluster, { type Worker } from 'node:cluster';
import { isPostgresUrl } from '../store/index.js';
import type { ServeConfig } from './env-config.js';

/**
 * The primary of `midad serve --workers N`: forks the workers (they share the listening
 * port), restarts one that dies unexpectedly, and stops them all on SIGINT/SIGTERM.
 */
export async function runPrimary(config: ServeConfig, loaded: number): Promise<number> {
  let stopping = false;
  let announced = false;
  const fork = (): Worker => {
    const w = cluster.fork();
    w.on('message', (m: { listening?: string }) => {
      if (!m.listening || announced) return;
      announced = true;
      const where = isPostgresUrl(config.db) ? 'PostgreSQL' : `SQLite ${config.db}`;
      process.stderr.write(
        `Midad is serving ${config.site.siteName} at ${m.listening}/ (${where}; ${config.workers} workers` +
          `${loaded ? `; loaded ${loaded} demo articles` : ''})\n`,
      );
    });
    return w;
  };
  for (let i = 0; i < config.workers; i++) fork();
  cluster.on('exit', (worker, code, signal) => {
    if (stopping) return;
    process.stderr.write(`midad: worker ${worker.process.pid} stopped (${signal ?? code}); starting another\n`);
    fork();
  });
  await new Promise<void>((resolve) => {
    const stop = () => {
      if (stopping) return;
      stopping = true;
      const workers = Object.values(cluster.workers ?? {}).filter((w): w is Worker => !!w);
      let left = workers.length;
      if (left === 0) resolve();
      for (const w of workers) {
        w.once('exit', () => {
          if (--left === 0) resolve();
        });
        w.kill('SIGTERM');
      }
    };
    process.once('SIGINT', stop);
    process.once('SIGTERM', stop);
  });
  return 0;
}
