/**
 * Names, titles and descriptions for generated entities. Each maker returns the
 * name in its script and the aliases a reader would search for (the English
 * gloss, a transliteration, an acronym).
 */
import type { Rng } from './prng.ts';
import { weightedSampler } from './prng.ts';
import {
  EN_FAMILY, EN_FOCUS, EN_GIVEN, EN_ORG_WORDS, EN_REGIONS, EVENT_WORDS, LANG_WEIGHTS, LOCAL, MINISTRIES, UN_AGENCIES,
} from './vocab.ts';
import type { Lang, OrgGroup } from './vocab.ts';

export interface Named {
  name: string;
  aliases: string[];
  lang: Lang;
  /** A phrase in English for descriptions ("anti-trafficking"). */
  focus: string;
  /** Local-language focus phrase, when the name is not English. */
  localFocus?: string;
  /** The place the name mentions, in English, when it names one. */
  place?: string;
}

const SMALL_WORDS = new Set(['of', 'and', 'for', 'the', 'on', 'in', 'at', 'to']);

/** "Mekong Migrant Rights Foundation" → "MMRF"; undefined when too short to help. */
export function acronym(name: string): string | undefined {
  const letters = name.split(/[\s-]+/).filter((w) => w && !SMALL_WORDS.has(w.toLowerCase()))
    .map((w) => w[0]!).filter((c) => /[A-Z]/.test(c));
  return letters.length >= 3 ? letters.join('') : undefined;
}

/** Lower-case ASCII slug for ids: diacritics folded, other scripts dropped. */
export function slugify(text: string, max = 40): string {
  const s = text.normalize('NFD').replace(/[\u0300-\u036f]/g, '').replace(/[đĐ]/g, 'd').toLowerCase()
    .replace(/[^a-z0-9]+/g, '-').replace(/^-+|-+$/g, '');
  return s.slice(0, max).replace(/-+$/, '');
}

export function languagePicker(rng: Rng): () => Lang {
  const draw = weightedSampler(rng, LANG_WEIGHTS.map(([, w]) => w));
  return () => LANG_WEIGHTS[draw()]![0];
}

function englishOrg(rng: Rng, kind: string, city: string): Named {
  const focus = rng.pick(EN_FOCUS);
  const region = rng.chance(0.3) ? city : rng.pick(EN_REGIONS);
  if (kind === 'un-agency') {
    const [short, long] = rng.pick(UN_AGENCIES);
    const unit = rng.chance(0.5) ? `Country Office in ${city}` : rng.pick(['Regional Office for Asia and the Pacific', `${focus} Programme`, `Sub-Office ${city}`]);
    return { name: `${short} ${unit}`, aliases: [`${long} ${unit}`], lang: 'en', focus: focus.toLowerCase() };
  }
  if (kind === 'government') {
    const ministry = rng.pick(MINISTRIES);
    const name = rng.chance(0.5) ? `Ministry of ${ministry}` : `Department of ${ministry}, ${city}`;
    return { name, aliases: [], lang: 'en', focus: ministry.toLowerCase() };
  }
  if (kind === 'venue') {
    const name = rng.pick([`${city} Conference Centre`, `${city} Hotel and Convention Centre`, `Foreign Correspondents' Club, ${city}`, `${city} University Hall`]);
    return { name, aliases: [], lang: 'en', focus: 'meetings' };
  }
  if (kind === 'academic' && rng.chance(0.4)) {
    return { name: `University of ${city}, ${rng.pick(['Faculty of Law', 'School of Social Work', 'Institute of Population Studies', 'Centre for Migration Studies'])}`, aliases: [], lang: 'en', focus: focus.toLowerCase() };
  }
  const words = EN_ORG_WORDS[kind] ?? EN_ORG_WORDS.other!;
  const name = `${region} ${focus} ${rng.pick(words)}`;
  const short = acronym(name);
  return { name, aliases: short ? [short] : [], lang: 'en', focus: focus.toLowerCase() };
}

const KIND_GROUP: Record<string, OrgGroup> = {
  ngo: 'ngo', network: 'network', academic: 'academic', government: 'government', media: 'media', donor: 'ngo', other: 'ngo',
};

