/**
 * A deterministic generator of valid datasets of realistic shape, for the
 * benchmark and for tests: `generateDataset({ entities: 10_000, seed: 1 })`.
 *
 * Shape, modelled on the bundled dataset but larger:
 * - organizations (30 % of what is not a country or topic), events (42 %),
 *   publications (18 %), people (10 %), fifty countries, and about 1.2·√N topics;
 * - about `relationsPerEntity` (3) declared relations per entity, of the relation
 *   types of the bundled dataset; event locations add derived "held in" edges on top;
 * - participation per organization is heavy-tailed (Zipf, s ≈ 1): a few
 *   organizations take part in hundreds of events, most in one or two;
 * - events spread over 2005–2024 (more in later years) and over fifty countries,
 *   the Mekong countries busiest;
 * - names and descriptions in English, Vietnamese (with diacritics), Thai,
 *   Chinese, Khmer, Burmese and Lao, with English aliases;
 * - every entity and relation cites a generated source, within its paragraphs.
 *
 * Pure: no clock, no Math.random; the same options give the same object, and
 * `JSON.stringify` of it gives the same bytes.
 */
import { FORMAT_ID, FORMAT_VERSION } from '../model/schema.ts';
import type {
  Citation, DatasetInput, Entity, EventEntity, Organization, Person, Publication, RelationInput, Source,
} from '../model/schema.ts';
import { createRng, shuffled, weightedSampler, zipfWeights } from './prng.ts';
import type { Rng } from './prng.ts';
import { COUNTRIES } from './countries.ts';
import { eventName, languagePicker, organizationName, personName, publicationTitle, slugify } from './names.ts';
import type { Named } from './names.ts';
import { LANG_COUNTRY, LOCAL, PUBLISHERS, ROLES, SOURCE_KINDS, TOPIC_QUALIFIERS, TOPICS } from './vocab.ts';
import type { Lang } from './vocab.ts';
import { RELATION_TYPES } from './relation-types.ts';
import { buildRelations } from './relations.ts';
import type { Records } from './relations.ts';

export interface GenerateOptions {
  /** Total number of entities (at least 20). */
  entities: number;
  seed: number;
  /** Declared relations per entity, on average (default 3). */
  relationsPerEntity?: number;
}

export interface Composition {
  countries: number;
  topics: number;
  organizations: number;
  events: number;
  publications: number;
  persons: number;
}

export const FIRST_YEAR = 2005;
export const LAST_YEAR = 2024;

/** How many entities of each type a dataset of `n` entities gets. */
export function composition(n: number): Composition {
  if (!Number.isInteger(n) || n < 20) throw new Error(`entities must be an integer of at least 20, not ${n}`);
  const countries = n >= 1000 ? COUNTRIES.length : Math.max(3, Math.min(COUNTRIES.length, Math.round(n / 20)));
  const topics = Math.max(5, Math.min(300, Math.round(Math.sqrt(n) * 1.2)));
  const rest = n - countries - topics;
  const organizations = Math.round(rest * 0.3);
  const publications = Math.round(rest * 0.18);
  const persons = Math.round(rest * 0.1);
  return { countries, topics, organizations, events: rest - organizations - publications - persons, publications, persons };
}

const ORG_KINDS: readonly (readonly [Organization['kind'] & string, number])[] = [
  ['ngo', 38], ['government', 14], ['academic', 9], ['network', 8], ['un-agency', 4], ['intergovernmental', 2],
  ['media', 5], ['private-sector', 7], ['donor', 4], ['venue', 4], ['other', 5],
];
const EVENT_KINDS: readonly (readonly [EventEntity['kind'] & string, number])[] = [
  ['meeting', 26], ['workshop', 22], ['session', 10], ['panel', 8], ['launch', 5], ['conference', 10], ['training', 14], ['other', 5],
];
const PUB_KINDS: readonly (readonly [Publication['kind'] & string, number])[] = [
  ['report', 30], ['blog-post', 22], ['guidelines', 10], ['article', 12], ['journal-issue', 6], ['indicators', 4],
  ['plan-of-action', 5], ['convention', 2], ['other', 9],
];

