import { readFileSync } from 'node:fs';
import { parseArgs } from 'node:util';
import type { Article } from '../../article/index.js';
import { explain, explainText, trecLines } from '../../related/explain.js';
import { rankNow } from '../../related/rank.js';
import { hasStoredList, readRelated } from '../../related/read.js';
import { rebuildRelated } from '../../related/rebuild/rebuild.js';
import { loadSettings, saveSettings } from '../../related/settings-store.js';
import { storyOfArticle } from '../../related/story-read.js';
import { DEFAULT_DB, type Store } from '../../store/index.js';
import { openMidad, type Midad } from '../open-midad.js';
import { progressBar } from '../progress.js';
import { UsageError } from '../usage-error.js';

/** The reference an output line names an article by: its external id where it has one (DESIGN.md). */
async function refsOf(store: Store, ids: readonly number[]): Promise<Map<number, string>> {
  const out = new Map<number, string>();
  for (const a of await store.articles.summaries(ids)) out.set(a.id, a.externalId ?? String(a.id));
  return out;
}

/** An article by id, external id or slug, or a usage error naming the reference. */
async function resolveOrFail(store: Store, ref: string, where = ''): Promise<Article> {
  const found = await store.articles.resolve(ref);
  if (!found) throw new UsageError(`${where}no article "${ref}"`);
  return found.article;
}

/** One article's list, explained. */
async function single(midad: Midad, ref: string, limit: number, json: boolean): Promise<number> {
  const store = midad.store;
  const article = await resolveOrFail(store, ref);
  const s = await loadSettings(store);
  const now = new Date();
  const ranking = await rankNow(store, article, midad.related, s, limit);
  const stored = await hasStoredList(store, article.id);
  const items = stored
    ? await readRelated(store, article, now, limit)
    : (await store.articles.summaries(ranking.selection.picks.map((p) => p.profile.id))).map((a, i) => ({
        article: a,
        pinned: false,
        score: ranking.selection.picks[i]!.parts.score,
        parts: ranking.selection.picks[i]!.parts,
      }));
  const refs = await refsOf(store, ranking.selection.skipped.map((x) => x.id));
  const e = explain(article, items, stored ? 'stored' : 'computed', await storyOfArticle(store, article.id, now), ranking, (id) => refs.get(id) ?? String(id));
  process.stdout.write(json ? JSON.stringify(e, null, 2) + '\n' : explainText(e));
  return 0;
}

/** A TREC run for every id of a file: the list readers get, or with `raw` the similarity ranking alone. */
async function batch(midad: Midad, file: string, limit: number, raw: boolean): Promise<number> {
  const store = midad.store;
  const s = await loadSettings(store);
  const now = new Date();
  const out: string[] = [];
  for (const [i, line] of readFileSync(file, 'utf8').split(/\r?\n/).entries()) {
    const qid = line.trim();
    if (!qid) continue;
    const article = await resolveOrFail(store, qid, `${file}:${i + 1}: `);
    let ranked: Array<{ id: number; score: number }>;
    if (raw || !(await hasStoredList(store, article.id))) {
      const r = await rankNow(store, article, midad.related, s, limit);
      ranked = (raw ? r.ranked : r.selection.picks).map((x) => ({ id: x.profile.id, score: x.parts.score }));
    } else {
      const items = await readRelated(store, article, now, limit);
      // Pins have no score: they rank above the first scored pick, in the editor's order.
      const top = Math.max(0, ...items.map((x) => x.score ?? 0));
      ranked = items.map((x, k) => ({ id: x.article.id, score: x.score ?? top + items.length - k }));
    }
    const refs = await refsOf(store, ranked.map((r) => r.id));
    out.push(...trecLines(qid, ranked.map((r) => ({ ref: refs.get(r.id) ?? String(r.id), score: r.score }))));
  }
  process.stdout.write(out.join('\n') + (out.length ? '\n' : ''));
  return 0;
}

/** `--set key=value` pairs as settings changes (numbers). */
function parseSets(pairs: readonly string[]): Record<string, number> {
  const out: Record<string, number> = {};
  for (const p of pairs) {
    const m = /^([A-Za-z]+)=(.+)$/.exec(p);
    if (!m || !Number.isFinite(Number(m[2]))) throw new UsageError(`--set takes NAME=NUMBER (got "${p}")`);
    out[m[1]!] = Number(m[2]);
  }
  return out;
}

/**
 * `midad related ID|SLUG [--limit N] [--json]`, `midad related --batch IDS.txt [--limit 10] [--raw]`,
 * `midad related --rebuild`, and `midad related --settings [--set halfLifeDays=14 …]`.
 */
export async function relatedCommand(argv: string[]): Promise<number> {
  const { values, positionals } = parseArgs({
    args: argv,
    allowPositionals: true,
    options: {
      db: { type: 'string' },
      limit: { type: 'string' },
      json: { type: 'boolean' },
      batch: { type: 'string' },
      raw: { type: 'boolean' },
      rebuild: { type: 'boolean' },
      settings: { type: 'boolean' },
      set: { type: 'string', multiple: true },
    },
    strict: true,
  });
  const limit = Number(values.limit ?? 10);
  if (!Number.isInteger(limit) || limit < 1 || limit > 100) throw new UsageError('--limit must be a whole number from 1 to 100');
  const modes = [values.rebuild, values.batch !== undefined, values.settings || values.set !== undefined, positionals.length > 0].filter(Boolean).length;
  if (modes !== 1) throw new UsageError('related needs one of: ID|SLUG, --batch IDS.txt, --rebuild, --settings');
  if (values.raw && values.batch === undefined) throw new UsageError('--raw goes with --batch');

  const midad = await openMidad(values.db ?? process.env.MIDAD_DB ?? DEFAULT_DB);
  try {
    if (values.rebuild) {
      const bars = new Map<string, ReturnType<typeof progressBar>>();
      const report = await rebuildRelated(midad.store, midad.related, (stage, done, total) => {
        let bar = bars.get(stage);
        if (!bar) bars.set(stage, (bar = progressBar(`related ${stage}`)));
        bar.update(done, total);
        if (done === total) bar.done(`${stage}: ${total}`);
      });
      process.stderr.write(`rebuilt related lists of ${report.articles} articles and ${report.stories} stories in ${report.seconds.toFixed(1)} s` + (report.caughtUp ? ` (${report.caughtUp} written meanwhile, caught up)` : '') + '\n');
      return 0;
    }
    if (values.settings || values.set) {
      const s = values.set ? await saveSettings(midad.store, parseSets(values.set)) : await loadSettings(midad.store);
      process.stdout.write(JSON.stringify(s, null, 2) + '\n');
      if (values.set) process.stderr.write('lists follow on their next write; run `midad related --rebuild` to apply to all now\n');
      return 0;
    }
    if (values.batch !== undefined) return await batch(midad, values.batch, limit, values.raw ?? false);
    return await single(midad, positionals.join(' '), limit, values.json ?? false);
  } finally {
    await midad.store.close();
  }
}
