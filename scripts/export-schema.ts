/** `npm run schema`: writes docs/dataset.schema.json from the schema in src/core/model/schema.ts. */
import { writeFileSync } from 'node:fs';
import { toJsonSchema } from '../src/core/model/schema.ts';

const out = new URL('../docs/dataset.schema.json', import.meta.url);
writeFileSync(out, `${JSON.stringify(toJsonSchema(), null, 2)}\n`);
console.log(`wrote ${out.pathname}`);