const ORG_SENTENCES = [
  'It runs shelters and a hotline for survivors.', 'It trains police, labour inspectors and social workers.',
  'It publishes research on recruitment practices.', 'It coordinates partners across the region.',
  'It gives legal aid to migrant workers.', 'It funds community groups in source villages.',
  'It reports on trafficking cases and court decisions.', 'It brings survivors home and supports their return to work.',
];
const EVENT_SENTENCES = [
  'Participants shared the results of the past year and planned joint work.',
  'Speakers stressed that changing behaviour needs time and the voices of survivors.',
  'Government officials and civil society compared referral procedures.',
  'The meeting agreed to draft common guidelines before the next session.',
  'Front-line staff practised interviewing techniques that avoid re-traumatising victims.',
];
const PUB_SENTENCES = [
  'It draws on interviews with returnees and front-line staff.', 'It recommends common standards for the region.',
  'It questions simple fixes that leave the structural causes unaddressed.', 'It sets out indicators to track progress.',
];

const ORG_LABELS: Record<string, string> = {
  ngo: 'Non-governmental organization', 'un-agency': 'UN agency office', government: 'Government body',
  academic: 'Academic institution', network: 'Network', intergovernmental: 'Intergovernmental process',
  media: 'Media outlet', 'private-sector': 'Company', donor: 'Donor', venue: 'Venue', other: 'Organization',
};
const PUB_LABELS: Record<string, string> = {
  report: 'Report', 'blog-post': 'Blog post', guidelines: 'Guidelines', article: 'Article', 'journal-issue': 'Journal issue',
  indicators: 'Set of indicators', 'plan-of-action': 'Plan of action', convention: 'Convention', other: 'Document',
};

const MONTHS = ['January', 'February', 'March', 'April', 'May', 'June', 'July', 'August', 'September', 'October', 'November', 'December'];

function isoDay(t: number): string {
  return new Date(t).toISOString().slice(0, 10);
}

function readable(date: string): string {
  const [y, m, d] = date.split('-');
  if (!m) return y!;
  const month = MONTHS[Number(m) - 1]!;
  return d ? `${Number(d)} ${month} ${y}` : `${month} ${y}`;
}

/** A day in FIRST_YEAR..LAST_YEAR, later years likelier (activity grew over time). */
function randomDay(rng: Rng): number {
  const years = LAST_YEAR - FIRST_YEAR + 1;
  const u = Math.sqrt(rng.next()); // density rising linearly
  const year = FIRST_YEAR + Math.min(years - 1, Math.floor(u * years));
  const start = Date.UTC(year, 0, 1);
  const days = Math.round((Date.UTC(year + 1, 0, 1) - start) / 86400000);
  return start + rng.int(0, days - 1) * 86400000;
}

function withPrecision(rng: Rng, t: number, pDay: number, pMonth: number): string {
  const day = isoDay(t);
  const r = rng.next();
  if (r < pDay) return day;
  if (r < pDay + pMonth) return day.slice(0, 7);
  return day.slice(0, 4);
}

function pickWeighted<T>(rng: Rng, table: readonly (readonly [T, number])[]): () => T {
  const draw = weightedSampler(rng, table.map(([, w]) => w));
  return () => table[draw()]![0];
}

interface Ctx {
  rng: Rng;
  sources: Source[];
  /** Source index by month, for citing a source near an event's date. */
  sourceMonths: string[];
  usedNames: Set<string>;
}

function cite(ctx: Ctx, idx?: number): Citation {
  const i = idx ?? ctx.rng.int(0, ctx.sources.length - 1);
  const s = ctx.sources[i]!;
  return { source: s.id, paragraph: ctx.rng.int(1, s.paragraphs ?? 1) };
}

