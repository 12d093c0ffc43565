/**
 * Exported files must open in their tools: GEXF and GraphML are checked with
 * xmllint against the published schemas (vendored in tests/fixtures/schemas,
 * see the README there), and read back with a real XML parser. These tests
 * need `xmllint` (Debian package libxml2-utils); without it they fail, they do
 * not skip.
 */
import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { spawnSync } from 'node:child_process';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { XMLParser, XMLValidator } from 'fast-xml-parser';
import { exportDataset } from '../../../src/core/formats/index.ts';
import type { Dataset } from '../../../src/core/model/dataset.ts';
import { dataset as datasetArb } from './arbitrary.ts';
import { bundled, TODAY } from './fixtures.ts';

const SCHEMAS = fileURLToPath(new URL('../../fixtures/schemas/', import.meta.url));
const GEXF_RNG = join(SCHEMAS, 'gexf-1.3/gexf.rng');
const GRAPHML_XSD = join(SCHEMAS, 'graphml/graphml.xsd');
const CATALOG = join(SCHEMAS, 'graphml/catalog.xml');
const dir = mkdtempSync(join(tmpdir(), 'ct-export-'));

function xmllint(args: string[], files: string[]): { ok: boolean; out: string } {
  const r = spawnSync('xmllint', ['--nonet', '--noout', ...args, ...files], { encoding: 'utf8', env: { ...process.env, XML_CATALOG_FILES: CATALOG } });
  if (r.error) throw new Error(`xmllint could not run (${r.error.message}). Install it: apt-get install -y libxml2-utils`);
  return { ok: r.status === 0, out: `${r.stdout}${r.stderr}` };
}

function write(d: Dataset, name: string): { gexf: string; graphml: string } {
  const gexf = join(dir, `${name}.gexf`);
  const graphml = join(dir, `${name}.graphml`);
  writeFileSync(gexf, exportDataset(d, 'gexf', TODAY)[0]!.text);
  writeFileSync(graphml, exportDataset(d, 'graphml', TODAY)[0]!.text);
  return { gexf, graphml };
}

const gexfValid = (files: string[]) => xmllint(['--relaxng', GEXF_RNG], files);
const graphmlValid = (files: string[]) => xmllint(['--schema', GRAPHML_XSD], files);

describe('exported XML against the published schemas (xmllint)', () => {
  const files = write(bundled(), 'bundled');
  const generated = fc.sample(datasetArb, { numRuns: 40, seed: 20240501 }).map((d, i) => write(d, `generated-${i}`));

  it('the GEXF of the bundled dataset is valid GEXF 1.3', () => {
    const r = gexfValid([files.gexf]);
    expect(r.out).toContain('validates');
    expect(r.ok).toBe(true);
  });

  it('the GraphML of the bundled dataset is valid GraphML 1.0', () => {
    const r = graphmlValid([files.graphml]);
    expect(r.out).toContain('validates');
    expect(r.ok).toBe(true);
  });

  it('the GEXF and GraphML of 40 generated datasets are valid', () => {
    const g = gexfValid(generated.map((f) => f.gexf));
    expect(g.out).not.toContain('fails to validate');
    expect(g.ok).toBe(true);
    const m = graphmlValid(generated.map((f) => f.graphml));
    expect(m.out).not.toContain('fails to validate');
    expect(m.ok).toBe(true);
  });

  it('the schema checks do reject broken files (they are really checking)', () => {
    const badGexf = join(dir, 'bad.gexf');
    writeFileSync(badGexf, '<gexf xmlns="http://gexf.net/1.3" version="1.3"><graph><nodes><node label="no id"/></nodes><edges/></graph></gexf>');
    expect(gexfValid([badGexf]).ok).toBe(false);
    const badGraphml = join(dir, 'bad.graphml');
    writeFileSync(badGraphml, '<graphml xmlns="http://graphml.graphdrawing.org/xmlns"><graph edgedefault="directed"><node id="a"/><edge source="a" target="b"/></graph></graphml>');
    const r = graphmlValid([badGraphml]);
    expect(r.ok).toBe(false);
    expect(r.out).toContain('edge_target_ref');
  });
});

