/**
 * Folding and tokenizing: the text rules the ranking tests rely on, and
 * properties checked on random text (fast-check).
 */
import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { fold, foldMapped } from '../../../src/core/search/normalize.ts';
import { analyse, isSpaceless, searchTerms, tokens } from '../../../src/core/search/tokenize.ts';
import { fuzziness, parseQuery } from '../../../src/core/search/query.ts';

describe('fold(text)', () => {
  it('removes case and Latin diacritics, đ becomes d', () => {
    expect(fold('Việt Nam')).toBe('viet nam');
    expect(fold('ĐÀ NẴNG')).toBe('da nang');
    expect(fold('Thương binh')).toBe('thuong binh');
    expect(fold('São Tomé')).toBe('sao tome');
  });

  it('unifies compatibility forms: full-width letters and ligatures', () => {
    expect(fold('ＩＬＯ')).toBe('ilo');
    expect(fold('ﬁnance')).toBe('finance');
  });

  it('keeps the marks of Thai, Lao, Khmer and Burmese', () => {
    for (const word of ['เด็ก', 'ມະນຸດ', 'មនុស្ស', 'မြန်မာ']) {
      expect(fold(word).length).toBeGreaterThanOrEqual(word.length);
      expect(fold(word)).toBe(fold(word).normalize('NFKD').normalize('NFC'));
    }
    expect(fold('เด็ก')).toBe('เด็ก');
    expect(fold('เด็ก')).not.toBe(fold('เดก'));
  });

  it('removes invisible joiners and soft hyphens', () => {
    expect(fold('traf\u00adficking')).toBe('trafficking');
    expect(fold('a\u200db')).toBe('ab');
  });

  it('is idempotent', () => {
    fc.assert(fc.property(fc.string({ unit: 'grapheme', maxLength: 30 }), (s) => fold(fold(s)) === fold(s)));
  });

  it('foldMapped agrees with fold on ordinary text and maps back into the original', () => {
    fc.assert(fc.property(fc.string({ unit: 'grapheme', maxLength: 30 }), (s) => {
      const { folded, map } = foldMapped(s.normalize('NFC'));
      return map.length === folded.length + 1 && map.every((i, k) => i >= 0 && i <= s.normalize('NFC').length && (k === 0 || i >= map[k - 1]!));
    }));
    expect(foldMapped('Việt Nam').folded).toBe(fold('Việt Nam'));
  });
});

describe('tokens(text)', () => {
  it('splits spaced scripts on anything that is not a letter, mark or digit', () => {
    expect(tokens('UN-ACT, IOM X & C4D (2016)').map((t) => t.norm)).toEqual(['un', 'act', 'iom', 'x', 'c4d', '2016']);
    expect(tokens('day’s J.D.').map((t) => t.norm)).toEqual(['days', 'jd']);
  });

  it('segments Thai, Lao, Khmer and Burmese into words with Intl.Segmenter', () => {
    const thai = tokens('ต่อต้านการค้ามนุษย์').map((t) => t.text);
    expect(thai.length).toBeGreaterThan(1);
    expect(thai.join('')).toBe('ต่อต้านการค้ามนุษย์');
    expect(tokens('ການຄ້າມະນຸດ ລາວ').length).toBeGreaterThan(1);
    expect(tokens('ការជួញដូរមនុស្ស').length).toBeGreaterThan(1);
    expect(tokens('လူကုန်ကူးမှု').length).toBeGreaterThan(1);
  });

  it('keeps a run of Han characters whole (it is indexed as characters and pairs)', () => {
    expect(tokens('中国反对拐卖').map((t) => [t.text, t.cjk])).toEqual([['中国反对拐卖', true]]);
    expect(tokens('ASEAN东盟').map((t) => t.text)).toEqual(['ASEAN', '东盟']);
  });

  it('gives offsets into the original text', () => {
    const text = 'Hội thảo ở Đà Nẵng';
    for (const t of tokens(text)) expect(text.slice(t.start, t.end)).toBe(t.text);
  });

  it('never yields an empty word, and offsets always slice to the word (random text)', () => {
    fc.assert(fc.property(fc.string({ unit: 'grapheme', maxLength: 40 }), (s) => tokens(s).every((t) => t.norm !== '' && s.slice(t.start, t.end) === t.text)));
  });
});

describe('analyse(text)', () => {
  it('indexes hyphenated words also as one, and short word pairs in names', () => {
    expect(analyse('UN-ACT').words).toEqual(['un', 'unact', 'act']);
    expect(analyse('Viet Nam', true).words).toEqual(['viet', 'vietnam', 'nam']);
    expect(analyse('Viet Nam').words).toEqual(['viet', 'nam']);
    expect(analyse('Regional Network', true).words).toEqual(['regional', 'network']);
  });

  it('indexes the suffixes of words in spaceless scripts, so that pieces are found', () => {
    const { words, grams } = analyse('ประเทศไทย');
    expect(words).toEqual(['ประเทศไทย']);
    expect(grams).toContain('ไทย');
    expect(grams.every((g) => !/^\p{M}/u.test(g))).toBe(true);
  });

  it('indexes Han runs as characters and pairs', () => {
    expect(analyse('人口贩卖').words).toEqual(['人', '口', '贩', '卖', '人口', '口贩', '贩卖']);
  });
});

describe('queries', () => {
  it('searchTerms: Han as pairs, a single character as itself', () => {
    expect(searchTerms('人口贩卖')).toEqual(['人口', '口贩', '贩卖']);
    expect(searchTerms('拐')).toEqual(['拐']);
    expect(searchTerms('thailand')).toEqual(['thailand']);
  });

  it('parseQuery: type words restrict, small words are dropped, unless nothing else is left', () => {
    expect(parseQuery('events in Thailand in 2016')).toMatchObject({ terms: ['thailand', '2016'], types: ['event'] });
    expect(parseQuery('the')).toMatchObject({ terms: ['the'], types: [] });
    expect(parseQuery('people', false)).toMatchObject({ terms: ['people'], types: [] });
  });

  it('fuzziness: none under four letters, for numbers and spaceless scripts; then one, then two', () => {
    expect(['ilo', 'thai', 'malaysa', 'thailand', '2016', 'ประเทศไทย'].map(fuzziness)).toEqual([0, 1, 1, 2, 0, 0]);
    expect(isSpaceless('ไทย')).toBe(true);
  });
});