/** The first source dated on or after `date` (the report of an event comes after it). */
function sourceNear(ctx: Ctx, date: string): number {
  const key = date.slice(0, 7);
  let lo = 0;
  let hi = ctx.sourceMonths.length;
  while (lo < hi) {
    const mid = (lo + hi) >>> 1;
    if (ctx.sourceMonths[mid]! < key) lo = mid + 1;
    else hi = mid;
  }
  return Math.min(ctx.sourceMonths.length - 1, lo + ctx.rng.int(0, 2));
}

/** Keeps names unique enough to tell apart, as a curator would ("…, Hanoi", "… (2)"). */
function distinct(ctx: Ctx, named: Named, qualifier: string): Named {
  let name = named.name;
  if (ctx.usedNames.has(name)) name = `${named.name}, ${qualifier}`;
  for (let k = 2; ctx.usedNames.has(name); k++) name = `${named.name} (${k})`;
  ctx.usedNames.add(name);
  return { ...named, name };
}

function makeSources(rng: Rng, n: number): Source[] {
  const days = Array.from({ length: n }, () => randomDay(rng)).sort((a, b) => a - b);
  return days.map((t, i) => {
    const date = isoDay(t).slice(0, 7);
    const kind = rng.pick(SOURCE_KINDS);
    return {
      id: `src-${date}-${i + 1}`,
      title: `${kind}, ${readable(date)}`,
      publisher: rng.pick(PUBLISHERS),
      date,
      url: `https://example.org/archive/${date.replace('-', '/')}/${i + 1}`,
      paragraphs: rng.int(6, 60),
    };
  });
}

