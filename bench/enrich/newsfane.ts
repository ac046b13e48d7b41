/**
 * Reads NewsFANE Gold (../shared/eval/ner/NewsFANEGold, CC BY-SA 3.0, Alotaibi & Lee 2014):
 * one token a line with a BIO fine class, sentences separated by blank lines. Fine classes are
 * mapped to Midad's three kinds; the rest (groups of people, products, vehicles, weapons…) are
 * not entities Midad annotates and count as outside.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { EntityKind } from '../../src/enrich/index.js';
import { SHARED } from './paths.js';

/** The corpus file. */
export const NEWSFANE_FILE = join(SHARED, 'eval', 'ner', 'NewsFANEGold', 'NewsFANE_Gold_2014_170K.txt');

const PERSON = ['Politician', 'Athlete', 'Artist', 'Other_PER', 'Religious_PER', 'Scientist', 'Businessperson', 'Police', 'Lawyer', 'Engineer'];
const PLACE = [
  'Nation', 'Population-Center', 'State-or-Province', 'GPE-Cluster', 'Continent', 'County-or-District', 'Water-Body',
  'Land-Region-Natural', 'Celestial', 'Building-Grounds', 'Airport', 'Path', 'Subarea-Facility', 'Plant',
];
const ORGANIZATION = ['Non-Governmental', 'Sports', 'Media', 'Government', 'Commercial', 'Educational', 'Medical-Science', 'Entertainment', 'Religious_ORG'];

/** Fine class → Midad kind (classes absent here are not scored: Group, Book, Movie, Land, Air…). */
export const CLASS_MAP: ReadonlyMap<string, EntityKind> = new Map([
  ...PERSON.map((c) => [c, 'person'] as const),
  ...PLACE.map((c) => [c, 'place'] as const),
  ...ORGANIZATION.map((c) => [c, 'organization'] as const),
]);

/** A gold entity: token range [from, to) and kind. */
export interface GoldSpan {
  readonly from: number;
  readonly to: number;
  readonly kind: EntityKind;
}

/** One sentence: its tokens and gold entities. */
export interface Sentence {
  readonly tokens: string[];
  readonly gold: GoldSpan[];
}

/** Every sentence of the corpus, in file order. */
export function readNewsFane(file = NEWSFANE_FILE): Sentence[] {
  const raw = readFileSync(file, 'utf8').replace(/^\uFEFF/, '').replace(/[\u200E\r]/g, '');
  const out: Sentence[] = [];
  let tokens: string[] = [];
  let tags: string[] = [];
  const flush = (): void => {
    if (tokens.length) out.push({ tokens, gold: spans(tags) });
    tokens = [];
    tags = [];
  };
  for (const line of raw.split('\n')) {
    const [word = '', tag = 'O'] = line.split('\t');
    if (!word.trim()) {
      flush();
      continue;
    }
    tokens.push(word.trim());
    tags.push(tag.trim());
  }
  flush();
  return out;
}

function spans(tags: readonly string[]): GoldSpan[] {
  const out: GoldSpan[] = [];
  let cur: { from: number; to: number; cls: string } | undefined;
  const close = (): void => {
    const kind = cur && CLASS_MAP.get(cur.cls);
    if (cur && kind) out.push({ from: cur.from, to: cur.to, kind });
    cur = undefined;
  };
  tags.forEach((tag, i) => {
    const cls = tag.slice(2);
    if (tag.startsWith('B-') || (tag.startsWith('I-') && cur?.cls !== cls)) {
      close();
      cur = { from: i, to: i + 1, cls };
    } else if (tag.startsWith('I-') && cur) cur.to = i + 1;
    else close();
  });
  close();
  return out;
}
