import { describe, expect, it } from 'vitest';
import { format } from 'prettier';
import { replaceSection } from '../../bench/figures.ts';

describe('replaceSection (the bench scripts writing docs/figures.md)', () => {
  const doc = '# Figures\n\n<!-- bench:weight -->\nold table\n<!-- /bench:weight -->\n\n<!-- bench:layout -->\nkept\n<!-- /bench:layout -->\n';

  it('replaces only its own section, keeping the markers', () => {
    expect(replaceSection(doc, 'weight', 'new table\n')).toBe(
      '# Figures\n\n<!-- bench:weight -->\n\nnew table\n\n<!-- /bench:weight -->\n\n<!-- bench:layout -->\nkept\n<!-- /bench:layout -->\n',
    );
  });

  it('writes a section as Prettier writes Markdown (npm run lint checks docs/figures.md)', async () => {
    const written = replaceSection(
      '# Figures\n\n<!-- bench:build -->\n<!-- /bench:build -->\n',
      'build',
      '_Measured today._\n\n```text\nwhole build 5.33 s\n```\n',
    );
    expect(await format(written, { parser: 'markdown' })).toBe(written);
  });

  it('names the markers to add when the section is missing', () => {
    expect(() => replaceSection(doc, 'search', 'x')).toThrow('<!-- bench:search --> and <!-- /bench:search -->');
  });
});
