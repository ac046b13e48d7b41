/** A cached response: the identity body, its headers, its compressed variants, and what it shows. */
export interface CacheEntry {
  status: number;
  headers: Record<string, string>;
  body: Buffer;
  /** Filled in the background after the entry is stored. */
  gzip?: Buffer;
  br?: Buffer;
  etag: string | undefined;
  lastModified: string | undefined;
  tags: ReadonlySet<string>;
  storedAt: number;
}

/** Sizes that bound the cache. */
export interface PageCacheLimits {
  /** Bytes of bodies and variants kept before the least recently used entries go. */
  maxBytes: number;
  /** An entry older than this is dropped on read (a safety net for changes no write announced). */
  maxAgeMs: number;
}

function sizeOf(e: CacheEntry): number {
  return e.body.length + (e.gzip?.length ?? 0) + (e.br?.length ?? 0) + 512;
}

/**
 * Rendered pages by key (method-less path and query), least recently used first out, with
 * a tag index so that a change drops exactly the pages that show it. `generation` moves on
 * every invalidation: a page rendered before one is not stored after it.
 */
export class PageCache {
  private readonly entries = new Map<string, CacheEntry>();
  private readonly byTag = new Map<string, Set<string>>();
  private bytes = 0;
  generation = 0;
  hits = 0;
  misses = 0;

  constructor(
    private readonly limits: PageCacheLimits,
    private readonly now: () => number = Date.now,
  ) {}

  /** The entry for a key, fresh enough to serve, or undefined. */
  get(key: string): CacheEntry | undefined {
    const e = this.entries.get(key);
    if (!e) {
      this.misses++;
      return undefined;
    }
    if (this.now() - e.storedAt > this.limits.maxAgeMs) {
      this.delete(key);
      this.misses++;
      return undefined;
    }
    // Most recently used goes to the end of the Map's order.
    this.entries.delete(key);
    this.entries.set(key, e);
    this.hits++;
    return e;
  }

  /** Stores an entry unless an invalidation happened since `generation` was read (the page may be stale). */
  set(key: string, entry: CacheEntry, generation: number): boolean {
    if (generation !== this.generation) return false;
    this.delete(key);
    entry.storedAt = this.now();
    this.entries.set(key, entry);
    for (const t of entry.tags) {
      let keys = this.byTag.get(t);
      if (!keys) this.byTag.set(t, (keys = new Set()));
      keys.add(key);
    }
    this.bytes += sizeOf(entry);
    this.evict();
    return true;
  }

  /** Accounts for variants added to an entry after it was stored. */
  grew(key: string, entry: CacheEntry, added: number): void {
    if (this.entries.get(key) !== entry) return;
    this.bytes += added;
    this.evict();
  }

  /** Drops every entry carrying any of the tags; returns how many. */
  invalidate(tags: Iterable<string>): number {
    this.generation++;
    let n = 0;
    for (const t of tags) {
      const keys = this.byTag.get(t);
      if (!keys) continue;
      for (const k of [...keys]) if (this.delete(k)) n++;
    }
    return n;
  }

  /** Drops everything. */
  clear(): void {
    this.generation++;
    this.entries.clear();
    this.byTag.clear();
    this.bytes = 0;
  }

  /** Entry count and bytes held. */
  get size(): { entries: number; bytes: number } {
    return { entries: this.entries.size, bytes: this.bytes };
  }

  private delete(key: string): boolean {
    const e = this.entries.get(key);
    if (!e) return false;
    this.entries.delete(key);
    this.bytes -= sizeOf(e);
    for (const t of e.tags) {
      const keys = this.byTag.get(t);
      keys?.delete(key);
      if (keys && keys.size === 0) this.byTag.delete(t);
    }
    return true;
  }

  private evict(): void {
    for (const key of this.entries.keys()) {
      if (this.bytes <= this.limits.maxBytes) break;
      this.delete(key);
    }
  }
}
