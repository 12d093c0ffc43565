/**
 * The analysis state follows the app's dataset and view: filters and selection
 * carry over to the collaboration network, the measures, the sizes and the paths.
 */
import { describe, expect, it } from 'vitest';
import { AppState } from '../../../src/state/app.svelte.ts';
import { analysisOf } from '../../../src/components/analysis/analysis.svelte.ts';
import { bundled } from './fixtures.ts';

function app(): AppState {
  const a = new AppState();
  a.dataset = bundled().dataset;
  return a;
}

describe('AnalysisState', () => {
  it('is one instance per app', () => {
    const a = app();
    expect(analysisOf(a)).toBe(analysisOf(a));
  });

  it('projects the collaboration network within the filters', () => {
    const a = app();
    const an = analysisOf(a);
    expect(an.collab?.linkById.has('collab:org-iom-x|org-un-act')).toBe(true);
    const all = an.collab!.links.length;
    a.view = { ...a.view, hiddenTypes: ['country'] };
    expect(an.collab!.nodes.some((id) => id.startsWith('country-'))).toBe(false);
    expect(an.collab!.links.length).toBeLessThan(all);
    // Hiding the event type does not remove the events as shared contexts.
    a.view = { ...a.view, hiddenTypes: ['event'] };
    expect(an.collab?.linkById.has('collab:org-iom-x|org-un-act')).toBe(true);
    // A period without the meeting does.
    a.view = { ...a.view, hiddenTypes: [], from: '2016-11-01', to: '2016-11-30' };
    expect(an.collab?.linkById.has('collab:org-iom-x|org-un-act')).toBe(false);
  });

  it('sizes follow the view\'s measure on the network shown', async () => {
    const a = app();
    const an = analysisOf(a);
    expect(an.sizeValues.get('org-iom-x')).toBe(2); // degree in the knowledge graph
    a.view = { ...a.view, sizeBy: 'betweenness' };
    await expect.poll(() => an.sizeValues.get('org-iom-x'), { timeout: 10_000 }).toBeCloseTo(5.95, 6);
    a.view = { ...a.view, view: 'collab', sizeBy: 'degree' };
    await expect.poll(() => an.sizeValues.get('org-iom-x'), { timeout: 10_000 }).toBe(8); // collaborators
  });

  it('finds the paths between the view\'s two ends, and the ids to highlight', () => {
    const a = app();
    const an = analysisOf(a);
    expect(an.paths).toBeNull();
    a.view = { ...a.view, pathFrom: 'org-ilo', pathTo: 'org-iom-x' };
    expect(an.paths?.length).toBe(3);
    expect(an.pathIds).toEqual(expect.arrayContaining(['org-ilo', 'event-rnm-panel-discussion-2016-09-30', 'org-iom-x']));
    an.pathSettings = { ...an.pathSettings, excludeTypes: ['event'] };
    expect(an.paths?.length).not.toBe(3);
  });

  it('gives an entity\'s value and rank on a measure, once measured in a moment of its own', async () => {
    const an = analysisOf(app());
    // Asked for while something else is being done: measured in a task of its own, not in this one.
    expect(an.measureOf('collab', 'betweenness', 'country-cambodia')).toBeNull();
    expect(an.pending('collab')).toBe(true);
    await expect.poll(() => an.measureOf('collab', 'betweenness', 'country-cambodia'), { timeout: 10_000 }).toEqual({ value: 17.5, rank: 1, of: 23 });
    expect(an.pending('collab')).toBe(false);
    expect(an.measureOf('collab', 'degree', 'event-regional-network-meeting-2016-09-30')).toBeNull();
  });
});

describe('AnalysisState on a network too big to measure at once', () => {
  it('says the measures are being computed, sizes by degree meanwhile, then shows them', async () => {
    const { generateDataset } = await import('../../../src/core/generate/generate.ts');
    const { validateDataset } = await import('../../../src/core/model/validate.ts');
    const result = validateDataset(JSON.parse(JSON.stringify(generateDataset({ entities: 400, seed: 3 }))));
    if (!result.ok) throw new Error(result.errors[0]?.message);
    const a = new AppState();
    a.dataset = result.dataset;
    a.view = { ...a.view, view: 'graph', sizeBy: 'pagerank' };
    const an = analysisOf(a);
    expect(a.graph!.entities.length).toBeGreaterThan(300);
    expect(an.graphMeasures).toBeNull();
    expect(an.pending('graph')).toBe(true);
    const hub = [...a.degrees].sort((x, y) => y[1] - x[1])[0]![0];
    expect(an.measureOf('graph', 'degree', hub)).toBeNull();
    expect(an.sizeValues.get(hub)).toBe(a.degrees.get(hub));
    await expect.poll(() => an.graphMeasures, { timeout: 60_000 }).not.toBeNull();
    expect(an.pending('graph')).toBe(false);
    expect(an.measureOf('graph', 'degree', hub)?.rank).toBe(1);
    // PageRank is there too (graphology's, since Cytoscape's is limited to smaller networks) and sizes follow it.
    expect(an.graphMeasures!.values.pagerank?.size).toBe(an.graphNetwork!.nodes.length);
    expect(an.measuredIds('graph')).toEqual(an.graphNetwork!.nodes);
    expect(an.sizeValues.get(hub)).toBe(an.graphMeasures!.values.pagerank!.get(hub));
  });
});
