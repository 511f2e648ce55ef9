import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { buildKey, keptFiles, type KeySettings } from '../../../src/integrations/build-cache.ts';

const dir = mkdtempSync(join(tmpdir(), 'build-cache-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

const root = join(dir, 'project');
const write = (file: string, text: string) => {
  mkdirSync(join(root, file, '..'), { recursive: true });
  writeFileSync(join(root, file), text);
};
write('src/pages/index.astro', '<p>就业优先</p>');
write('src/lib/downloads/to-docx.ts', 'export const a = 1;');
write('content/plan/01.mdx', '# 第一章');
write('content/settings/publisher.json', '{}');
write('astro.config.mjs', 'export default {};');
write('package.json', '{}');
write('package-lock.json', '{"docx":"9.15.2"}');
write('dist/index.html', 'built');

const settings: KeySettings = { site: 'https://plan.test', base: '/', sourceDateEpoch: undefined, node: 'v24.0.0' };
const key = buildKey(root, settings);

describe('the build cache key', () => {
  it('is the same for the same tree and settings, whatever the build wrote', () => {
    write('dist/index.html', 'built again');
    write('.astro/cache/x', 'cache');
    expect(buildKey(root, settings)).toBe(key);
  });

  it.each([
    ['a source file', 'src/lib/downloads/to-docx.ts', 'export const a = 2;'],
    ['a page', 'src/pages/index.astro', '<p>就业优先。</p>'],
    ['the plan', 'content/plan/01.mdx', '# 第一章 '],
    ['the settings', 'content/settings/publisher.json', '{"a":1}'],
    ['a new file', 'src/lib/new.ts', ''],
    ['the config', 'astro.config.mjs', 'export default { base: "/plan/" };'],
    ['a package version', 'package-lock.json', '{"docx":"9.15.3"}'],
  ])('changes with %s', (_, file, text) => {
    const before = buildKey(root, settings);
    write(file, text);
    expect(buildKey(root, settings)).not.toBe(before);
  });

  it.each([
    ['site', { site: 'https://example.gov.cn' }],
    ['base', { base: '/plan/' }],
    ['SOURCE_DATE_EPOCH', { sourceDateEpoch: '1700000000' }],
    ['Node', { node: 'v24.1.0' }],
  ])('changes with the %s setting', (_, change) => {
    expect(buildKey(root, { ...settings, ...change })).not.toBe(buildKey(root, settings));
  });
});

describe('keptFiles', () => {
  const bodies = { 'plan.txt': '规划全文\n', 'plan.docx': new Uint8Array([80, 75, 3, 4, 0, 255]) };

  it('makes the files once per key and gives each back as the kind it was (text or bytes)', async () => {
    const cache = { dir: join(dir, 'cache'), key: 'k1' };
    let made = 0;
    const make = async () => {
      made += 1;
      return bodies;
    };
    expect(await keptFiles(cache, 'plan', make)).toEqual(bodies);
    const again = await keptFiles(cache, 'plan', make);
    expect(made).toBe(1);
    expect(again['plan.txt']).toBe('规划全文\n');
    expect(again['plan.docx']).toBeInstanceOf(Uint8Array);
    expect([...again['plan.docx']]).toEqual([80, 75, 3, 4, 0, 255]);
    await keptFiles({ ...cache, key: 'k2' }, 'plan', make);
    expect(made).toBe(2);
  });

  it('always makes them without a cache (astro dev, tests)', async () => {
    let made = 0;
    for (let i = 0; i < 2; i += 1) await keptFiles(null, 'plan', async () => ((made += 1), bodies));
    expect(made).toBe(2);
  });
});
