/**
 * What a file marks as sensitive never reaches the app: not the loaded dataset,
 * not the graph, not the search index, not any export.
 */
import { describe, expect, it } from 'vitest';
import { readFileSync } from 'node:fs';
import { parseDatasetText } from '../../../src/core/model/validate.ts';
import { buildGraph } from '../../../src/core/graph/graph.ts';
import { SearchIndex } from '../../../src/core/search/index.ts';
import { exportDataset, EXPORT_FORMATS } from '../../../src/core/formats/index.ts';

const dir = new URL('../../fixtures/broken/', import.meta.url);
const { secrets } = JSON.parse(readFileSync(new URL('manifest.json', dir), 'utf8')) as { secrets: string[] };
const loaded = parseDatasetText(readFileSync(new URL('valid/sensitive.json', dir), 'utf8'));
if (!loaded.ok) throw new Error('valid/sensitive.json must be valid');
const dataset = loaded.dataset;

const leaks = (text: string) => secrets.filter((s) => text.toLowerCase().includes(s.toLowerCase()));

describe('sensitive items and fields', () => {
  it('are counted as withheld: the entities, the relations touching them or marked, and the fields (an event\'s withheld place included)', () => {
    expect(dataset.withheld).toEqual({ entities: 2, relations: 2, fields: 5 });
  });

  it('are not in the loaded dataset, nor in the graph built from it', () => {
    expect(leaks(JSON.stringify(dataset))).toEqual([]);
    const g = buildGraph(dataset);
    expect(leaks(JSON.stringify([...g.edges, ...g.entities]))).toEqual([]);
    expect(g.byId.get('event-safehouse')).toMatchObject({ location: { place: 'undisclosed' } });
  });

  it('cannot be found by search', () => {
    const index = new SearchIndex(buildGraph(dataset));
    // Words that appear only in withheld entities and fields find nothing at all.
    for (const q of ['bravo', 'echo', 'foxtrot', 'charlie', 'zulu', 'secretzulu', 'delta', 'survivor', 'secret']) expect(index.search(q), q).toEqual([]);
    // A whole secret may match other, visible entities on a common word ("alpha"), never a withheld one.
    for (const s of secrets) for (const h of index.search(s)) expect(['person-secret-survivor', 'country-secretzulu']).not.toContain(h.id);
  });

  it('are in no export format', () => {
    for (const format of EXPORT_FORMATS) {
      for (const file of exportDataset(dataset, format, '2016-10-31')) expect(leaks(file.text), `${format}: ${file.name}`).toEqual([]);
    }
  });
});
