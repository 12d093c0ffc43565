/** Node sizes: a clamped square-root scale, the same as d3-scale's scaleSqrt. */
import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { scaleSqrt } from 'd3-scale';
import { MAX_NODE, MIN_NODE, sizeScale } from '../../../src/core/encode/encode.ts';

describe('sizeScale', () => {
  it('agrees with d3-scale\'s clamped scaleSqrt from 0 to the largest value', () => {
    fc.assert(fc.property(fc.array(fc.double({ min: 0, max: 1e6, noNaN: true }), { minLength: 1, maxLength: 30 }), (vals) => {
      const values = new Map(vals.map((v, i) => [`n${i}`, v]));
      const max = Math.max(...vals);
      const d3 = scaleSqrt().domain([0, max || 1]).range([MIN_NODE, MAX_NODE]).clamp(true);
      const ours = sizeScale(values);
      for (const [id, v] of values) expect(ours(id)).toBeCloseTo(d3(v), 9);
      expect(ours('missing')).toBe(MIN_NODE);
    }));
  });
  it('gives the largest value the largest size and never goes outside the range', () => {
    const s = sizeScale(new Map([['a', 0], ['b', 4], ['c', 16], ['d', -3]]));
    expect(s('c')).toBe(MAX_NODE);
    expect(s('a')).toBe(MIN_NODE);
    expect(s('d')).toBe(MIN_NODE);
    expect(s('b')).toBeCloseTo(MIN_NODE + (MAX_NODE - MIN_NODE) / 2, 9);
  });
});
