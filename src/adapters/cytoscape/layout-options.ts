/**
 * The Cytoscape layout options for each of the explorer's layouts of a
 * drawing that is not large (large drawings: large-layout.ts), and the
 * starting positions the force layouts refine.
 */
import type { LayoutOptions, NodeSingular } from 'cytoscape';

type Position = { x: number; y: number };

/** Force-directed (fcose), from the nodes' current positions: the same picture each time. */
export const FCOSE: LayoutOptions = {
  name: 'fcose',
  quality: 'proof',
  randomize: false,
  animate: false,
  nodeRepulsion: () => 16000,
  idealEdgeLength: () => 120,
  nodeSeparation: 100,
  gravity: 0.25,
  numIter: 2500,
  padding: 30,
  fit: true,
  nodeDimensionsIncludeLabels: true,
} as LayoutOptions;

/** Rings by number of links, the most connected in the middle. */
export function concentric(animate: boolean): LayoutOptions {
  return {
    name: 'concentric',
    concentric: (n: NodeSingular) => n.degree(false),
    levelWidth: () => 2,
    minNodeSpacing: 18,
    animate,
    animationDuration: 500,
    padding: 30,
  } as LayoutOptions;
}

/** A tree of steps from `root`. */
export function hierarchy(root: string | undefined, animate: boolean): LayoutOptions {
  return {
    name: 'breadthfirst',
    roots: root ? [root] : undefined,
    directed: false,
    spacingFactor: 1.1,
    circle: false,
    grid: false,
    avoidOverlap: true,
    animate,
    animationDuration: 500,
    padding: 30,
  } as LayoutOptions;
}

/** Positions computed elsewhere (a saved force layout, the country or time layout). */
export function preset(position: (n: NodeSingular) => Position, animate: boolean): LayoutOptions {
  return { name: 'preset', positions: position, animate, animationDuration: 500, padding: 30, fit: true } as LayoutOptions;
}

/** What a layout that failed, or whose code could not load, falls back to. */
export const FALLBACK: LayoutOptions = { name: 'concentric', animate: false, padding: 30 } as LayoutOptions;

/** The i-th of n starting positions: a sunflower spiral, the first in the middle. */
export function seedPosition(i: number, n: number): Position {
  const golden = Math.PI * (3 - Math.sqrt(5));
  const r = 40 * Math.sqrt(i + 0.5) * (n > 200 ? 1.5 : 1);
  return { x: r * Math.cos(i * golden), y: r * Math.sin(i * golden) };
}
