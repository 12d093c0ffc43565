import { describe, expect, it } from 'vitest';
import { listSegments, plain, predicate } from '../../../src/core/analysis/words.ts';
import { bundled, idOf } from './fixtures.ts';

describe('predicate', () => {
  it('keeps labels that start with a verb', () => {
    for (const l of ['presented at', 'co-chaired', 'took part in', 'had participants from', 'focuses on', 'includes', 'was the venue of', 'featured a presentation by']) {
      expect(predicate(l)).toBe(l);
    }
  });
  it('adds "was" to a passive ("co-chaired by", "agreed to by")', () => {
    expect(predicate('co-chaired by')).toBe('was co-chaired by');
    expect(predicate('agreed to by')).toBe('was agreed to by');
    expect(predicate('supported by', true)).toBe('were supported by');
  });
  it('adds "was" to a participle with a preposition ("held in", "launched at")', () => {
    expect(predicate('held in')).toBe('was held in');
    expect(predicate('launched at')).toBe('was launched at');
    expect(predicate('presented at')).toBe('presented at');
  });
  it('adds "is" to a noun phrase ("part of", "focus of", "to be endorsed by")', () => {
    expect(predicate('part of')).toBe('is part of');
    expect(predicate('focus of')).toBe('is focus of');
    expect(predicate('to be endorsed by')).toBe('is to be endorsed by');
    expect(predicate('member of', true)).toBe('are member of');
  });
});

describe('listSegments', () => {
  const g = bundled();
  it('"A, B and C", then "and N more"', () => {
    const ids = ['IOM X', 'UN-ACT', 'ILO'].map((n) => idOf(g, n));
    expect(plain(listSegments(g, ids))).toBe('IOM X, UN-ACT and ILO');
    expect(plain(listSegments(g, ids, 2))).toBe('IOM X, UN-ACT and 1 more');
    expect(listSegments(g, ids).filter((s) => s.kind === 'entity')).toHaveLength(3);
  });
});
