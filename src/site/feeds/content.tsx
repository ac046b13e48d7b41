import type { Block } from '../../article/index.js';
import { h, render, type Raw } from '../jsx/runtime.js';
import { absoluteUrl } from '../seo/urls.js';

/** Caption and credit as one figcaption, the credit after a dash as the page shows it apart. */
function Caption(props: { caption: string; credit: string | null }): Raw | null {
  if (!props.caption && !props.credit) return null;
  return <figcaption>{[props.caption, props.credit].filter(Boolean).join(' — ')}</figcaption>;
}

/** One body block as plain HTML a feed reader can show (no classes, absolute URLs). */
function blockHtml(siteUrl: string, b: Block): Raw {
  switch (b.type) {
    case 'paragraph':
      return <p>{b.text}</p>;
    case 'subheading':
      return <h2>{b.text}</h2>;
    case 'quote':
      return (
        <blockquote>
          <p>{b.text}</p>
          {b.cite ? <p>— {b.cite}</p> : null}
        </blockquote>
      );
    case 'image':
      return (
        <figure>
          {b.src ? <img src={absoluteUrl(siteUrl, b.src)} alt={b.alt || b.caption} width={b.width} height={b.height} /> : null}
          <Caption caption={b.caption} credit={b.credit} />
        </figure>
      );
    case 'video':
      return (
        <figure>
          {b.src ? (
            <video src={absoluteUrl(siteUrl, b.src)} poster={b.poster ? absoluteUrl(siteUrl, b.poster) : undefined} controls></video>
          ) : null}
          <Caption caption={b.caption ? `فيديو: ${b.caption}` : 'فيديو'} credit={b.credit} />
        </figure>
      );
  }
}

/** The article body as escaped HTML for `content:encoded` and Atom `content`, marked right-to-left. */
export function bodyHtml(siteUrl: string, body: readonly Block[]): string {
  return render(
    <div dir="rtl" lang="ar">
      {body.map((b) => blockHtml(siteUrl, b))}
    </div>,
  );
}