describe('exported XML read by a real parser', () => {
  const d = bundled();
  const parser = new XMLParser({
    ignoreAttributes: false, attributeNamePrefix: '', removeNSPrefix: true, parseTagValue: false,
    isArray: (name, _path, _leaf, isAttribute) => !isAttribute && ['node', 'edge', 'attvalue', 'data', 'key', 'attribute', 'attributes'].includes(name),
  });

  it('GEXF: every node and edge, each attribute value declared, types and citations as attributes', () => {
    const text = exportDataset(d, 'gexf', TODAY)[0]!.text;
    expect(XMLValidator.validate(text)).toBe(true);
    const g = parser.parse(text).gexf;
    expect(g.version).toBe('1.3');
    const nodeAttrs = new Map<string, string>(g.graph.attributes.find((a: { class: string }) => a.class === 'node').attribute.map((a: { id: string; title: string }) => [a.id, a.title]));
    expect([...nodeAttrs.values()]).toEqual(expect.arrayContaining(['type', 'start', 'end', 'date', 'citations', 'attr:Outcome 4.1']));
    const nodes = g.graph.nodes.node as { id: string; label: string; attvalues: { attvalue: { for: string; value: string }[] } }[];
    expect(nodes).toHaveLength(d.entities.length);
    expect(Number(g.graph.nodes.count)).toBe(d.entities.length);
    for (const n of nodes) for (const v of n.attvalues.attvalue) expect(nodeAttrs.has(v.for)).toBe(true);
    const workshop = nodes.find((n) => n.id === 'event-commit-vi-referral-workshop-2016-10');
    const values = Object.fromEntries((workshop?.attvalues.attvalue ?? []).map((v) => [nodeAttrs.get(v.for), v.value]));
    expect(values).toMatchObject({ type: 'event', start: '2016-10-25' });
    expect(values.citations).toMatch(/^post-commit-workshop#\d+/);
    const ids = new Set(nodes.map((n) => n.id));
    const edges = g.graph.edges.edge as { source: string; target: string; kind: string; label: string }[];
    expect(edges).toHaveLength(d.relations.length);
    for (const e of edges) expect(ids.has(e.source) && ids.has(e.target)).toBe(true);
    expect(edges.map((e) => e.kind)).toContain('co-chaired');
  });

  it('GraphML: every data key declared for its scope, edges between declared nodes, dataset metadata as graph data', () => {
    const text = exportDataset(d, 'graphml', TODAY)[0]!.text;
    expect(XMLValidator.validate(text)).toBe(true);
    const root = parser.parse(text).graphml;
    const keys = new Map<string, { for: string; 'attr.name': string }>(root.key.map((k: { id: string; for: string; 'attr.name': string }) => [k.id, k]));
    for (const k of keys.values()) expect(k['attr.name']).toMatch(/^[A-Za-z0-9._-]+$/);
    const graph = root.graph;
    expect(graph.node).toHaveLength(d.entities.length);
    expect(graph.edge).toHaveLength(d.relations.length);
    for (const n of graph.node) for (const v of n.data) expect(keys.get(v.key)?.for).toBe('node');
    for (const e of graph.edge) for (const v of e.data) expect(keys.get(v.key)?.for).toBe('edge');
    const meta = Object.fromEntries(graph.data.map((v: { key: string; '#text': string }) => [keys.get(v.key)?.['attr.name'], v['#text']]));
    expect(meta.title).toBe(d.title);
    expect(JSON.parse(meta.sources)).toEqual(d.sources);
    const ids = new Set(graph.node.map((n: { id: string }) => n.id));
    for (const e of graph.edge) expect(ids.has(e.source) && ids.has(e.target)).toBe(true);
  });
});
