/**
 * GraphML (Cytoscape desktop, yEd, NetworkX, Gephi): entities as nodes,
 * relations as directed edges, every field of the row mapping as a <data>
 * value, and the dataset's title, sources and relation types as graph data,
 * so that a GraphML export carries the whole dataset and imports back intact.
 *
 * GraphML ids and attribute names must be XML name tokens: ids that are not
 * (our relation ids contain ">") are replaced by n1, e1… and the original is
 * kept in `original_id` / `relation_id`; attribute names are simplified and
 * the exact column name is kept in the key's <desc> ("column: attr:Outcome 4.1").
 */
import type { Dataset } from '../model/dataset.ts';
import type { LoadResult, ValidationIssue } from '../model/validate.ts';
import { FORMAT_ID, FORMAT_VERSION } from '../model/schema.ts';
import { assemble } from './assemble.ts';
import type { Located, RecordRef } from './assemble.ts';
import { ENTITY_COLUMNS, entityToRow, newRow, parseAttributeColumn, parseBoolean, RELATION_COLUMNS, relationToRow } from './rows.ts';
import type { Cell, Row } from './rows.ts';
import type { ExportFile, ImportOptions, InputFile } from './types.ts';
import { attrs, child, childrenNamed, escText, parseXml } from './xml.ts';
import type { XmlNode } from './xml.ts';

export const GRAPHML_NS = 'http://graphml.graphdrawing.org/xmlns';
const COLUMN_MARK = 'column: ';
const NMTOKEN = /^[A-Za-z0-9._:-]+$/;

interface Key {
  id: string;
  for: 'graph' | 'node' | 'edge';
  name: string;
  column: string;
  type: 'string' | 'double' | 'boolean';
}

function safeName(column: string): string {
  const s = column.replace(/:/g, '.').replace(/[^A-Za-z0-9._-]+/g, '_');
  return s === '' ? 'attribute' : s;
}

function keysFor(scope: 'node' | 'edge', rows: readonly Row[], standard: readonly string[], first: string[], skip: readonly string[]): Key[] {
  const used = new Set<string>();
  for (const r of rows) for (const k of Object.keys(r)) if (!skip.includes(k)) used.add(k);
  const cols = [...first.filter((c) => used.has(c)), ...standard.filter((c) => used.has(c) && !first.includes(c)), ...[...used].filter((c) => !standard.includes(c) && !first.includes(c)).sort()];
  const names = new Set<string>();
  return cols.map((column, i) => {
    let name = safeName(column);
    for (let n = 2; names.has(name); n++) name = `${safeName(column)}_${n}`;
    names.add(name);
    const kind = parseAttributeColumn(column)?.kind;
    return { id: `${scope === 'node' ? 'v' : 'e'}_${i}`, for: scope, name, column, type: kind === 'number' ? 'double' : kind === 'boolean' ? 'boolean' : 'string' };
  });
}

function keyXml(k: Key): string {
  const a = attrs({ id: k.id, for: k.for, 'attr.name': k.name, 'attr.type': k.type });
  return k.name === k.column ? `  <key${a}/>\n` : `  <key${a}><desc>${escText(COLUMN_MARK + k.column)}</desc></key>\n`;
}

function dataXml(row: Row, keys: readonly Key[]): string {
  return keys.filter((k) => row[k.column] !== undefined).map((k) => `<data key="${k.id}">${escText(String(row[k.column]))}</data>`).join('');
}

/** XML ids: the dataset's own when they are name tokens, otherwise a fresh `n1`… */
function xmlIds(ids: readonly string[], prefix: string): string[] {
  const used = new Set(ids.filter((id) => NMTOKEN.test(id)));
  let n = 0;
  return ids.map((id) => {
    if (NMTOKEN.test(id)) return id;
    let fresh: string;
    do fresh = `${prefix}${++n}`; while (used.has(fresh));
    used.add(fresh);
    return fresh;
  });
}

