/**
 * The ids Cytoscape gets for entity and relation ids.
 *
 * Cytoscape.js (3.35) caches layout positions in a plain object keyed by node
 * id (`memoize` in `layoutPositions`), and its algorithms and cose-base (fcose)
 * key plain objects the same way. A node whose id is the name of an
 * Object.prototype member ("constructor", "toString", "__proto__"…) then gets
 * the inherited member instead of its own entry: every layout leaves it where
 * it was (on top of others), fcose and breadthfirst throw, betweenness is NaN.
 *
 * Such ids go to Cytoscape behind a U+0001 prefix; so that the mapping stays
 * one-to-one, so do ids that already begin with U+0001. Every other id is
 * unchanged, so ordinary datasets (and tests reading `node.id()`) see no difference.
 */
const ESC = '\u0001';

/** The id to give Cytoscape for an entity or relation id. */
export function toCyId(id: string): string {
  return id in Object.prototype || id.startsWith(ESC) ? ESC + id : id;
}

/** The entity or relation id of a Cytoscape element id made by `toCyId`. */
export function fromCyId(cyId: string): string {
  return cyId.startsWith(ESC) ? cyId.slice(1) : cyId;
}
