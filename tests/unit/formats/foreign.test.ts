import { describe, expect, it } from 'vitest';
import { importFiles } from '../../../src/core/formats/index.ts';
import type { ImportBase, ImportResult } from '../../../src/core/formats/index.ts';
import { cytoscapeToDataset } from '../../../src/core/formats/cytoscape.ts';
import { isCytoscapeJson } from '../../../src/core/formats/route.ts';
import { RELATION_TYPES } from '../helpers/build.ts';
import { bundled, fixture, TODAY } from './fixtures.ts';

const base: ImportBase = { sources: [{ id: 's1', title: 'Doc', publisher: 'Pub', date: '2016-10' }], relationTypes: RELATION_TYPES };

function load(name: string, text: string, b: ImportBase | null = base): ImportResult {
  return importFiles([{ name, text }], { today: TODAY, base: b });
}

function ok(r: ImportResult) {
  if (!r.ok) throw new Error(r.errors.map((e) => `${e.path} ${e.message}`).join('\n'));
  return r;
}

function problems(r: ImportResult) {
  if (r.ok) throw new Error('expected problems');
  return r.errors;
}

describe('Cytoscape.js JSON', () => {
  it('maps the sample file: kinds to types, interaction and label to relation types, uncited items to the file', () => {
    const open = bundled();
    const r = ok(importFiles([fixture('cytoscape.json')], { today: TODAY, base: open }));
    expect(r.format).toBe('cytoscape');
    const d = r.dataset;
    expect(d.title).toBe('Example Cytoscape network');
    expect(d.entities.map((e) => [e.id, e.type, e.name, 'kind' in e ? e.kind : undefined])).toEqual([
      ['ngo-1', 'organization', 'Example Outreach NGO', 'ngo'],
      ['workshop-1', 'event', 'Example workshop on safe migration', 'workshop'],
      ['thailand', 'country', 'Thailand', undefined],
      ['network-1', 'organization', 'Example regional network', undefined],
    ]);
    expect(d.entities[3]?.attributes).toEqual({ weight: 3 });
    expect(d.relations.map((x) => x.type)).toEqual(['facilitated', 'member-of', 'hosted-in']);
    expect(d.sources.at(-1)).toEqual({ id: 'imported:cytoscape.json', title: 'cytoscape.json', publisher: 'Imported file (it names no source)', date: TODAY });
    expect(d.entities[0]?.citations).toEqual([{ source: 'imported:cytoscape.json' }]);
    expect(r.warnings.map((w) => w.message)).toEqual([
      '7 items cite no source; they cite the imported file itself (source "imported:cytoscape.json") so that they can be shown.',
      '1 node has no entity type; it was imported as an organization.',
      'Relation type "hosted-in" is not declared, so it was added with the label "hosted-in" and marked not collaborative (1 relation uses it). Declare it to give it proper labels.',
      'Kept as custom attributes: "weight". It is not part of the dataset format (see the column mapping in docs/import-export.md).',
    ]);
    expect(r.warnings[2]?.path).toBe('$.elements.edges[2].data.type');
  });

  it('reads the array form, types given as classes, and the dataset\'s structured fields', () => {
    const json = [
      { group: 'nodes', classes: 'event highlighted', data: { id: 'e', name: 'E', start: '2016-10', location: { place: 'Hanoi' }, citations: [{ source: 's1', paragraph: 2 }], attributes: { n: 1 } } },
      { data: { id: 'p', label: 'P', type: 'person', participants: 3 } },
      { data: { source: 'p', target: 'e', type: 'took part in' } },
      { data: { source: 'p', target: 'e' } },
    ];
    const r = ok(load('a.json', JSON.stringify(json)));
    expect(r.dataset.entities[0]).toEqual({ id: 'e', type: 'event', name: 'E', start: '2016-10', location: { place: 'Hanoi' }, citations: [{ source: 's1', paragraph: 2 }], attributes: { n: 1 } });
    expect(r.dataset.entities[1]?.attributes).toEqual({ participants: 3 });
    expect(r.dataset.relations.map((x) => x.type)).toEqual(['participated-in', 'related-to']);
    expect(r.warnings.map((w) => w.message)).toContain('1 edge has no type or label; it was imported with the relation type "related-to".');
  });

  it('names nodes without a name or label after their id, and maps unknown types to organizations', () => {
    const r = ok(load('c.cyjs', JSON.stringify({ elements: { nodes: [{ data: { id: 'x', type: 'Bakery' } }, { data: { id: 'y', type: 'bakery', name: 'Y' } }], edges: [] } })));
    expect(r.dataset.entities.map((e) => [e.type, e.name])).toEqual([['organization', 'x'], ['organization', 'Y']]);
    expect(r.warnings.map((w) => w.message)).toEqual(expect.arrayContaining([
      '1 node has the type "Bakery", which is not an entity type; it was imported as an organization. The entity types are organization, event, publication, country, person and topic.',
      '1 node has no name or label; its id is used as the name.',
    ]));
  });

  it('reports problems at their JSON path in the Cytoscape file', () => {
    const json = { elements: { nodes: [{ data: { id: 'e', type: 'event', label: 'E' } }, 'oops'], edges: [{ data: { source: 'e', target: 'nowhere', type: 'member-of' } }] } };
    expect(problems(load('c.json', JSON.stringify(json)))).toEqual([
      { path: '$.elements.nodes[1]', message: 'An element should be an object with a "data" object.' },
      { path: '$.elements.nodes[0].data.start', message: 'Required field "start" is missing; it should be a text.' },
      { path: '$.elements.edges[0].data.target', message: 'Relation target "nowhere" is not an entity in this dataset.' },
    ]);
  });

  it('says when a JSON file is neither a dataset nor Cytoscape JSON', () => {
    expect(isCytoscapeJson({ format: 'ct-explorer-dataset', elements: [] })).toBe(false);
    expect(problems(load('x.json', '{"nodes": 3}'))).toEqual([{
      path: '$',
      message: 'This JSON file is neither a dataset of this explorer (it would have "format": "ct-explorer-dataset", "entities" and "relations") nor Cytoscape.js JSON (it would have "elements" with "nodes" and "edges").',
    }]);
    expect(problems({ ...cytoscapeToDataset({ name: 'x.json', text: '' }, { something: 1 }, { today: TODAY }), format: null })).toEqual([{
      path: 'x.json', message: 'This is not Cytoscape.js JSON: it needs "elements" with "nodes" and "edges" (or a list of elements), each with a "data" object.',
    }]);
  });
});

