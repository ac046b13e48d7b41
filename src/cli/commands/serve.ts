import { parseArgs } from 'node:util';
import { loadDemoContent } from '../../newsroom/demo.js';
import { buildApp } from '../../site/app.js';
import { isPostgresUrl } from '../../store/index.js';
import { serveConfig, type ServeConfig } from '../env-config.js';
import { LEXICON_CHANGED, openMidad } from '../open-midad.js';
import { startPurger } from '../purger.js';

/**
 * `midad serve [--port 3000] [--host 127.0.0.1] [--db PATH|URL] [--no-demo] [--workers N]`:
 * open the store, load the demo into an empty one, listen until a signal. With several
 * workers, this process loads the demo and forks them; they share the port and keep their
 * page caches in step through the store's change log.
 */
export async function serve(argv: string[]): Promise<number> {
  const { values } = parseArgs({
    args: argv,
    options: {
      port: { type: 'string' },
      host: { type: 'string' },
      db: { type: 'string' },
      'no-demo': { type: 'boolean' },
      workers: { type: 'string' },
    },
    strict: true,
  });
  const config = serveConfig({
    port: values.port,
    host: values.host,
    db: values.db,
    demo: values['no-demo'] ? false : undefined,
    workers: values.workers,
  });
  // A single process never loads node:cluster (nor the child_process it brings: ~20 ms of a
  // cold start). Workers are forked with the same arguments, so they come this way too.
  if (config.workers <= 1) return serveOne(config, false);
  const { default: cluster } = await import('node:cluster');
  if (cluster.isPrimary) {
    const { runPrimary } = await import('../workers.js');
    // Migrations and the demo run once, here, before any worker opens the store.
    const midad = await openMidad(config.db);
    const loaded = config.demo ? await loadDemoContent(midad.store) : 0;
    // The primary keeps the store open only to send CDN purges (once for all workers).
    const purger = await startPurger(midad.store, config);
    if (!purger) await midad.store.close();
    const code = await runPrimary(config, loaded);
    if (purger) {
      await purger.stop();
      await midad.store.close();
    }
    return code;
  }
  return serveOne(config, true);
}

/** One serving process (the only one, or a worker of the cluster). */
async function serveOne(config: ServeConfig, isWorker: boolean): Promise<number> {
  const midad = await openMidad(config.db);
  const { store, analyzer } = midad;
  const loaded = config.demo && !isWorker ? await loadDemoContent(store) : 0;
  const app = await buildApp({
    store,
    analyzer,
    config: config.site,
    logger: { level: config.logLevel },
    trustProxy: config.trustProxy,
    pageCache: config.pageCacheMb > 0 ? { maxBytes: config.pageCacheMb * 1024 * 1024 } : false,
    onChanges: (tags) => {
      if (tags.has(LEXICON_CHANGED)) void midad.reloadLexicon().catch((e) => app.log.error({ err: e }, 'lexicon reload failed'));
    },
  });

  const purger = isWorker ? null : await startPurger(store, config);

  let closing = false;
  const shutdown = async (signal: string) => {
    if (closing) return;
    closing = true;
    app.log.info({ signal }, 'shutting down');
    await purger?.stop();
    await app.close();
    await store.close();
  };
  const done = new Promise<void>((resolve) => {
    for (const sig of ['SIGINT', 'SIGTERM'] as const) process.once(sig, () => void shutdown(sig).then(resolve));
  });

  const address = await app.listen({ port: config.port, host: config.host });
  if (!isWorker) {
    const where = isPostgresUrl(config.db) ? 'PostgreSQL' : `SQLite ${config.db}`;
    process.stderr.write(`Midad is serving ${config.site.siteName} at ${address}/ (${where}${loaded ? `; loaded ${loaded} demo articles` : ''})\n`);
  } else {
    process.send?.({ listening: address });
  }
  await done;
  // A worker's channel to the primary would keep it alive after everything else closed.
  if (isWorker && process.connected) process.disconnect();
  return 0;
}
