/** Absolute URLs and publication times as crawlers, feed readers and cards need them. */

// A scheme such as `https:` at the start: the value is already absolute.
const SCHEME_RE = /^[a-z][a-z0-9+.-]*:/i;

/**
 * An absolute URL for a site path (`/media/a.jpg`) or an already absolute URL. The site URL
 * is prefixed as text, not resolved, so a site served under a path (`https://x.org/news`)
 * keeps that path; the result is normalised (spaces and non-ASCII percent-encoded).
 */
export function absoluteUrl(siteUrl: string, pathOrUrl: string): string {
  const joined = SCHEME_RE.test(pathOrUrl)
    ? pathOrUrl
    : pathOrUrl.startsWith('//')
      ? `https:${pathOrUrl}`
      : `${siteUrl}${pathOrUrl.startsWith('/') ? '' : '/'}${pathOrUrl}`;
  try {
    return new URL(joined).href;
  } catch {
    return joined;
  }
}

/**
 * When an article last changed for readers: its update time, but never before its
 * publication (a scheduled story is written before it goes out, and consumers expect
 * modified ≥ published).
 */
export function modifiedAt(a: { publishedAt: string | null; updatedAt: string }): string {
  return a.publishedAt && a.publishedAt > a.updatedAt ? a.publishedAt : a.updatedAt;
}

/** The site search page; `{search_term_string}` is the placeholder schema.org's SearchAction names. */
export const SEARCH_PATH_TEMPLATE = '/search?q={search_term_string}';