describe('GEXF from other tools', () => {
  const gephi = `<?xml version="1.0" encoding="UTF-8"?>
<gexf xmlns="http://gexf.net/1.3" version="1.3" xmlns:viz="http://gexf.net/1.3/viz">
  <meta lastmodifieddate="2024-01-01"><creator>Gephi 0.10.1</creator><description></description></meta>
  <graph defaultedgetype="directed" mode="static">
    <attributes class="node">
      <attribute id="modularity_class" title="Modularity Class" type="integer"/>
      <attribute id="type" title="type" type="string"><default>organization</default></attribute>
    </attributes>
    <attributes class="edge"><attribute id="0" title="type" type="string"/></attributes>
    <nodes>
      <node id="a" label="Alpha NGO"><attvalues><attvalue for="modularity_class" value="1"/></attvalues><viz:size value="10"/></node>
      <node id="b" label="Beta"><attvalues><attvalue for="type" value="topic"/></attvalues><nodes><node id="b1"/></nodes></node>
    </nodes>
    <edges>
      <edge id="0" source="a" target="b" label="focuses on"/>
      <edge source="b" target="a" kind="member-of"/>
    </edges>
  </graph>
</gexf>`;

  it('maps labels to names, defaults and typed attributes, kinds and labels to relation types', () => {
    const r = ok(load('gephi.gexf', gephi));
    expect(r.format).toBe('gexf');
    expect(r.dataset.title).toBe('gephi.gexf');
    expect(r.dataset.entities.map((e) => [e.id, e.type, e.name, e.attributes])).toEqual([
      ['a', 'organization', 'Alpha NGO', { 'Modularity Class': 1 }],
      ['b', 'topic', 'Beta', undefined],
    ]);
    expect(r.dataset.relations.map((x) => [x.id, x.type])).toEqual([['0', 'focuses-on'], ['b>member-of>a', 'member-of']]);
    expect(r.warnings).toContainEqual({ path: '<node id="b">', message: 'Nested nodes (GEXF hierarchies) are not imported; only the top level is.' });
  });

  it('reports problems at the node and attribute', () => {
    const text = gephi.replace('value="topic"', 'value="event"');
    expect(problems(load('g.gexf', text))).toEqual([{ path: '<node id="b">, attribute "start"', message: 'Required field "start" is missing; it should be a text.' }]);
  });

  it('explains that GEXF cannot carry the list of sources', () => {
    const text = gephi.replace('<attribute id="type" title="type" type="string">', '<attribute id="c" title="citations" type="string"/><attribute id="type" title="type" type="string">')
      .replace('<attvalue for="modularity_class" value="1"/>', '<attvalue for="modularity_class" value="1"/><attvalue for="c" value="post-9#2"/>');
    const e = problems(load('g.gexf', text, null));
    expect(e).toEqual([
      { path: 'g.gexf', message: 'This file does not declare its sources, so its citations must name sources of the dataset that is open, and none is. Open the dataset they come from first, or import the project JSON or GraphML export instead: GEXF has no place for the list of sources.' },
      { path: '<node id="a">, attribute "citations"', message: 'Citation points to source "post-9", which is not declared in "sources".' },
    ]);
  });

  it('reports a file that is not GEXF, or not well-formed', () => {
    expect(problems(load('x.gexf', '<gexf version="1.3"><meta/></gexf>'))).toEqual([{ path: 'x.gexf', message: 'This is not a GEXF file: it should start with <gexf> and hold a <graph>.' }]);
    expect(problems(load('x.gexf', '<gexf>\n  <graph>\n</gexf>'))).toEqual([{ path: 'x.gexf line 3, column 1', message: "The file is not well-formed XML: Expected closing tag 'graph' (opened in line 2, col 3) instead of closing tag 'gexf'." }]);
    expect(problems(load('x.gexf', '<!DOCTYPE gexf [<!ENTITY a "b">]><gexf/>'))).toEqual([{ path: 'x.gexf', message: 'The file declares its own XML entities (a DOCTYPE with an internal subset), which is not supported for safety; remove the DOCTYPE.' }]);
  });
});

