/**
 * Words as the region writes them.
 *
 * - Latin, Vietnamese, Cyrillic, Korean... put spaces between words: a word is
 *   a run of letters, marks and digits.
 * - Thai, Lao, Khmer and Burmese do not: a run of those scripts is cut into
 *   words by the platform's dictionary-based `Intl.Segmenter`. Dictionaries
 *   make whole words of compounds (ประเทศไทย is one word, so ไทย inside it would
 *   not be found), so each such word is also indexed as its suffixes: with
 *   prefix search, any piece of a word is found.
 * - Chinese and Japanese are indexed as single characters and pairs of
 *   characters (as Lucene's CJK analyzer does), without a dictionary: a query
 *   of several characters must match all its pairs, so any substring is found.
 */
import { fold } from './normalize.ts';

/** A word of a text, with where it is, and its folded form (what is indexed). */
export interface Token {
  start: number;
  end: number;
  text: string;
  norm: string;
  /** Written in a script without spaces between words (Thai, Lao, Khmer, Burmese, Han, kana). */
  spaceless: boolean;
  /** A run of Han or kana (indexed as characters and pairs). */
  cjk: boolean;
}

const SEA = '\\p{sc=Thai}\\p{sc=Lao}\\p{sc=Khmer}\\p{sc=Myanmar}';
const CJK = '\\p{sc=Han}\\p{sc=Hiragana}\\p{sc=Katakana}\\u30fc';
const SPACELESS = new RegExp(`[${SEA}${CJK}]`, 'u');
/** A run of Han/kana, a run of a South-East Asian script with its marks, or anything else. */
const PIECE = new RegExp(`([${CJK}]+)|([${SEA}][${SEA}\\p{M}]*)|[^${SEA}${CJK}]+`, 'gu');
/** A word: letters, marks and digits, with apostrophes or full stops inside ("day’s", "J.D"). */
const RUN = /[\p{L}\p{M}\p{N}]+(?:['’.][\p{L}\p{M}\p{N}]+)*/gu;
const INNER_PUNCT = /['’.]/g;
const MARK = /^\p{M}/u;
const HYPHEN = /^[-‐‑]$/;
const SPACES = /^[ \t]+$/;

/** Words this short are also indexed joined to the next ("Viet Nam" → vietnam, "Hong Kong" → hongkong). */
const PAIR_WORD = 4;

/** Longest suffix indexed for spaceless words, in code points (long Khmer words reach 14). */
export const GRAM_LENGTH = 16;

export function isSpaceless(text: string): boolean {
  return SPACELESS.test(text);
}

const CJK_ONLY = new RegExp(`^[${CJK}]+$`, 'u');

/** Only Han or kana characters. */
export function isCjk(text: string): boolean {
  return CJK_ONLY.test(text);
}

let segmenter: Intl.Segmenter | null | undefined;
function getSegmenter(): Intl.Segmenter | null {
  if (segmenter === undefined) {
    segmenter = typeof Intl !== 'undefined' && 'Segmenter' in Intl
      ? new Intl.Segmenter(undefined, { granularity: 'word' })
      : null;
  }
  return segmenter;
}

const ASCII = /^[\x20-\x7e]*$/;

function normOf(text: string): string {
  // Most words are plain ASCII: lower-casing is all the folding they need.
  return (ASCII.test(text) ? text.toLowerCase() : fold(text)).replace(INNER_PUNCT, '');
}

/** The words of a text, in order. */
export function tokens(text: string): Token[] {
  const out: Token[] = [];
  const spaced = (word: string, at: number) => {
    const norm = normOf(word);
    if (norm) out.push({ start: at, end: at + word.length, text: word, norm, spaceless: false, cjk: false });
  };
  for (const m of text.matchAll(RUN)) {
    const run = m[0];
    if (!SPACELESS.test(run)) {
      spaced(run, m.index);
      continue;
    }
    for (const p of run.matchAll(PIECE)) {
      const piece = p[0];
      const at = m.index + p.index;
      if (p[1] !== undefined) {
        out.push({ start: at, end: at + piece.length, text: piece, norm: fold(piece), spaceless: true, cjk: true });
      } else if (p[2] !== undefined) {
        sea(piece, at, out);
      } else {
        spaced(piece, at);
      }
    }
  }
  return out;
}

function sea(piece: string, at: number, out: Token[]): void {
  const seg = getSegmenter();
  if (!seg) {
    // No segmenter (old browsers): the run is one word; its suffixes still make parts findable.
    out.push({ start: at, end: at + piece.length, text: piece, norm: fold(piece), spaceless: true, cjk: false });
    return;
  }
  for (const s of seg.segment(piece)) {
    if (!s.isWordLike) continue;
    const norm = fold(s.segment);
    if (norm) out.push({ start: at + s.index, end: at + s.index + s.segment.length, text: s.segment, norm, spaceless: true, cjk: false });
  }
}

/** Single characters and pairs of a Han/kana run. */
function cjkTerms(norm: string, singles: boolean): string[] {
  const cps = [...norm];
  if (cps.length === 1) return cps;
  const out: string[] = singles ? cps.slice() : [];
  for (let i = 0; i + 1 < cps.length; i++) out.push(cps[i]! + cps[i + 1]!);
  return out;
}

/** What indexing takes from a text: its words, the terms of a word field, and the terms of a suffix field. */
export interface Analysis {
  /** Folded words, in order. */
  norms: string[];
  /**
   * Terms of a word field: the folded words, hyphenated compounds also as one
   * word ("UN-ACT" → un, act, unact) and, with `pairs` (names), two short words
   * also written together ("Viet Nam" → vietnam, "Hong Kong" → hongkong).
   */
  words: string[];
  /**
   * The proper suffixes (starting on a letter, up to GRAM_LENGTH code points)
   * of every word in a spaceless script: with prefix search, any piece of such
   * a word is found ("ไทย" inside "ประเทศไทย", "国" inside "中国"). Suffixes of
   * words, not of whole runs, keep the index small: words repeat, runs do not.
   */
  grams: string[];
}

/** Tokenizes a text once for all the fields it feeds. */
export function analyse(text: string, pairs = false): Analysis {
  const toks = tokens(text);
  const norms: string[] = [];
  const words: string[] = [];
  const grams: string[] = [];
  for (let i = 0; i < toks.length; i++) {
    const t = toks[i]!;
    norms.push(t.norm);
    if (t.cjk) {
      words.push(...cjkTerms(t.norm, true));
      continue;
    }
    words.push(t.norm);
    if (t.spaceless) {
      const cps = [...t.norm];
      for (let j = 1; j < cps.length; j++) {
        if (!MARK.test(cps[j]!)) grams.push(cps.slice(j, j + GRAM_LENGTH).join(''));
      }
    }
    const next = toks[i + 1];
    if (!next || t.spaceless || next.spaceless) continue;
    const between = text.slice(t.end, next.start);
    if (HYPHEN.test(between)) {
      words.push(t.norm + next.norm);
    } else if (pairs && SPACES.test(between) && t.norm.length <= PAIR_WORD && next.norm.length <= PAIR_WORD) {
      words.push(t.norm + next.norm);
    }
  }
  return { norms, words, grams };
}

export function indexTerms(text: string, pairs = false): string[] {
  return analyse(text, pairs).words;
}

export function gramTerms(text: string): string[] {
  return analyse(text).grams;
}

/** Splits a long spaceless word into pieces that each fit in a gram, starting on letters. */
function chunks(word: string): string[] {
  const cps = [...word];
  if (cps.length <= GRAM_LENGTH) return [word];
  const out: string[] = [];
  let i = 0;
  while (i < cps.length) {
    let end = Math.min(i + GRAM_LENGTH, cps.length);
    // Do not start the next piece on a mark: pull the end back to a letter.
    while (end < cps.length && end > i + 1 && MARK.test(cps[end]!)) end--;
    out.push(cps.slice(i, end).join(''));
    i = end;
  }
  return out;
}

/**
 * The terms to search for one folded query word: Han/kana as pairs (a single
 * character as itself), Thai/Lao/Khmer/Burmese words cut to fit the indexed
 * suffixes, other words as they are.
 */
export function searchTerms(word: string): string[] {
  if (!SPACELESS.test(word)) return [word];
  if (isCjk(word)) return cjkTerms(word, false);
  return chunks(word);
}


/** Folded words of a query, as typed (before `searchTerms`). */
export function queryWords(text: string): string[] {
  return tokens(text).map((t) => t.norm);
}
