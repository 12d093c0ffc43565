/**
 * Cytoscape.js JSON (`cy.json()`, Cytoscape desktop's .cyjs): nodes and edges
 * with a `data` object each, either as `{elements: {nodes, edges}}`, as
 * `{elements: [...]}` or as a bare list of elements. Node data may use the
 * flat columns of `rows.ts` (what we export) or the dataset's own structured
 * fields (citations as objects, `location`, `attributes`); edges take their
 * relation type from `type`, else Cytoscape desktop's `interaction`, else `label`.
 */
import type { Dataset } from '../model/dataset.ts';
import type { LoadResult, ValidationIssue } from '../model/validate.ts';
import { FORMAT_ID, FORMAT_VERSION } from '../model/schema.ts';
import type { Citation } from '../model/schema.ts';
import { formatPath } from '../model/messages.ts';
import { assemble } from './assemble.ts';
import type { Located, RecordRef } from './assemble.ts';
import { attributeColumn, CREATOR, entityToRow, newRow, entityType, formatCitation, formatParticipants, joinList, relationToRow } from './rows.ts';
import type { Cell, Row } from './rows.ts';
import type { ExportFile, ImportOptions, InputFile } from './types.ts';

type Obj = Record<string, unknown>;
const isObj = (v: unknown): v is Obj => v !== null && typeof v === 'object' && !Array.isArray(v);

/** Cytoscape desktop's bookkeeping fields: not data about the entity. */
const IGNORED = new Set(['SUID', 'selected', 'shared_name', 'shared_interaction']);

export function datasetToCytoscape(d: Dataset): ExportFile {
  const labels = new Map(d.relationTypes.map((t) => [t.id, t.label]));
  const json = {
    format_version: '1.0',
    generated_by: CREATOR,
    target_cytoscapejs_version: '~3',
    data: {
      name: d.title,
      ...(d.description !== undefined ? { description: d.description } : {}),
      ...(d.language !== undefined ? { language: d.language } : {}),
      format: `${FORMAT_ID} ${FORMAT_VERSION}`,
      sources: d.sources,
      relationTypes: d.relationTypes,
    },
    elements: {
      nodes: d.entities.map((e) => ({ data: { ...entityToRow(e), label: e.name } })),
      edges: d.relations.map((r) => ({ data: { ...relationToRow(r), label: labels.get(r.type) ?? r.type } })),
    },
  };
  return { name: 'dataset.cyjs', mime: 'application/json', text: `${JSON.stringify(json, null, 2)}\n` };
}

interface Flat {
  row: Row;
  /** Column → the data key it came from, for messages. */
  keys: Map<string, string>;
  label?: string;
}

function citationText(c: unknown): string {
  if (typeof c === 'string') return c;
  if (isObj(c) && typeof c.source === 'string') return formatCitation(c as unknown as Citation);
  return JSON.stringify(c);
}

function flatten(data: Obj): Flat {
  const row: Row = newRow();
  const keys = new Map<string, string>();
  const put = (column: string, value: Cell, key: string) => {
    row[column] = value;
    keys.set(column, key);
  };
  let label: string | undefined;
  for (const [k, v] of Object.entries(data)) {
    if (v === null || v === undefined || IGNORED.has(k)) continue;
    if (k === 'label') {
      if (typeof v === 'string' || typeof v === 'number') label = String(v);
      continue;
    }
    if (k === 'citations' && Array.isArray(v)) put(k, joinList(v.map(citationText)), k);
    else if (k === 'location' && isObj(v)) {
      if (v.place !== undefined) put('place', String(v.place), 'location.place');
      if (v.country !== undefined) put('country', String(v.country), 'location.country');
    } else if (k === 'participants' && isObj(v) && typeof v.count === 'number') {
      put(k, formatParticipants({ count: v.count, approximate: v.approximate === true }), k);
    } else if (k === 'period' && isObj(v)) {
      if (v.start !== undefined) put('period_start', String(v.start), 'period.start');
      if (v.end !== undefined) put('period_end', String(v.end), 'period.end');
    } else if (k === 'attributes' && isObj(v)) {
      for (const [ak, av] of Object.entries(v)) {
        const cell: Cell = typeof av === 'number' || typeof av === 'boolean' ? av : typeof av === 'string' ? av : JSON.stringify(av);
        put(attributeColumn(ak, cell), cell, `attributes.${ak}`);
      }
    } else if (typeof v === 'string' || typeof v === 'number' || typeof v === 'boolean') put(k, v, k);
    else if (Array.isArray(v)) put(k, joinList(v.map((x) => (typeof x === 'string' ? x : JSON.stringify(x)))), k);
    else put(k, JSON.stringify(v), k);
  }
  return { row, keys, label };
}

