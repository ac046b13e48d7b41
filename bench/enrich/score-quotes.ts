/**
 * Scores quotations and people against a gold file shaped like the seed's annotations.json,
 * by the same rules as ../shared/tools/score_enrich.py (read it there): texts compared after
 * dropping diacritics, tatweel and quote marks and folding alef, yeh and taa marbuta forms; a
 * quotation matches when equal, contained with ≥ 80 % of the length, or ≥ 0.9 similar; quoted
 * terms listed under `ignore` neither count nor cost; a speaker is right when it is the gold
 * name, one of that person's mentions, or contains / is contained in the gold name.
 */
import type { Annotations } from '../../src/enrich/index.js';

/** A gold file: quotations with speakers, ignored terms, and people. */
export interface Gold {
  quotes: Array<{ paragraph: number; speaker: string; text: string; continuesInto?: number }>;
  ignore?: Array<{ paragraph: number; text: string }>;
  people: Array<{ name: string; role: string; mentions: string[] }>;
  places?: string[];
  organizations?: string[];
}

/** The scores of one article. */
export interface QuoteScore {
  precision: number;
  recall: number;
  speakerAccuracy: number;
  matched: number;
  predicted: number;
  gold: number;
  peopleFound: number;
  missed: string[];
  extra: string[];
  wrongSpeaker: string[];
}

/** The normalisation score_enrich.py applies before comparing. */
export function norm(s: string | null | undefined): string {
  return (s ?? '')
    .replace(/[\u064B-\u065F\u0640«»"“”]/g, '')
    .replace(/[أإآ]/g, 'ا')
    .replace(/ى/g, 'ي')
    .replace(/ة/g, 'ه')
    .replace(/\s+/g, ' ')
    .trim();
}

/** Similarity as difflib's ratio: 2·matches / total length, matches from longest common blocks. */
export function ratio(a: string, b: string): number {
  if (!a.length && !b.length) return 1;
  const matches = (x: string, y: string): number => {
    if (!x.length || !y.length) return 0;
    let best = 0;
    let bi = 0;
    let bj = 0;
    let prev = new Array<number>(y.length + 1).fill(0);
    for (let i = 1; i <= x.length; i++) {
      const cur = new Array<number>(y.length + 1).fill(0);
      for (let j = 1; j <= y.length; j++) {
        if (x[i - 1] === y[j - 1]) {
          cur[j] = prev[j - 1]! + 1;
          if (cur[j]! > best) [best, bi, bj] = [cur[j]!, i - cur[j]!, j - cur[j]!];
        }
      }
      prev = cur;
    }
    if (!best) return 0;
    return best + matches(x.slice(0, bi), y.slice(0, bj)) + matches(x.slice(bi + best), y.slice(bj + best));
  };
  return (2 * matches(a, b)) / (a.length + b.length);
}

function same(x0: string, y0: string): boolean {
  const x = norm(x0);
  const y = norm(y0);
  if (x === y) return true;
  if (Math.min(x.length, y.length) > 0.8 * Math.max(x.length, y.length) && (x.includes(y) || y.includes(x))) return true;
  return ratio(x, y) > 0.9;
}

/** Scores one article's annotations against its gold. */
export function scoreQuotes(gold: Gold, got: Annotations): QuoteScore {
  const ignore = gold.ignore ?? [];
  const pq = got.quotes.filter((q) => !ignore.some((i) => ratio(norm(q.text), norm(i.text)) > 0.9));
  const forms = new Map(gold.people.map((p) => [norm(p.name), new Set([...p.mentions.map(norm), norm(p.name)])]));
  const used = new Set<number>();
  let tp = 0;
  let spk = 0;
  const missed: string[] = [];
  const wrongSpeaker: string[] = [];
  for (const g of gold.quotes) {
    const j = pq.findIndex((q, k) => !used.has(k) && same(g.text, q.text));
    if (j < 0) {
      missed.push(g.text.slice(0, 60));
      continue;
    }
    used.add(j);
    tp++;
    const want = norm(g.speaker);
    const have = norm(pq[j]!.speaker);
    const ok = (forms.get(want) ?? new Set([want])).has(have) || want === have || (!!have && (want.includes(have) || have.includes(want)));
    if (ok) spk++;
    else wrongSpeaker.push(`want ${g.speaker} got ${pq[j]!.speaker}`);
  }
  const extra = pq.filter((_, k) => !used.has(k)).map((q) => q.text.slice(0, 60));
  const peopleFound = gold.people.filter((p) => {
    const f = forms.get(norm(p.name))!;
    return got.people.some((x) => f.has(norm(x.name)) || norm(x.name).includes(norm(p.name)));
  }).length;
  return {
    precision: pq.length ? tp / pq.length : 0,
    recall: gold.quotes.length ? tp / gold.quotes.length : 1,
    speakerAccuracy: tp ? spk / tp : 0,
    matched: tp,
    predicted: pq.length,
    gold: gold.quotes.length,
    peopleFound,
    missed,
    extra,
    wrongSpeaker,
  };
}
