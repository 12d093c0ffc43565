/**
 * Validation of a dataset file. Reports every problem at once (shape, references,
 * dates), each with a JSON path and a sentence; never throws.
 */
import { datasetSchema, ENTITY_TYPES } from './schema.ts';
import type { DatasetInput } from './schema.ts';
import { dateStart, parseDate } from './dates.ts';
import { describeJsonError, formatPath, fromZodIssue, looksLikeWebPage, quote, WEB_PAGE_MESSAGE } from './messages.ts';
import type { ValidationIssue } from './messages.ts';
import { finishDataset } from './dataset.ts';
import { NOT_QUOTED, sensitiveScope } from './sensitive-scope.ts';
import type { SensitiveScope } from './sensitive-scope.ts';
import type { Dataset } from './dataset.ts';

export type { ValidationIssue } from './messages.ts';

export type LoadResult =
  | { ok: true; dataset: Dataset; warnings: ValidationIssue[] }
  | { ok: false; errors: ValidationIssue[] };

/** Hard cap so a pathological file cannot produce a million-line report. */
export const MAX_REPORTED = 500;

/** Parses JSON text and validates it. */
export function parseDatasetText(text: string): LoadResult {
  if (text.trim() === '') {
    return { ok: false, errors: [{ path: '$', message: 'The file is empty: a dataset is a JSON object with "format", "entities" and "relations".' }] };
  }
  let data: unknown;
  try {
    data = JSON.parse(text);
  } catch (e) {
    if (looksLikeWebPage(text)) return { ok: false, errors: [{ path: '$', message: WEB_PAGE_MESSAGE }] };
    return { ok: false, errors: [describeJsonError(text, e)] };
  }
  return validateDataset(data);
}

/** Validates already-parsed JSON. */
export function validateDataset(data: unknown): LoadResult {
  if (data === null || typeof data !== 'object' || Array.isArray(data)) {
    return {
      ok: false,
      errors: [{ path: '$', message: `A dataset must be a JSON object, but this file holds ${Array.isArray(data) ? 'a list' : data === null ? 'null' : `a ${typeof data}`}.` }],
    };
  }
  const errors: ValidationIssue[] = [];
  const scope = sensitiveScope(data);
  const shape = datasetSchema.safeParse(data, { reportInput: true });
  if (!shape.success) {
    for (const issue of shape.error.issues) errors.push(...fromZodIssue(issue, scope.hides(issue.path)));
  }
  errors.push(...checkReferences(data as Record<string, unknown>, scope));
  const unique = dedupe(errors);
  if (unique.length > 0 || !shape.success) {
    if (unique.length > MAX_REPORTED) {
      const more = unique.length - MAX_REPORTED;
      return { ok: false, errors: [...unique.slice(0, MAX_REPORTED), { path: '$', message: `…and ${more} more problems not listed.` }] };
    }
    return { ok: false, errors: unique };
  }
  return { ok: true, dataset: finishDataset(shape.data as DatasetInput), warnings: reservedKeyWarnings(data as Obj) };
}

/**
 * `"__proto__"` as an attribute name: JSON.parse keeps it as an ordinary key,
 * but in JavaScript it names an object's prototype, so the schema leaves it out
 * (keeping it would mean guarding every object the value is copied into, and
 * assigning it to a plain object would change that object's prototype). It is
 * not lost silently: each one is reported, by where it was.
 */
function reservedKeyWarnings(root: Obj): ValidationIssue[] {
  const out: ValidationIssue[] = [];
  for (const list of ['entities', 'relations'] as const) {
    items(root[list]).forEach((item, i) => {
      const attrs = item.attributes;
      if (isObj(attrs) && Object.prototype.hasOwnProperty.call(attrs, '__proto__')) {
        out.push({
          path: formatPath([list, i, 'attributes', '__proto__']),
          message: 'The attribute "__proto__" was left out: that name is reserved in JavaScript, so the explorer cannot keep it safely. Rename it (for example to "proto") to keep its value.',
        });
      }
    });
  }
  return out;
}

function dedupe(list: ValidationIssue[]): ValidationIssue[] {
  const seen = new Set<string>();
  return list.filter((i) => {
    const key = `${i.path}\u0000${i.message}`;
    if (seen.has(key)) return false;
    seen.add(key);
    return true;
  });
}

type Obj = Record<string, unknown>;
const isObj = (v: unknown): v is Obj => v !== null && typeof v === 'object' && !Array.isArray(v);
const items = (v: unknown): Obj[] => (Array.isArray(v) ? v.map((x) => (isObj(x) ? x : {})) : []);
const str = (v: unknown): string | undefined => (typeof v === 'string' ? v : undefined);

type Push = (path: (string | number)[], message: string) => void;

