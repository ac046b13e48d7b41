import type { ImportWarning, SourceFormat } from '../../ingest/types.js';

/** What became of one article of a source. */
export type ArticleOutcome = 'created' | 'updated' | 'unchanged' | 'skipped';

/** What an import did with one source: counts, outcomes and warnings (with lines). */
export interface SourceReport {
  source: string;
  format: SourceFormat;
  articles: number;
  blocks: number;
  cards: number;
  outcomes: Array<{ headline: string; outcome: ArticleOutcome; id: number | null; reason?: string }>;
  warnings: ImportWarning[];
}

/** One line per source, then its warnings, for people. */
export function formatReport(r: SourceReport): string {
  const counts = (o: ArticleOutcome) => r.outcomes.filter((x) => x.outcome === o).length;
  const lines = [
    `${r.source} (${r.format}): ${r.articles} articles, ${r.blocks} blocks, ${r.cards} cards — ` +
      `${counts('created')} new, ${counts('updated')} updated, ${counts('unchanged')} unchanged, ${counts('skipped')} skipped`,
  ];
  for (const o of r.outcomes) if (o.outcome === 'skipped') lines.push(`  skipped «${o.headline}»: ${o.reason}`);
  for (const w of r.warnings) {
    const at = w.line !== undefined ? `line ${w.line}: ` : w.element ? `<${w.element}>: ` : '';
    lines.push(`  warning: ${at}${w.message}`);
  }
  return lines.join('\n');
}
