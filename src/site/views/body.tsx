import type { Block } from '../../article/index.js';
import { Fragment, h, type Raw } from '../jsx/runtime.js';
import { txt, type ViewContext } from './context.js';
import { Figure } from './figure.js';
import { playIcon } from './video-badge.js';

/** A video block: the player when there is a file, else a marked poster with its caption. */
function Video(props: { ctx: ViewContext; block: Extract<Block, { type: 'video' }> }): Raw {
  const { block, ctx } = props;
  return (
    <figure class="figure figure--video">
      {block.src ? (
        <video controls preload="none" src={block.src} poster={block.poster ?? undefined}></video>
      ) : (
        <div class="video-marker" role="img" aria-label="فيديو">
          {playIcon}
          <span>فيديو</span>
        </div>
      )}
      {block.caption || block.credit ? (
        <figcaption>
          {block.caption ? <span class="figure__caption">{txt(ctx, block.caption)}</span> : null}
          {block.credit ? <span class="credit">{block.credit}</span> : null}
        </figcaption>
      ) : null}
    </figure>
  );
}

/** One body block. */
function BlockView(props: { ctx: ViewContext; block: Block; index: number }): Raw {
  const { block, ctx } = props;
  switch (block.type) {
    case 'paragraph':
      return <p>{txt(ctx, block.text)}</p>;
    case 'subheading':
      return <h2 class="article__subheading">{txt(ctx, block.text)}</h2>;
    case 'image':
      return <Figure ctx={ctx} image={block} lazy={props.index > 2} />;
    case 'quote':
      return (
        <blockquote class="pull-quote">
          <p>{txt(ctx, block.text)}</p>
          {block.cite ? <footer>— {block.cite}</footer> : null}
        </blockquote>
      );
    case 'video':
      return <Video ctx={ctx} block={block} />;
  }
}

/** The article body, block by block. */
export function ArticleBody(props: { ctx: ViewContext; body: readonly Block[] }): Raw {
  return (
    <div class="article__body" id="article-body">
      {props.body.map((block, index) => (
        <BlockView ctx={props.ctx} block={block} index={index} />
      ))}
    </div>
  );
}

export { Fragment };
