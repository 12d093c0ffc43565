/**
 * Every file of the broken-dataset corpus (tests/fixtures/broken) through the
 * validator: each is refused with the problems its manifest names (exact path,
 * message containing the words), no message is without a path, and loading
 * never pollutes Object.prototype. The same files go through the browser in
 * tests/e2e/robustness.spec.ts.
 */
import { describe, expect, it } from 'vitest';
import { readFileSync } from 'node:fs';
import { parseDatasetText, MAX_REPORTED } from '../../../src/core/model/validate.ts';
import type { LoadResult } from '../../../src/core/model/validate.ts';
import { importFiles } from '../../../src/core/formats/index.ts';
import { corpus, validCorpus } from '../../../scripts/make-broken-fixtures.ts';

const dir = new URL('../../fixtures/broken/', import.meta.url);
interface Expected {
  path: string;
  message: string;
}
interface Manifest {
  files: { file: string; what: string; expect: Expected[]; imported?: Expected[] }[];
  valid: { file: string }[];
  secrets: string[];
}
const manifest = JSON.parse(readFileSync(new URL('manifest.json', dir), 'utf8')) as Manifest;
const read = (file: string) => readFileSync(new URL(file, dir), 'utf8');

describe('broken-dataset corpus', () => {
  it('the committed files are what scripts/make-broken-fixtures.ts generates', () => {
    for (const e of [...corpus(), ...validCorpus()]) expect(read(e.file), e.file).toBe(e.content);
    expect(manifest.files.map((f) => f.file)).toEqual(corpus().map((e) => e.file));
  });

  function expectReported(r: LoadResult, wanted: Expected[], paths: RegExp): void {
    expect(r.ok).toBe(false);
    if (r.ok) return;
    for (const want of wanted) {
      const found = r.errors.some((e) => e.path === want.path && e.message.includes(want.message));
      expect(found, `${want.path}: ${want.message}\n  got:\n${r.errors.slice(0, 30).map((e) => `  ${e.path}: ${e.message}`).join('\n')}`).toBe(true);
    }
    for (const e of r.errors) {
      expect(e.path).toMatch(paths);
      expect(e.message.trim().length).toBeGreaterThan(10);
      // A message quotes values briefly, whatever their length.
      expect(e.message.length).toBeLessThan(600);
    }
    expect(r.errors.length).toBeLessThanOrEqual(MAX_REPORTED + 1);
    expect(({} as Record<string, unknown>).polluted).toBeUndefined();
    expect(({} as Record<string, unknown>).isAdmin).toBeUndefined();
  }

  for (const entry of manifest.files) {
    it(`${entry.file}: ${entry.what}`, () => {
      expectReported(parseDatasetText(read(entry.file)), entry.expect, /^\$/);
    });
    it(`${entry.file}, opened as a file (format recognised by content)`, () => {
      // Whole-file problems of the importer name the file instead of `$`.
      expectReported(importFiles([{ name: entry.file, text: read(entry.file) }], { base: null, today: '2016-10-31' }), entry.imported ?? entry.expect,
        new RegExp(`^(\\$|${entry.file.replace(/\./g, '\\.')})`));
    });
  }

  for (const entry of manifest.valid) {
    it(`${entry.file} is valid`, () => {
      const r = parseDatasetText(read(entry.file));
      expect(r.ok ? [] : r.errors).toEqual([]);
    });
  }
});
