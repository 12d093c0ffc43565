import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { eventRows } from '../../../src/core/analysis/events.ts';
import type { EventRow } from '../../../src/core/analysis/events.ts';
import { colourMap, cutLabel, isoDay, layoutTimeline, MAX_R, MIN_R, PALETTE } from '../../../src/core/analysis/timeline.ts';
import { bundled, idOf } from './fixtures.ts';

describe('eventRows on the bundled dataset', () => {
  const g = bundled();
  const rows = eventRows(g);
  const row = (name: string) => rows.find((r) => r.id === idOf(g, name))!;

  it('lists every event in chronological order, each followed by its parts', () => {
    expect(rows).toHaveLength(g.entities.filter((e) => e.type === 'event').length);
    const starts = rows.map((r) => r.start);
    expect([...starts].sort()).toEqual(starts);
    const names = rows.filter((r) => r.start === '2016-09-30').map((r) => r.name.slice(0, 24));
    expect(names).toEqual([
      'Action-packed day focuse',
      'Half-day workshop on app',
      'Launch of the latest iss',
      'Regional Network Meeting',
      'Discussions on ‘latest t',
      'Panel discussion',
      'Session on programming u',
    ]);
    expect(rows.find((r) => r.name === 'Panel discussion')?.depth).toBe(2);
  });

  it('names organisers and participants with how they took part', () => {
    const m = row('Regional Network Meeting');
    expect(m.organisers.map((o) => [g.byId.get(o.id)?.name, o.labels])).toEqual([['IOM X', ['co-chaired']], ['UN-ACT', ['co-chaired']]]);
    expect(m.participants.map((p) => g.byId.get(p.id)?.name)).toEqual(['Cambodia', 'Hong Kong', 'Myanmar', 'United States']);
    expect(row('ASEAN-COMMIT workshop')).toMatchObject({ start: '2015-12-01', end: '2015-12-31', exact: false });
    expect(m).toMatchObject({ exact: true, when: '30 September 2016', place: 'Bangkok', country: idOf(g, 'Thailand'), count: 40, approximate: true, planned: false });
    expect(m.parts.map((id) => g.byId.get(id)?.name)).toContain('Panel discussion');
    expect(row('Panel discussion').parent).toBe(m.id);
  });

  it('marks announced events and the process they belong to', () => {
    const som = row('COMMIT Senior Officials Meeting 11');
    expect(som.planned).toBe(true);
    expect(som.process).toBe(idOf(g, 'COMMIT'));
    expect(som.organisers.map((o) => o.labels[0])).toEqual(['proposed']);
  });

  it('keeps only visible events and stakeholders', () => {
    const only = eventRows(g, { visible: (id) => id !== idOf(g, 'UN-ACT') && id !== idOf(g, 'Panel discussion') });
    expect(only.some((r) => r.name === 'Panel discussion')).toBe(false);
    expect(only.find((r) => r.name === 'Regional Network Meeting')!.organisers).toHaveLength(1);
  });
});

function fakeRow(i: number, start: string, name: string, count?: number, planned = false): EventRow {
  return {
    id: `e${i}`, name, kind: 'meeting', start, end: start, when: start, exact: true, planned, organisers: [], participants: [], parts: [], depth: 0,
    ...(count !== undefined ? { count } : {}),
  };
}

/** Whether two labels (with their marks) overlap in the same row. */
function labelBoxesOverlap(items: readonly { lane: number; x: number; x2: number; r: number; label: string; labelX: number; anchor: 'start' | 'end' }[], charWidth: number): boolean {
  const boxes = items.filter((it) => it.label !== '').map((it) => {
    const lw = it.label.length * charWidth;
    const left = it.anchor === 'start' ? it.x - it.r : it.labelX - lw;
    const right = it.anchor === 'start' ? it.labelX + lw : it.x2 + it.r;
    return { lane: it.lane, left, right };
  });
  for (let i = 0; i < boxes.length; i++) {
    for (let j = i + 1; j < boxes.length; j++) {
      const a = boxes[i]!;
      const b = boxes[j]!;
      if (a.lane === b.lane && !(a.right <= b.left || b.right <= a.left)) return true;
    }
  }
  return false;
}

