import { parseArgs } from 'node:util';
import { parseArticleInput } from '../../article/index.js';
import { annotate, createAnnotator } from '../../enrich/index.js';
import { parseSource } from '../../ingest/parse-source.js';
import { readSource } from '../../ingest/read-source.js';
import { ImportError, type SourceFormat } from '../../ingest/types.js';
import { designArticle, type DesignArticle } from '../../store/annotations/index.js';
import { annotationTags } from '../../site/cache/tags.js';
import { DEFAULT_DB } from '../../store/index.js';
import { openMidad, type Midad } from '../open-midad.js';
import { progressBar } from '../progress.js';
import { UsageError } from '../usage-error.js';

const FORMATS = ['auto', 'pagetext', 'html', 'feed', 'jsonl'] as const;

/** One article as people read it: who, with what role and how often; places, bodies; who said what. */
function printHuman(a: DesignArticle): void {
  const out = [`# ${a.headline}`];
  for (const p of a.people) out.push(`  شخص: ${p.name}${p.role ? ` (${p.role})` : ''} ×${p.mentions.length}`);
  for (const p of a.places) out.push(`  مكان: ${p.name} ×${p.mentions.length}`);
  for (const o of a.organizations) out.push(`  جهة: ${o.name} ×${o.mentions.length}`);
  for (const q of a.quotes) out.push(`  ${q.speaker ?? '؟'}: «${q.text}» [${q.block}:${q.start}-${q.end}]`);
  process.stdout.write(out.join('\n') + '\n');
}

/** Every article of a file (any import format), annotated and not stored. */
async function fromFile(path: string, format: SourceFormat | 'auto', midad: Midad | null): Promise<DesignArticle[]> {
  const src = await readSource(path);
  const parsed = parseSource(src.bytes, { format, file: src.name, url: src.url, contentType: src.contentType });
  if (midad) await midad.annotator.catchUp(midad.store);
  const { gazetteer } = midad?.annotator.annotator ?? createAnnotator();
  return parsed.articles.map((raw) => {
    const article = parseArticleInput(raw);
    return { headline: article.headline, ...annotate(article, { gazetteer }) };
  });
}

/** Stored articles, annotated again with the store's gazetteer and stored, as the store now has them. */
async function fromStore(refs: readonly string[], midad: Midad): Promise<DesignArticle[]> {
  const out: DesignArticle[] = [];
  for (const ref of refs) {
    const found = await midad.store.articles.resolve(ref);
    if (!found) throw new ImportError(`no article "${ref}" in the store`);
    const { article } = found;
    await midad.store.transaction(async (tx) => {
      const touched = await tx.annotations.replace(article.id, await midad.annotator.annotate(tx, article));
      // A running site drops the pages that show what changed.
      await tx.changes.append(annotationTags(touched));
    });
    out.push(designArticle(article.headline, await midad.store.annotations.ofArticle(article.id)));
  }
  return out;
}

/**
 * `midad annotate ID|SLUG... [--json]`: annotates stored articles again (with the gazetteer the
 * store's entity table and editors' corrections taught) and prints what they hold;
 * `midad annotate --file PATH [--format F] [--json]`: annotates every article of a file and
 * stores nothing (the store is read for its gazetteer only when --db is given);
 * `midad annotate --rebuild [--all]`: annotates again the articles an older rules version made.
 */
export async function annotateCommand(argv: string[]): Promise<number> {
  const { values, positionals } = parseArgs({
    args: argv,
    allowPositionals: true,
    options: {
      db: { type: 'string' },
      file: { type: 'string' },
      format: { type: 'string', default: 'auto' },
      json: { type: 'boolean' },
      rebuild: { type: 'boolean' },
      all: { type: 'boolean' },
    },
    strict: true,
  });
  const format = values.format as (typeof FORMATS)[number];
  if (!FORMATS.includes(format)) throw new UsageError(`--format must be one of ${FORMATS.join(', ')}`);
  const modes = [values.file !== undefined, positionals.length > 0, !!values.rebuild].filter(Boolean).length;
  if (modes !== 1) throw new UsageError('annotate needs one of: ID|SLUG..., --file PATH, --rebuild');
  if (values.all && !values.rebuild) throw new UsageError('--all goes with --rebuild');

  const db = values.db ?? (values.file === undefined ? (process.env.MIDAD_DB ?? DEFAULT_DB) : undefined);
  const midad = db === undefined ? null : await openMidad(db);
  try {
    if (values.rebuild) {
      const bar = progressBar('annotate');
      const total = values.all ? await midad!.store.articles.count() : 0;
      const n = await midad!.reannotate({ all: values.all, onProgress: (done) => bar.update(done, Math.max(total, done)) });
      bar.done(`annotated ${n} articles`);
      return 0;
    }
    let articles: DesignArticle[];
    try {
      articles = values.file !== undefined ? await fromFile(values.file, format, midad) : await fromStore(positionals, midad!);
    } catch (e) {
      if (!(e instanceof ImportError)) throw e;
      process.stderr.write(`midad annotate: ${e.where.file ? e.describe() : e.message}\n`);
      return 1;
    }
    if (values.json) process.stdout.write(JSON.stringify({ articles }, null, 2) + '\n');
    else articles.forEach(printHuman);
    return 0;
  } finally {
    await midad?.store.close();
  }
}
