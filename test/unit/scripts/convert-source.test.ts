import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { convert } from '../../../scripts/convert-source.ts';
import { errata } from '../../../src/data/errata.ts';
import { isAnchorOf } from '../../../src/lib/anchors.ts';
import { SOURCE_TXT } from '../../support/paths.ts';
import { chapterFile, PLAN_TITLE } from '../../support/plan-facts.ts';

const files = convert(readFileSync(SOURCE_TXT, 'utf8'));

describe('convert-source', () => {
  it('writes the preamble and ten chapter files, and leaves the indicator data to src/data/indicators.ts', () => {
    const names = [...files.keys()];
    expect(names.filter((n) => n.startsWith('content/plan/'))).toHaveLength(11);
    expect(names).toContain(chapterFile(3));
    expect(names.filter((n) => !n.startsWith('content/plan/'))).toEqual([]);
  });

  it('writes frontmatter the collection schema expects', () => {
    const mdx = files.get(chapterFile(3))!;
    expect(mdx).toMatch(/^---\nchapter: 3\ntitle: "健全多层次社会保障体系"\nshortTitle: "社会保障"\ndescription: ".+"\n---\n/);
  });

  it('turns sections into headings and 专栏 into components', () => {
    const mdx = files.get(chapterFile(2))!;
    expect(mdx).toContain('## 第四节 促进创业带动就业');
    expect(mdx).toContain('<Column n={3} title="就业创业促进计划">');
    expect(mdx).toContain('<ColumnItem n={6} title="就业统计基础提升计划">');
  });

  it('marks every erratum once with <Fix>', () => {
    const all = [...files.values()].join('\n');
    // Table cells are marked by <IndicatorTable>, and the title by the pages (it is frontmatter), not in the MDX.
    for (const e of errata.filter((x) => x.anchor !== 'title' && !isAnchorOf(x.anchor, ['table-row', 'table-note']))) {
      expect(all.split(`<Fix id="${e.id}">`).length - 1, e.id).toBe(1);
    }
    expect(files.get(chapterFile(0))).toContain(`title: "${PLAN_TITLE}"`);
    expect(all).not.toContain('单位 and 人群');
    expect(all).not.toContain('一千多支');
  });
});
