import type { Status } from '../../article/index.js';
import type { Store } from '../../store/index.js';
import { modifiedAt } from '../seo/urls.js';

/** What a sitemap needs of an article. */
export interface ArticleRef {
  id: number;
  slug: string;
  /** For the news sitemap's title. */
  headline: string;
  publishedAt: string;
  /** When it last changed for readers (never before publication). */
  modifiedAt: string;
}

/** Published articles in one calendar month (UTC). */
export interface MonthStat {
  /** `2026-11`. */
  month: string;
  count: number;
  /** The newest change in the month. */
  lastModified: string;
}

/**
 * What sitemaps read of the published archive. It is an interface of its own so that the
 * interim implementation below (pages of `articles.list`) can be swapped for dedicated store
 * queries (a GROUP BY month, and a keyed range read of ids and slugs) without touching the routes.
 */
export interface SitemapArchive {
  /** Every month with published articles, newest first. */
  months(): Promise<MonthStat[]>;
  /** Articles published in `month`, newest first, skipping `offset` and returning at most `limit`. */
  month(month: string, offset: number, limit: number): Promise<ArticleRef[]>;
  /** Articles published at or after `since`, newest first, at most `limit`. */
  since(since: string, limit: number): Promise<ArticleRef[]>;
}

/** Rows read per list call: big enough to be few queries, small enough for any SQL parameter limit. */
const CHUNK = 1000;

const PUBLISHED: Status = 'published';

/** The first instant of the month after `month` (`2026-11` → `2026-12-01T00:00:00.000Z`). */
export function monthEnd(month: string): string {
  const [y, m] = month.split('-').map(Number) as [number, number];
  return new Date(Date.UTC(y, m, 1)).toISOString();
}

/** The archive over the existing Store interface: published and not in the future, as of `now`. */
export function storeArchive(store: Store, now: () => Date): SitemapArchive {
  /** Walks published articles newest first from `before` (inclusive), calling `take` until it says stop. */
  async function walk(before: string, offset: number, take: (ref: ArticleRef) => boolean): Promise<void> {
    for (let at = offset; ; at += CHUNK) {
      const page = await store.articles.list({ status: PUBLISHED, publishedBefore: before, limit: CHUNK, offset: at });
      for (const a of page.items) {
        if (!take({ id: a.id, slug: a.slug, headline: a.headline, publishedAt: a.publishedAt!, modifiedAt: modifiedAt(a) })) return;
      }
      if (page.items.length < CHUNK) return;
    }
  }
  const nowIso = () => now().toISOString();

  return {
    async months() {
      const stats = new Map<string, MonthStat>();
      await walk(nowIso(), 0, (ref) => {
        const key = ref.publishedAt.slice(0, 7);
        const stat = stats.get(key) ?? { month: key, count: 0, lastModified: ref.modifiedAt };
        stat.count += 1;
        if (ref.modifiedAt > stat.lastModified) stat.lastModified = ref.modifiedAt;
        stats.set(key, stat);
        return true;
      });
      return [...stats.values()];
    },
    async month(month, offset, limit) {
      // publishedBefore is inclusive: step back one millisecond from the next month's start.
      const end = new Date(Date.parse(monthEnd(month)) - 1).toISOString();
      const before = end < nowIso() ? end : nowIso();
      const out: ArticleRef[] = [];
      await walk(before, offset, (ref) => {
        if (!ref.publishedAt.startsWith(month)) return false;
        out.push(ref);
        return out.length < limit;
      });
      return out;
    },
    async since(since, limit) {
      const out: ArticleRef[] = [];
      await walk(nowIso(), 0, (ref) => {
        if (ref.publishedAt < since) return false;
        out.push(ref);
        return out.length < limit;
      });
      return out;
    },
  };
}
