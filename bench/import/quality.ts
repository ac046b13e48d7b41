/**
 * The quality columns of the import benchmark, computed in the same run as the throughput:
 * - page dumps: field-level accuracy by ../shared/tools/score_import.py on the seed dump
 *   (../shared/seed/000_aa2a8cd937ba68f3.txt against its expected JSON) and on our own dump
 *   fixtures (test/fixtures/pagetext);
 * - HTML: body-text token F1 against the gold on ../shared/eval/html/lbc and on our fixtures
 *   (test/fixtures/html), for Midad and for readability's raw textContent on the same bytes.
 * Third-party files are read in place; nothing is copied into the repository.
 */
import { spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { basename, join, resolve } from 'node:path';
import { parseHtml } from '../../src/ingest/html/index.js';
import { parseSource } from '../../src/ingest/parse-source.js';
import { toAnatomyJson } from '../../src/ingest/present.js';
import { fixtureCases, goldBody, lbcCase, midadBody, readabilityRaw, tokenPrf, type Case } from '../../test/ingest/html/quality.js';

const REPO = resolve(import.meta.dirname, '../..');
const SHARED = resolve(REPO, '../shared');
const SCORER = join(SHARED, 'tools/score_import.py');
const SEED = join(SHARED, 'seed/000_aa2a8cd937ba68f3.txt');
const DUMP_FIXTURES = join(REPO, 'test/fixtures/pagetext');

/** A score with where it came from. */
export interface Score {
  what: string;
  value: string;
}

/** Field accuracy of one dump by score_import.py: "correct/total accuracy", or why there is none. */
function scoreDump(dir: string, txt: string, expected: string): string {
  const options = txt.replace(/\.txt$/, '.options.json');
  const knownSections = existsSync(options) ? (JSON.parse(readFileSync(options, 'utf8')) as { knownSections?: string[] }).knownSections : undefined;
  const parsed = parseSource(new Uint8Array(readFileSync(txt)), { file: txt, format: 'pagetext', knownSections });
  const predicted = join(dir, `${basename(txt)}.json`);
  writeFileSync(predicted, JSON.stringify(toAnatomyJson(basename(txt), parsed)));
  const r = spawnSync('python3', [SCORER, expected, predicted], { encoding: 'utf8' });
  const line = r.stdout.trim().split('\n').pop() ?? '';
  return r.status === 0 && /^\d+\/\d+ /.test(line) ? line : `scorer failed: ${r.stderr.trim().split('\n').pop() ?? r.status}`;
}

/** Page-dump accuracy: the seed, and our fixtures summed. */
export function dumpQuality(): Score[] {
  if (!existsSync(SCORER) || !existsSync(SEED)) return [{ what: 'score_import.py', value: 'not run (../shared not found)' }];
  const dir = mkdtempSync(join(tmpdir(), 'midad-bench-quality-'));
  try {
    const out: Score[] = [{ what: 'seed 000_aa2a8cd937ba68f3 (score_import.py)', value: scoreDump(dir, SEED, SEED.replace(/\.txt$/, '.expected.json')) }];
    let ok = 0;
    let total = 0;
    const files = readdirSync(DUMP_FIXTURES).filter((f) => f.endsWith('.txt'));
    for (const f of files) {
      const m = /^(\d+)\/(\d+) /.exec(scoreDump(dir, join(DUMP_FIXTURES, f), join(DUMP_FIXTURES, f.replace(/\.txt$/, '.expected.json'))));
      if (m) {
        ok += Number(m[1]);
        total += Number(m[2]);
      }
    }
    out.push({ what: `our ${files.length} dump fixtures (score_import.py, summed)`, value: `${ok}/${total} ${(ok / Math.max(1, total)).toFixed(3)}` });
    return out;
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

/** Body F1 of Midad and of readability on one page. */
export interface HtmlScore {
  name: string;
  midad: { precision: number; recall: number; f1: number };
  readability: { precision: number; recall: number; f1: number };
}

function scoreHtml(c: Case): HtmlScore {
  const gold = goldBody(c.gold);
  return {
    name: c.name,
    midad: tokenPrf(midadBody(parseHtml(c.bytes, { file: c.source }).articles[0]!), gold),
    readability: tokenPrf(readabilityRaw(c.bytes).text, gold),
  };
}

/** HTML body quality: the LBC page (when ../shared is there) first, then our fixtures. */
export function htmlQuality(): HtmlScore[] {
  const lbc = lbcCase();
  return [...(lbc ? [lbc] : []), ...fixtureCases()].map(scoreHtml);
}
