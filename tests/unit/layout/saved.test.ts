/**
 * The bundled dataset's first view is laid out beforehand (`npm run layout`):
 * the file must fit what the explorer draws first, or it would be ignored and
 * the explorer would wait for the layout again.
 */
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { AppState } from '../../../src/state/app.svelte.ts';
import { drawingKey, readSavedLayout } from '../../../src/core/layout/saved.ts';
import { bundled } from '../analysis/fixtures.ts';

describe('the bundled dataset\'s saved layout', () => {
  const file = readSavedLayout(JSON.parse(readFileSync(new URL('../../../data/october-2016.layout.json', import.meta.url), 'utf8')));

  it('fits the first view of the bundled dataset (run `npm run layout` after changing the dataset)', () => {
    const app = new AppState();
    app.dataset = bundled().dataset;
    const p = app.projection!;
    const drawn = [...p.nodes, ...p.faded];
    expect(file).not.toBeNull();
    expect(file!.key).toBe(drawingKey(drawn, p.edges));
    expect(Object.keys(file!.positions).sort()).toEqual(drawn.sort());
  });

  it('spreads the entities out (no two on the same spot)', () => {
    const spots = new Set(Object.values(file!.positions).map(([x, y]) => `${Math.round(x)},${Math.round(y)}`));
    expect(spots.size).toBe(Object.keys(file!.positions).length);
  });
});

describe('drawingKey and readSavedLayout', () => {
  it('keys a drawing by its entities and links, in any order', () => {
    expect(drawingKey(['a', 'b'], ['e1'])).toBe(drawingKey(['b', 'a'], ['e1']));
    expect(drawingKey(['a', 'b'], ['e1'])).not.toBe(drawingKey(['a', 'b'], []));
    expect(drawingKey(['a', 'b'], [])).not.toBe(drawingKey(['a', 'c'], []));
  });
  it('reads only a well-formed layout file', () => {
    const ok = { format: 'ct-explorer-layout', version: 1, key: 'k', positions: { a: [1, 2], constructor: [3, 4] } };
    expect(readSavedLayout(ok)?.positions.constructor).toEqual([3, 4]);
    for (const bad of [null, [], 'x', { ...ok, version: 2 }, { ...ok, format: 'other' }, { ...ok, positions: { a: [1] } },
      { ...ok, positions: { a: [1, 'x'] } }, { ...ok, positions: { a: [1, Infinity] } }, { ...ok, key: 3 }]) {
      expect(readSavedLayout(bad)).toBeNull();
    }
  });
});
