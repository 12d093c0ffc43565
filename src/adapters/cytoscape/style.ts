import type { StylesheetJson } from 'cytoscape';
import { TYPE_STYLES } from '../../core/encode/encode.ts';
import { ENTITY_TYPES } from '../../core/model/vocab.ts';

/**
 * The stylesheet. Static values only (no function mappers) so that Cytoscape
 * can cache them; per-element values come through `data(...)`.
 */
export function stylesheet(opts: { large?: boolean; reduceMotion?: boolean } = {}): StylesheetJson {
  const large = opts.large ?? false;
  const typeRules = ENTITY_TYPES.map((t) => ({
    selector: `node[type = "${t}"]`,
    style: {
      'background-color': TYPE_STYLES[t].color,
      shape: TYPE_STYLES[t].shape,
      'border-color': TYPE_STYLES[t].ink,
    },
  }));
  return [
    {
      selector: 'node',
      style: {
        width: 'data(size)',
        height: 'data(size)',
        label: 'data(short)',
        'font-size': 14,
        'font-family': 'system-ui, sans-serif',
        color: '#1d232b',
        'text-valign': 'bottom',
        'text-margin-y': 3,
        'text-outline-color': '#ffffff',
        'text-outline-width': 2,
        'text-outline-opacity': 0.9,
        'min-zoomed-font-size': 7,
        'border-width': 1.5,
        'overlay-padding': 4,
        'transition-property': 'opacity',
        // No fading in and out for people who asked their system for less motion.
        'transition-duration': opts.reduceMotion ? 0 : 150,
      },
    },
    ...typeRules,
    // Level of detail: minor labels only appear once zoomed in far enough to read them.
    { selector: 'node.minor', style: { 'font-size': 12, 'min-zoomed-font-size': 11 } },
    {
      selector: 'node.full, node:selected, node.hovered',
      style: {
        label: 'data(name)',
        'text-wrap': 'wrap',
        'text-max-width': '200px',
        'font-size': 15,
        'font-weight': 'bold',
        'z-index': 20,
        // Readable at ordinary zooms even when the entity is a minor one.
        'min-zoomed-font-size': 7,
      },
    },
    {
      selector: 'node:selected',
      // The selection is always named, however far out the view is zoomed.
      style: { 'border-width': 5, 'border-color': '#111111', 'z-index': 30, 'min-zoomed-font-size': 0 },
    },
    { selector: 'node.hovered', style: { 'min-zoomed-font-size': 0 } },
    { selector: 'node.dim', style: { opacity: 0.25 } },
    { selector: 'node.faded', style: { opacity: 0.12, label: '' } },
    { selector: 'node.path', style: { 'border-width': 4, 'border-color': '#6a0dad', opacity: 1 } },
    {
      selector: 'edge',
      style: {
        width: 1.4,
        'line-color': '#8a94a3',
        'curve-style': 'bezier',
        'target-arrow-shape': 'triangle',
        'target-arrow-color': '#8a94a3',
        'arrow-scale': 0.7,
        opacity: 0.75,
        'font-size': 12,
        color: '#303740',
        'text-rotation': 'autorotate',
        'text-background-color': '#ffffff',
        'text-background-opacity': 0.9,
        'text-background-padding': '2px',
        'min-zoomed-font-size': 8,
      },
    },
    { selector: 'edge.collab', style: { width: 2.2, 'line-color': '#4a5566', 'target-arrow-color': '#4a5566' } },
    { selector: 'edge.derived', style: { 'line-style': 'dotted', 'line-color': '#c2a25a', 'target-arrow-color': '#c2a25a' } },
    { selector: 'edge.weak', style: { 'line-style': 'dashed' } },
    { selector: 'edge.hl, edge.hovered, edge:selected', style: { opacity: 1, width: 2.6, 'z-index': 10 } },
    // A highlighted link is labelled once the zoom makes its label legible (the renderer adds `told`).
    { selector: 'edge.told, edge.hovered, edge:selected', style: { label: 'data(label)' } },
    { selector: 'edge:selected', style: { 'line-color': '#111111', 'target-arrow-color': '#111111', width: 3.5 } },
    { selector: 'edge.dim', style: { opacity: 0.12 } },
    { selector: 'edge.faded', style: { opacity: 0.08 } },
    { selector: 'edge.path', style: { 'line-color': '#6a0dad', 'target-arrow-color': '#6a0dad', width: 4, opacity: 1, label: 'data(label)' } },
    // Large graphs: the cheap settings from Cytoscape's performance guide.
    ...(large ? ([
      { selector: 'node', style: { 'text-outline-width': 0, 'border-width': 0, 'transition-duration': 0 } },
      { selector: 'node.minor', style: { 'min-zoomed-font-size': 14 } },
      { selector: 'edge', style: { 'curve-style': 'haystack', 'haystack-radius': 0, 'target-arrow-shape': 'none', width: 0.8, opacity: 0.4 } },
      { selector: 'edge.collab', style: { width: 1 } },
    ] as StylesheetJson) : []),
  ];
}
