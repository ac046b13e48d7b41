/**
 * Article texts for the generated corpus. Read at run time from
 * ../shared/eval/ant/corpus.jsonl when it is beside the project (nothing from it is copied
 * into the repository); otherwise made from a few original sentences, so the benchmark
 * still runs on a machine without ../shared.
 */
import { existsSync, readFileSync } from 'node:fs';
import { resolve } from 'node:path';

/** One article's text: headline and paragraphs. */
export interface SourceText {
  title: string;
  paragraphs: string[];
}

/** Where the ANT corpus is expected, beside the repository. */
export const ANT_CORPUS = resolve(import.meta.dirname, '../../../../shared/eval/ant/corpus.jsonl');

// A paragraph longer than this is split at sentence ends, as news sites break them.
const MAX_PARAGRAPH_CHARS = 600;
const MIN_TITLE_WORDS = 4;
const MIN_ARTICLE_CHARS = 1200;
const MAX_ARTICLE_CHARS = 5000;

const ORIGINAL = [
  'قررت البلدية توسيع الحديقة العامة في وسط المدينة، وقالت إن الأعمال ستبدأ الشهر المقبل وتستمر ستة أشهر.',
  'وأوضح مسؤول في البلدية أن المشروع يشمل زراعة ألف شجرة وإنشاء ممرات للمشاة ومساحة مخصصة لألعاب الأطفال.',
  'ويطالب سكان الأحياء المجاورة منذ سنوات بمساحات خضراء أوسع، بعدما تقلصت الحدائق بسبب التوسع العمراني.',
  'وتبلغ الكلفة التقديرية للمشروع نحو عشرين مليون دولار، تموَّل من موازنة البلدية ومن منحة خارجية.',
  'ومن المنتظر أن يعرض المخطط النهائي على المجلس البلدي في جلسته المقبلة قبل طرح المناقصة.',
];

/** Splits a long paragraph at sentence ends into pieces of reasonable length. */
function splitLong(p: string): string[] {
  if (p.length <= MAX_PARAGRAPH_CHARS) return [p];
  const out: string[] = [];
  let cur = '';
  for (const s of p.split(/(?<=[.!؟?])\s+/u)) {
    if (cur && cur.length + s.length > MAX_PARAGRAPH_CHARS) {
      out.push(cur);
      cur = '';
    }
    cur = cur ? `${cur} ${s}` : s;
  }
  if (cur) out.push(cur);
  return out;
}

/**
 * Articles from the JSONL records. The corpus's texts are short (half are under 530
 * characters) where a news page's article runs to a few thousand, so each article takes its
 * record's title and the paragraphs of the records after it up to a length between
 * MIN_ARTICLE_CHARS and MAX_ARTICLE_CHARS.
 */
function fromJsonl(path: string, limit: number): SourceText[] {
  const records: SourceText[] = [];
  for (const line of readFileSync(path, 'utf8').split('\n')) {
    if (records.length >= limit) break;
    if (!line.trim()) continue;
    const rec = JSON.parse(line) as { title?: string; text?: string };
    const title = (rec.title ?? '').replace(/\s+/g, ' ').trim();
    const paragraphs = (rec.text ?? '').split(/\n+/).map((p) => p.replace(/\s+/g, ' ').trim()).filter((p) => p.length > 40).flatMap(splitLong);
    if (title.split(' ').length >= MIN_TITLE_WORDS && paragraphs.length) records.push({ title, paragraphs });
  }
  return records.map((r, i) => {
    const target = MIN_ARTICLE_CHARS + ((i * 7919) % (MAX_ARTICLE_CHARS - MIN_ARTICLE_CHARS));
    const paragraphs = [...r.paragraphs];
    let size = paragraphs.join('').length;
    for (let k = 1; size < target && k < 20; k++) {
      for (const p of records[(i + k) % records.length]!.paragraphs) {
        paragraphs.push(p);
        size += p.length;
      }
    }
    return { title: r.title, paragraphs };
  });
}

function original(count: number): SourceText[] {
  return Array.from({ length: count }, (_, i) => ({
    title: `البلدية تعلن خطة جديدة للحدائق العامة في الحي رقم ${i + 1}`,
    paragraphs: ORIGINAL.map((s, k) => (k === 0 ? s : ORIGINAL[(i + k) % ORIGINAL.length]!)),
  }));
}

/** Up to `limit` article texts: the ANT corpus when present, else original text. */
export function loadTexts(limit = 5000): { texts: SourceText[]; from: string } {
  if (existsSync(ANT_CORPUS)) {
    const texts = fromJsonl(ANT_CORPUS, limit);
    if (texts.length) return { texts, from: '../shared/eval/ant/corpus.jsonl' };
  }
  return { texts: original(200), from: 'original sentences (../shared/eval/ant not found)' };
}
