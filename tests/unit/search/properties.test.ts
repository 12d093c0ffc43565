/**
 * The index against a brute-force reference, on random small datasets whose
 * names mix Latin, Vietnamese and Thai words (fast-check).
 */
import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { buildGraph } from '../../../src/core/graph/graph.ts';
import { SearchIndex } from '../../../src/core/search/index.ts';
import { fold } from '../../../src/core/search/normalize.ts';
import { tokens } from '../../../src/core/search/tokenize.ts';
import { dataset, entity } from '../helpers/build.ts';

const LATIN = ['trafficking', 'network', 'meeting', 'regional', 'Việt', 'Nẵng', 'labour', 'forum', 'migrant', 'shelter', 'Đồng'];
const THAI = ['เด็ก', 'แรงงาน', 'ชุมชน', 'เครือข่าย', 'มนุษย์', 'ประเทศไทย'];

const latinName = fc.array(fc.constantFrom(...LATIN), { minLength: 1, maxLength: 3 }).map((w) => w.join(' '));
const thaiName = fc.array(fc.constantFrom(...THAI), { minLength: 1, maxLength: 3 }).map((w) => w.join(''));
const names = fc.array(fc.oneof(latinName, thaiName), { minLength: 1, maxLength: 12 });

function build(list: string[]) {
  const entities = list.map((name, i) => entity(`e${i}`, 'organization', { name }));
  return new SearchIndex(buildGraph(dataset(entities, [])));
}

/** Reference: does this name contain the word? (Latin: as a word; Thai: anywhere.) */
function contains(name: string, word: string): boolean {
  const w = fold(word);
  if (THAI.includes(word)) return fold(name).includes(w);
  return tokens(name).some((t) => t.norm === w);
}

describe('SearchIndex against a brute-force reference', () => {
  it('finds every entity whose name contains the word (typed in any case, without diacritics)', () => {
    fc.assert(fc.property(names, fc.constantFrom(...LATIN, ...THAI), fc.boolean(), (list, word, plain) => {
      const index = build(list);
      const query = plain ? fold(word) : word.toUpperCase();
      const found = new Set(index.search(query, { limit: 1000 }).map((h) => h.id));
      return list.every((name, i) => !contains(name, word) || found.has(`e${i}`));
    }), { numRuns: 150 });
  });

  it('puts an entity named exactly by the query first', () => {
    fc.assert(fc.property(names, fc.constantFrom(...LATIN, ...THAI), (list, word) => {
      const index = build([...list, word]);
      const [top] = index.search(word);
      return top !== undefined && fold(index.graph.byId.get(top.id)!.name) === fold(word);
    }), { numRuns: 150 });
  });

  it('returns results best first, each entity once', () => {
    fc.assert(fc.property(names, fc.constantFrom(...LATIN, ...THAI), (list, word) => {
      const hits = build(list).search(word.slice(0, 3), { limit: 1000 });
      const ids = hits.map((h) => h.id);
      expect(new Set(ids).size).toBe(ids.length);
      return hits.every((h, i) => i === 0 || hits[i - 1]!.score >= h.score);
    }), { numRuns: 100 });
  });
});
