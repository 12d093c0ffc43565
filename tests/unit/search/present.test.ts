/**
 * Highlighting (segments, never HTML), result presentation, and narrowing.
 */
import { describe, expect, it } from 'vitest';
import { highlight, snippet } from '../../../src/core/search/highlight.ts';
import type { Segment } from '../../../src/core/search/highlight.ts';
import { filterWords, onlyType, PlaceFilter, setYear, showOnlyType, yearsOf } from '../../../src/core/search/narrow.ts';
import { listOptions, metaText, presentHit, presentResults } from '../../../src/core/search/present.ts';
import { emptyView, setCountries } from '../../../src/core/view/state.ts';
import { bundledGraph, bundledIndex } from './bundled.ts';

/** Segments as text with [brackets] around marked parts. */
const show = (segs: readonly Segment[] | null) => (segs ?? []).map((s) => (s.mark ? `[${s.text}]` : s.text)).join('');
const m = (docTerms: string[], queryTerms: string[]) => ({ docTerms: new Set(docTerms), queryTerms });

describe('highlight(text, matcher)', () => {
  it('marks the typed prefix of a word, or the whole word for an exact or fuzzy match', () => {
    expect(show(highlight('Thailand', m(['thailand'], ['thai'])))).toBe('[Thai]land');
    expect(show(highlight('Thailand', m(['thailand'], ['thailnd'])))).toBe('[Thailand]');
  });

  it('marks words with diacritics from a query without them', () => {
    expect(show(highlight('Hội thảo Đà Nẵng', m(['da', 'nang'], ['da', 'nang'])))).toBe('Hội thảo [Đà] [Nẵng]');
  });

  it('marks both words of a pair typed as one ("vietnam" in "Viet Nam")', () => {
    expect(show(highlight('Viet Nam', m(['vietnam'], ['vietnam'])))).toBe('[Viet Nam]');
  });

  it('marks a query word inside Thai and Chinese text', () => {
    expect(show(highlight('ประเทศไทย', m(['ไทย'], ['ไทย'])))).toBe('ประเทศ[ไทย]');
    expect(show(highlight('中国反对拐卖人口', m(['拐卖'], ['拐卖'])))).toBe('中国反对[拐卖]人口');
  });

  it('keeps the text intact: the segments join to the original', () => {
    const text = 'Launch of the latest issue of the After Trafficking Review';
    expect(highlight(text, m(['review', 'latest'], ['rev', 'latest'])).map((s) => s.text).join('')).toBe(text);
  });
});

describe('snippet(text, matcher)', () => {
  const text = 'Two-day Bangkok workshop for government and civil-society stakeholders from all six COMMIT countries, '
    + 'on common guidelines for identifying victims and referring them to protection.';

  it('is null when nothing in the text matched', () => {
    expect(snippet(text, m(['zebra'], ['zebra']))).toBeNull();
  });

  it('cuts a window around the first match, at spaces, with ellipses', () => {
    const s = show(snippet(text, m(['referring'], ['referring']), 60));
    expect(s).toContain('[referring]');
    expect(s.startsWith('…')).toBe(true);
    expect(s.length).toBeLessThan(75);
  });
});