describe('GraphML from other tools', () => {
  const networkx = `<?xml version='1.0' encoding='utf-8'?>
<graphml xmlns="http://graphml.graphdrawing.org/xmlns">
  <key id="d0" for="node" attr.name="type" attr.type="string"/>
  <key id="d1" for="node" attr.name="founded" attr.type="long"/>
  <key id="d2" for="edge" attr.name="type" attr.type="string"/>
  <key id="d3" for="node" attr.name="active" attr.type="boolean"><default>true</default></key>
  <key id="d4" for="node" yfiles.type="nodegraphics"/>
  <graph edgedefault="directed">
    <node id="n0"><data key="d0">ngo</data><data key="d1">1999</data><data key="d4"><ShapeNode><NodeLabel>Alpha</NodeLabel></ShapeNode></data></node>
    <node id="n1"><data key="d0">topic</data><data key="d4"><ShapeNode><NodeLabel>Safe migration</NodeLabel></ShapeNode></data></node>
    <edge source="n0" target="n1"><data key="d2">focuses-on</data></edge>
    <hyperedge><endpoint node="n0"/><endpoint node="n1"/></hyperedge>
  </graph>
  <graph edgedefault="undirected"/>
</graphml>`;

  it('maps NetworkX and yEd files: typed data, defaults, yEd labels', () => {
    const r = ok(load('nx.graphml', networkx));
    expect(r.format).toBe('graphml');
    expect(r.dataset.entities.map((e) => [e.id, e.type, e.name, e.attributes])).toEqual([
      ['n0', 'organization', 'Alpha', { founded: 1999, active: true }],
      ['n1', 'topic', 'Safe migration', { active: true }],
    ]);
    expect(r.dataset.relations.map((x) => x.type)).toEqual(['focuses-on']);
    expect(r.warnings.map((w) => w.message)).toEqual(expect.arrayContaining([
      'The file holds 2 graphs; only the first was imported.',
      'Hyperedges are not imported: a relation joins exactly two entities.',
    ]));
  });

  it('reports problems in the graph data and at nodes', () => {
    const text = networkx.replace('<key id="d0"', '<key id="g" for="graph" attr.name="sources" attr.type="string"/><key id="d0"')
      .replace('<graph edgedefault="directed">', '<graph edgedefault="directed"><data key="g">[{"id": "s"}</data>')
      .replace('<data key="d0">topic</data>', '<data key="d0">event</data>');
    const e = problems(load('nx.graphml', text));
    expect(e[0]).toEqual({ path: '<data key="g">', message: expect.stringMatching(/^This graph data is not valid JSON \(.+\)\.$/) });
    expect(e).toContainEqual({ path: '<node id="n1">, data "start"', message: 'Required field "start" is missing; it should be a text.' });
    const notList = networkx.replace('<key id="d0"', '<key id="g" for="graph" attr.name="relationTypes" attr.type="string"/><key id="d0"')
      .replace('<graph edgedefault="directed">', '<graph edgedefault="directed"><data key="g">{}</data>');
    expect(problems(load('nx.graphml', notList))).toContainEqual({ path: '<data key="g">', message: 'This graph data should be a JSON list.' });
  });

  it('reports a file that is not GraphML', () => {
    expect(problems(load('x.graphml', '<graphml/>'))).toEqual([{ path: 'x.graphml', message: 'This is not a GraphML file: it should start with <graphml> and hold a <graph>.' }]);
  });
});

