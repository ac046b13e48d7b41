import { parseArticleInput, type ArticleInput } from '../../article/index.js';
import type { ParsedWithLinks } from '../../ingest/parse-source.js';
import { ImportError } from '../../ingest/types.js';
import type { Store } from '../../store/index.js';
import { exportRef } from '../export/jsonl.js';
import type { SourceReport } from './report.js';
import { contentHash, sourceKey } from './source-key.js';

/** How an import treats articles it has seen before. */
export interface ImportOptions {
  /** Replace articles whose source changed (keeping their ids and slugs); otherwise they are skipped. */
  update?: boolean;
  /** The time an undated published article is stamped with. */
  now?: Date;
}

/**
 * Stores one parsed source in ONE transaction: every article lands, or none does. An article
 * whose source key and content hash are already stored is left alone; a changed one is
 * replaced only with `update`. Pins (the source's related cards, the JSONL pins) are set in a
 * second pass, once every article of the source exists.
 */
export async function importParsed(store: Store, source: string, parsed: ParsedWithLinks, options: ImportOptions = {}): Promise<SourceReport> {
  const now = (options.now ?? new Date()).toISOString();
  const inputs: ArticleInput[] = parsed.articles.map((raw, i) => {
    try {
      return parseArticleInput(raw);
    } catch (e) {
      throw new ImportError(`article ${i + 1} («${raw.headline ?? ''}»): ${(e as Error).message}`, { file: source });
    }
  });
  const seen = new Map<string, number>();
  for (const [i, a] of inputs.entries()) {
    if (!a.id) continue;
    const first = seen.get(a.id);
    if (first !== undefined) throw new ImportError(`articles ${first + 1} and ${i + 1} share the id "${a.id}"`, { file: source });
    seen.set(a.id, i);
  }
  const report: SourceReport = {
    source,
    format: parsed.format,
    articles: inputs.length,
    blocks: inputs.reduce((n, a) => n + a.body.length, 0),
    cards: inputs.reduce((n, a) => n + a.related.length, 0),
    outcomes: [],
    warnings: parsed.warnings,
  };
  await store.transaction(async (tx) => {
    const ids: Array<number | null> = [];
    for (const [i, input] of inputs.entries()) {
      const key = sourceKey(source, input, i);
      // Hash what the source said, before an undated article is stamped with today's date.
      const hash = contentHash(input);
      const dated = input.status === 'published' && !input.publishedAt ? { ...input, publishedAt: now } : input;
      // An article made elsewhere (the newsroom, the API) may carry the same external id.
      const existing = input.id ? (await tx.articles.resolve(input.id))?.article : undefined;
      const found =
        (await tx.articles.findBySource(key)) ??
        (existing && (existing.externalId === input.id || (existing.externalId === null && input.id === exportRef(existing)))
          ? { id: existing.id, contentHash: null }
          : null);
      const stamp = { source: { sourceKey: key, contentHash: hash } };
      // Pins are written in the second pass, when every target exists.
      const withoutPins = { ...dated, pins: [] };
      if (!found) {
        const a = await tx.articles.create(withoutPins, stamp);
        ids.push(a.id);
        report.outcomes.push({ headline: input.headline, outcome: 'created', id: a.id });
      } else if (found.contentHash === hash) {
        ids.push(null);
        report.outcomes.push({ headline: input.headline, outcome: 'unchanged', id: found.id });
      } else if (options.update) {
        await tx.articles.update(found.id, withoutPins, stamp);
        ids.push(found.id);
        report.outcomes.push({ headline: input.headline, outcome: 'updated', id: found.id });
      } else {
        ids.push(null);
        report.outcomes.push({ headline: input.headline, outcome: 'skipped', id: found.id, reason: 'changed since it was imported; use --update to replace it' });
      }
    }
    // Second pass: the source's own pins, then the dump's cards that point to its own pages.
    for (const [i, input] of inputs.entries()) {
      const id = ids[i];
      if (id === null || id === undefined) continue;
      const linked = parsed.links.filter((l) => l.from === i).map((l) => report.outcomes[l.to]?.id).filter((x): x is number => typeof x === 'number');
      const pins = [...input.pins, ...linked.map(String)];
      if (pins.length) await tx.articles.setPins(id, pins);
    }
  });
  return report;
}