/** An organization's name in `lang` (kinds with no local pattern fall back to English). */
export function organizationName(rng: Rng, kind: string, lang: Lang, city: string): Named {
  const group = KIND_GROUP[kind];
  if (lang === 'en' || !group) return englishOrg(rng, kind, city);
  const v = LOCAL[lang];
  const [p, pEn] = rng.pick(v.org[group]);
  const [f, fEn] = rng.pick(v.focus);
  const [pl, plEn] = rng.pick(v.places);
  return { name: v.orgName(p, f, pl), aliases: [`${plEn} ${fEn} ${pEn}`], lang, focus: fEn.toLowerCase(), localFocus: f, place: plEn };
}

export function personName(rng: Rng, lang: Lang): Named {
  if (lang === 'en') return { name: `${rng.pick(EN_GIVEN)} ${rng.pick(EN_FAMILY)}`, aliases: [], lang, focus: '' };
  const v = LOCAL[lang];
  const [g, gEn] = rng.pick(v.given);
  if (v.family.length === 0) {
    // Burmese names have no family part: two or three syllables.
    const [g2, g2En] = rng.pick(v.given);
    return { name: v.personName(g, g2), aliases: [`${gEn} ${g2En}`], lang, focus: '' };
  }
  const [f, fEn] = rng.pick(v.family);
  const latin = lang === 'vi' || lang === 'zh' || lang === 'km' ? `${fEn} ${gEn}` : `${gEn} ${fEn}`;
  return { name: v.personName(g, f), aliases: [latin], lang, focus: '' };
}

/** An event's name: kind word + topic (+ place), in English or, for some, in a local language. */
export function eventName(rng: Rng, kind: string, lang: Lang, topic: string, city: string, year: number, seq: number): Named {
  if (lang !== 'en') {
    const v = LOCAL[lang];
    const [pattern, patternEn] = rng.pick(v.events);
    const [f, fEn] = rng.pick(v.focus);
    return {
      name: pattern.replace('{f}', f),
      aliases: [`${patternEn.replace('{f}', fEn)}, ${city} ${year}`],
      lang, focus: fEn.toLowerCase(), localFocus: f,
    };
  }
  const word = rng.pick(EVENT_WORDS[kind] ?? EVENT_WORDS.other!);
  const r = rng.next();
  let name: string;
  if (kind === 'meeting' && r < 0.4) name = `${rng.pick(EN_REGIONS)} ${word} ${seq}`;
  else if (r < 0.7) name = `${word} on ${topic}`;
  else name = `${word} on ${topic}, ${city} ${year}`;
  const short = acronym(name);
  return { name, aliases: short && kind === 'conference' ? [short] : [], lang, focus: topic.toLowerCase() };
}

const PUB_PATTERNS: Record<string, readonly string[]> = {
  report: ['{t} in the {r}: Annual Report {y}', 'Situational Analysis of {t} in {c}', '{t}: Findings from {c}'],
  guidelines: ['Guidelines on {t}', 'Common Guidelines on {t} for {r} Countries'],
  indicators: ['Indicators for {t}', 'Joint Indicators on {t}'],
  'plan-of-action': ['{r} Plan of Action on {t} {y}–{y3}', 'National Plan of Action on {t}, {c}'],
  convention: ['{r} Convention on {t}', 'Memorandum of Understanding on {t}'],
  'journal-issue': ['{r} Review, Issue {n}: {t}', 'Journal of {t}, Volume {n}'],
  'blog-post': ['Why {t} matters', 'What we learned about {t} in {c}', 'Notes from {c}: {t}'],
  article: ['{t} and {t2}: Evidence from {c}', 'Rethinking {t}'],
  other: ['{t} Toolkit', '{t}: A Practitioner’s Handbook'],
};

export function publicationTitle(rng: Rng, kind: string, lang: Lang, topic: string, topic2: string, country: string, year: number): Named {
  if (lang !== 'en' && (kind === 'report' || kind === 'guidelines' || kind === 'other')) {
    const v = LOCAL[lang];
    const [pattern, patternEn] = rng.pick(v.publications);
    const [f, fEn] = rng.pick(v.focus);
    return { name: pattern.replace('{f}', f), aliases: [patternEn.replace('{f}', fEn)], lang, focus: fEn.toLowerCase(), localFocus: f };
  }
  const pattern = rng.pick(PUB_PATTERNS[kind] ?? PUB_PATTERNS.other!);
  const name = pattern.replace('{t}', topic).replace('{t2}', topic2.toLowerCase()).replace('{r}', rng.pick(EN_REGIONS))
    .replace('{c}', country).replace('{y3}', String(year + 3)).replace('{y}', String(year)).replace('{n}', String(rng.int(1, 30)));
  return { name, aliases: [], lang: 'en', focus: topic.toLowerCase() };
}
