/**
 * The dataset generator (src/core/generate): deterministic, valid, about three
 * relations per entity, heavy-tailed participation, several scripts.
 */
import { describe, it, expect } from 'vitest';
import { composition, generateDataset, FIRST_YEAR, LAST_YEAR } from '../../src/core/generate/generate.ts';
import { createRng, mulberry32, weightedSampler } from '../../src/core/generate/prng.ts';
import { validateDataset } from '../../src/core/model/validate.ts';
import type { DatasetInput } from '../../src/core/model/schema.ts';
import bundled from '../../data/october-2016.json';

const N = 1000;
const data: DatasetInput = generateDataset({ entities: N, seed: 1 });
const text = JSON.stringify(data);

describe('mulberry32', () => {
  it('gives the same sequence for the same seed and a different one for another', () => {
    const a = mulberry32(7);
    const b = mulberry32(7);
    const c = mulberry32(8);
    const xs = [a(), a(), a()];
    expect([b(), b(), b()]).toEqual(xs);
    expect([c(), c(), c()]).not.toEqual(xs);
    for (const x of xs) expect(x >= 0 && x < 1).toBe(true);
  });

  it('weightedSampler() draws in proportion to the weights', () => {
    const draw = weightedSampler(createRng(3), [1, 0, 3]);
    const counts = [0, 0, 0];
    for (let i = 0; i < 4000; i++) counts[draw()]!++;
    expect(counts[1]).toBe(0);
    expect(counts[2]! / counts[0]!).toBeGreaterThan(2.5);
    expect(counts[2]! / counts[0]!).toBeLessThan(3.5);
  });
});

describe('generateDataset({ entities: 1000, seed: 1 })', () => {
  it('gives the same bytes for the same seed, other bytes for another seed', () => {
    expect(JSON.stringify(generateDataset({ entities: N, seed: 1 }))).toBe(text);
    expect(JSON.stringify(generateDataset({ entities: N, seed: 2 }))).not.toBe(text);
  });

  it('passes the validator with no problem', () => {
    const result = validateDataset(JSON.parse(text));
    if (!result.ok) throw new Error(result.errors.slice(0, 5).map((e) => `${e.path}: ${e.message}`).join('\n'));
    expect(result.dataset.entities).toHaveLength(N);
  });

  it('has exactly the requested number of entities, of every type', () => {
    const comp = composition(N);
    const count = (t: string) => data.entities.filter((e) => e.type === t).length;
    expect(count('organization')).toBe(comp.organizations);
    expect(count('event')).toBe(comp.events);
    expect(count('publication')).toBe(comp.publications);
    expect(count('person')).toBe(comp.persons);
    expect(count('topic')).toBe(comp.topics);
    expect(count('country')).toBe(50);
  });

  it('has about three relations per entity, each unique and of a declared type', () => {
    expect(data.relations.length / N).toBeGreaterThan(2.8);
    expect(data.relations.length / N).toBeLessThan(3.2);
    const keys = new Set(data.relations.map((r) => `${r.source}>${r.type}>${r.target}`));
    expect(keys.size).toBe(data.relations.length);
    const types = new Set(data.relations.map((r) => r.type));
    expect(types.size).toBeGreaterThanOrEqual(15);
  });

  it('uses the relation types of the bundled dataset', () => {
    expect(data.relationTypes).toEqual(bundled.relationTypes);
  });

  it('has heavy-tailed participation per organization', () => {
    const orgs = new Set(data.entities.filter((e) => e.type === 'organization').map((e) => e.id));
    const events = new Set(data.entities.filter((e) => e.type === 'event').map((e) => e.id));
    const per = new Map([...orgs].map((id) => [id, 0]));
    for (const r of data.relations) if (orgs.has(r.source) && events.has(r.target)) per.set(r.source, per.get(r.source)! + 1);
    const counts = [...per.values()].sort((a, b) => b - a);
    const total = counts.reduce((a, b) => a + b, 0);
    const top10 = counts.slice(0, Math.ceil(counts.length / 10)).reduce((a, b) => a + b, 0);
    const median = counts[Math.floor(counts.length / 2)]!;
    expect(top10 / total).toBeGreaterThan(0.4);
    expect(counts[0]!).toBeGreaterThan(20 * Math.max(1, median));
  });

  it('spreads events over twenty years and fifty countries', () => {
    const years = new Set<number>();
    const countries = new Set<string>();
    for (const e of data.entities) {
      if (e.type !== 'event') continue;
      years.add(Number(e.start.slice(0, 4)));
      if (e.location?.country) countries.add(e.location.country);
    }
    expect(Math.min(...years)).toBe(FIRST_YEAR);
    expect(Math.max(...years)).toBe(LAST_YEAR);
    expect(years.size).toBe(20);
    expect(countries.size).toBeGreaterThanOrEqual(40);
  });

  it('names entities in Latin (with Vietnamese diacritics), Thai, Chinese, Khmer, Burmese and Lao', () => {
    const names = data.entities.map((e) => e.name).join('\n');
    const scripts: Record<string, RegExp> = {
      vietnamese: /[ăâđêôơưạảấầẩẫậắằẳẵặẹẻẽếềểễệỉịọỏốồổỗộớờởỡợụủứừửữựỳỵỷỹ]/iu,
      thai: /\p{Script=Thai}/u, chinese: /\p{Script=Han}/u, khmer: /\p{Script=Khmer}/u,
      burmese: /\p{Script=Myanmar}/u, lao: /\p{Script=Lao}/u, latin: /\p{Script=Latin}/u,
    };
    for (const [script, re] of Object.entries(scripts)) expect(re.test(names), script).toBe(true);
  });

  it('cites a declared source within its paragraphs for every entity and relation', () => {
    const paragraphs = new Map(data.sources.map((s) => [s.id, s.paragraphs ?? 0]));
    const bad: unknown[] = [];
    for (const item of [...data.entities, ...data.relations]) {
      if (item.citations.length === 0) bad.push(item);
      for (const c of item.citations) {
        const max = paragraphs.get(c.source);
        if (max === undefined || c.paragraph === undefined || c.paragraph < 1 || c.paragraph > max) bad.push(c);
      }
    }
    expect(bad).toEqual([]);
  });

  it('rejects fewer than twenty entities', () => {
    expect(() => generateDataset({ entities: 5, seed: 1 })).toThrow(/at least 20/);
  });
});
