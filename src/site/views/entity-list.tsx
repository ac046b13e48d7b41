import type { ArticleEntity, EntityKind } from '../../store/annotations/index.js';
import { h, type Raw } from '../jsx/runtime.js';
import { txt, type ViewContext } from './context.js';
import { entityPath } from './entity-urls.js';

/** Each kind's heading, in the order the list shows them. */
const GROUPS: ReadonlyArray<[EntityKind, string]> = [
  ['person', 'أشخاص'],
  ['place', 'أماكن'],
  ['organization', 'جهات'],
];

/**
 * «في هذا المقال»: the people (with the role written in this article), places and
 * organisations the article names, each linked to its page, in order of first mention. A list
 * rather than links inside the text: the body stays as the newsroom wrote it, and a reader
 * finds every name in one place.
 */
export function EntityList(props: { ctx: ViewContext; entities: readonly ArticleEntity[] }): Raw | null {
  const { ctx, entities } = props;
  if (!entities.length) return null;
  return (
    <section class="article-entities" aria-labelledby="article-entities-title">
      <h2 id="article-entities-title">في هذا المقال</h2>
      {GROUPS.map(([kind, heading]) => {
        const items = entities.filter((e) => e.kind === kind);
        return items.length ? (
          <div class={`article-entities__group article-entities__group--${kind}`}>
            <h3>{heading}</h3>
            <ul class="tags">
              {items.map((e) => (
                <li>
                  <a href={entityPath(e)}>{txt(ctx, e.name)}</a>
                  {e.role ? <span class="article-entities__role">، {txt(ctx, e.role)}</span> : null}
                </li>
              ))}
            </ul>
          </div>
        ) : null;
      })}
    </section>
  );
}
