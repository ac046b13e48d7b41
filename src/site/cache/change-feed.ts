import type { ChangeLog } from '../../store/index.js';
import type { PageCache } from './page-cache.js';

/** Changes read in one catch-up; more than this at once (a big import) clears the cache instead. */
const BATCH = 5000;

/**
 * Keeps a process's page cache in step with the change log. Marked dirty by a local commit,
 * by another SQLite connection's commit (polled, synchronously, on each request) or by a
 * PostgreSQL notification; the next request then reads the new changes and drops the pages
 * they tagged before anything is served from the cache.
 */
export class ChangeFeed {
  private dirty = true;
  private lastSeq = 0;
  private pending: Promise<void> | null = null;
  private watcher: { poll: () => void; stop: () => Promise<void> } | null = null;

  constructor(
    private readonly log: ChangeLog,
    private readonly cache: PageCache,
    /** Told of every batch of tags (e.g. to reload the stem lexicon after a reindex elsewhere). */
    private readonly onTags: (tags: ReadonlySet<string>) => void = () => {},
  ) {}

  /** Starts watching from the log's current head. */
  async start(): Promise<void> {
    this.lastSeq = await this.log.head();
    this.dirty = false;
    this.watcher = await this.log.watch(() => {
      this.dirty = true;
    });
  }

  /** Nothing to do (undefined, no await needed), or a promise that resolves once caught up. */
  sync(): Promise<void> | undefined {
    this.watcher?.poll();
    if (!this.dirty && !this.pending) return undefined;
    return this.catchUp();
  }

  /** Reads every change since the last one seen and drops the pages it tagged. */
  catchUp(): Promise<void> {
    if (this.pending) return this.pending;
    this.dirty = false;
    this.pending = (async () => {
      try {
        for (;;) {
          const changes = await this.log.since(this.lastSeq, BATCH);
          if (!changes.length) break;
          const tags = new Set(changes.flatMap((c) => c.tags));
          if (changes.length === BATCH) {
            this.cache.clear();
            this.lastSeq = await this.log.head();
            this.onTags(tags);
            break;
          }
          this.cache.invalidate(tags);
          this.lastSeq = changes[changes.length - 1]!.seq;
          this.onTags(tags);
        }
      } catch {
        // The log could not be read: serve nothing cached that might be stale.
        this.cache.clear();
        this.dirty = true;
      } finally {
        this.pending = null;
      }
    })();
    return this.pending;
  }

  /** Stops watching. */
  async stop(): Promise<void> {
    await this.watcher?.stop();
  }
}
