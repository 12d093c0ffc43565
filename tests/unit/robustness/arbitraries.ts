/** Random inputs shared by the property tests: strings that have broken other apps. */
import fc from 'fast-check';

/** Pieces that break naive escaping, URL encoding, tokenizers and regular expressions. */
export const NASTY_PIECES = [
  '<script>alert(1)</script>', '<img src=x onerror=alert(1)>', '"', '\'', '`', '\\', '%', '%E0%A4', '%%', '+', '&', '=', '#', '?', ',', '/',
  '..', '*', '.*', '(', ')', '[', ']', '{', '}', '|', '^', '$', '~', ' ', '\t', '\n', '\r\n', '\u0000', '\u0007', '\u001b',
  '\u00a0', '\u200b', '\u200d', '\u200e', '\u200f', '\u202e', '\u2066', '\ufeff', '\ufffd', '\u0301', 'é', 'ﬁ', 'ß', 'İ',
  'ไทย', 'ភាសាខ្មែរ', 'မြန်မာ', '中文', '한국어', 'العربية', 'עברית', 'Việt Nam', '👩🏽‍⚕️', '🇹🇭', '👨‍👩‍👧‍👦',
  '__proto__', 'constructor', 'prototype', 'toString', 'hasOwnProperty', 'undefined', 'null', 'NaN', '-0', '1e309',
  'javascript:alert(1)', 'data:text/html,x', 'sel=x', 'depth=9', 'events', 'the', 'in 2016', '2016-13-45',
] as const;

const piece = fc.constantFrom(...NASTY_PIECES);
const loneSurrogate = fc.constantFrom('\ud800', '\udbff', '\udc00', '\udfff');

/** Any string at all, lone surrogates included (not a well-formed Unicode string). */
export const anyString = (maxLength = 40): fc.Arbitrary<string> => fc.oneof(
  { weight: 3, arbitrary: fc.string({ maxLength, unit: 'binary' }) },
  { weight: 3, arbitrary: fc.array(fc.oneof(piece, fc.string({ maxLength: 4, unit: 'grapheme' })), { maxLength: 8 }).map((a) => a.join('')) },
  { weight: 1, arbitrary: fc.array(fc.oneof(piece, loneSurrogate, fc.string({ maxLength: 3 })), { maxLength: 8 }).map((a) => a.join('')) },
  { weight: 1, arbitrary: fc.string({ maxLength, unit: fc.integer({ min: 0, max: 0xffff }).map((c) => String.fromCharCode(c)) }) },
);

/** Well-formed Unicode strings (no lone surrogates): anything a person can type or a JSON file can sensibly hold. */
export const text = (maxLength = 40): fc.Arbitrary<string> => anyString(maxLength).map((s) => s.replace(/\p{Cs}/gu, '\ufffd'));

/** A non-empty well-formed string. */
export const nonEmptyText = (maxLength = 40): fc.Arbitrary<string> => text(maxLength).filter((s) => s.length > 0);