export function generateDataset(opts: GenerateOptions): DatasetInput {
  const n = opts.entities;
  const comp = composition(n);
  const rng = createRng(opts.seed);
  const sources = makeSources(rng, Math.max(3, Math.round(n / 25)));
  const ctx: Ctx = { rng, sources, sourceMonths: sources.map((s) => s.date.slice(0, 7)), usedNames: new Set() };
  const lang = languagePicker(rng);

  // Countries: the first `comp.countries` of the list (the region comes first).
  const countrySeeds = COUNTRIES.slice(0, comp.countries);
  const countryIds = countrySeeds.map((c) => `country-${c.slug}`);
  const countryBySlug = new Map(countrySeeds.map((c, i) => [c.slug, i]));
  const drawCountry = weightedSampler(rng, countrySeeds.map((c) => c.weight));
  const placeFor = (l: Lang): { country: number; city: string } => {
    const local = l === 'en' ? undefined : countryBySlug.get(LANG_COUNTRY[l]);
    const country = local ?? drawCountry();
    return { country, city: rng.pick(countrySeeds[country]!.cities) };
  };

  // Topics: the base list, then base topics narrowed by a qualifier.
  const topicNames: { name: string; aliases: readonly string[] }[] = TOPICS.map(([name, aliases]) => ({ name, aliases }));
  if (comp.topics > topicNames.length) {
    const combos = shuffled(rng, TOPICS.flatMap(([name]) => TOPIC_QUALIFIERS.map((q) => `${name} ${q}`)));
    for (const name of combos.slice(0, comp.topics - topicNames.length)) topicNames.push({ name, aliases: [] });
  }
  const topics = shuffled(rng, topicNames).slice(0, comp.topics);
  const topicIds = topics.map((t, i) => `topic-${slugify(t.name)}-${i + 1}`);
  const drawTopic = weightedSampler(rng, zipfWeights(rng, topics.length, 0.9));

  const entities: Entity[] = [];

  // Organizations.
  const orgKind = pickWeighted(rng, ORG_KINDS);
  const orgs: Records['orgs'] = [];
  for (let i = 0; i < comp.organizations; i++) {
    const kind = orgKind();
    const l = lang();
    const where = placeFor(l);
    const named = distinct(ctx, organizationName(rng, kind, l, where.city), where.city);
    const city = named.place ?? where.city;
    const id = `org-${slugify(named.lang === 'en' ? named.name : named.aliases[0] ?? '') || 'org'}-${i + 1}`;
    const country = countrySeeds[where.country]!;
    const description = [
      `${ORG_LABELS[kind]} based in ${city}, ${country.name}, working on ${named.focus}.`,
      rng.pick(ORG_SENTENCES),
      ...(named.lang !== 'en' ? [LOCAL[named.lang].blurb.replace('{n}', named.name)] : []),
    ].join(' ');
    const org: Organization = {
      id, type: 'organization', name: named.name, ...(named.aliases.length ? { aliases: named.aliases } : {}),
      kind, description, citations: rng.chance(0.3) ? [cite(ctx), cite(ctx)] : [cite(ctx)],
      ...(rng.chance(0.4) ? { attributes: { basedIn: country.name, founded: rng.int(1975, 2020) } } : {}),
    };
    entities.push(org);
    orgs.push({ id, kind, name: named.name });
  }

  // Events, in date order so that "follows" and "part of" point back in time.
  const eventKind = pickWeighted(rng, EVENT_KINDS);
  const eventDays = Array.from({ length: comp.events }, () => randomDay(rng)).sort((a, b) => a - b);
  const events: Records['events'] = [];
  eventDays.forEach((t, i) => {
    const kind = eventKind();
    const l = rng.chance(0.2) ? lang() : 'en';
    const where = placeFor(l);
    const topic = drawTopic();
    const start = withPrecision(rng, t, 0.87, 0.1);
    const year = Number(start.slice(0, 4));
    const named = distinct(ctx, eventName(rng, kind, l, topics[topic]!.name, where.city, year, rng.int(2, 40)), `${where.city} ${readable(start)}`);
    const end = start.length === 10 && rng.chance(0.3) ? isoDay(t + rng.int(1, 3) * 86400000) : undefined;
    const planned = year === LAST_YEAR && rng.chance(0.1);
    const participants = rng.chance(0.4) ? { count: rng.int(8, 300), ...(rng.chance(0.5) ? { approximate: true } : {}) } : undefined;
    const src = sourceNear(ctx, start);
    const country = countrySeeds[where.country]!;
    const located = rng.chance(0.95);
    const description = [
      `${kind.replace(/^./, (c) => c.toUpperCase())} ${planned ? 'planned' : 'held'}${located ? ` in ${where.city}, ${country.name},` : ''} ${start.length === 4 ? 'in' : 'on'} ${readable(start)}, on ${named.focus}${named.localFocus ? ` (${named.localFocus})` : ''}.`,
      ...(participants ? [`${participants.approximate ? 'About' : 'Exactly'} ${participants.count} people took part.`] : []),
      rng.pick(EVENT_SENTENCES),
    ].join(' ');
    const id = `event-${slugify(named.lang === 'en' ? named.name : named.aliases[0] ?? '', 32) || 'event'}-${start}-${i + 1}`;
    const ev: EventEntity = {
      id, type: 'event', name: named.name, ...(named.aliases.length ? { aliases: named.aliases } : {}), kind, start,
      ...(end ? { end } : {}),
      ...(located ? { location: { place: where.city, country: countryIds[where.country]! } } : {}),
      ...(participants ? { participants } : {}),
      ...(planned ? { status: 'planned' as const } : {}),
      description, citations: [cite(ctx, src)],
    };
    entities.push(ev);
    events.push({ id, kind, start, planned, topic, src });
  });

  // Publications.
  const pubKind = pickWeighted(rng, PUB_KINDS);
  const pubs: Records['pubs'] = [];
  for (let i = 0; i < comp.publications; i++) {
    const kind = pubKind();
    const l = rng.chance(0.25) ? lang() : 'en';
    const t = randomDay(rng);
    const year = new Date(t).getUTCFullYear();
    const topic = drawTopic();
    const country = countrySeeds[drawCountry()]!;
    const named = distinct(ctx, publicationTitle(rng, kind, l, topics[topic]!.name, topics[drawTopic()]!.name, country.name, year), String(year));
    const date = rng.chance(0.85) ? withPrecision(rng, t, 0.3, 0.5) : undefined;
    const src = date ? sourceNear(ctx, date) : rng.int(0, sources.length - 1);
    const id = `pub-${slugify(named.lang === 'en' ? named.name : named.aliases[0] ?? '', 32) || 'pub'}-${i + 1}`;
    const pub: Publication = {
      id, type: 'publication', name: named.name, ...(named.aliases.length ? { aliases: named.aliases } : {}), kind,
      ...(date ? { date } : {}),
      ...(kind === 'plan-of-action' ? { period: { start: String(year), end: String(year + 3) } } : {}),
      ...(rng.chance(0.5) ? { url: `https://example.org/publications/${id}` } : {}),
      description: `${PUB_LABELS[kind]}${date ? ` from ${readable(date)}` : ''} on ${named.focus}${named.localFocus ? ` (${named.localFocus})` : ''}. ${rng.pick(PUB_SENTENCES)}`,
      citations: [cite(ctx, src)],
    };
    entities.push(pub);
    pubs.push({ id, kind, topic, src });
  }

  // People, each affiliated with an organization (the big ones likelier).
  const drawOrg = weightedSampler(rng, zipfWeights(rng, orgs.length, 1));
  const persons: Records['persons'] = [];
  for (let i = 0; i < comp.persons; i++) {
    const named = personName(rng, lang());
    const org = drawOrg();
    const role = rng.pick(ROLES);
    const id = `person-${slugify(named.lang === 'en' ? named.name : named.aliases[0] ?? '') || 'person'}-${i + 1}`;
    const person: Person = {
      id, type: 'person', name: named.name, ...(named.aliases.length ? { aliases: named.aliases } : {}), role,
      description: `${role} at ${orgs[org]!.name}.${named.lang !== 'en' ? ` ${LOCAL[named.lang].blurb.replace('{n}', named.name)}` : ''}`,
      citations: [cite(ctx)],
    };
    entities.push(person);
    persons.push({ id, org });
  }

  topics.forEach((t, i) => {
    entities.push({
      id: topicIds[i]!, type: 'topic', name: t.name, ...(t.aliases.length ? { aliases: [...t.aliases] } : {}),
      description: `Theme of events and publications: ${t.name.toLowerCase()}.`,
      citations: [cite(ctx)],
    });
  });
  countrySeeds.forEach((c, i) => {
    entities.push({
      id: countryIds[i]!, type: 'country', name: c.name, ...(c.aliases.length ? { aliases: [...c.aliases] } : {}),
      description: `Country where events took place, in ${c.cities.slice(0, 3).join(', ')} among others.`,
      citations: [cite(ctx)],
    });
  });

  const relations: RelationInput[] = buildRelations({
    rng, orgs, events, pubs, persons, topicIds, countryIds, drawOrg, drawTopic,
    target: Math.round(n * (opts.relationsPerEntity ?? 3)),
    cite: (idx?: number) => cite(ctx, idx),
  });

  return {
    format: FORMAT_ID,
    version: FORMAT_VERSION,
    title: `Generated dataset: ${String(n).replace(/\B(?=(\d{3})+(?!\d))/g, ',')} entities (seed ${opts.seed})`,
    description: 'Synthetic data for benchmarks and tests, made by `npm run generate`. Names, events and sources are invented; example.org addresses lead nowhere.',
    language: 'en',
    sources,
    relationTypes: RELATION_TYPES.map((t) => ({ ...t })),
    entities,
    relations,
  };
}
