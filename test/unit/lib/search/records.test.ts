import { describe, expect, it } from 'vitest';
import { pageRecords } from '../../../../src/lib/search/records.ts';

const html = `<main><h1 id="c3" data-plan>第三章 健全体系</h1><div data-plan>
<p id="c3-p1">引言。</p>
<div><h2 id="s3-1">第一节 养老</h2><a data-ui href="#s3-1">#本节链接</a></div>
<p id="s3-1-p1">完善 养老保险<sup data-ui>勘误</sup>制度。</p>
<section class="column"><h3 id="column-5">专栏 5 工程</h3><h4 id="column-5-1">01 项目</h4><p id="column-5-1-p1">内容。</p></section>
<section class="column"><h3 id="column-6">专栏 6 指标</h3><table><thead><tr><th>指标</th></tr></thead><tbody><tr id="column-6-1"><th>1.人数</th></tr></tbody></table></section>
</div></main>`;

describe('pageRecords', () => {
  const records = pageRecords(html, 'chapters/3/', 3);

  it('groups passages by chapter introduction, section and 专栏, with their path', () => {
    expect(records.map((r) => r.path)).toEqual([
      ['第三章 健全体系'],
      ['第三章 健全体系', '第一节 养老'],
      ['第三章 健全体系', '第一节 养老', '专栏 5 工程'],
      ['第三章 健全体系', '第一节 养老', '专栏 6 指标'],
    ]);
  });

  it('keeps the plan text of each passage without whitespace or UI controls', () => {
    expect(records[1]!.passages).toEqual([
      { anchor: 's3-1', kind: 'text', text: '第一节养老' },
      { anchor: 's3-1-p1', kind: 'text', text: '完善养老保险制度。' },
    ]);
  });

  it('tells 专栏 items from indicator tables, and links a header row to its table', () => {
    expect(records[2]!.passages.map((p) => p.kind)).toEqual(['column', 'column', 'column']);
    expect(records[3]!.passages).toEqual([
      { anchor: 'column-6', kind: 'indicator', text: '专栏6指标' },
      { anchor: 'column-6', kind: 'indicator', text: '指标' },
      { anchor: 'column-6-1', kind: 'indicator', text: '1.人数' },
    ]);
  });
});
