/**
 * What the analysis may use under the current view: the filters carry over
 * from the graph to the collaboration network, the measures, the paths and the
 * suggestions.
 *
 * - Stakeholders and stepping stones must pass the filters (type, country,
 *   period) and not be hidden.
 * - Contexts (the events and publications two stakeholders shared) must pass
 *   the country and period filters and not be hidden, but hiding the *type*
 *   "event" in the graph does not stop events from counting as shared contexts:
 *   the collaboration view never draws them anyway.
 * - Relations of a filtered-out relation type are not used.
 */
import type { Edge, GraphIndex } from '../graph/graph.ts';
import { passingFilters } from '../graph/visible.ts';
import type { ViewState } from '../view/state.ts';

export interface AnalysisScope {
  entity: (id: string) => boolean;
  context: (id: string) => boolean;
  edge: (edge: Edge) => boolean;
  /** Entities passing (for counting). */
  size: number;
}

export function analysisScope(g: GraphIndex, view: ViewState): AnalysisScope {
  const passing = passingFilters(g, view);
  const anyType = view.hiddenTypes.length > 0 ? passingFilters(g, { ...view, hiddenTypes: [] }) : passing;
  const hidden = new Set(view.hidden);
  const hiddenRel = new Set(view.hiddenRelations);
  return {
    entity: (id) => passing.has(id) && !hidden.has(id),
    context: (id) => anyType.has(id) && !hidden.has(id),
    edge: (e) => !hiddenRel.has(e.type),
    size: passing.size,
  };
}
