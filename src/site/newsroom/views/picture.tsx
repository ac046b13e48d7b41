import type { Image } from '../../../article/index.js';
import { pictureSources } from '../../../newsroom/media/sources.js';
import { h, type Raw } from '../../jsx/runtime.js';

/**
 * An image as a `<picture>`: AVIF, then WebP, then the JPEG every browser reads, each with its
 * widths in `srcset`. Images that are not ours render as a plain `<img>`. The reader site's
 * figure can use this too (see the newsroom's notes for the lead).
 */
export function Picture(props: { image: Image; sizes: string; className?: string; lazy?: boolean }): Raw {
  const { image } = props;
  const sources = pictureSources(image) ?? [];
  const jpeg = sources.find((s) => s.type === 'image/jpeg');
  return (
    <picture class={props.className}>
      {sources
        .filter((s) => s !== jpeg)
        .map((s) => (
          <source type={s.type} srcset={s.srcset} sizes={props.sizes} />
        ))}
      <img
        src={image.src ?? ''}
        srcset={jpeg?.srcset}
        sizes={jpeg ? props.sizes : undefined}
        alt={image.alt || image.caption}
        width={image.width}
        height={image.height}
        loading={props.lazy ? 'lazy' : undefined}
        decoding="async"
      />
    </picture>
  );
}