/** A GraphML document of the dataset (valid against the GraphML 1.0 schema). */
export function datasetToGraphml(d: Dataset): ExportFile {
  const nodeRows = d.entities.map(entityToRow);
  const nodeIds = xmlIds(d.entities.map((e) => e.id), 'n');
  nodeRows.forEach((r, i) => {
    r.label = r.name;
    if (nodeIds[i] !== r.id) r.original_id = r.id;
  });
  const labels = new Map(d.relationTypes.map((t) => [t.id, t.label]));
  const edgeRows = d.relations.map(relationToRow);
  const edgeIds = xmlIds(d.relations.map((r) => r.id), 'e');
  edgeRows.forEach((r, i) => {
    r.label = labels.get(String(r.type)) ?? r.type;
    if (edgeIds[i] !== r.id) r.relation_id = r.id;
  });
  const graphKeys: Key[] = ['format', 'title', 'description', 'language', 'sources', 'relationTypes'].map((c) => ({ id: `g_${c}`, for: 'graph', name: c, column: c, type: 'string' }));
  const nodeKeys = keysFor('node', nodeRows, [...ENTITY_COLUMNS, 'label', 'original_id'], ['name', 'label'], ['id']);
  const edgeKeys = keysFor('edge', edgeRows, [...RELATION_COLUMNS, 'label', 'relation_id'], ['type', 'label'], ['id', 'source', 'target']);
  const graphRow: Row = {
    format: `${FORMAT_ID} ${FORMAT_VERSION}`,
    title: d.title,
    description: d.description,
    language: d.language,
    sources: JSON.stringify(d.sources),
    relationTypes: JSON.stringify(d.relationTypes),
  };
  const out: string[] = ['<?xml version="1.0" encoding="UTF-8"?>\n'];
  out.push(`<graphml xmlns="${GRAPHML_NS}" xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance" xsi:schemaLocation="${GRAPHML_NS} ${GRAPHML_NS}/1.0/graphml.xsd">\n`);
  out.push(`  <desc>${escText(d.title)}</desc>\n`);
  for (const k of [...graphKeys, ...nodeKeys, ...edgeKeys]) out.push(keyXml(k));
  out.push('  <graph id="G" edgedefault="directed">\n');
  out.push(`    ${dataXml(graphRow, graphKeys)}\n`);
  nodeRows.forEach((r, i) => out.push(`    <node${attrs({ id: nodeIds[i] })}>${dataXml(r, nodeKeys)}</node>\n`));
  const xmlOf = new Map(d.entities.map((e, i) => [e.id, nodeIds[i] ?? e.id]));
  d.relations.forEach((r, i) => {
    const a = attrs({ id: edgeIds[i], source: xmlOf.get(r.source) ?? r.source, target: xmlOf.get(r.target) ?? r.target });
    out.push(`    <edge${a}>${dataXml(edgeRows[i] as Row, edgeKeys)}</edge>\n`);
  });
  out.push('  </graph>\n</graphml>\n');
  return { name: 'dataset.graphml', mime: 'application/graphml+xml', text: out.join('') };
}

// ---------------------------------------------------------------- import

interface ReadKey {
  for: string;
  column: string;
  type: string;
  fallback?: string;
}

function readKeys(root: XmlNode): Map<string, ReadKey> {
  const out = new Map<string, ReadKey>();
  for (const k of childrenNamed(root, 'key')) {
    const desc = child(k, 'desc')?.text.trim() ?? '';
    const name = k.attrs['attr.name'];
    const column = desc.startsWith(COLUMN_MARK) ? desc.slice(COLUMN_MARK.length) : name;
    if (column === undefined) continue; // graphics keys (yEd) and other unnamed data
    const dflt = child(k, 'default');
    out.set(k.attrs.id ?? '', { for: k.attrs.for ?? 'all', column, type: k.attrs['attr.type'] ?? 'string', fallback: dflt?.text });
  }
  return out;
}

function typed(value: string, type: string): Cell {
  if (['int', 'long', 'float', 'double'].includes(type)) {
    const n = Number(value);
    return value.trim() !== '' && Number.isFinite(n) ? n : value;
  }
  if (type === 'boolean') return parseBoolean(value) ?? value;
  return value;
}

/** The text of a descendant (yEd keeps node labels in <y:NodeLabel>). */
function findText(n: XmlNode, name: string): string | undefined {
  for (const c of n.children) {
    if (c.name === name) return c.text.trim();
    const t = findText(c, name);
    if (t !== undefined) return t;
  }
  return undefined;
}

function readData(el: XmlNode, keys: Map<string, ReadKey>, scope: string, row: Row): string | undefined {
  let label: string | undefined;
  const seen = new Set<string>();
  for (const dEl of childrenNamed(el, 'data')) {
    const id = dEl.attrs.key ?? '';
    const k = keys.get(id);
    if (!k) {
      label ??= findText(dEl, scope === 'node' ? 'NodeLabel' : 'EdgeLabel');
      continue;
    }
    seen.add(id);
    row[k.column] = typed(dEl.text, k.type);
  }
  for (const [id, k] of keys) {
    if (!seen.has(id) && (k.for === scope || k.for === 'all') && k.fallback !== undefined && k.fallback !== '') row[k.column] = typed(k.fallback, k.type);
  }
  if (typeof row.label === 'string') label = row.label;
  delete row.label;
  return label;
}

