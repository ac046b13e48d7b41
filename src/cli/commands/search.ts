import { readFileSync } from 'node:fs';
import { parseArgs } from 'node:util';
import { search, type SearchIn, type SearchResponse } from '../../search/service.js';
import { DEFAULT_DB, type Store } from '../../store/index.js';
import { openMidad } from '../open-midad.js';
import { UsageError } from '../usage-error.js';

const IN = ['all', 'headline', 'body'] as const;

/** The section id a --section value (slug or name) names. */
async function sectionId(store: Store, value: string | undefined): Promise<number | undefined> {
  if (!value) return undefined;
  const s = (await store.directory.sections()).find((x) => x.slug === value || x.name === value);
  if (!s) throw new UsageError(`no section "${value}"`);
  return s.id;
}

/** A result list as people read it. */
function printHuman(r: SearchResponse): void {
  if (r.problem) {
    process.stdout.write(`${r.problem.message}\n`);
    return;
  }
  process.stdout.write(`${r.total} results${r.relaxed ? ' (relaxed)' : ''}${r.suggestion ? `; did you mean: ${r.suggestion}` : ''}\n`);
  r.hits.forEach((h, i) => {
    const a = h.article;
    process.stdout.write(
      `${i + 1}. [${a.externalId ?? a.id}] ${a.headline} — ${a.section?.name ?? ''} ${a.publishedAt?.slice(0, 10) ?? ''} (${h.score.toFixed(3)})\n` +
        `   ${h.snippet.map((s) => (s.hit ? `[${s.text}]` : s.text)).join('')}\n`,
    );
  });
}

/**
 * `midad search QUERY [--limit N] [--section S] [--in all|headline|body] [--json]` and
 * `midad search --batch QUERIES.tsv [--limit 100] [--in …]`, which prints a TREC run.
 */
export async function searchCommand(argv: string[]): Promise<number> {
  const { values, positionals } = parseArgs({
    args: argv,
    allowPositionals: true,
    options: {
      db: { type: 'string' },
      limit: { type: 'string' },
      section: { type: 'string' },
      in: { type: 'string', default: 'all' },
      json: { type: 'boolean' },
      batch: { type: 'string' },
    },
    strict: true,
  });
  const where = values.in as SearchIn;
  if (!IN.includes(where)) throw new UsageError(`--in must be one of ${IN.join(', ')}`);
  const limit = Number(values.limit ?? (values.batch ? 100 : 10));
  if (!Number.isInteger(limit) || limit < 1 || limit > 1000) throw new UsageError('--limit must be a whole number from 1 to 1000');
  if (!values.batch && positionals.length === 0) throw new UsageError('search needs a QUERY or --batch QUERIES.tsv');

  const midad = await openMidad(values.db ?? process.env.MIDAD_DB ?? DEFAULT_DB);
  try {
    const section = await sectionId(midad.store, values.section);
    const run = (q: string, batch: boolean) =>
      search(midad.store, midad.analyzer(), {
        q,
        in: where,
        sectionId: section,
        pageSize: limit,
        scope: 'all',
        snippets: !batch,
        syntax: batch ? 'plain' : 'operators',
      });
    if (values.batch) {
      const lines = readFileSync(values.batch, 'utf8').split(/\r?\n/);
      const out: string[] = [];
      for (const [i, line] of lines.entries()) {
        if (!line.trim()) continue;
        const tab = line.indexOf('\t');
        if (tab < 1) throw new UsageError(`${values.batch}:${i + 1}: expected "qid<TAB>query"`);
        const qid = line.slice(0, tab);
        const r = await run(line.slice(tab + 1), true);
        r.hits.forEach((h, rank) => out.push(`${qid} Q0 ${h.article.externalId ?? h.article.id} ${rank + 1} ${h.score.toFixed(6)} midad`));
      }
      process.stdout.write(out.join('\n') + (out.length ? '\n' : ''));
      return 0;
    }
    const r = await run(positionals.join(' '), false);
    if (values.json) {
      process.stdout.write(
        JSON.stringify(
          {
            query: r.query?.text ?? positionals.join(' '),
            problem: r.problem,
            total: r.total,
            relaxed: r.relaxed,
            suggestion: r.suggestion,
            results: r.hits.map((h) => ({
              id: h.article.externalId ?? String(h.article.id),
              slug: h.article.slug,
              headline: h.article.headline,
              section: h.article.section?.name ?? null,
              publishedAt: h.article.publishedAt,
              score: h.score,
              snippet: h.snippet.map((s) => s.text).join(''),
              matches: h.snippet.filter((s) => s.hit).map((s) => s.text),
            })),
          },
          null,
          2,
        ) + '\n',
      );
    } else printHuman(r);
    return r.problem ? 1 : 0;
  } finally {
    await midad.store.close();
  }
}
