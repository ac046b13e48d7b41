/** Where a story lives on the reader site: `/story/{id}-{slug}`, like an article (the id is stable, the slug follows the title). */
export function storyPath(s: { id: number; slug: string }): string {
  return `/story/${s.id}-${encodeURIComponent(s.slug)}`;
}
