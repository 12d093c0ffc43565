/**
 * The collaboration network as a graph the renderer can draw like the
 * knowledge graph: stakeholders as nodes, one "worked with" edge per
 * collaboration link (id `collab:<a>|<b>`, weight in its attributes).
 */
import type { Dataset } from '../model/dataset.ts';
import { buildGraph } from '../graph/graph.ts';
import type { GraphIndex } from '../graph/graph.ts';
import type { Projection } from '../graph/visible.ts';
import { ENTITY_TYPES } from '../model/vocab.ts';
import type { EntityType } from '../model/schema.ts';
import type { CollabNetwork } from './collab.ts';

export const WORKED_WITH = 'worked-with';

export function collabGraph(g: GraphIndex, c: CollabNetwork): GraphIndex {
  const entities = c.nodes.flatMap((id) => {
    const e = g.byId.get(id);
    return e ? [e] : [];
  });
  const dataset: Dataset = {
    ...g.dataset,
    relationTypes: [{ id: WORKED_WITH, label: 'worked with', inverseLabel: 'worked with', collaborative: true }],
    entities,
    relations: c.links.map((l) => ({
      id: l.id,
      source: l.a,
      target: l.b,
      type: WORKED_WITH,
      attributes: { weight: l.weight },
      citations: g.byId.get(l.a)?.citations ?? [],
    })),
  };
  return buildGraph(dataset);
}

/** Everything in a graph drawn (the collaboration network is already filtered). */
export function wholeProjection(g: GraphIndex): Projection {
  const keptByType = Object.fromEntries(ENTITY_TYPES.map((t) => [t, 0])) as Record<EntityType, number>;
  for (const e of g.entities) keptByType[e.type]++;
  const edges = new Set(g.edges.map((e) => e.id));
  return {
    nodes: new Set(g.entities.map((e) => e.id)),
    faded: new Set(),
    edges,
    layoutEdges: edges,
    keptByType,
    kept: g.entities.length,
    overview: null,
  };
}
