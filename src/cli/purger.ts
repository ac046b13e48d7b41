import { PurgeFollower, webhookPurger } from '../site/cache/purge.js';
import type { Store } from '../store/index.js';
import type { ServeConfig } from './env-config.js';

/**
 * Starts the CDN purge follower when MIDAD_PURGE_URL is set: in the only serving process, or
 * in the primary of a cluster, so that each change is purged once per machine.
 */
export async function startPurger(store: Store, config: ServeConfig): Promise<PurgeFollower | null> {
  if (!config.purgeUrl) return null;
  const follower = new PurgeFollower(store.changes, webhookPurger(config.purgeUrl, { token: config.purgeToken ?? undefined }), {
    onError: (err, tags) =>
      process.stderr.write(`midad: CDN purge failed${tags.length ? ` for ${tags.length} tags` : ''}: ${(err as Error).message}\n`),
  });
  await follower.start();
  return follower;
}
