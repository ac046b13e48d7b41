import type { EntityRef, StoredQuote } from '../../store/annotations/index.js';
import { h, type Raw } from '../jsx/runtime.js';
import { txt, type ViewContext } from './context.js';
import { entityPath } from './entity-urls.js';

/** Quotations by speaker, speakers in order of their first quotation. */
function bySpeaker(quotes: readonly StoredQuote[]): Array<{ speaker: EntityRef | null; label: string | null; quotes: StoredQuote[] }> {
  const groups = new Map<string, { speaker: EntityRef | null; label: string | null; quotes: StoredQuote[] }>();
  for (const q of quotes) {
    const key = q.speaker ? `e${q.speaker.id}` : `t${q.speakerText ?? ''}`;
    const g = groups.get(key) ?? { speaker: q.speaker, label: q.speaker?.name ?? q.speakerText, quotes: [] };
    g.quotes.push(q);
    groups.set(key, g);
  }
  return [...groups.values()];
}

/**
 * «من قال ماذا»: the article's quotations grouped by who said them, each speaker linked to
 * their page (with their role in this article). Quotations without a known speaker stay out:
 * the block answers "who said what", and the text itself still carries them.
 */
export function QuotesBlock(props: { ctx: ViewContext; quotes: readonly StoredQuote[]; roles: ReadonlyMap<number, string | null> }): Raw | null {
  const { ctx } = props;
  const groups = bySpeaker(props.quotes.filter((q) => q.speaker || q.speakerText));
  if (!groups.length) return null;
  return (
    <section class="quotes-block" aria-labelledby="quotes-block-title">
      <h2 id="quotes-block-title">من قال ماذا</h2>
      {groups.map((g) => {
        const role = g.speaker ? props.roles.get(g.speaker.id) : null;
        return (
          <div class="quotes-block__speaker">
            <h3>
              {g.speaker ? <a href={entityPath(g.speaker)}>{txt(ctx, g.speaker.name)}</a> : txt(ctx, g.label ?? '')}
              {role ? <span class="quotes-block__role">، {txt(ctx, role)}</span> : null}
            </h3>
            <ul>
              {g.quotes.map((q) => (
                <li>
                  <q>{txt(ctx, q.text)}</q>
                </li>
              ))}
            </ul>
          </div>
        );
      })}
    </section>
  );
}
