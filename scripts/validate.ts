/**
 * `npm run validate -- path/to/file.json [more.json]`: prints every problem with
 * its JSON path and exits 1 if any file is invalid.
 */
import { readFileSync } from 'node:fs';
import { parseDatasetText } from '../src/core/model/validate.ts';

const files = process.argv.slice(2);
if (files.length === 0) {
  console.error('Usage: npm run validate -- path/to/dataset.json [...]');
  process.exit(2);
}
let failed = false;
for (const file of files) {
  let text: string;
  try {
    text = readFileSync(file, 'utf8');
  } catch (e) {
    console.error(`${file}: cannot be read (${(e as Error).message})`);
    failed = true;
    continue;
  }
  const result = parseDatasetText(text);
  if (result.ok) {
    const d = result.dataset;
    console.log(`${file}: valid — "${d.title}", ${d.entities.length} entities, ${d.relations.length} relations, ${d.sources.length} sources.`);
  } else {
    failed = true;
    console.error(`${file}: ${result.errors.length} problem${result.errors.length === 1 ? '' : 's'}`);
    for (const err of result.errors) console.error(`  ${err.path}: ${err.message}`);
  }
}
process.exit(failed ? 1 : 0);
