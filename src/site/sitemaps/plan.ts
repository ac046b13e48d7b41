import type { MonthStat } from './archive.js';

/** The sitemap protocol's limit of URLs in one file. */
export const MAX_URLS_PER_SITEMAP = 50_000;

/** One article sitemap file: a month, or a part of a month that holds more than the limit. */
export interface SitemapPart {
  /** File name under /sitemaps/: `articles-2026-11.xml`, then `articles-2026-11-2.xml`… */
  file: string;
  month: string;
  /** 1-based part within the month. */
  part: number;
  lastModified: string;
}

/** The file name of a month's part (the first part carries no number, so small sites get plain monthly names). */
export function partFile(month: string, part: number): string {
  return `articles-${month}${part > 1 ? `-${part}` : ''}.xml`;
}

/** The article sitemaps for the given months, newest first, each holding at most `limit` URLs. */
export function planArticleSitemaps(months: readonly MonthStat[], limit = MAX_URLS_PER_SITEMAP): SitemapPart[] {
  const out: SitemapPart[] = [];
  for (const m of [...months].sort((a, b) => (a.month < b.month ? 1 : -1))) {
    const parts = Math.max(1, Math.ceil(m.count / limit));
    for (let part = 1; part <= parts; part++) out.push({ file: partFile(m.month, part), month: m.month, part, lastModified: m.lastModified });
  }
  return out;
}

const PART_RE = /^articles-(\d{4})-(0[1-9]|1[0-2])(?:-([1-9]\d{0,5}))?\.xml$/;

/** Reads a part file name back (`articles-2026-11-2.xml` → 2026-11, part 2); null for anything else, including `-1`. */
export function parsePartFile(file: string): { month: string; part: number } | null {
  const m = PART_RE.exec(file);
  if (!m) return null;
  const part = m[3] ? Number(m[3]) : 1;
  // Part 1 has exactly one name; `-1` would be a duplicate URL for the same list.
  if (m[3] === '1') return null;
  return { month: `${m[1]}-${m[2]}`, part };
}

/** The file of section and author pages. */
export const PAGES_FILE = 'pages.xml';
