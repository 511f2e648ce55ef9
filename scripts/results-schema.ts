/**
 * Writes content/data/results.schema.json from the zod schema in src/lib/results/schema.ts, so editors
 * that read "$schema" complete and check the results file. `npm run results:schema`;
 * test/unit/lib/results/schema.test.ts fails when the file is out of date.
 */
import { writeFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { resultsJsonSchema } from '../src/lib/results/schema.ts';

const out = fileURLToPath(new URL('../content/data/results.schema.json', import.meta.url));
writeFileSync(out, resultsJsonSchema());
console.log(`wrote ${out}`);
