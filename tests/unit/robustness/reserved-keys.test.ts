/**
 * "__proto__" as the name of an attribute (the format's one place for free
 * keys) or of an imported column: never lost silently, never a prototype
 * change. The dataset opens, the attribute is left out, and a remark says
 * where it was; `({}).polluted` stays undefined throughout.
 */
import { afterEach, describe, expect, it } from 'vitest';
import { readFileSync } from 'node:fs';
import { parseDatasetText } from '../../../src/core/model/validate.ts';
import type { LoadResult, ValidationIssue } from '../../../src/core/model/validate.ts';
import { importFiles } from '../../../src/core/formats/index.ts';
import type { ImportBase } from '../../../src/core/formats/index.ts';
import { RELATION_TYPES } from '../helpers/build.ts';

const LEFT_OUT = 'The attribute "__proto__" was left out';
const base = readFileSync(new URL('../../fixtures/broken/valid/sensitive.json', import.meta.url), 'utf8');
const importBase: ImportBase = { sources: [{ id: 's1', title: 'Doc', publisher: 'Pub', date: '2016-10' }], relationTypes: RELATION_TYPES };

function opened(r: LoadResult) {
  if (!r.ok) throw new Error(r.errors.map((e) => `${e.path} ${e.message}`).join('\n'));
  return r;
}
const remarks = (warnings: ValidationIssue[]) => warnings.filter((w) => w.message.startsWith(LEFT_OUT)).map((w) => w.path);
const load = (name: string, text: string) => opened(importFiles([{ name, text }], { today: '2024-05-01', base: importBase }));
const pollution = () => {
  const o = {} as Record<string, unknown>;
  return [o.polluted, o.isAdmin, o.team];
};

afterEach(() => {
  expect(pollution()).toEqual([undefined, undefined, undefined]);
});

describe('"__proto__" among attributes, in the explorer\'s own format', () => {
  it('an entity\'s and a relation\'s: the dataset opens, the other attributes stay, a remark names each place', () => {
    const d = JSON.parse(base) as { entities: Record<string, unknown>[]; relations: Record<string, unknown>[] };
    const text = JSON.stringify(d)
      .replace('"attributes":{"phone"', '"attributes":{"__proto__":{"polluted":"yes","isAdmin":true},"phone"')
      .replace('"attributes":{"note"', '"attributes":{"__proto__":"text","note"');
    d.entities[0]!.attributes = { team: 'alpha' };
    const withFirst = JSON.stringify(d).replace('"attributes":{"team":"alpha"}', '"attributes":{"team":"alpha","__proto__":"x"}');
    const r = opened(parseDatasetText(text));
    const worker = r.dataset.entities.find((e) => e.id === 'person-worker')!;
    expect(worker.attributes).toEqual({ team: 'outreach' });
    expect(Object.getPrototypeOf(worker.attributes)).toBe(Object.prototype);
    expect((worker.attributes as Record<string, unknown>).isAdmin).toBeUndefined();
    // The relation is sensitive and withheld; its remark names a place, not a value, so it is still made.
    expect(remarks(r.warnings)).toEqual(['$.entities[8].attributes.__proto__', '$.relations[6].attributes.__proto__']);
    const r2 = opened(parseDatasetText(withFirst));
    expect(r2.dataset.entities[0]!.attributes).toEqual({ team: 'alpha' });
    expect(remarks(r2.warnings)).toEqual(['$.entities[0].attributes.__proto__']);
  });

  it('the remark says what happened and what to do, in a sentence', () => {
    const text = base.replace('"team": "outreach"', '"team": "outreach", "__proto__": 1');
    const w = opened(parseDatasetText(text)).warnings;
    expect(w).toEqual([{ path: '$.entities[8].attributes.__proto__', message: expect.stringMatching(/^The attribute "__proto__" was left out: .*reserved.* Rename it/) }]);
  });

  it('other keys named like Object.prototype\'s members are kept as ordinary attributes', () => {
    const text = base.replace('"team": "outreach"', '"team": "outreach", "constructor": "c", "toString": 2, "hasOwnProperty": true, "prototype": "p"');
    const r = opened(parseDatasetText(text));
    expect(r.warnings).toEqual([]);
    expect(r.dataset.entities.find((e) => e.id === 'person-worker')!.attributes).toEqual({ team: 'outreach', constructor: 'c', toString: 2, hasOwnProperty: true, prototype: 'p' });
  });
});

describe('"__proto__" as an imported column or attribute', () => {
  it('a spreadsheet column "__proto__" or "attr:__proto__": left out with a remark at its cell, not listed as kept', () => {
    const csv = 'id,type,name,citations,__proto__,attr:team\norg-a,organization,A,s1,x,alpha\n';
    const r = load('entities.csv', csv);
    expect(r.dataset.entities[0]!.attributes).toEqual({ team: 'alpha' });
    expect(remarks(r.warnings)).toEqual(['entities.csv line 2, column E ("__proto__")']);
    expect(r.warnings.some((w) => w.message.startsWith('Kept as custom attributes'))).toBe(false);
    const typed = load('entities.csv', 'id,type,name,citations,attr:__proto__ [number]\norg-a,organization,A,s1,3\n');
    expect(remarks(typed.warnings)).toHaveLength(1);
  });

  it('a Cytoscape.js node with "__proto__" in its data and in its attributes', () => {
    const json = JSON.stringify({ elements: { nodes: [{ data: { id: 'a', label: 'A', type: 'topic', citations: 's1', team: 'alpha' } }], edges: [] } })
      .replace('"team":"alpha"', '"team":"alpha","__proto__":{"polluted":"yes"},"attributes":{"__proto__":"x"}');
    const r = load('net.cyjs', json);
    expect(r.dataset.entities[0]!.attributes).toEqual({ team: 'alpha' });
    expect(remarks(r.warnings)).toHaveLength(1);
  });

  it('a GEXF attribute and a GraphML key titled "__proto__"', () => {
    const gexf = `<gexf version="1.3"><graph><attributes class="node"><attribute id="0" title="__proto__" type="string"/><attribute id="1" title="citations" type="string"/></attributes>
      <nodes><node id="a" label="A"><attvalues><attvalue for="0" value="x"/><attvalue for="1" value="s1"/></attvalues></node></nodes><edges/></graph></gexf>`;
    const g = load('net.gexf', gexf);
    expect(Object.keys(g.dataset.entities[0]!.attributes ?? {})).toEqual([]);
    expect(remarks(g.warnings)).toEqual(['<node id="a">, attribute "__proto__"']);
    const graphml = `<graphml><key id="k0" for="node" attr.name="__proto__" attr.type="string"/><key id="k1" for="node" attr.name="citations" attr.type="string"/>
      <graph edgedefault="directed"><node id="a"><data key="k0">x</data><data key="k1">s1</data></node></graph></graphml>`;
    const m = load('net.graphml', graphml);
    expect(Object.keys(m.dataset.entities[0]!.attributes ?? {})).toEqual([]);
    expect(remarks(m.warnings)).toHaveLength(1);
  });
});
