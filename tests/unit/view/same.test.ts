/**
 * What depends only on the filters, or only on what is drawn, is not computed
 * again when something else in the view changes.
 */
import { describe, expect, it } from 'vitest';
import { emptyView, keptWhile, sameDrawing, sameFilters, select, setCountries, toggleType } from '../../../src/core/view/state.ts';

describe('sameFilters and sameDrawing', () => {
  const v = emptyView();
  it('a selection keeps the filters but changes the drawing', () => {
    const s = select(v, 'a');
    expect(sameFilters(v, s)).toBe(true);
    expect(sameDrawing(v, s)).toBe(false);
  });
  it('a query, a sort or a layout changes neither, unless the matches are the graph', () => {
    for (const w of [{ ...v, query: 'bangkok' }, { ...v, sort: 'date' as const }, { ...v, layout: 'time' as const }, { ...v, view: 'list' as const }]) {
      expect(sameFilters(v, w)).toBe(true);
      expect(sameDrawing(v, w)).toBe(true);
    }
    const matches = { ...v, searchGraph: 'matches' as const };
    expect(sameDrawing(matches, { ...matches, query: 'bangkok' })).toBe(false);
  });
  it('filters change both, also through equal lists made anew', () => {
    expect(sameFilters(v, toggleType(v, 'event'))).toBe(false);
    expect(sameDrawing(v, setCountries(v, ['th']))).toBe(false);
    expect(sameFilters(setCountries(v, ['th']), setCountries(v, ['th']))).toBe(true);
  });
});

describe('keptWhile', () => {
  it('gives back the view it kept while the test holds, and the new one once it does not', () => {
    const byFilters = keptWhile(sameFilters);
    const v = emptyView();
    expect(byFilters(v)).toBe(v);
    // A selection and a query keep the filters: the first view comes back.
    expect(byFilters(select(v, 'a'))).toBe(v);
    expect(byFilters({ ...v, query: 'bangkok' })).toBe(v);
    // A filter changes them: the new view is kept from then on.
    const th = setCountries(v, ['th']);
    expect(byFilters(th)).toBe(th);
    expect(byFilters(select(th, 'b'))).toBe(th);
    expect(byFilters(v)).toBe(v);
  });
});
