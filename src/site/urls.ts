/** Where things live on the reader site. Slugs stay readable; the wire form is percent-encoded. */

/** The canonical path of an article: its id (stable) then its slug (readable). */
export function articlePath(a: { id: number; slug: string }): string {
  return `/article/${a.id}-${encodeURIComponent(a.slug)}`;
}

/** A section page. */
export function sectionPath(s: { slug: string }, page = 1): string {
  return `/section/${encodeURIComponent(s.slug)}${page > 1 ? `?page=${page}` : ''}`;
}

/** An author page. */
export function authorPath(a: { slug: string }, page = 1): string {
  return `/author/${encodeURIComponent(a.slug)}${page > 1 ? `?page=${page}` : ''}`;
}

/** Splits `/article/{ref}` into our id and the slug part, when it has that shape. */
export function parseArticleRef(ref: string): { id: number; slug: string } | null {
  const m = /^([0-9]{1,15})(?:-(.*))?$/s.exec(ref);
  return m ? { id: Number(m[1]), slug: m[2] ?? '' } : null;
}