/**
 * Checks that need the whole file: ids, references, real dates, date order, cycles.
 * Works on raw JSON so it can report even when the shape check failed.
 * Values inside items or fields marked sensitive, and ids of sensitive items,
 * are never quoted (see sensitive-scope.ts).
 */
function checkReferences(root: Obj, scope: SensitiveScope): ValidationIssue[] {
  const out: ValidationIssue[] = [];
  const push: Push = (path, message) => out.push({ path: formatPath(path), message });
  /** A value as quoted in a message, or a note that it is not quoted. */
  const q = (value: string, hidden: boolean) => (hidden ? `(${NOT_QUOTED})` : quote(value));

  const sources = new Map<string, Obj>();
  items(root.sources).forEach((s, i) => {
    const id = str(s.id);
    if (id === undefined) return;
    if (sources.has(id)) push(['sources', i, 'id'], `Duplicate source id ${quote(id)}: every source needs its own id.`);
    else sources.set(id, s);
    checkDate(s.date, ['sources', i, 'date'], false, push);
  });

  const relationTypes = new Set<string>();
  items(root.relationTypes).forEach((t, i) => {
    const id = str(t.id);
    if (id === undefined) return;
    if (relationTypes.has(id)) push(['relationTypes', i, 'id'], `Duplicate relation type id ${quote(id)}.`);
    relationTypes.add(id);
  });

  const entityTypes = new Map<string, string>();
  const entities = items(root.entities);
  entities.forEach((e, i) => {
    const id = str(e.id);
    if (id === undefined) return;
    const hidden = scope.hides(['entities', i, 'id']) || scope.hidesId(id);
    if (entityTypes.has(id)) push(['entities', i, 'id'], `Duplicate entity id ${q(id, hidden)}: it is already used by an earlier entity.`);
    else entityTypes.set(id, str(e.type) ?? '');
  });

  const checkCitations = (list: unknown, base: (string | number)[]) => {
    items(list).forEach((c, j) => {
      const src = str(c.source);
      if (src === undefined) return;
      const hidden = scope.hides([...base, 'citations', j]);
      const doc = sources.get(src);
      if (!doc) {
        push([...base, 'citations', j, 'source'], `Citation points to source ${q(src, hidden)}, which is not declared in "sources".`);
        return;
      }
      const paras = doc.paragraphs;
      if (typeof c.paragraph === 'number' && Number.isInteger(paras) && c.paragraph > (paras as number)) {
        push([...base, 'citations', j, 'paragraph'], hidden
          ? `The paragraph does not exist: the source has fewer paragraphs (${NOT_QUOTED}).`
          : `Paragraph ${c.paragraph} does not exist: source ${quote(src)} has ${paras} paragraphs.`);
      }
    });
  };

  const dates = (value: unknown, path: (string | number)[]) => checkDate(value, path, scope.hides(path), push);
  const order = (start: unknown, end: unknown, startPath: (string | number)[], endPath: (string | number)[]) => {
    checkOrder(start as string, end as string, endPath, scope.hides(startPath) || scope.hides(endPath), push);
  };
  entities.forEach((e, i) => {
    const base: (string | number)[] = ['entities', i];
    checkCitations(e.citations, base);
    if (e.type === 'event') {
      const okStart = dates(e.start, [...base, 'start']);
      const okEnd = dates(e.end, [...base, 'end']);
      if (okStart && okEnd) order(e.start, e.end, [...base, 'start'], [...base, 'end']);
      if (isObj(e.location)) {
        const country = str(e.location.country);
        if (country !== undefined) {
          const where = [...base, 'location', 'country'];
          const shown = q(country, scope.hides(where) || scope.hidesId(country));
          const t = entityTypes.get(country);
          if (t === undefined) push(where, `Location country ${shown} is not an entity in this dataset.`);
          else if (t !== 'country') push(where, `Location country ${shown} is a ${t}, not a country.`);
        }
      }
    }
    if (e.type === 'publication') {
      dates(e.date, [...base, 'date']);
      if (isObj(e.period)) {
        const a = dates(e.period.start, [...base, 'period', 'start']);
        const b = dates(e.period.end, [...base, 'period', 'end']);
        if (a && b) order(e.period.start, e.period.end, [...base, 'period', 'start'], [...base, 'period', 'end']);
      }
    }
    if (typeof e.type === 'string' && !(ENTITY_TYPES as readonly string[]).includes(e.type)) {
      // reported by the schema already; nothing more to say here
    }
  });

  const relationIds = new Set<string>();
  items(root.relations).forEach((r, i) => {
    const base: (string | number)[] = ['relations', i];
    const hidden = scope.hides(base);
    const id = str(r.id);
    if (id !== undefined) {
      if (relationIds.has(id)) push([...base, 'id'], `Duplicate relation id ${q(id, hidden || scope.hidesId(id))}.`);
      relationIds.add(id);
    }
    for (const end of ['source', 'target'] as const) {
      const ref = str(r[end]);
      if (ref !== undefined && !entityTypes.has(ref)) {
        push([...base, end], `Relation ${end} ${q(ref, hidden || scope.hidesId(ref))} is not an entity in this dataset.`);
      }
    }
    const type = str(r.type);
    if (type !== undefined && !relationTypes.has(type)) {
      const known = [...relationTypes].slice(0, 12).map((t) => JSON.stringify(t)).join(', ');
      push([...base, 'type'], `Unknown relation type ${q(type, hidden)}: declare it in "relationTypes"${known ? ` (declared: ${known}${relationTypes.size > 12 ? ', …' : ''})` : ''}.`);
    }
    if (str(r.source) !== undefined && r.source === r.target) {
      push([...base, 'target'], `Relation points from ${q(String(r.source), hidden || scope.hidesId(r.source))} to itself.`);
    }
    dates(r.date, [...base, 'date']);
    checkCitations(r.citations, base);
  });
  checkCycles(root, scope, push);
  return out;
}

