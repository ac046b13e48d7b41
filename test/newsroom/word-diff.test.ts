import { describe, expect, it } from 'vitest';
import { compareDrafts } from '../../src/newsroom/revisions/compare.js';
import { diffWords } from '../../src/newsroom/revisions/word-diff.js';
import { DraftFieldsSchema } from '../../src/newsroom/drafts/fields.js';

describe('word-level diff of Arabic text', () => {
  it('marks a replaced word and keeps the rest', () => {
    const d = diffWords('افتتح الوزير الجسر الجديد صباح الأحد', 'افتتح المحافظ الجسر الجديد صباح الأحد');
    expect(d).toEqual([
      { op: 'same', text: 'افتتح ' },
      { op: 'del', text: 'الوزير' },
      { op: 'add', text: 'المحافظ' },
      { op: 'same', text: ' الجسر الجديد صباح الأحد' },
    ]);
  });

  it('treats a changed hamza or diacritic as a changed word, never splitting letters', () => {
    const d = diffWords('قال إن المشروع', 'قال أن المشروع');
    expect(d.filter((s) => s.op !== 'same').map((s) => s.text)).toEqual(['إن', 'أن']);
  });

  it('handles added text, empty texts and equal texts', () => {
    expect(diffWords('', 'نص جديد')).toEqual([{ op: 'add', text: 'نص جديد' }]);
    expect(diffWords('نص', '')).toEqual([{ op: 'del', text: 'نص' }]);
    expect(diffWords('', '')).toEqual([]);
    expect(diffWords('كما هو', 'كما هو')).toEqual([{ op: 'same', text: 'كما هو' }]);
  });

  it('reassembles both texts exactly', () => {
    const a = 'الأمطار تعود إلى السهل الشمالي بعد جفاف طويل';
    const b = 'تعود الأمطار إلى السهل بعد جفاف طويل جداً';
    const d = diffWords(a, b);
    expect(d.filter((s) => s.op !== 'add').map((s) => s.text).join('')).toBe(a);
    expect(d.filter((s) => s.op !== 'del').map((s) => s.text).join('')).toBe(b);
  });
});

describe('comparing two versions field by field and block by block', () => {
  const base = DraftFieldsSchema.parse({
    headline: 'عنوان أول',
    body: [
      { type: 'paragraph', text: 'الفقرة الأولى' },
      { type: 'subheading', text: 'عنوان فرعي' },
      { type: 'paragraph', text: 'الفقرة الثانية' },
    ],
  });

  it('a block inserted in the middle is one addition, not a cascade of changes', () => {
    const next = { ...base, body: [base.body[0]!, { type: 'paragraph' as const, text: 'فقرة مضافة' }, ...base.body.slice(1)] };
    const changes = compareDrafts(base, next);
    expect(changes).toHaveLength(1);
    expect(changes[0]).toMatchObject({ key: 'body.1', change: 'added' });
  });

  it('an edited block is compared word by word; a changed headline is its own entry', () => {
    const next = { ...base, headline: 'عنوان ثان', body: [base.body[0]!, base.body[1]!, { type: 'paragraph' as const, text: 'الفقرة الثالثة' }] };
    const changes = compareDrafts(base, next);
    expect(changes.map((c) => c.key)).toEqual(['headline', 'body.2']);
    expect(changes[1]!.segments).toEqual([
      { op: 'same', text: 'الفقرة ' },
      { op: 'del', text: 'الثانية' },
      { op: 'add', text: 'الثالثة' },
    ]);
  });

  it('a removed block is shown as removed', () => {
    const changes = compareDrafts(base, { ...base, body: [base.body[0]!, base.body[2]!] });
    expect(changes).toEqual([expect.objectContaining({ key: 'body.1', change: 'removed' })]);
  });
});
