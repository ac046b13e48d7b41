import type { Article } from '../../article/index.js';
import type { Store } from '../../store/index.js';

/** The reference an export gives an article: its external id, or `midad:N` for our own id. */
export function exportRef(a: { id: number; externalId: string | null }): string {
  return a.externalId ?? `midad:${a.id}`;
}

/**
 * One JSONL record: the import format (DESIGN.md), keys in a fixed order so that an export
 * of an import of an export is byte-identical to the first.
 */
export function toRecord(a: Article, pinRefs: readonly string[]): Record<string, unknown> {
  return {
    id: exportRef(a),
    slug: a.slug,
    headline: a.headline,
    deck: a.deck,
    kicker: a.kicker,
    section: a.section?.name ?? null,
    tags: a.tags,
    leadImage: a.leadImage,
    byline: a.byline,
    hasVideo: a.hasVideo,
    body: a.body,
    related: a.related,
    status: a.status,
    publishedAt: a.publishedAt,
    updatedAt: a.updatedAt,
    pins: pinRefs,
    demo: a.demo,
  };
}

/** Writes every article, in id order, one JSON line each; returns how many. */
export async function exportJsonl(store: Store, write: (line: string) => void | Promise<void>): Promise<number> {
  const ids = await store.articles.ids();
  const refs = new Map<number, string>();
  for (const s of await store.articles.summaries(ids)) refs.set(s.id, exportRef(s));
  let n = 0;
  for (const id of ids) {
    const a = await store.articles.get(id);
    if (!a) continue;
    await write(JSON.stringify(toRecord(a, a.pins.map((p) => refs.get(p)!).filter(Boolean))) + '\n');
    n++;
  }
  return n;
}
