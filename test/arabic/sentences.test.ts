import { describe, expect, it } from 'vitest';
import { splitSentences } from '../../src/arabic/sentences.js';

const texts = (t: string) => splitSentences(t).map((s) => s.text);

describe('splitSentences', () => {
  it('splits after . ؟ ! and … and keeps runs of them together', () => {
    expect(texts('وصل الوفد. هل تأخر؟! لم يتأخر… انتهى')).toEqual(['وصل الوفد.', 'هل تأخر؟!', 'لم يتأخر…', 'انتهى']);
  });
  it('gives offsets into the original text', () => {
    const text = '  بدأ الاجتماع.  ثم انتهى. ';
    for (const s of splitSentences(text)) expect(text.slice(s.start, s.end)).toBe(s.text);
  });
  it('does not split inside balanced «» quotes, and keeps the closing quote', () => {
    expect(texts('قال الوزير: «الوضع مستقر. لا خوف». ثم غادر.')).toEqual(['قال الوزير: «الوضع مستقر. لا خوف».', 'ثم غادر.']);
  });
  it('splits as usual after a quote mark that is never closed', () => {
    expect(texts('بدأ «الاجتماع. ثم انتهى.')).toEqual(['بدأ «الاجتماع.', 'ثم انتهى.']);
  });
  it('does not split a decimal number or a one-letter abbreviation', () => {
    expect(texts('بلغ النمو 3.5 بالمائة حسب د. محمد. انتهى')).toEqual(['بلغ النمو 3.5 بالمائة حسب د. محمد.', 'انتهى']);
  });
  it('ends a sentence at a line break', () => {
    expect(texts('عنوان\nنص الخبر')).toEqual(['عنوان', 'نص الخبر']);
  });
  it('returns nothing for empty or blank input', () => {
    expect(splitSentences('')).toEqual([]);
    expect(splitSentences(' \n ')).toEqual([]);
  });
  it('splits text without Arabic', () => {
    expect(texts('The vote passed. Results follow!')).toEqual(['The vote passed.', 'Results follow!']);
  });
});
