import { describe, expect, it } from 'vitest';
import { replaceSection } from '../../bench/figures.ts';

describe('replaceSection (the bench scripts writing docs/figures.md)', () => {
  const doc = '# Figures\n\n<!-- bench:weight -->\nold table\n<!-- /bench:weight -->\n\n<!-- bench:layout -->\nkept\n<!-- /bench:layout -->\n';

  it('replaces only its own section, keeping the markers', () => {
    expect(replaceSection(doc, 'weight', 'new table\n')).toBe(
      '# Figures\n\n<!-- bench:weight -->\nnew table\n<!-- /bench:weight -->\n\n<!-- bench:layout -->\nkept\n<!-- /bench:layout -->\n',
    );
  });

  it('names the markers to add when the section is missing', () => {
    expect(() => replaceSection(doc, 'search', 'x')).toThrow('<!-- bench:search --> and <!-- /bench:search -->');
  });
});
