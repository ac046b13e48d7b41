import { recordAudit } from '../audit/record.js';
import type { NewsroomContext } from '../context.js';

/** At most this many articles go out per pass; the next pass takes the rest. */
const BATCH = 50;

/**
 * Publishes every scheduled article whose time has come. Safe with several processes: each
 * publish is a conditional update (still scheduled, still the version read), so exactly one
 * process wins each article and only the winner records the event. Returns the ids it published.
 */
export async function publishDueArticles(ctx: Pick<NewsroomContext, 'store' | 'now'>): Promise<number[]> {
  const now = ctx.now().toISOString();
  const due = await ctx.store.newsroom.workflow.due(now, BATCH);
  const published: number[] = [];
  for (const a of due) {
    // updatedAt moves forward (stale editor forms must conflict) but not past the publish
    // time, so the page shows no "updated" line for a story that has not changed.
    const updatedAt = new Date(Math.max(Date.parse(a.publishedAt), Date.parse(a.updatedAt) + 1)).toISOString();
    const won = await ctx.store.transaction(async (tx) => {
      const ok = await tx.newsroom.workflow.transition({
        id: a.id,
        from: 'scheduled',
        to: 'published',
        publishedAt: a.publishedAt,
        updatedAt,
        expectedUpdatedAt: a.updatedAt,
      });
      if (!ok) return false;
      await tx.newsroom.workflow.recordEvent({ articleId: a.id, from: 'scheduled', to: 'published', userId: null, at: now, scheduledFor: a.publishedAt });
      await recordAudit(tx, { at: now, userId: null, action: 'article.publish-scheduled', targetType: 'article', targetId: a.id, detail: { scheduledFor: a.publishedAt } });
      return true;
    });
    if (won) published.push(a.id);
  }
  return published;
}

/** A running scheduler. */
export interface Scheduler {
  /** One pass now (also what the timer runs). */
  tick(): Promise<number[]>;
  /** Stops the timer and waits for a pass in progress (so the store can close after). */
  stop(): Promise<void>;
}

/**
 * Starts the scheduler: a pass at once (articles that fell due while the server was down go
 * out on start), then one every `intervalMs` (0: no timer). Errors are reported, never thrown:
 * a failed pass is retried by the next one.
 */
export function startScheduler(
  ctx: Pick<NewsroomContext, 'store' | 'now'>,
  intervalMs: number,
  onError: (e: unknown) => void,
  onPublished: (ids: number[]) => void = () => {},
): Scheduler {
  let running: Promise<number[]> | null = null;
  const tick = () => {
    // One pass at a time in a process: a slow pass must not overlap the next.
    running ??= publishDueArticles(ctx)
      .then((ids) => {
        if (ids.length) onPublished(ids);
        return ids;
      })
      .catch((e: unknown) => {
        onError(e);
        return [];
      })
      .finally(() => {
        running = null;
      });
    return running;
  };
  void tick();
  const timer = intervalMs > 0 ? setInterval(() => void tick(), intervalMs) : null;
  timer?.unref();
  return {
    tick,
    async stop() {
      if (timer) clearInterval(timer);
      await running;
    },
  };
}
