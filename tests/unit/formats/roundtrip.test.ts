import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import type { Dataset } from '../../../src/core/model/dataset.ts';
import { exportDataset, importFiles, subsetDataset } from '../../../src/core/formats/index.ts';
import type { ExportFormat } from '../../../src/core/formats/index.ts';
import { canon, dataset, graphOf } from './arbitrary.ts';

import { bundled, TODAY } from './fixtures.ts';

/** Export then import; GEXF and CSV borrow nothing from `base` when they carry their own declarations. */
function roundTrip(d: Dataset, format: ExportFormat, base: Dataset | null = null): Dataset {
  const files = exportDataset(d, format, TODAY);
  const r = importFiles(files.map((f) => ({ name: f.name, text: f.text })), { today: TODAY, base });
  if (!r.ok) throw new Error(`${format} round trip failed:\n${r.errors.map((e) => `${e.path} ${e.message}`).join('\n')}`);
  expect(r.format).toBe(format);
  expect(r.warnings).toEqual([]);
  return r.dataset;
}

describe('round trips on the bundled dataset', () => {
  const d = bundled();

  it.each(['project', 'graphml', 'cytoscape'] as const)('%s carries the whole dataset, title and description too', (format) => {
    const back = roundTrip(d, format);
    expect(graphOf(back)).toEqual(graphOf(d));
    expect(back.title).toBe(d.title);
    expect(back.description).toBe(d.description);
    expect(back.language).toBe(d.language);
  });

  it('csv (four files) carries the graph, its sources and relation types', () => {
    expect(graphOf(roundTrip(d, 'csv'))).toEqual(graphOf(d));
  });

  it('csv (entities and relations only) carries the graph, with sources and relation types from the open dataset', () => {
    const files = exportDataset(d, 'csv', TODAY).filter((f) => /-(entities|relations)\.csv$/.test(f.name));
    expect(files).toHaveLength(2);
    const r = importFiles(files, { today: TODAY, base: d });
    expect(r.ok && graphOf(r.dataset)).toEqual(graphOf(d));
  });

  it('gexf carries the graph, with sources and relation types from the open dataset', () => {
    expect(graphOf(roundTrip(d, 'gexf', d))).toEqual(graphOf(d));
  });

  it.each(['project', 'csv', 'gexf', 'graphml', 'cytoscape'] as const)('%s of a filtered view imports as that view', (format) => {
    const nodes = new Set(d.entities.filter((e) => e.type !== 'topic').map((e) => e.id));
    const edges = new Set(d.relations.map((r) => r.id));
    const view = subsetDataset(d, nodes, edges);
    expect(view.entities.length).toBeLessThan(d.entities.length);
    expect(view.relations.every((r) => nodes.has(r.source) && nodes.has(r.target))).toBe(true);
    expect(graphOf(roundTrip(view, format, d))).toEqual(graphOf(view));
  });
});

describe('round trips on generated datasets', () => {
  it.each(['project', 'csv', 'graphml', 'cytoscape'] as const)('%s gives back the same graph', (format) => {
    fc.assert(fc.property(dataset, (d) => {
      expect(graphOf(roundTrip(d, format))).toEqual(graphOf(d));
    }), { numRuns: 60 });
  });

  it('gexf gives back the same graph, given the open dataset for sources', () => {
    fc.assert(fc.property(dataset, (d) => {
      expect(graphOf(roundTrip(d, 'gexf', d))).toEqual(graphOf(d));
    }), { numRuns: 60 });
  });

  it('a sub-view of a generated dataset is valid and round-trips', () => {
    fc.assert(fc.property(dataset, fc.infiniteStream(fc.boolean()), (d, keepStream) => {
      const keep = keepStream.take(d.entities.length);
      const flags = [...keep];
      const nodes = new Set(d.entities.filter((_, i) => flags[i]).map((e) => e.id));
      const view = subsetDataset(d, nodes, new Set(d.relations.map((r) => r.id)));
      expect(canon(roundTrip(view, 'project').entities)).toBe(canon(view.entities));
    }), { numRuns: 40 });
  });
});