function ref(order: number, path: (string | number)[], keys: Map<string, string>): RecordRef {
  const where = formatPath(path);
  return {
    order,
    where,
    field: (column) => `${formatPath([...path, 'data'])}.${keys.get(column) ?? column}`,
  };
}

interface Element {
  el: unknown;
  path: (string | number)[];
  group?: 'nodes' | 'edges';
}

function elementsOf(json: unknown): Element[] | null {
  const list = (arr: unknown, base: (string | number)[], group?: 'nodes' | 'edges'): Element[] =>
    Array.isArray(arr) ? arr.map((el, i) => ({ el, path: [...base, i], group })) : [];
  if (Array.isArray(json)) return list(json, []);
  if (!isObj(json)) return null;
  const els = json.elements;
  if (Array.isArray(els)) return list(els, ['elements']);
  if (isObj(els)) return [...list(els.nodes, ['elements', 'nodes'], 'nodes'), ...list(els.edges, ['elements', 'edges'], 'edges')];
  if (Array.isArray(json.nodes)) return [...list(json.nodes, ['nodes'], 'nodes'), ...list(json.edges, ['edges'], 'edges')];
  return null;
}

export function cytoscapeToDataset(file: InputFile, json: unknown, opt: ImportOptions): LoadResult {
  const elements = elementsOf(json);
  if (!elements) {
    return { ok: false, errors: [{ path: file.name, message: 'This is not Cytoscape.js JSON: it needs "elements" with "nodes" and "edges" (or a list of elements), each with a "data" object.' }] };
  }
  opt.onPhase?.('validating');
  const issues: ValidationIssue[] = [];
  const entities: Located[] = [];
  const relations: Located[] = [];
  elements.forEach(({ el, path, group }, order) => {
    if (!isObj(el) || !isObj(el.data)) {
      issues.push({ path: formatPath(path), message: 'An element should be an object with a "data" object.' });
      return;
    }
    const flat = flatten(el.data);
    const isEdge = group === 'edges' || el.group === 'edges' || (group === undefined && el.data.source !== undefined && el.data.target !== undefined);
    if (isEdge) {
      if (flat.row.type === undefined && flat.row.interaction !== undefined) {
        flat.row.type = flat.row.interaction;
        flat.keys.set('type', 'interaction');
      }
      delete flat.row.interaction;
    } else if (flat.row.type === undefined) {
      const classes = typeof el.classes === 'string' ? el.classes.split(/\s+/) : Array.isArray(el.classes) ? el.classes.map(String) : [];
      const t = classes.map((c) => entityType(c)).find((x) => x !== null);
      if (t) flat.row.type = t.type;
    }
    (isEdge ? relations : entities).push({ row: flat.row, ref: ref(order, path, flat.keys), label: flat.label });
  });
  const meta = isObj(json) && isObj(json.data) ? json.data : {};
  const str = (v: unknown) => (typeof v === 'string' && v.trim() !== '' ? v : undefined);
  return assemble(
    {
      title: str(meta.title) ?? str(meta.name) ?? file.name,
      description: str(meta.description),
      language: str(meta.language),
      entities,
      relations,
      sources: Array.isArray(meta.sources) ? { items: meta.sources, where: '$.data.sources' } : undefined,
      relationTypes: Array.isArray(meta.relationTypes) ? { items: meta.relationTypes, where: '$.data.relationTypes' } : undefined,
      issues,
      warnings: [],
    },
    { base: opt.base, lenient: true, origin: file.name, today: opt.today, sourcesHint: 'or add "sources" under the top-level "data" (a list of sources, as the explorer\'s own Cytoscape export has)' },
  );
}
