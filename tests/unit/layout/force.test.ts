/**
 * The force layout of large drawings (ForceAtlas2, LinLog): entities with few
 * or no links drawn stay near the rest instead of drifting far out, where they
 * would shrink everything else when the view is fitted.
 */
import { describe, expect, it } from 'vitest';
import { forcePositions } from '../../../src/core/layout/force.ts';

function input(n: number, lonely: number) {
  const positions = new Float64Array(n * 2);
  for (let i = 0; i < n; i++) {
    const a = i * 2.39996;
    const r = 10 * Math.sqrt(i);
    positions[2 * i] = r * Math.cos(a);
    positions[2 * i + 1] = r * Math.sin(a);
  }
  // A deterministic sparse web among the first n - lonely nodes; the last `lonely` have no link.
  const edges: number[] = [];
  const linked = n - lonely;
  for (let i = 1; i < linked; i++) edges.push(i, (i * 7919) % i, i, (i * 104729 + 13) % linked);
  return { positions, edges: new Uint32Array(edges), iterations: 100, spacing: 60 };
}

describe('forcePositions', () => {
  it('keeps unlinked entities near the linked ones, and no two on one spot', () => {
    const n = 600;
    const out = forcePositions(input(n, 12));
    let cx = 0;
    let cy = 0;
    for (let i = 0; i < n; i++) { cx += out[2 * i]! / n; cy += out[2 * i + 1]! / n; }
    const d = Array.from({ length: n }, (_, i) => Math.hypot(out[2 * i]! - cx, out[2 * i + 1]! - cy)).sort((a, b) => a - b);
    expect(d[n - 1]! / d[Math.floor(n * 0.9)]!).toBeLessThan(1.5);
    const spots = new Set(Array.from({ length: n }, (_, i) => `${Math.round(out[2 * i]!)},${Math.round(out[2 * i + 1]!)}`));
    expect(spots.size).toBe(n);
  });
  it('gives the same positions for the same input', () => {
    expect(forcePositions(input(300, 5))).toEqual(forcePositions(input(300, 5)));
  });
});
