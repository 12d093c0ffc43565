/** The bundled dataset and its search index, shared by the ranking tests. */
import { readFileSync } from 'node:fs';
import { buildGraph } from '../../../src/core/graph/graph.ts';
import { parseDatasetText } from '../../../src/core/model/validate.ts';
import { SearchIndex } from '../../../src/core/search/index.ts';

const parsed = parseDatasetText(readFileSync(new URL('../../../data/october-2016.json', import.meta.url), 'utf8'));
if (!parsed.ok) throw new Error('The bundled dataset does not load.');

export const bundledGraph = buildGraph(parsed.dataset);
export const bundledIndex = new SearchIndex(bundledGraph);

/** Ids of the results, best first. */
export function ids(query: string, opts: Parameters<SearchIndex['search']>[1] = {}): string[] {
  return bundledIndex.search(query, opts).map((h) => h.id);
}