describe('presentResults(graph, outcome)', () => {
  it('groups by type in the order of the best result, with counts and highlighted names', () => {
    const out = bundledIndex.run('Rapid Asia');
    const p = presentResults(bundledGraph, out);
    expect(p.groups[0]?.type).toBe('organization');
    expect(show(p.groups[0]!.items[0]!.name)).toBe('[Rapid] [Asia]');
    expect(p.counts.event).toBeGreaterThan(0);
  });

  it('shows where a match is when the name does not: the description or the relation', () => {
    const p = presentResults(bundledGraph, bundledIndex.run('Rapid Asia'));
    const panel = p.groups.flatMap((g) => g.items).find((i) => i.id === 'event-rnm-panel-discussion-2016-09-30');
    expect(show(panel?.snippet ?? null)).toContain('[Rapid] [Asia]');
  });

  it('shows the relation through which a neighbour\'s other name matched, the neighbour marked', () => {
    const p = presentResults(bundledGraph, bundledIndex.run('ไทย'));
    const event = p.groups.flatMap((g) => g.items).find((i) => i.id === 'event-regional-network-meeting-2016-09-30');
    expect(show(event?.snippet ?? null)).toBe('held in [Thailand]');
  });

  it('shows the other name that matched', () => {
    const [item] = presentResults(bundledGraph, bundledIndex.run('Laos')).groups[0]!.items;
    expect(show(item!.name)).toContain('PDR');
    expect(show(item!.also)).toBe('[Laos]');
  });

  it('says what each result is: type, and date and place for events', () => {
    const e = bundledGraph.byId.get('event-rnm-panel-discussion-2016-09-30')!;
    expect(metaText(bundledGraph, e)).toBe('Event · panel · 30 September 2016 · Bangkok, Thailand');
    expect(metaText(bundledGraph, bundledGraph.byId.get('pub-commit-spa-iv')!)).toBe('Publication · plan of action · 2015 – 2018');
  });

  it('lists by date in one ungrouped list when sorted by date', () => {
    const p = presentResults(bundledGraph, bundledIndex.run('commit', { sort: 'date' }), { grouped: false });
    expect(p.groups).toHaveLength(1);
    expect(p.groups[0]?.type).toBeNull();
  });

  it('shows at most perGroup per type and max in all', () => {
    const p = presentResults(bundledGraph, bundledIndex.run('commit'), { perGroup: 2, max: 5 });
    expect(p.groups.every((g) => g.items.length <= 2)).toBe(true);
    expect(p.shown).toBeLessThanOrEqual(5);
  });
});

describe('narrowing with the view filters', () => {
  it('showOnlyType shows one type, and every type when chosen again', () => {
    const s = showOnlyType(emptyView(), 'event');
    expect(onlyType(s)).toBe('event');
    expect(s.hiddenTypes).toHaveLength(5);
    expect(showOnlyType(s, 'event').hiddenTypes).toEqual([]);
    expect(showOnlyType(s, null).hiddenTypes).toEqual([]);
  });

  it('setYear keeps the range in order', () => {
    const s = setYear(setYear(emptyView(), 'to', '2015'), 'from', '2016');
    expect([s.from, s.to]).toEqual(['2016', '2016']);
    const t = setYear(setYear(emptyView(), 'from', '2016'), 'to', '2015');
    expect([t.from, t.to]).toEqual(['2015', '2015']);
    expect(setYear(t, 'to', null).to).toBeNull();
  });

  it('yearsOf lists every year the dataset covers', () => {
    expect(yearsOf(bundledGraph)).toEqual([2015, 2016, 2017, 2018]);
  });

  it('filterWords says what narrows the results', () => {
    const s = showOnlyType(setYear(setCountries(emptyView(), ['country-thailand']), 'from', '2016'), 'event');
    expect(filterWords(bundledGraph, s)).toEqual(['Thailand', 'from 2016', 'events only']);
  });
});

describe('listOptions(presented, suggestions)', () => {
  it('numbers the options in the order the arrow keys walk them, with "All N …" for a cut group', () => {
    const presented = presentResults(bundledGraph, bundledIndex.run('commit'), { perGroup: 2 });
    const { options, sections } = listOptions(presented, [], { oneType: false, suggestionLabel: 'Closest' });
    expect(sections.flatMap((s) => s.options.map((o) => o.index))).toEqual(options.map((_, i) => i));
    const more = options.filter((o) => o.kind === 'more');
    expect(more.length).toBeGreaterThan(0);
    expect(listOptions(presented, [], { oneType: true, suggestionLabel: 'Closest' }).options.some((o) => o.kind === 'more')).toBe(false);
  });

  it('lists the suggestions under their own heading when nothing matched', () => {
    const near = bundledIndex.nearest('Mlaysa').map((h) => presentHit(bundledGraph, h, ['mlaysa'])!);
    const { sections } = listOptions(null, near, { oneType: false, suggestionLabel: 'Closest matches' });
    expect(sections.map((s) => s.label)).toEqual(['Closest matches']);
    expect(sections[0]?.options[0]?.option).toMatchObject({ kind: 'hit', key: 'country-malaysia' });
  });
});

describe('PlaceFilter', () => {
  it('tests ids against the country and date filters, ignoring types, and is undefined without them', () => {
    const places = new PlaceFilter();
    expect(places.for(bundledGraph, emptyView())).toBeUndefined();
    const view = showOnlyType(setCountries(emptyView(), ['country-malaysia']), 'topic');
    const test = places.for(bundledGraph, view)!;
    expect(test('event-asean-commit-workshop-2015-12')).toBe(true);
    expect(test('event-regional-network-meeting-2016-09-30')).toBe(false);
  });
});
