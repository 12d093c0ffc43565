/**
 * Which parts of a file (valid or not) are marked sensitive, so that the
 * validator's messages about them name the place and the problem but never
 * quote the value: an error report is shown on screen and may be copied into a
 * bug report, and the file's sensitive content must not travel with it.
 *
 * Works on raw JSON, before the shape is known to be right, and errs on the
 * side of hiding: `"sensitive": "yes"` (itself an error) counts as marked.
 */

type Key = PropertyKey;
type Obj = Record<string, unknown>;

const isObj = (v: unknown): v is Obj => v !== null && typeof v === 'object' && !Array.isArray(v);

export interface SensitiveScope {
  /** True when the value at this path, or the item or field it lies in, is marked sensitive. */
  hides(path: readonly Key[]): boolean;
  /** True when this is the id of an entity or relation marked sensitive (or of one of several items sharing it). */
  hidesId(id: unknown): boolean;
}

/** Said in place of a value that is not quoted. */
export const NOT_QUOTED = 'not quoted: it is marked sensitive';

const marked = (item: Obj): boolean => item.sensitive !== undefined && item.sensitive !== false;

export function sensitiveScope(root: unknown): SensitiveScope {
  const data = isObj(root) ? root : {};
  const entities = Array.isArray(data.entities) ? data.entities : [];
  const relations = Array.isArray(data.relations) ? data.relations : [];
  const hiddenEntities = new Set<number>();
  const hiddenRelations = new Set<number>();
  const fields = new Map<number, Set<string>>();
  const ids = new Set<string>();

  entities.forEach((e, i) => {
    if (!isObj(e)) return;
    if (marked(e)) {
      hiddenEntities.add(i);
      if (typeof e.id === 'string') ids.add(e.id);
    }
    if (Array.isArray(e.sensitiveFields)) {
      fields.set(i, new Set(e.sensitiveFields.filter((f): f is string => typeof f === 'string')));
    }
  });
  relations.forEach((r, i) => {
    if (!isObj(r) || !marked(r)) return;
    hiddenRelations.add(i);
    if (typeof r.id === 'string') ids.add(r.id);
  });

  return {
    hides(path) {
      const [list, index, field, sub] = path;
      if (typeof index !== 'number') return false;
      if (list === 'relations') return hiddenRelations.has(index);
      if (list !== 'entities') return false;
      if (hiddenEntities.has(index)) return true;
      const named = fields.get(index);
      if (!named || typeof field !== 'string') return false;
      return named.has(field) || (field === 'attributes' && typeof sub === 'string' && named.has(sub));
    },
    hidesId(id) {
      return typeof id === 'string' && ids.has(id);
    },
  };
}
