/**
 * Reading a query: its folded words, the entity types it names ("events in
 * Thailand in 2016" asks for events), and the small words that carry no
 * meaning on their own ("in", "of").
 */
import type { EntityType } from '../model/schema.ts';
import { isSpaceless, queryWords, searchTerms } from './tokenize.ts';

/** Words naming an entity type (folded, singular and plural). */
export const TYPE_WORDS: ReadonlyMap<string, EntityType> = new Map<string, EntityType>([
  ['event', 'event'], ['events', 'event'],
  ['publication', 'publication'], ['publications', 'publication'],
  ['organization', 'organization'], ['organizations', 'organization'],
  ['organisation', 'organization'], ['organisations', 'organization'], ['orgs', 'organization'],
  ['country', 'country'], ['countries', 'country'],
  ['person', 'person'], ['people', 'person'], ['persons', 'person'],
  ['topic', 'topic'], ['topics', 'topic'],
]);

/** English words dropped from a query of several words (they would match nearly everything). */
export const STOP_WORDS: ReadonlySet<string> = new Set([
  'a', 'an', 'the', 'in', 'at', 'of', 'on', 'to', 'for', 'by', 'from', 'with', 'and', 'or',
  'during', 'about', 'into', 'near', 'than', 'as', 'is', 'are', 'was', 'were',
]);

export interface ParsedQuery {
  /** Terms to search for: the meaningful words (no type words, no stop words), Han as pairs of characters. */
  terms: string[];
  /** Entity types the query names; results are restricted to them (empty: all types). */
  types: EntityType[];
  /** Every folded word as typed, for recognising an exact name. */
  words: string[];
}

/** Parses a query. `interpretTypes: false` reads type words as ordinary words. */
export function parseQuery(text: string, interpretTypes = true): ParsedQuery {
  const words = queryWords(text);
  const types: EntityType[] = [];
  let rest: string[] = [];
  for (const w of words) {
    const t = interpretTypes ? TYPE_WORDS.get(w) : undefined;
    if (t) {
      if (!types.includes(t)) types.push(t);
    } else {
      rest.push(w);
    }
  }
  const meaningful = rest.filter((w) => !STOP_WORDS.has(w));
  if (meaningful.length > 0 || types.length > 0) rest = meaningful;
  const terms = [...new Set(rest.flatMap(searchTerms))];
  return { terms, types, words };
}

/** How far a query word may be from a document word, scaled to its length (0 for numbers and spaceless scripts). */
export function fuzziness(term: string): number {
  if (/\p{N}/u.test(term) || isSpaceless(term)) return 0;
  const n = [...term].length;
  if (n < 4) return 0;
  return n < 8 ? 1 : 2;
}

/** A looser fuzziness for "did you mean" suggestions. */
export function looseFuzziness(term: string): number {
  if (/^\p{N}+$/u.test(term)) return 0;
  const n = [...term].length;
  if (isSpaceless(term)) return n >= 4 ? 1 : 0;
  if (n < 3) return 0;
  if (n < 5) return 1;
  return n < 9 ? 2 : 3;
}
