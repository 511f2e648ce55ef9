import { describe, expect, it } from 'vitest';
import { anchorLink } from '../../../src/lib/anchor-link.ts';
import { chapterOutline } from '../../../src/lib/outline.ts';

const chapters = [
  { n: 3, outline: chapterOutline(3, '## 第一节 全面实施全民参保计划\n\n段落\n') },
  { n: 4, outline: chapterOutline(4, '## 第三节 提升发展能级\n\n<Column n={7} title="人力资源服务提升工程">\n<ColumnItem n={2} title="产业集群集聚项目">\n') },
];

describe('anchorLink', () => {
  it('names a section with its title', () => {
    expect(anchorLink('s3-1', chapters)).toEqual({ path: 'chapters/3/#s3-1', label: '第三章第一节 全面实施全民参保计划' });
  });

  it('finds the chapter of a 专栏 and of its items', () => {
    expect(anchorLink('column-7', chapters)).toEqual({ path: 'chapters/4/#column-7', label: '专栏7 人力资源服务提升工程' });
    expect(anchorLink('column-7-2', chapters)).toEqual({ path: 'chapters/4/#column-7-2', label: '专栏7 产业集群集聚项目' });
    expect(anchorLink('column-7-2-p1', chapters).label).toBe('专栏7第02项');
  });

  it('rejects an anchor it does not know', () => {
    expect(() => anchorLink('column-99', chapters)).toThrow(/no 专栏/);
  });
});
