import type { Image } from '../../article/index.js';
import { ARTICLE_IMAGE_SIZES, pictureSources } from '../../newsroom/media/sources.js';
import { h, type Raw } from '../jsx/runtime.js';
import { txt, type ViewContext } from './context.js';

/** A designed stand-in where a story has no photo: the section's initial on a patterned tile. */
export function Placeholder(props: { label: string | null; className?: string }): Raw {
  const initial = (props.label ?? 'م').trim().charAt(0) || 'م';
  return (
    <div class={`placeholder ${props.className ?? ''}`.trim()} aria-hidden="true">
      <span>{initial}</span>
    </div>
  );
}

/**
 * The image element of a photo (no caption), or the placeholder when no file is known. A
 * photo the newsroom uploaded has renditions: it becomes a `<picture>` offering AVIF, then
 * WebP, then JPEG, each at every width, so a phone downloads a phone-sized file.
 */
export function Photo(props: { image: Image; label?: string | null; lazy?: boolean; className?: string; sizes?: string }): Raw {
  const { image } = props;
  if (!image.src) return <Placeholder label={props.label ?? null} className={props.className} />;
  const sources = pictureSources(image);
  const sizes = props.sizes ?? (sources ? ARTICLE_IMAGE_SIZES : undefined);
  const jpeg = sources?.find((s) => s.type === 'image/jpeg');
  const img = (
    <img
      class={props.className}
      src={image.src}
      srcset={jpeg?.srcset}
      alt={image.alt || image.caption}
      width={image.width ?? 1200}
      height={image.height ?? 675}
      loading={props.lazy ? 'lazy' : undefined}
      decoding="async"
      sizes={sizes}
    />
  );
  if (!sources) return img;
  return (
    <picture>
      {sources
        .filter((s) => s !== jpeg)
        .map((s) => (
          <source type={s.type} srcset={s.srcset} sizes={sizes} />
        ))}
      {img}
    </picture>
  );
}

/** A captioned photo: caption and credit in the figcaption, the credit styled apart. */
export function Figure(props: { ctx: ViewContext; image: Image; lead?: boolean; lazy?: boolean; label?: string | null }): Raw {
  const { image, ctx } = props;
  return (
    <figure class={props.lead ? 'figure figure--lead' : 'figure'}>
      <Photo image={image} lazy={props.lazy} label={props.label} />
      {image.caption || image.credit ? (
        <figcaption>
          {image.caption ? <span class="figure__caption">{txt(ctx, image.caption)}</span> : null}
          {image.credit ? (
            <span class="credit">
              <span class="visually-hidden">مصدر الصورة: </span>
              {image.credit}
            </span>
          ) : null}
        </figcaption>
      ) : null}
    </figure>
  );
}
