/** The bundled dataset and the sample import files, for the format tests. */
import { readFileSync } from 'node:fs';
import { parseDatasetText } from '../../../src/core/model/validate.ts';
import type { Dataset } from '../../../src/core/model/dataset.ts';
import type { InputFile } from '../../../src/core/formats/types.ts';

export const TODAY = '2024-05-01';

export function bundled(): Dataset {
  const r = parseDatasetText(readFileSync(new URL('../../../data/october-2016.json', import.meta.url), 'utf8'));
  if (!r.ok) throw new Error('the bundled dataset should load');
  return r.dataset;
}

export function fixture(name: string): InputFile {
  return { name, text: readFileSync(new URL(`../../fixtures/import/${name}`, import.meta.url), 'utf8') };
}