describe('recognising files', () => {
  it('reports an empty list, mixed files and unknown XML', () => {
    expect(problems(importFiles([], { today: TODAY }))).toEqual([{ path: '$', message: 'No file was given.' }]);
    expect(problems(importFiles([{ name: 'a.json', text: '{}' }, { name: 'b.csv', text: 'x' }], { today: TODAY }))).toEqual([{
      path: 'a.json, b.csv',
      message: 'Open one dataset file at a time, or the CSV files of one spreadsheet together (entities.csv with relations.csv, and optionally sources.csv and relation-types.csv).',
    }]);
    expect(problems(load('x.xml', '<?xml version="1.0"?>\n<!-- note --><svg/>'))).toEqual([{ path: 'x.xml', message: 'This XML file is neither GEXF (<gexf>) nor GraphML (<graphml>): its root element is <svg>.' }]);
    expect(problems(load('d.json', '<!doctype html>\n<html><body>Not Found</body></html>'))).toEqual([{
      path: 'd.json',
      message: 'This is a web page (HTML), not a dataset. A server sends such a page when an address is wrong (a "not found" or sign-in page): check that the address points to the dataset file itself.',
    }]);
  });

  it('reports broken JSON with its line and column, and empty files', () => {
    expect(problems(load('d.json', '{\n  "format": }'))).toEqual([{ path: '$', message: expect.stringMatching(/^The file is not valid JSON: at line 2, column 13/) }]);
    expect(problems(load('d.json', '   '))).toEqual([{ path: '$', message: 'The file is empty: a dataset is a JSON object with "format", "entities" and "relations".' }]);
    expect(problems(load('d.csv', ''))).toEqual([{ path: 'd.csv', message: 'The file is empty; its first line should name the columns (see docs/import-export.md).' }]);
  });

  it('recognises formats by content, whatever the extension', () => {
    expect(load('data.txt', '{"format": "ct-explorer-dataset"}').format).toBe('project');
    expect(load('graph.xml', '<graphml><graph edgedefault="directed"/></graphml>').format).toBe('graphml');
    expect(load('x', 'id,type,name,citations\na,topic,A,s1\n').format).toBe('csv');
  });
});
