/**
 * Measures in a form that is cheap to send from the Worker to the page.
 *
 * A measured network of 50,000 entities has eight maps of 50,000 entries
 * (values and ranks of four measures). Copied as maps, the page spent about a
 * quarter of a second taking them in, in one task. Packed, each is a typed
 * array in the order of the network's ids, handed over without a copy; the
 * page reads them through one shared index of the ids.
 */
import type { Measure } from '../../core/analysis/network.ts';
import type { MeasureResult } from './measures.ts';

type PerMeasure<T> = Partial<Record<Measure, T>>;

/** A `MeasureResult` with its maps as columns in the order of `ids` (NaN: no value). */
export interface PackedMeasures {
  ids: readonly string[];
  nodes: number;
  values: PerMeasure<Float64Array>;
  ranks: PerMeasure<Float64Array>;
  skipped: MeasureResult['skipped'];
  engine: MeasureResult['engine'];
}

function column(map: ReadonlyMap<string, number>, ids: readonly string[]): Float64Array {
  const out = new Float64Array(ids.length);
  for (let i = 0; i < ids.length; i++) out[i] = map.get(ids[i]!) ?? NaN;
  return out;
}

/** Packs `result` (measured on the nodes `ids`); the second value lists the buffers to transfer. */
export function packMeasures(result: MeasureResult, ids: readonly string[]): [PackedMeasures, ArrayBuffer[]] {
  const values: PerMeasure<Float64Array> = {};
  const ranks: PerMeasure<Float64Array> = {};
  const buffers: ArrayBuffer[] = [];
  for (const [m, map] of Object.entries(result.values) as [Measure, ReadonlyMap<string, number>][]) {
    buffers.push((values[m] = column(map, ids)).buffer as ArrayBuffer);
  }
  for (const [m, map] of Object.entries(result.ranks) as [Measure, ReadonlyMap<string, number>][]) {
    buffers.push((ranks[m] = column(map, ids)).buffer as ArrayBuffer);
  }
  return [{ ids, nodes: result.nodes, values, ranks, skipped: result.skipped, engine: result.engine }, buffers];
}

/** Positions of the ids, built when first read (shared by every column of a result). */
class IdIndex {
  #ids: readonly string[];
  #at: Map<string, number> | null = null;

  constructor(ids: readonly string[]) {
    this.#ids = ids;
  }

  get ids(): readonly string[] {
    return this.#ids;
  }

  of(id: string): number | undefined {
    if (!this.#at) {
      this.#at = new Map();
      for (let i = 0; i < this.#ids.length; i++) this.#at.set(this.#ids[i]!, i);
    }
    return this.#at.get(id);
  }
}

/** A read-only map over one column: an id's entry is its position's number, unless NaN. */
class ColumnMap implements ReadonlyMap<string, number> {
  readonly #index: IdIndex;
  readonly #column: Float64Array;
  readonly size: number;

  constructor(index: IdIndex, column: Float64Array) {
    this.#index = index;
    this.#column = column;
    let n = 0;
    for (const v of column) if (!Number.isNaN(v)) n++;
    this.size = n;
  }

  get(id: string): number | undefined {
    const i = this.#index.of(id);
    const v = i === undefined ? NaN : this.#column[i]!;
    return Number.isNaN(v) ? undefined : v;
  }

  has(id: string): boolean {
    return this.get(id) !== undefined;
  }

  *entries(): MapIterator<[string, number]> {
    const ids = this.#index.ids;
    for (let i = 0; i < ids.length; i++) {
      const v = this.#column[i]!;
      if (!Number.isNaN(v)) yield [ids[i]!, v];
    }
  }

  *keys(): MapIterator<string> {
    for (const [k] of this.entries()) yield k;
  }

  *values(): MapIterator<number> {
    for (const [, v] of this.entries()) yield v;
  }

  [Symbol.iterator](): MapIterator<[string, number]> {
    return this.entries();
  }

  forEach(fn: (value: number, key: string, map: ReadonlyMap<string, number>) => void): void {
    for (const [k, v] of this.entries()) fn(v, k, this);
  }
}

export function unpackMeasures(p: PackedMeasures): MeasureResult {
  const index = new IdIndex(p.ids);
  const maps = (cols: PerMeasure<Float64Array>) => {
    const out: PerMeasure<ReadonlyMap<string, number>> = {};
    for (const [m, col] of Object.entries(cols) as [Measure, Float64Array][]) out[m] = new ColumnMap(index, col);
    return out;
  };
  return { nodes: p.nodes, values: maps(p.values), ranks: maps(p.ranks), skipped: p.skipped, engine: p.engine };
}