describe('layoutTimeline', () => {
  it('places events left to right by date, inside the drawing', () => {
    const l = layoutTimeline([fakeRow(1, '2016-01-10', 'B'), fakeRow(0, '2015-12-01', 'A'), fakeRow(2, '2016-11-24', 'C')], { width: 1000 });
    const x = (id: string) => l.items.find((it) => it.row.id === id)!.x;
    expect(x('e0')).toBeLessThan(x('e1'));
    expect(x('e1')).toBeLessThan(x('e2'));
    for (const it of l.items) {
      expect(it.x).toBeGreaterThanOrEqual(l.left);
      expect(it.x).toBeLessThanOrEqual(l.right);
    }
    expect(isoDay(l.invert(x('e1')))).toBe('2016-01-10');
  });

  it('sizes marks by participants (area), the smallest when unknown', () => {
    const l = layoutTimeline([fakeRow(0, '2016-01-01', 'A', 40), fakeRow(1, '2016-06-01', 'B', 10), fakeRow(2, '2016-09-01', 'C')], { width: 1000 });
    const r = l.items.map((it) => it.r);
    expect(r[0]).toBe(MAX_R);
    expect(r[1]).toBeCloseTo(MIN_R + (MAX_R - MIN_R) * Math.sqrt(10 / 40), 6);
    expect(r[2]).toBe(MIN_R);
  });

  it('says "(announced)" in the label of a planned event', () => {
    const l = layoutTimeline([fakeRow(0, '2016-11-24', 'Senior Officials Meeting', undefined, true)], { width: 800 });
    expect(l.items[0]!.label).toBe('Senior Officials Meeting (announced)');
  });

  it('never lets two labels overlap in a lane, at phone or desktop width', () => {
    const arb = fc.array(fc.record({
      day: fc.integer({ min: 0, max: 400 }),
      name: fc.string({ minLength: 1, maxLength: 60 }),
      count: fc.option(fc.integer({ min: 0, max: 500 }), { nil: undefined }),
    }), { minLength: 1, maxLength: 30 });
    fc.assert(fc.property(arb, fc.constantFrom(390, 1280), (evs, width) => {
      const rows = evs.map((e, i) => fakeRow(i, isoDay(Date.UTC(2016, 0, 1) + e.day * 86_400_000), e.name, e.count));
      const charWidth = 6.6;
      const l = layoutTimeline(rows, { width, charWidth });
      expect(labelBoxesOverlap(l.items, charWidth)).toBe(false);
      expect(l.unlabelled).toBe(0);
      expect(l.width).toBeGreaterThanOrEqual(640);
    }), { numRuns: 150 });
  });

  it('past the label limit: labels the most attended events, caps the rows, labels still never overlap', () => {
    const rows = Array.from({ length: 300 }, (_, i) => fakeRow(i, isoDay(Date.UTC(2016, 0, 1) + (i % 40) * 86_400_000), `Event number ${i}`, i % 7 === 0 ? i : undefined));
    const l = layoutTimeline(rows, { width: 1280, labelLimit: 30, maxLanes: 10, keep: ['e1'] });
    expect(l.lanes).toBeLessThanOrEqual(10);
    const labelled = l.items.filter((it) => it.label !== '');
    expect(labelled.length).toBeLessThanOrEqual(31);
    expect(l.unlabelled).toBe(300 - labelled.length);
    // The most attended event (count 294) is labelled.
    expect(labelled.some((it) => it.row.id === 'e294')).toBe(true);
    expect(labelBoxesOverlap(l.items, 6.6)).toBe(false);
  });

  it('cuts long labels at a word boundary', () => {
    expect(cutLabel('Half-day workshop on applying a Communication for Development approach', 34)).toBe('Half-day workshop on applying a…');
  });

  it('gives each key a palette colour in order', () => {
    const m = colourMap(['meeting', 'workshop']);
    expect(m.get('meeting')).toEqual(PALETTE[0]);
    expect(m.get('workshop')).toEqual(PALETTE[1]);
  });
});
