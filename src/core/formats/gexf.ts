/**
 * GEXF 1.3 (Gephi, Gephi Lite): entities as nodes, relations as directed
 * edges, every field of the row mapping as a node or edge attribute. GEXF has
 * no place for the list of sources or the relation types' inverse labels, so
 * an import takes those from the dataset that is open (see docs/import-export.md).
 */
import type { Dataset } from '../model/dataset.ts';
import type { LoadResult, ValidationIssue } from '../model/validate.ts';
import { TYPE_STYLES } from '../encode/encode.ts';
import { assemble } from './assemble.ts';
import type { Located, RecordRef } from './assemble.ts';
import { CREATOR, ENTITY_COLUMNS, entityToRow, newRow, parseAttributeColumn, parseBoolean, RELATION_COLUMNS, relationToRow } from './rows.ts';
import type { Cell, Row } from './rows.ts';
import type { ExportFile, ImportOptions, InputFile } from './types.ts';
import { attrs, child, childrenNamed, escText, parseXml } from './xml.ts';
import type { XmlNode } from './xml.ts';

export const GEXF_NS = 'http://gexf.net/1.3';
export const GEXF_VIZ_NS = 'http://gexf.net/1.3/viz';

interface Column {
  id: string;
  title: string;
  type: 'string' | 'double' | 'boolean';
}

function columns(rows: readonly Row[], standard: readonly string[], skip: readonly string[]): Column[] {
  const used = new Set<string>();
  for (const r of rows) for (const k of Object.keys(r)) used.add(k);
  const out: Column[] = standard.filter((c) => used.has(c) && !skip.includes(c)).map((c) => ({ id: c, title: c, type: 'string' }));
  const extra = [...used].filter((c) => !standard.includes(c)).sort();
  extra.forEach((c, i) => {
    const kind = parseAttributeColumn(c)?.kind;
    out.push({ id: `attr${i}`, title: c, type: kind === 'number' ? 'double' : kind === 'boolean' ? 'boolean' : 'string' });
  });
  return out;
}

function declare(cls: 'node' | 'edge', cols: readonly Column[]): string {
  const lines = cols.map((c) => `      <attribute${attrs({ id: c.id, title: c.title, type: c.type })}/>`);
  return `    <attributes class="${cls}">\n${lines.join('\n')}\n    </attributes>\n`;
}

function values(row: Row, cols: readonly Column[]): string {
  const parts: string[] = [];
  for (const c of cols) {
    const v = row[c.title];
    if (v !== undefined) parts.push(`<attvalue${attrs({ for: c.id, value: String(v) })}/>`);
  }
  return parts.length ? `<attvalues>${parts.join('')}</attvalues>` : '';
}

function rgb(hex: string): { r: number; g: number; b: number } {
  const n = Number.parseInt(hex.replace('#', ''), 16);
  return { r: (n >> 16) & 255, g: (n >> 8) & 255, b: n & 255 };
}

/** A GEXF 1.3 document of the dataset (valid against the GEXF 1.3 RELAX NG schema). */
export function datasetToGexf(d: Dataset, today: string): ExportFile {
  const nodeRows = d.entities.map(entityToRow);
  const edgeRows = d.relations.map(relationToRow);
  const nodeCols = columns(nodeRows, ENTITY_COLUMNS, ['id', 'name']);
  const edgeCols = columns(edgeRows, RELATION_COLUMNS, ['id', 'source', 'target']);
  const labels = new Map(d.relationTypes.map((t) => [t.id, t.label]));
  const out: string[] = [];
  out.push('<?xml version="1.0" encoding="UTF-8"?>\n');
  out.push(`<gexf xmlns="${GEXF_NS}" xmlns:viz="${GEXF_VIZ_NS}" version="1.3">\n`);
  out.push(`  <meta lastmodifieddate="${today}">\n    <creator>${escText(CREATOR)}</creator>\n    <description>${escText(d.title)}</description>\n  </meta>\n`);
  out.push('  <graph defaultedgetype="directed" mode="static">\n');
  out.push(declare('node', nodeCols));
  out.push(declare('edge', edgeCols));
  out.push(`    <nodes count="${nodeRows.length}">\n`);
  d.entities.forEach((e, i) => {
    const c = rgb(TYPE_STYLES[e.type].color);
    out.push(`      <node${attrs({ id: e.id, label: e.name })}>${values(nodeRows[i] as Row, nodeCols)}<viz:color${attrs(c)}/></node>\n`);
  });
  out.push(`    </nodes>\n    <edges count="${edgeRows.length}">\n`);
  d.relations.forEach((r, i) => {
    const a = attrs({ id: r.id, source: r.source, target: r.target, label: labels.get(r.type) ?? r.type, kind: r.type });
    out.push(`      <edge${a}>${values(edgeRows[i] as Row, edgeCols)}</edge>\n`);
  });
  out.push('    </edges>\n  </graph>\n</gexf>\n');
  return { name: 'dataset.gexf', mime: 'application/gexf+xml', text: out.join('') };
}

