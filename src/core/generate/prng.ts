/**
 * A small seeded pseudo-random generator (mulberry32) and the draws the dataset
 * generator needs. Same seed, same sequence, on every platform: only 32-bit
 * integer arithmetic and one division, no Math.random.
 */

export interface Rng {
  /** A float in [0, 1). */
  next(): number;
  /** An integer in [min, max], both included. */
  int(min: number, max: number): number;
  /** True with probability p. */
  chance(p: number): boolean;
  /** One element of a non-empty list. */
  pick<T>(list: readonly T[]): T;
}

/** mulberry32 by Tommy Ettinger: 32 bits of state, good enough for test data. */
export function mulberry32(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

export function createRng(seed: number): Rng {
  const next = mulberry32(seed);
  return {
    next,
    int: (min, max) => min + Math.floor(next() * (max - min + 1)),
    chance: (p) => next() < p,
    pick: <T>(list: readonly T[]): T => {
      if (list.length === 0) throw new Error('pick() from an empty list');
      return list[Math.floor(next() * list.length)] as T;
    },
  };
}

/** Fisher–Yates shuffle of a copy. */
export function shuffled<T>(rng: Rng, list: readonly T[]): T[] {
  const out = [...list];
  for (let i = out.length - 1; i > 0; i--) {
    const j = Math.floor(rng.next() * (i + 1));
    const tmp = out[i] as T;
    out[i] = out[j] as T;
    out[j] = tmp;
  }
  return out;
}

/**
 * Draws indexes 0..n-1 with probability proportional to `weights`
 * (binary search over the running sums: O(log n) per draw).
 */
export function weightedSampler(rng: Rng, weights: readonly number[]): () => number {
  const sums = new Float64Array(weights.length);
  let total = 0;
  weights.forEach((w, i) => {
    total += Math.max(0, w);
    sums[i] = total;
  });
  if (total <= 0) throw new Error('weightedSampler() needs a positive weight');
  return () => {
    const x = rng.next() * total;
    let lo = 0;
    let hi = sums.length - 1;
    while (lo < hi) {
      const mid = (lo + hi) >>> 1;
      if ((sums[mid] as number) > x) hi = mid;
      else lo = mid + 1;
    }
    return lo;
  };
}

/**
 * Zipf-like weights for n items in a random order: the item of rank r weighs
 * 1 / r^s. With s near 1 a few items take most of the draws (heavy tail).
 */
export function zipfWeights(rng: Rng, n: number, s: number): number[] {
  const ranks = shuffled(rng, Array.from({ length: n }, (_, i) => i + 1));
  return ranks.map((r) => 1 / Math.pow(r, s));
}

/** A small integer from a geometric distribution with the given mean (≥ 0). */
export function geometric(rng: Rng, mean: number): number {
  if (mean <= 0) return 0;
  const p = 1 / (1 + mean);
  let k = 0;
  while (rng.next() > p && k < 1000) k++;
  return k;
}
