import { h, type Raw } from '../jsx/runtime.js';

/** Previous/next links with the current page, for section and author lists. */
export function Pagination(props: { page: number; pages: number; href: (page: number) => string }): Raw | null {
  const { page, pages, href } = props;
  if (pages <= 1) return null;
  return (
    <nav class="pagination" aria-label="الصفحات">
      {page > 1 ? (
        <a rel="prev" href={href(page - 1)}>
          → الأحدث
        </a>
      ) : null}
      <span aria-current="page">
        صفحة {page} من {pages}
      </span>
      {page < pages ? (
        <a rel="next" href={href(page + 1)}>
          الأقدم ←
        </a>
      ) : null}
    </nav>
  );
}
