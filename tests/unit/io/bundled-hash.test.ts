/**
 * The bundled dataset is validated when the app is built, and the page skips
 * validating it again when it downloads exactly those bytes (src/io/load.ts):
 * the build must have found it valid, without warnings.
 */
import { createHash } from 'node:crypto';
import { readFileSync } from 'node:fs';
import { expect, it } from 'vitest';

it('the build records the SHA-256 of the bundled dataset, found valid', () => {
  const bytes = readFileSync(new URL('../../../data/october-2016.json', import.meta.url));
  expect(__BUNDLED_SHA256__).toBe(createHash('sha256').update(bytes).digest('hex'));
});
