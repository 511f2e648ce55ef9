import { describe, expect, it } from 'vitest';
import { anchorLink } from '../../../src/lib/anchor-link.ts';
import { readPlan } from '../../../src/integrations/plan/read-plan.ts';

const plan = readPlan();

describe('anchorLink', () => {
  it('names a section with its title', () => {
    expect(anchorLink('s3-1', plan)).toEqual({ path: 'chapters/3/#s3-1', label: '第三章第一节 全面实施全民参保计划', chapter: 3 });
  });

  it('finds the chapter of a 专栏, its items and their paragraphs in the plan model', () => {
    expect(anchorLink('column-7', plan)).toEqual({ path: 'chapters/4/#column-7', label: '专栏7 人力资源服务提升工程', chapter: 4 });
    expect(anchorLink('column-7-2', plan)).toEqual({ path: 'chapters/4/#column-7-2', label: '专栏7 产业集群集聚项目', chapter: 4 });
    expect(anchorLink('column-7-2-p1', plan)).toMatchObject({ label: '专栏7第02项', chapter: 4 });
    expect(anchorLink('column-1-r5', plan)).toMatchObject({ path: 'chapters/1/#column-1-r5', label: '专栏1第5项' });
  });

  it('rejects an anchor the plan does not have', () => {
    expect(() => anchorLink('column-99', plan)).toThrow(/not an anchor of the plan/);
    expect(() => anchorLink('s3-9', plan)).toThrow(/not an anchor of the plan/);
  });
});