/**
 * Relation types declared `"acyclic": true` (such as part-of) must not form a
 * cycle. Each cycle is reported once, at the relation that closes it (a back
 * edge of a depth-first search in file order), with the ids around the cycle.
 * Iterative, so a long chain cannot overflow the stack.
 */
function checkCycles(root: Obj, scope: SensitiveScope, push: Push): void {
  const acyclic = new Set<string>();
  for (const t of items(root.relationTypes)) {
    const id = str(t.id);
    if (id !== undefined && t.acyclic === true) acyclic.add(id);
  }
  if (acyclic.size === 0) return;
  const relations = items(root.relations);
  for (const type of acyclic) {
    // Adjacency in file order: node → [target, index of the relation].
    const next = new Map<string, [string, number][]>();
    relations.forEach((r, i) => {
      const s = str(r.source);
      const t = str(r.target);
      if (r.type !== type || s === undefined || t === undefined || s === t) return;
      const list = next.get(s);
      if (list) list.push([t, i]);
      else next.set(s, [[t, i]]);
    });
    const state = new Map<string, 1 | 2>(); // 1 = on the current path, 2 = done
    for (const start of next.keys()) {
      if (state.has(start)) continue;
      const path: string[] = [start];
      const cursor: number[] = [0];
      state.set(start, 1);
      while (path.length > 0) {
        const node = path[path.length - 1]!;
        const edges = next.get(node) ?? [];
        const k = cursor[cursor.length - 1]!;
        if (k >= edges.length) {
          state.set(node, 2);
          path.pop();
          cursor.pop();
          continue;
        }
        cursor[cursor.length - 1] = k + 1;
        const [to, index] = edges[k]!;
        const seen = state.get(to);
        if (seen === 1) {
          const from = path.lastIndexOf(to);
          const ids = [...path.slice(from), to];
          // The relations around the cycle: the edge each node on it was left by, then the closing one.
          const around = [...cursor.slice(from, -1).map((c, j) => next.get(ids[j]!)![c - 1]![1]), index];
          if (ids.some((id) => scope.hidesId(id)) || around.some((r) => scope.hides(['relations', r]))) {
            push(['relations', index], `Relations of type ${quote(type)} must not form a cycle, but this one closes a cycle through ${ids.length - 1} entities (not named: some of them are marked sensitive).`);
            continue;
          }
          const ring = ids.map((id) => quote(id, 40));
          const shown = ring.length > 12 ? [...ring.slice(0, 10), '…', ring[ring.length - 1]] : ring;
          push(['relations', index], `Relations of type ${quote(type)} must not form a cycle, but this one closes the cycle ${shown.join(' → ')}.`);
        } else if (seen === undefined) {
          state.set(to, 1);
          path.push(to);
          cursor.push(0);
        }
      }
    }
  }
}

/**
 * Reports a string date that has the right shape but is not a real day (shape errors come from the schema).
 * `hidden`: the date is marked sensitive, so the message does not quote it.
 */
function checkDate(value: unknown, path: (string | number)[], hidden: boolean, push: Push): boolean {
  if (typeof value !== 'string') return false;
  const p = parseDate(value);
  if (p.ok) return true;
  // Shape errors are already reported by the schema; report calendar errors here.
  if (/^\d{4}-\d{2}(-\d{2})?$/.test(value)) {
    const field = JSON.stringify(String(path[path.length - 1]));
    push(path, hidden ? `${field} is not a real date: no such month or day (${NOT_QUOTED}).` : `${field}: ${p.reason}`);
  }
  return false;
}

function checkOrder(start: string, end: string, path: (string | number)[], hidden: boolean, push: Push) {
  const s = dateStart(start);
  const e = dateStart(end);
  if (s !== undefined && e !== undefined && e < s) {
    push(path, hidden ? `The end date is before the start date (${NOT_QUOTED}).` : `The end date ${end} is before the start date ${start}.`);
  }
}
