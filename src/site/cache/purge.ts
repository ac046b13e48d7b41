import type { ChangeLog } from '../../store/index.js';

/**
 * The CDN purge hook. Midad's own page cache follows the change log in every process
 * (change-feed.ts); a CDN in front needs the same news once, from one process. A `Purger`
 * receives the tags a batch of changes made stale (cache/tags.ts; pages carry them in their
 * `Surrogate-Key` and `Cache-Tag` headers); `PurgeFollower` reads the log and feeds it.
 */
export interface Purger {
  purge(tags: readonly string[]): Promise<void>;
}

/** Options of the webhook purger. */
export interface WebhookOptions {
  /** Sent as `Authorization: Bearer …` when set. */
  token?: string;
  /** Most tags per request (CDN purge APIs cap them). */
  maxTags?: number;
  timeoutMs?: number;
  fetch?: typeof fetch;
}

/**
 * A purger that POSTs `{"tags": [...]}` as JSON to an address: a CDN's purge-by-tag API, or
 * a small adapter in front of one. Any answer other than 2xx is an error (the follower retries).
 */
export function webhookPurger(url: string, options: WebhookOptions = {}): Purger {
  const send = options.fetch ?? fetch;
  const maxTags = options.maxTags ?? 100;
  return {
    async purge(tags) {
      for (let i = 0; i < tags.length; i += maxTags) {
        const res = await send(url, {
          method: 'POST',
          headers: { 'content-type': 'application/json', ...(options.token ? { authorization: `Bearer ${options.token}` } : {}) },
          body: JSON.stringify({ tags: tags.slice(i, i + maxTags) }),
          signal: AbortSignal.timeout(options.timeoutMs ?? 10_000),
        });
        if (!res.ok) throw new Error(`purge answered ${res.status}`);
      }
    },
  };
}

/** Options of a follower. */
export interface FollowerOptions {
  /** How often the log is read when no signal arrives (ms). */
  intervalMs?: number;
  /** Attempts per batch before it is given up (logged, then skipped). */
  attempts?: number;
  /** Pause before a retry, doubled each time (ms). */
  retryMs?: number;
  onError?: (err: unknown, tags: readonly string[]) => void;
}

/** Reads the change log from its head onwards and hands each batch's tags to a purger, in order. */
export class PurgeFollower {
  private lastSeq = 0;
  private timer: NodeJS.Timeout | null = null;
  private running: Promise<void> | null = null;
  private again = false;
  private watcher: { poll: () => void; stop: () => Promise<void> } | null = null;
  private stopped = false;

  constructor(
    private readonly log: ChangeLog,
    private readonly purger: Purger,
    private readonly options: FollowerOptions = {},
  ) {}

  async start(): Promise<void> {
    this.lastSeq = await this.log.head();
    this.watcher = await this.log.watch(() => void this.drain());
    this.timer = setInterval(() => {
      this.watcher?.poll();
      void this.drain();
    }, this.options.intervalMs ?? 1000);
    this.timer.unref();
  }

  /** Purges everything logged since the last batch; resolves when caught up. */
  drain(): Promise<void> {
    if (this.running) {
      this.again = true;
      return this.running;
    }
    this.running = (async () => {
      try {
        do {
          this.again = false;
          for (;;) {
            const changes = await this.log.since(this.lastSeq, 1000);
            if (!changes.length || this.stopped) break;
            const tags = [...new Set(changes.flatMap((c) => c.tags))];
            await this.purgeWithRetries(tags);
            this.lastSeq = changes[changes.length - 1]!.seq;
          }
        } while (this.again && !this.stopped);
      } catch (e) {
        // The log itself could not be read; the next tick tries again from the same place.
        this.options.onError?.(e, []);
      } finally {
        this.running = null;
      }
    })();
    return this.running;
  }

  private async purgeWithRetries(tags: readonly string[]): Promise<void> {
    const attempts = this.options.attempts ?? 5;
    let pause = this.options.retryMs ?? 500;
    for (let n = 1; ; n++) {
      try {
        return await this.purger.purge(tags);
      } catch (e) {
        if (n >= attempts || this.stopped) {
          // A purge that keeps failing is reported and skipped: the pages' short s-maxage
          // bounds how long the CDN serves them stale.
          this.options.onError?.(e, tags);
          return;
        }
        await new Promise((ok) => setTimeout(ok, pause).unref());
        pause *= 2;
      }
    }
  }

  async stop(): Promise<void> {
    this.stopped = true;
    if (this.timer) clearInterval(this.timer);
    await this.running;
    await this.watcher?.stop();
  }
}
