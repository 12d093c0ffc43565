/**
 * Ranking on the bundled dataset: what a visitor types, and what must come first.
 */
import { describe, expect, it } from 'vitest';
import { dateSpan } from '../../../src/core/graph/graph.ts';
import { SearchIndex } from '../../../src/core/search/index.ts';
import { bundledGraph, bundledIndex, ids } from './bundled.ts';

const first = (q: string) => ids(q)[0];

describe('search(query) on the bundled dataset', () => {
  it('puts an exact name first', () => {
    expect(first('ILO')).toBe('org-ilo');
    expect(first('COMMIT')).toBe('org-commit');
    expect(first('Regional Network Meeting')).toBe('event-regional-network-meeting-2016-09-30');
    expect(first('Rapid Asia')).toBe('org-rapid-asia');
    expect(first('Jenna Klein')).toBe('person-jenna-klein');
    expect(first('Consent')).toBe('topic-consent');
    expect(first('Panel discussion')).toBe('event-rnm-panel-discussion-2016-09-30');
  });

  it('puts an abbreviation (an alias) first', () => {
    expect(first('SOM11')).toBe('event-commit-som11-2016-11-24');
    expect(first('SPA IV')).toBe('pub-commit-spa-iv');
    expect(first('SPAIV')).toBe('pub-commit-spa-iv');
    expect(first('C4D')).toBe('topic-c4d');
    expect(first('COMMIT Process')).toBe('org-commit');
  });

  it('ignores case and punctuation inside names', () => {
    expect(first('ilo')).toBe('org-ilo');
    expect(first('som11')).toBe('event-commit-som11-2016-11-24');
    expect(first('UN-ACT')).toBe('org-un-act');
    expect(first('un act')).toBe('org-un-act');
    expect(first('unact')).toBe('org-un-act');
    expect(first('iom x')).toBe('org-iom-x');
    expect(first('IOMX')).toBe('org-iom-x');
  });

  it('still finds a name with a typo (fuzziness scaled to word length)', () => {
    expect(first('Thailnd')).toBe('country-thailand');
    expect(first('Malaysa')).toBe('country-malaysia');
    expect(first('Cambodai')).toBe('country-cambodia');
    expect(first('Regionl Netwrk Meetng')).toBe('event-regional-network-meeting-2016-09-30');
    expect(first('Jena Klein')).toBe('person-jenna-klein');
    expect(['org-uc-berkeley', 'org-uc-berkeley-school-of-law']).toContain(first('Berkely'));
  });

  it('does not fuzz short words: a three-letter word is not matched with a letter changed', () => {
    // "ILA" is one letter from "ILO"; short words are too easily confused.
    expect(ids('ILA')).not.toContain('org-ilo');
  });

  it('finds names from their first letters while typing (prefix search)', () => {
    expect(first('Thai')).toBe('country-thailand');
    expect(first('Malay')).toBe('country-malaysia');
    expect(first('Regional Netw')).toBe('event-regional-network-meeting-2016-09-30');
    expect(first('Jen')).toBe('person-jenna-klein');
    expect(first('Love F')).toBe('org-love-frankie');
  });

  it('matches without diacritics, and with them', () => {
    expect(first('viet nam')).toBe('country-viet-nam');
    expect(first('Việt Nam')).toBe('country-viet-nam');
    expect(first('VIỆT NAM')).toBe('country-viet-nam');
    expect(first('Vietnam')).toBe('country-viet-nam');
  });

  it('knows the other names of the region\'s countries', () => {
    expect(first('Laos')).toBe('country-lao-pdr');
    expect(first('Burma')).toBe('country-myanmar');
    expect(first('Kampuchea')).toBe('country-cambodia');
  });

  it('finds a word inside Thai text, and the countries by their names in their own scripts', () => {
    // ไทย is not a word of its own in ประเทศไทย as the segmenter cuts it: it is found inside it.
    expect(first('ไทย')).toBe('country-thailand');
    expect(first('ประเทศไทย')).toBe('country-thailand');
    expect(first('ລາວ')).toBe('country-lao-pdr');
    expect(first('កម្ពុជា')).toBe('country-cambodia');
    expect(first('မြန်မာ')).toBe('country-myanmar');
    expect(first('中国')).toBe('country-china');
    expect(first('香港')).toBe('country-hong-kong');
  });

  it('finds the events a partner took part in through its relations, after the partner', () => {
    const found = ids('Rapid Asia');
    expect(found[0]).toBe('org-rapid-asia');
    expect(found).toContain('event-rnm-panel-discussion-2016-09-30');
    const ilo = ids('ILO');
    expect(ilo[0]).toBe('org-ilo');
    expect(ilo).toContain('event-rnm-panel-discussion-2016-09-30');
  });

  it('drops small words: "school of law" finds the law school', () => {
    expect(first('school of law')).toBe('org-uc-berkeley-school-of-law');
  });

  it('reads "events in Thailand in 2016" as events, held in Thailand, dated 2016', () => {
    const out = bundledIndex.run('events in Thailand in 2016');
    expect(out.types).toEqual(['event']);
    expect(out.hits.length).toBeGreaterThan(3);
    expect(out.hits.map((h) => h.id)).toContain('event-regional-network-meeting-2016-09-30');
    for (const h of out.hits) {
      const e = bundledGraph.byId.get(h.id)!;
      expect(e.type).toBe('event');
      expect(e.type === 'event' && e.location?.country).toBe('country-thailand');
      expect(dateSpan(e)![0].startsWith('2016')).toBe(true);
    }
  });

  it('lists every entity of a type for a type word alone ("events")', () => {
    const events = bundledGraph.entities.filter((e) => e.type === 'event').map((e) => e.id);
    expect(ids('events', { limit: 100 }).sort()).toEqual(events.sort());
  });

  it('sorts by date when asked: chronological, undated last', () => {
    const hits = ids('commit', { sort: 'date', limit: 100 });
    const keys = hits.map((id) => dateSpan(bundledGraph.byId.get(id)!)?.[0] ?? '9999');
    expect(keys).toEqual([...keys].sort());
    expect(new Set(hits)).toEqual(new Set(ids('commit', { limit: 100 })));
  });

  it('keeps only what the filter lets through', () => {
    const onlyEvents = (id: string) => bundledGraph.byId.get(id)?.type === 'event';
    const found = ids('commit', { filter: onlyEvents });
    expect(found.length).toBeGreaterThan(0);
    expect(found.every(onlyEvents)).toBe(true);
  });

  it('returns nothing for an empty query', () => {
    expect(ids('')).toEqual([]);
    expect(ids('   ')).toEqual([]);
  });

  it('explains an empty result: the word found nowhere, and the nearest matches', () => {
    const out = bundledIndex.run('xyzzy');
    expect(out.hits).toEqual([]);
    expect(out.missing).toEqual(['xyzzy']);
    expect(bundledIndex.run('Mlaysa').hits).toEqual([]);
    expect(bundledIndex.nearest('Mlaysa')[0]?.id).toBe('country-malaysia');
  });

  it('falls back to matching some of the words, and says so', () => {
    const out = bundledIndex.run('ILO xyzzy');
    expect(out.partial).toBe(true);
    expect(out.missing).toEqual(['xyzzy']);
    expect(out.hits[0]?.id).toBe('org-ilo');
  });

  it('flags the exact match and reports the matched terms and fields', () => {
    const [hit] = bundledIndex.search('Laos');
    expect(hit?.exact).toBe(true);
    expect(hit?.match.laos).toContain('other');
  });
});