// ---------------------------------------------------------------- import

interface Declared {
  title: string;
  type: string;
  fallback?: string;
}

function declarations(graph: XmlNode, cls: string): Map<string, Declared> {
  const out = new Map<string, Declared>();
  for (const block of childrenNamed(graph, 'attributes')) {
    if (block.attrs.class !== cls) continue;
    for (const a of childrenNamed(block, 'attribute')) {
      const id = a.attrs.id ?? a.attrs.title ?? '';
      const dflt = child(a, 'default');
      out.set(id, { title: a.attrs.title ?? id, type: a.attrs.type ?? 'string', fallback: dflt ? dflt.text : undefined });
    }
  }
  return out;
}

const NUMBER_TYPES = new Set(['integer', 'long', 'double', 'float', 'short', 'byte', 'bigdecimal', 'biginteger']);

function typed(value: string, type: string): Cell {
  if (NUMBER_TYPES.has(type)) {
    const n = Number(value);
    return value.trim() !== '' && Number.isFinite(n) ? n : value;
  }
  if (type === 'boolean') return parseBoolean(value) ?? value;
  return value;
}

function readValues(el: XmlNode, decl: Map<string, Declared>, row: Row): void {
  const seen = new Set<string>();
  const block = child(el, 'attvalues');
  for (const v of block ? childrenNamed(block, 'attvalue') : []) {
    const key = v.attrs.for ?? v.attrs.id ?? '';
    const d = decl.get(key) ?? { title: key, type: 'string' };
    seen.add(key);
    row[d.title] = typed(v.attrs.value ?? '', d.type);
  }
  for (const [key, d] of decl) {
    if (!seen.has(key) && d.fallback !== undefined && d.fallback !== '') row[d.title] = typed(d.fallback, d.type);
  }
}

function ref(order: number, where: string): RecordRef {
  return { order, where, field: (column) => `${where}, attribute "${column}"` };
}

export function gexfToDataset(file: InputFile, opt: ImportOptions): LoadResult {
  const { root, issues } = parseXml(file.text, file.name);
  if (!root) return { ok: false, errors: issues };
  const graph = root.name === 'gexf' ? child(root, 'graph') : undefined;
  if (!graph) return { ok: false, errors: [{ path: file.name, message: 'This is not a GEXF file: it should start with <gexf> and hold a <graph>.' }] };
  opt.onPhase?.('validating');
  const warnings: ValidationIssue[] = [];
  const nodeDecl = declarations(graph, 'node');
  const edgeDecl = declarations(graph, 'edge');
  const nodes = child(graph, 'nodes');
  const edges = child(graph, 'edges');
  let order = 0;
  const entities: Located[] = (nodes ? childrenNamed(nodes, 'node') : []).map((n) => {
    const id = n.attrs.id ?? '';
    const row: Row = newRow({ id });
    readValues(n, nodeDecl, row);
    if (child(n, 'nodes')) warnings.push({ path: `<node id="${id}">`, message: 'Nested nodes (GEXF hierarchies) are not imported; only the top level is.' });
    return { row, ref: ref(order++, `<node id="${id}">`), label: n.attrs.label };
  });
  const relations: Located[] = (edges ? childrenNamed(edges, 'edge') : []).map((e, i) => {
    const row: Row = newRow({ source: e.attrs.source, target: e.attrs.target });
    if (e.attrs.id !== undefined) row.id = e.attrs.id;
    readValues(e, edgeDecl, row);
    if (row.type === undefined && e.attrs.kind) row.type = e.attrs.kind;
    const where = e.attrs.id !== undefined ? `<edge id="${e.attrs.id}">` : `<edge> ${i + 1} (${e.attrs.source} → ${e.attrs.target})`;
    return { row, ref: ref(order++, where), label: e.attrs.label };
  });
  const meta = child(root, 'meta');
  const description = meta ? child(meta, 'description')?.text.trim() : undefined;
  return assemble(
    { title: description && description.length <= 300 ? description : file.name, entities, relations, issues, warnings },
    { base: opt.base, lenient: true, origin: file.name, today: opt.today, sourcesHint: 'or import the project JSON or GraphML export instead: GEXF has no place for the list of sources' },
  );
}
