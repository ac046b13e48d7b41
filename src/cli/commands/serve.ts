import { parseArgs } from 'node:util';
import { loadDemoContent } from '../../newsroom/demo.js';
import { buildApp } from '../../site/app.js';
import { isPostgresUrl } from '../../store/index.js';
import { openMidad } from '../open-midad.js';
import { serveConfig } from '../env-config.js';

/** `midad serve`: open the store, load the demo into an empty one, listen until a signal. */
export async function serve(argv: string[]): Promise<number> {
  const { values } = parseArgs({
    args: argv,
    options: {
      port: { type: 'string' },
      host: { type: 'string' },
      db: { type: 'string' },
      'no-demo': { type: 'boolean' },
    },
    strict: true,
  });
  const config = serveConfig({ port: values.port, host: values.host, db: values.db, demo: values['no-demo'] ? false : undefined });
  const { store, analyzer } = await openMidad(config.db);
  const loaded = config.demo ? await loadDemoContent(store) : 0;
  const app = await buildApp({ store, analyzer, config: config.site, logger: { level: config.logLevel } });

  let closing = false;
  const shutdown = async (signal: string) => {
    if (closing) return;
    closing = true;
    app.log.info({ signal }, 'shutting down');
    await app.close();
    await store.close();
  };
  const done = new Promise<void>((resolve) => {
    for (const sig of ['SIGINT', 'SIGTERM'] as const) process.once(sig, () => void shutdown(sig).then(resolve));
  });

  const address = await app.listen({ port: config.port, host: config.host });
  const where = isPostgresUrl(config.db) ? 'PostgreSQL' : `SQLite ${config.db}`;
  process.stderr.write(
    `Midad is serving ${config.site.siteName} at ${address}/ (${where}` +
      `${loaded ? `; loaded ${loaded} demo articles` : ''})\n`,
  );
  await done;
  return 0;
}
