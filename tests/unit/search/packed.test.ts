/**
 * Search answers packed for sending between threads (src/core/search/packed.ts)
 * read back the same: every field of every hit, including which terms matched
 * where and the neighbour a match came through.
 */
import { describe, expect, it } from 'vitest';
import { buildGraph } from '../../../src/core/graph/graph.ts';
import { SearchIndex } from '../../../src/core/search/index.ts';
import type { SearchHit } from '../../../src/core/search/index.ts';
import { packedBuffers, packHits, unpackHits } from '../../../src/core/search/packed.ts';
import { bundled } from '../analysis/fixtures.ts';

const index = new SearchIndex(buildGraph(bundled().dataset));
const plain = (h: SearchHit) => ({ id: h.id, type: h.type, score: h.score, exact: h.exact, terms: h.terms, queryTerms: h.queryTerms, match: h.match, related: h.related });

describe('packed search hits', () => {
  it.each(['rapid asia', 'regional meeting', 'IOM', 'thailand', 'o', 'events', 'zzqx'])('read back the same after a copy between threads: %s', (q) => {
    const hits = index.run(q).hits;
    const copied = unpackHits(structuredClone(packHits(hits)));
    expect(copied.map(plain)).toEqual(hits.map(plain));
  });

  it('read back the same when their buffers are transferred rather than copied', () => {
    const hits = index.run('thailand').hits;
    const packed = packHits(hits);
    const moved = unpackHits(structuredClone(packed, { transfer: packedBuffers(packed) }));
    expect(packed.details.byteLength).toBe(0); // detached here: it was moved, not copied
    expect(moved.map(plain)).toEqual(hits.map(plain));
  });

  it('keep each string once, however many hits use it', () => {
    const hits = index.run('thailand').hits;
    const packed = packHits(hits);
    expect(hits.length).toBeGreaterThan(5);
    expect(new Set(packed.strings).size).toBe(packed.strings.length);
    expect(packed.strings).toContain('thailand');
  });

  it('keep the neighbour a match came through', () => {
    const hits = unpackHits(structuredClone(packHits(index.run('rapid asia').hits)));
    expect(hits.some((h) => h.related === 'org-rapid-asia')).toBe(true);
    expect(hits.find((h) => h.id === 'org-rapid-asia')?.exact).toBe(true);
  });
});
