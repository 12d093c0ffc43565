/**
 * What is indexed for each entity: one MiniSearch document whose fields are
 * texts, weighted so that an exact name or abbreviation beats a passing mention.
 */
import type { GraphIndex } from '../graph/graph.ts';
import { dateSpan, otherEnd } from '../graph/graph.ts';
import { edgeLabelFrom } from '../graph/describe.ts';
import { formatDate, formatDateRange } from '../model/dates.ts';
import type { Entity } from '../model/schema.ts';
import { otherNames } from './names.ts';
import { STOP_WORDS } from './query.ts';
import { analyse } from './tokenize.ts';
import type { Analysis } from './tokenize.ts';

export const FIELDS = [
  'name', 'aliases', 'other', 'nameGrams', 'facts', 'dates', 'place', 'description', 'textGrams', 'labels',
] as const;
export type Field = (typeof FIELDS)[number];

/** Fields holding what an entity is called (highlighted in the result's title). */
export const NAME_FIELDS: readonly Field[] = ['name', 'aliases', 'other', 'nameGrams'];

/**
 * Field weights. Names and abbreviations first; a piece of a Thai or Chinese
 * name next; then when and where; descriptions last. The names of an entity's
 * neighbours are not indexed with it: they count at query time, through the
 * graph (see match.ts), so that a partner's name finds the partner first and
 * then the events it took part in. Only the relation labels are indexed here
 * ("presented at"), so that "presented at …" can be asked.
 */
export const BOOSTS: Readonly<Record<Field, number>> = {
  name: 6,
  aliases: 5,
  other: 3,
  nameGrams: 2.5,
  facts: 1,
  dates: 1.5,
  place: 1.5,
  description: 1,
  textGrams: 0.5,
  labels: 0.5,
};

/**
 * A MiniSearch document: each field holds its terms, already analysed and
 * joined by spaces (terms never contain one). Analysing here rather than in
 * MiniSearch's tokenizer analyses each text once for all the fields it feeds
 * (a description and its suffixes; a name, its pairs and the exact-name table).
 */
export type SearchDoc = { id: string } & Record<Field, string>;

const TYPE_WORD: Readonly<Record<Entity['type'], string>> = {
  organization: 'organization', event: 'event', publication: 'publication',
  country: 'country', person: 'person', topic: 'topic',
};

/** One line per relation, read from this entity's side: "presented at Regional Network Meeting" (optionally only those to `only`). */
export interface RelationLine {
  text: string;
  other: string;
}

export function relationLines(g: GraphIndex, id: string, only?: string): RelationLine[] {
  const out: RelationLine[] = [];
  for (const edge of g.incident.get(id) ?? []) {
    const other = otherEnd(edge, id);
    if (only !== undefined && other !== only) continue;
    const name = g.byId.get(other)?.name;
    if (name === undefined) continue;
    out.push({ text: `${edgeLabelFrom(g, edge, id)} ${name}`, other });
  }
  return out;
}

/** Human dates of an entity, and every year its span covers (so "2017" finds a 2015–2018 plan). */
export function datesText(e: Entity): string {
  const parts: string[] = [];
  if (e.type === 'event') parts.push(formatDateRange(e.start, e.end));
  if (e.type === 'publication') {
    if (e.date) parts.push(formatDate(e.date));
    if (e.period) parts.push(formatDateRange(e.period.start, e.period.end));
  }
  const span = dateSpan(e);
  if (span) {
    const a = Number(span[0].slice(0, 4));
    const b = Number(span[1].slice(0, 4));
    if (b - a <= 30) for (let y = a; y <= b; y++) parts.push(String(y));
  }
  return parts.join(' ; ');
}

/** Where an event took place: "Bangkok ; Thailand". */
export function placeText(g: GraphIndex, e: Entity): string {
  if (e.type !== 'event' || !e.location) return '';
  const country = e.location.country ? g.byId.get(e.location.country)?.name : undefined;
  return [e.location.place, country].filter(Boolean).join(' ; ');
}

function factsText(e: Entity): string {
  const parts: string[] = [TYPE_WORD[e.type]];
  if ('kind' in e && e.kind) parts.push(e.kind.replace(/-/g, ' '));
  if (e.type === 'person' && e.role) parts.push(e.role);
  if (e.type === 'event' && e.status === 'planned') parts.push('planned upcoming');
  return parts.join(' ; ');
}

/** Builds the documents of one graph, analysing each name and label once. */
export class DocumentBuilder {
  readonly #g: GraphIndex;
  /** Analyses of short, repeated texts: names, aliases, relation labels. */
  readonly #cache = new Map<string, Analysis>();

  constructor(g: GraphIndex) {
    this.#g = g;
  }

  /** Analysis of a name-like text (cached; two short words also count written together). */
  name(text: string): Analysis {
    let a = this.#cache.get(text);
    if (!a) {
      a = analyse(text, true);
      this.#cache.set(text, a);
    }
    return a;
  }

  document(e: Entity): SearchDoc {
    const g = this.#g;
    const names = [e.name, ...(e.aliases ?? [])].map((n) => this.name(n));
    const others = otherNames(e).map((n) => this.name(n));
    const description = analyse(e.description ?? '');
    const labels: string[] = [];
    for (const edge of g.incident.get(e.id) ?? []) {
      // Labels are analysed without pairs: "presented at" must not become "presentedat".
      labels.push(...analyseLabel(this.#cache, edgeLabelFrom(g, edge, e.id)));
    }
    // Each term once per field: MiniSearch already measures field length in distinct terms, and a
    // country named by 300 "held in" lines should not outrank its own name by repetition.
    const join = (parts: Analysis[], key: 'words' | 'grams') => unique(parts.flatMap((p) => p[key]));
    return {
      id: e.id,
      name: names[0]!.words.join(' '),
      aliases: join(names.slice(1), 'words'),
      other: join(others, 'words'),
      nameGrams: join([...names, ...others], 'grams'),
      facts: unique(analyse(factsText(e)).words),
      dates: unique(analyse(datesText(e)).words),
      place: unique(analyse(placeText(g, e)).words),
      description: unique(description.words),
      textGrams: unique(description.grams),
      labels: unique(labels),
    };
  }
}

/** The words of a relation label worth indexing: not "by", "in", "of" (they would match nearly every entity). */
function analyseLabel(cache: Map<string, Analysis>, label: string): string[] {
  const key = `\u0000${label}`;
  let a = cache.get(key);
  if (!a) {
    const all = analyse(label);
    a = { ...all, words: all.words.filter((w) => w.length > 2 && !STOP_WORDS.has(w)) };
    cache.set(key, a);
  }
  return a.words;
}

function unique(terms: string[]): string {
  return [...new Set(terms)].join(' ');
}

/** Splits a field of a `SearchDoc` back into its terms (MiniSearch's tokenizer for documents). */
export function fieldTerms(text: string): string[] {
  return text === '' ? [] : text.split(' ');
}