function ref(order: number, where: string): RecordRef {
  return { order, where, field: (column) => `${where}, data "${column}"` };
}

function jsonList(text: string | undefined, where: string, issues: ValidationIssue[]): unknown[] | undefined {
  if (text === undefined || text.trim() === '') return undefined;
  try {
    const v: unknown = JSON.parse(text);
    if (Array.isArray(v)) return v;
    issues.push({ path: where, message: 'This graph data should be a JSON list.' });
  } catch (e) {
    issues.push({ path: where, message: `This graph data is not valid JSON (${e instanceof Error ? e.message : String(e)}).` });
  }
  return undefined;
}

export function graphmlToDataset(file: InputFile, opt: ImportOptions): LoadResult {
  const { root, issues } = parseXml(file.text, file.name);
  if (!root) return { ok: false, errors: issues };
  const graphs = root.name === 'graphml' ? childrenNamed(root, 'graph') : [];
  const graph = graphs[0];
  if (!graph) return { ok: false, errors: [{ path: file.name, message: 'This is not a GraphML file: it should start with <graphml> and hold a <graph>.' }] };
  opt.onPhase?.('validating');
  const warnings: ValidationIssue[] = [];
  if (graphs.length > 1) warnings.push({ path: file.name, message: `The file holds ${graphs.length} graphs; only the first was imported.` });
  const keys = readKeys(root);
  const meta: Row = newRow();
  readData(graph, keys, 'graph', meta);
  const xmlToId = new Map<string, string>();
  let order = 0;
  const entities: Located[] = childrenNamed(graph, 'node').map((n) => {
    const xmlId = n.attrs.id ?? '';
    const row: Row = newRow({ id: xmlId });
    const label = readData(n, keys, 'node', row);
    if (typeof row.original_id === 'string') row.id = row.original_id;
    delete row.original_id;
    xmlToId.set(xmlId, String(row.id));
    if (child(n, 'graph')) warnings.push({ path: `<node id="${xmlId}">`, message: 'Nested graphs are not imported; only the top level is.' });
    return { row, ref: ref(order++, `<node id="${xmlId}">`), label };
  });
  const relations: Located[] = childrenNamed(graph, 'edge').map((e, i) => {
    const s = e.attrs.source ?? '';
    const t = e.attrs.target ?? '';
    const row: Row = newRow({ source: xmlToId.get(s) ?? s, target: xmlToId.get(t) ?? t });
    if (e.attrs.id !== undefined) row.id = e.attrs.id;
    const label = readData(e, keys, 'edge', row);
    if (typeof row.relation_id === 'string') row.id = row.relation_id;
    delete row.relation_id;
    const where = e.attrs.id !== undefined ? `<edge id="${e.attrs.id}">` : `<edge> ${i + 1} (${s} → ${t})`;
    return { row, ref: ref(order++, where), label };
  });
  if (childrenNamed(graph, 'hyperedge').length > 0) warnings.push({ path: file.name, message: 'Hyperedges are not imported: a relation joins exactly two entities.' });
  const keyOf = (column: string) => [...keys.entries()].find(([, k]) => k.column === column && k.for === 'graph')?.[0] ?? column;
  const sources = jsonList(meta.sources as string | undefined, `<data key="${keyOf('sources')}">`, issues);
  const relationTypes = jsonList(meta.relationTypes as string | undefined, `<data key="${keyOf('relationTypes')}">`, issues);
  const title = typeof meta.title === 'string' && meta.title.trim() !== '' ? meta.title : (child(root, 'desc')?.text.trim() || file.name);
  return assemble(
    {
      title,
      description: typeof meta.description === 'string' ? meta.description : undefined,
      language: typeof meta.language === 'string' ? meta.language : undefined,
      entities,
      relations,
      sources: sources ? { items: sources, where: `<data key="${keyOf('sources')}"> (sources)` } : undefined,
      relationTypes: relationTypes ? { items: relationTypes, where: `<data key="${keyOf('relationTypes')}"> (relation types)` } : undefined,
      issues,
      warnings,
    },
    { base: opt.base, lenient: true, origin: file.name, today: opt.today, sourcesHint: 'or add graph data "sources" (a JSON list of sources), as the explorer\'s own GraphML export has' },
  );
}
