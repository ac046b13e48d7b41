import type { Author, Byline as BylineData } from '../../article/index.js';
import { Fragment, h, type Raw } from '../jsx/runtime.js';
import { authorPath } from '../urls.js';

/** Joins names the Arabic way: «أ»، «أ و ب»، «أ، ب و ج». */
function joined(parts: Raw[]): Raw[] {
  const out: Raw[] = [];
  parts.forEach((p, i) => {
    if (i > 0) out.push(<>{i === parts.length - 1 ? ' و' : '، '}</>);
    out.push(p);
  });
  return out;
}

/** Authors (linked to their pages), or the source in guillemets, then the dateline in parentheses. */
export function Byline(props: { byline: BylineData; authors: readonly Author[]; link?: boolean; className?: string }): Raw {
  const { byline, authors } = props;
  const names =
    authors.length > 0
      ? joined(
          authors.map((a) =>
            props.link === false ? (
              <span class="byline__author">{a.name}</span>
            ) : (
              <a class="byline__author" href={authorPath(a)} rel="author">
                {a.name}
              </a>
            ),
          ),
        )
      : byline.source
        ? [<span class="byline__source">«{byline.source}»</span>]
        : [];
  if (names.length === 0 && !byline.dateline) return <></>;
  return (
    <p class={props.className ?? 'byline'}>
      {names}
      {byline.dateline ? <span class="byline__dateline"> ({byline.dateline})</span> : null}
    </p>
  );
}
