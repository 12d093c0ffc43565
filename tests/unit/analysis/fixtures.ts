/** Small hand-made graphs and the bundled dataset, for the analysis tests. */
import { readFileSync } from 'node:fs';
import type { Entity, RelationInput, RelationType } from '../../../src/core/model/schema.ts';
import { finishDataset } from '../../../src/core/model/dataset.ts';
import { parseDatasetText } from '../../../src/core/model/validate.ts';
import { buildGraph } from '../../../src/core/graph/graph.ts';
import type { GraphIndex } from '../../../src/core/graph/graph.ts';
import { entity, input, rel } from '../helpers/build.ts';

export { entity, rel };

export const TYPES: RelationType[] = [
  { id: 'co-chaired', label: 'co-chaired', inverseLabel: 'co-chaired by', collaborative: true },
  { id: 'participated-in', label: 'took part in', inverseLabel: 'had participant', collaborative: true },
  { id: 'presented-at', label: 'presented at', inverseLabel: 'featured a presentation by', collaborative: true },
  { id: 'supported', label: 'supported', inverseLabel: 'supported by', collaborative: true },
  { id: 'member-of', label: 'member of', inverseLabel: 'has member', collaborative: false },
  { id: 'part-of', label: 'part of', inverseLabel: 'includes', collaborative: false },
  { id: 'focuses-on', label: 'focuses on', inverseLabel: 'focus of', collaborative: false },
  { id: 'venue-of', label: 'was the venue of', inverseLabel: 'took place at', collaborative: false },
];

export function graph(entities: Entity[], relations: RelationInput[]): GraphIndex {
  return buildGraph(finishDataset(input(entities, relations, { relationTypes: TYPES })));
}

let bundledGraph: GraphIndex | undefined;
export function bundled(): GraphIndex {
  if (bundledGraph) return bundledGraph;
  const text = readFileSync(new URL('../../../data/october-2016.json', import.meta.url), 'utf8');
  const r = parseDatasetText(text);
  if (!r.ok) throw new Error('the bundled dataset does not validate');
  bundledGraph = buildGraph(r.dataset);
  return bundledGraph;
}

/** The id of the one entity with this name in the bundled dataset. */
export function idOf(g: GraphIndex, name: string): string {
  const found = g.entities.filter((e) => e.name === name || (e.aliases ?? []).includes(name));
  if (found.length !== 1) throw new Error(`expected one entity named ${name}, found ${found.length}`);
  return found[0]!.id;
}
