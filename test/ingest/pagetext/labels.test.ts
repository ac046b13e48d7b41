import { describe, expect, it } from 'vitest';
import { splitLabels, type LabelEvidence } from '../../../src/ingest/pagetext/labels.js';

function evidence(over: Partial<LabelEvidence> = {}): LabelEvidence {
  return { linkedCaptions: [], captions: new Set(), labels: new Set(), phrasesSeen: () => new Set(), ...over };
}
const one = (text: string, ev: LabelEvidence) => splitLabels([text], ev)[0]!;

describe('splitLabels', () => {
  it('uses the caption of the linked page first', () => {
    const ev = evidence({ linkedCaptions: [new Set(['قارب إرشاد يرافق ناقلة'])] });
    expect(one('النقل البحري قارب إرشاد يرافق ناقلة', ev)).toEqual({ label: 'النقل البحري', caption: 'قارب إرشاد يرافق ناقلة', how: 'page' });
  });

  it('uses any caption of the dump', () => {
    const ev = evidence({ captions: new Set(['باحثة في مختبر']) });
    expect(one('علوم وتقنية باحثة في مختبر', ev)).toMatchObject({ label: 'علوم وتقنية', how: 'caption' });
  });

  it('gives no label to a picture text that is a whole known caption', () => {
    const ev = evidence({ captions: new Set(['باحثة في مختبر']) });
    expect(one('باحثة في مختبر', ev)).toMatchObject({ label: null, caption: 'باحثة في مختبر' });
  });

  it('uses known sections, longest first', () => {
    const ev = evidence({ labels: new Set(['العالم', 'العالم العربي']) });
    expect(one('العالم العربي حقل قمح قرب الحدود', ev)).toMatchObject({ label: 'العالم العربي', caption: 'حقل قمح قرب الحدود', how: 'known' });
  });

  it('learns a label from another card of the module', () => {
    const ev = evidence({ linkedCaptions: [new Set(['ممرضات في الجناح'])] });
    const [a, b] = splitLabels(['صحة ممرضات في الجناح', 'صحة عبوات أدوية في مستودع'], ev);
    expect(a).toMatchObject({ label: 'صحة', how: 'page' });
    expect(b).toMatchObject({ label: 'صحة', caption: 'عبوات أدوية في مستودع', how: 'learned' });
  });

  it('takes the prefix three undecided cards share', () => {
    const texts = ['شمال أفريقيا سد ترابي', 'شمال أفريقيا محطة تحلية على الساحل', 'شمال أفريقيا ميناء الصيد'];
    const [a, b] = splitLabels(texts, evidence());
    expect(a).toMatchObject({ label: 'شمال أفريقيا', caption: 'سد ترابي', how: 'prefix' });
    expect(b).toMatchObject({ label: 'شمال أفريقيا', how: 'prefix' });
  });

  it('takes two words two cards share only when a phrase or the shape backs them', () => {
    const texts = ['أوروبا الرئيس يزور المصنع', 'أوروبا الرئيس يستقبل الوفد'];
    expect(splitLabels(texts, evidence()).map((s) => s.label)).toEqual(['أوروبا', 'أوروبا']);
    const seen = evidence({ phrasesSeen: (q) => new Set(q.filter((x) => x === 'شمال أفريقيا')) });
    expect(splitLabels(['شمال أفريقيا سد ترابي', 'شمال أفريقيا محطة تحلية'], seen).map((s) => s.label)).toEqual(['شمال أفريقيا', 'شمال أفريقيا']);
    expect(splitLabels(['العالم العربي حقل قمح', 'العالم العربي قناة ري'], evidence()).map((s) => s.label)).toEqual(['العالم العربي', 'العالم العربي']);
  });

  it('falls back to a phrase the dump uses elsewhere', () => {
    const ev = evidence({ phrasesSeen: (q) => new Set(q.filter((x) => x === 'كرة القدم')) });
    expect(one('كرة القدم حارس مرمى يتصدى لكرة', ev)).toMatchObject({ label: 'كرة القدم', how: 'phrase' });
  });

  it('falls back to the shape of a section name', () => {
    expect(one('أسواق متسوقون في السوق المركزي', evidence())).toMatchObject({ label: 'أسواق', how: 'shape' });
    expect(one('المغرب العربي ميناء الصيد القديم', evidence())).toMatchObject({ label: 'المغرب العربي', how: 'shape' });
    expect(one('الخليج الأمير يفتتح المعرض', evidence())).toMatchObject({ label: 'الخليج', how: 'shape' });
  });

  it('handles a one-word text and non-Arabic text', () => {
    expect(one('صورة', evidence())).toEqual({ label: null, caption: 'صورة', how: 'none' });
    expect(one('Sport Players at training', evidence({ labels: new Set(['Sport']) }))).toMatchObject({ label: 'Sport', caption: 'Players at training' });
  });
});
