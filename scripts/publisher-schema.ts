/**
 * Writes content/settings/publisher.schema.json from the zod schema in src/lib/publisher.ts, so
 * editors that read "$schema" (VS Code and others) complete and check the publisher's settings.
 * `npm run settings:schema`; test/unit/lib/publisher.test.ts fails when the file is out of date.
 */
import { writeFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { publisherJsonSchema } from '../src/lib/publisher.ts';

const out = fileURLToPath(new URL('../content/settings/publisher.schema.json', import.meta.url));
writeFileSync(out, publisherJsonSchema());
console.log(`wrote ${out}`);