describe('SearchIndex indexing', () => {
  it('indexes lazily: in slices with indexSome, with the same results as all at once', () => {
    const sliced = new SearchIndex(bundledGraph);
    expect(sliced.ready).toBe(false);
    let steps = 0;
    while (!sliced.indexSome(0)) steps++;
    expect(steps).toBeGreaterThan(0);
    expect(sliced.ready).toBe(true);
    for (const q of ['commit', 'thailnd', 'ไทย', 'events in Thailand']) {
      expect(sliced.search(q).map((h) => h.id)).toEqual(ids(q));
    }
  });

  it('finishes indexing when searched before it is done', () => {
    const fresh = new SearchIndex(bundledGraph);
    fresh.indexSome(0);
    expect(fresh.search('ILO')[0]?.id).toBe('org-ilo');
    expect(fresh.size).toBe(bundledGraph.entities.length);
  });
});

describe('while typing', () => {
  it('waits for the second letter of a new word: "viet n" searches "viet"', () => {
    expect(ids('viet n')).toEqual(ids('viet'));
  });

  it('lists the names that begin with a lone letter, shortest first', () => {
    const found = ids('m', { limit: 100 });
    expect(found.length).toBeGreaterThan(0);
    for (const id of found) expect(bundledGraph.byId.get(id)!.name.toLowerCase().startsWith('m')).toBe(true);
    expect(found).toContain('country-malaysia');
    expect(found).toContain('country-myanmar');
  });

  it('records the neighbour through which a relation matched', () => {
    const panel = bundledIndex.search('Rapid Asia').find((h) => h.id === 'event-rnm-panel-discussion-2016-09-30');
    expect(panel?.related).toBe('org-rapid-asia');
    expect(panel?.match.rapid).toContain('relations');
  });

  it('does not match every entity on the small words of relation labels ("co" of "co-chaired by")', () => {
    expect(ids('co', { limit: 100 }).length).toBeLessThan(bundledGraph.entities.length / 2);
  });

  it('gives the same results after forgetting its caches', () => {
    const before = ids('regional network meeting');
    bundledIndex.forget();
    expect(ids('regional network meeting')).toEqual(before);
  });
});
