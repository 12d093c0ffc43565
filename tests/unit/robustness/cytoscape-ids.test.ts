/**
 * toCyId / fromCyId: entity ids named like Object.prototype's members reach
 * Cytoscape in a form its plain-object caches cannot confuse, ordinary ids
 * unchanged. Checked against Cytoscape itself, headless: with the mapped ids
 * every layout the explorer uses places every node, and betweenness is a number.
 */
import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import cytoscape from 'cytoscape';
import type { ElementDefinition } from 'cytoscape';
import fcose from 'cytoscape-fcose';
import { fromCyId, toCyId } from '../../../src/adapters/cytoscape/ids.ts';

cytoscape.use(fcose);

const PROTO = Object.getOwnPropertyNames(Object.prototype);
const NAMES = ['__proto__', 'constructor', 'toString', 'hasOwnProperty', 'valueOf', 'prototype'];

describe('toCyId and fromCyId', () => {
  it('leave ordinary ids unchanged', () => {
    for (const id of ['org-un-act', 'prototype', 'Constructor', 'a b', '', 'x\u0001']) expect(toCyId(id)).toBe(id);
  });

  it('change every name of an Object.prototype member, and ids beginning with the escape character', () => {
    for (const id of [...PROTO, '__proto__', '\u0001x']) {
      const cy = toCyId(id);
      expect(cy, id).not.toBe(id);
      expect(cy in Object.prototype, id).toBe(false);
    }
  });

  it('fromCyId(toCyId(id)) is id, for any text; different ids stay different', () => {
    const anyId = fc.oneof(fc.string(), fc.constantFrom(...PROTO, '__proto__'), fc.string().map((s) => `\u0001${s}`));
    fc.assert(fc.property(anyId, anyId, (a, b) => {
      expect(fromCyId(toCyId(a))).toBe(a);
      expect(toCyId(a) in Object.prototype).toBe(false);
      if (a !== b) expect(toCyId(a)).not.toBe(toCyId(b));
    }), { numRuns: 1000 });
  });
});

describe('Cytoscape with mapped ids', () => {
  // A chain through all six names, as in tests/fixtures/broken/valid/prototype-names.json.
  const elements: ElementDefinition[] = [
    ...NAMES.map((id) => ({ data: { id: toCyId(id) } })),
    ...NAMES.slice(1).map((k, i) => ({ data: { id: toCyId(`${NAMES[i]}>constructor>${k}`), source: toCyId(NAMES[i]!), target: toCyId(k) } })),
  ];

  for (const name of ['fcose', 'concentric', 'breadthfirst', 'preset']) {
    it(`the ${name} layout places every node, none on another`, () => {
      const cy = cytoscape({ headless: true, styleEnabled: true, elements });
      cy.nodes().forEach((n) => {
        n.position({ x: 0, y: 0 });
      });
      const preset = new Map(NAMES.map((id, i) => [id, { x: i * 100, y: (i % 2) * 50 }]));
      cy.layout({ name, randomize: false, animate: false, positions: (n: cytoscape.NodeSingular) => preset.get(fromCyId(n.id()))! } as cytoscape.LayoutOptions).run();
      const spots = cy.nodes().map((n) => `${Math.round(n.position().x)},${Math.round(n.position().y)}`);
      expect(new Set(spots).size, spots.join(' ')).toBe(NAMES.length);
      expect(cy.nodes().map((n) => fromCyId(n.id()))).toEqual(NAMES);
      cy.destroy();
    });
  }

  it('betweenness is a number for every node', () => {
    const cy = cytoscape({ headless: true, elements });
    const bc = cy.elements().betweennessCentrality({ directed: false });
    for (const n of cy.nodes()) expect(Number.isFinite(bc.betweenness(n)), fromCyId(n.id())).toBe(true);
    expect(bc.betweenness(cy.getElementById(toCyId('toString')))).toBeGreaterThan(0);
    cy.destroy();
  });
});
