/**
 * A network to measure, built from the graph and the view's filters alone, so
 * that it can be built where the graph is (the main thread, or a Worker that
 * was sent a light copy of the graph: `graphParts`).
 */
import type { Dataset } from '../model/dataset.ts';
import type { Entity } from '../model/schema.ts';
import type { Relation } from '../model/dataset.ts';
import type { GraphIndex } from '../graph/graph.ts';
import type { ViewState } from '../view/state.ts';
import { collaborationNetwork } from './collab.ts';
import { collabToNetwork, knowledgeNetwork } from './network.ts';
import type { Network } from './network.ts';
import { analysisScope } from './scope.ts';

export type ScopedKind = 'collab' | 'graph';

export function scopedNetwork(g: GraphIndex, kind: ScopedKind, view: ViewState): Network {
  const s = analysisScope(g, view);
  if (kind === 'collab') return collabToNetwork(collaborationNetwork(g, { stakeholder: s.entity, context: s.context, edge: s.edge }));
  return knowledgeNetwork(g, g.entities.map((e) => e.id).filter(s.entity), s.edge);
}

/** A dataset without what the networks never read (texts, citations, attributes), in slices. */
export interface GraphParts {
  meta: Omit<Dataset, 'entities' | 'relations'>;
  entities: Entity[];
  relations: Relation[];
}

/**
 * The dataset in slices of about `size` items, lightened for posting to a
 * Worker: without citations, and, unless `texts`, without descriptions and attributes.
 */
export function* graphParts(d: Dataset, size: number, texts = false): Generator<GraphParts> {
  const { entities, relations, sources: _sources, ...rest } = d;
  const meta = { ...rest, sources: [] };
  const light = <T extends { citations?: unknown; description?: unknown; attributes?: unknown }>(x: T): T => {
    if (texts) {
      const { citations: _c, ...keep } = x;
      return keep as T;
    }
    const { citations: _c, description: _d, attributes: _a, ...keep } = x;
    return keep as T;
  };
  // At least one slice, so that the receiver always gets the dataset's description.
  for (let i = 0; i === 0 || i < Math.max(entities.length, relations.length); i += size) {
    yield { meta, entities: entities.slice(i, i + size).map(light), relations: relations.slice(i, i + size).map(light) };
  }
}

/** The part of a view the networks depend on (the filters), as a key. */
export function filtersKey(v: ViewState): string {
  return JSON.stringify([v.hiddenTypes, v.countries, v.from, v.to, v.hidden, v.hiddenRelations]);
}
