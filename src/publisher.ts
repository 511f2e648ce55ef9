/**
 * The publisher's settings (content/settings/publisher.json), read and validated once. Build code
 * (astro.config.mjs, integrations) and pages import `publisher`; tests call loadPublisher() on a copy.
 */
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { parsePublisher, PUBLISHER_FILE, type Publisher } from './lib/publisher.ts';

/** Reads the settings below `root`; a file path in them must exist in public/. */
export function loadPublisher(root: string = process.cwd()): Publisher {
  const file = join(root, PUBLISHER_FILE);
  if (!existsSync(file)) throw new Error(`${PUBLISHER_FILE} is missing: restore it (every field is optional, so {} is a valid file)`);
  const settings = parsePublisher(readFileSync(file, 'utf8'));
  const paths: (readonly [string, string | undefined])[] = [
    ['document.pdf.url', settings.document.pdf?.url],
    ['site.govBadge.image', settings.site.govBadge?.image],
    ...settings.related.map((d, i) => [`related.${i}.url`, d.url] as const),
  ];
  for (const [field, value] of paths) {
    if (value && !/^https?:/.test(value) && !existsSync(join(root, 'public', value))) {
      throw new Error(`${PUBLISHER_FILE}: field "${field}": public/${value} does not exist`);
    }
  }
  return settings;
}

export const publisher: Publisher = loadPublisher();
