/**
 * Folding text so that case, diacritics and compatibility forms do not matter:
 * "Việt Nam", "VIET NAM" and "viet nam" all fold to "viet nam".
 *
 * Why not strip every combining mark (\p{M})? Thai, Lao, Khmer and Burmese
 * write vowels and tones as combining marks: stripping them turns words into
 * other words. Only the Latin/Greek/Cyrillic diacritics block (U+0300–U+036F)
 * is stripped, which covers Vietnamese (ă â ê ô ơ ư and the five tones).
 */

/** Combining diacritical marks used over Latin, Greek and Cyrillic letters. */
const LATIN_MARKS = /[\u0300-\u036f]/g;
/** Invisible characters that may sit inside a word: ZWNJ, ZWJ, soft hyphen, word joiner, BOM. */
const INVISIBLE = /\u00ad|\u200c|\u200d|\u2060|\ufeff/g;
/** Letters that do not decompose into a base letter and a mark. */
const SPECIAL: Readonly<Record<string, string>> = {
  đ: 'd', ð: 'd', ø: 'o', ł: 'l', æ: 'ae', œ: 'oe', ß: 'ss', ı: 'i', þ: 'th', ħ: 'h', ŧ: 't',
};
const SPECIAL_RE = /[đðøłæœßıþħŧ]/g;

/**
 * Folds text for matching: lower case, compatibility forms (full-width Latin,
 * ligatures) unified, Latin diacritics removed, đ → d. Idempotent.
 */
export function fold(text: string): string {
  // Decompose first: compatibility letters (𝐀, Ａ) only become "A" there, and then lower-case.
  return text
    .normalize('NFKD')
    .toLowerCase()
    .replace(LATIN_MARKS, '')
    .replace(INVISIBLE, '')
    .replace(SPECIAL_RE, (c) => SPECIAL[c] ?? c)
    .normalize('NFC');
}

/** A folded string and, for each of its UTF-16 units, the offset in the original it came from. */
export interface FoldedText {
  folded: string;
  /** `map[i]` is the offset in the original text of folded unit `i`; `map[folded.length]` is the original length. */
  map: number[];
}

/**
 * Folds text one code point at a time, remembering where each folded unit came
 * from, so that a match found in folded text can be highlighted in the original.
 * Agrees with `fold` except for rare reorderings of stacked marks.
 */
export function foldMapped(text: string): FoldedText {
  let folded = '';
  const map: number[] = [];
  let offset = 0;
  for (const ch of text) {
    const f = fold(ch);
    for (let i = 0; i < f.length; i++) map.push(offset);
    folded += f;
    offset += ch.length;
  }
  map.push(text.length);
  return { folded, map };
}
