import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { chineseNumeral, parseSource } from '../../../../src/lib/source/parse-source.ts';
import { SOURCE_TXT } from '../../../support/paths.ts';

const doc = parseSource(readFileSync(SOURCE_TXT, 'utf8'));

describe('parseSource on the official text', () => {
  it('finds the title, one preamble paragraph and ten chapters in order', () => {
    expect(doc.title).toBe('四川省人力资源和社会保障事业发展 “十四五”规划');
    expect(doc.preamble).toHaveLength(1);
    expect(doc.chapters.map((c) => c.n)).toEqual([1, 2, 3, 4, 5, 6, 7, 8, 9, 10]);
  });

  it('finds the sections of every chapter as the table of contents lists them', () => {
    expect(doc.chapters.map((c) => c.sections.length)).toEqual([3, 6, 5, 4, 7, 4, 6, 3, 3, 4]);
    expect(doc.chapters[4]!.sections[6]!.title).toBe('加强表彰奖励工作');
  });

  it('finds all 20 专栏 once each, in order', () => {
    const columns = doc.chapters.flatMap((c) => [...c.intro, ...c.sections.flatMap((s) => s.blocks)]).filter((b) => b.kind === 'column');
    expect(columns.map((c) => c.n)).toEqual(Array.from({ length: 20 }, (_, i) => i + 1));
  });

  it('drops the table of contents with its page numbers', () => {
    const all = JSON.stringify(doc);
    expect(all).not.toMatch(/\.\.\.\.\./);
    expect(all).not.toContain('目 录');
  });

  it('joins a sentence that a page break split into two lines', () => {
    const first = doc.chapters[0]!.sections[0]!.blocks[0]!;
    expect(first.kind).toBe('paragraph');
    expect(first.kind === 'paragraph' && first.text).toContain('全面完成了“十三五”时期各项目标任务');
  });

  it('keeps paragraphs that end a page on a full stop apart', () => {
    const blocks = doc.chapters[4]!.sections[0]!.blocks.filter((b) => b.kind === 'paragraph');
    expect(blocks).toHaveLength(2);
  });

  it('reads 专栏 items with their numbers and text', () => {
    const column9 = doc.chapters[4]!.sections[1]!.blocks.find((b) => b.kind === 'column')!;
    expect(column9.kind === 'column' && column9.items.map((i) => [i.n, i.title])).toEqual([
      [1, '高技能人才培养基地项目'],
      [2, '技工教育质量提升工程'],
      [3, '技能人才评价提质扩面计划'],
      [4, '特色职业体系建设计划'],
      [5, '技能大赛品牌打造计划'],
    ]);
  });

  it('reads the indicator tables with header, category rows, indicator rows and note', () => {
    const column2 = doc.chapters[0]!.sections[2]!.blocks.find((b) => b.kind === 'column')!;
    if (column2.kind !== 'column' || !column2.table) throw new Error('专栏2 has no table');
    expect(column2.table.header).toEqual(['指标', '2020年', '2025年', '属性']);
    expect(column2.table.rows.filter((r) => r.length === 4)).toHaveLength(27);
    expect(column2.table.rows.filter((r) => r.length === 1)).toHaveLength(6);
    expect(column2.table.note).toBe('注：[]内为五年累计数。');
  });

  it('puts a paragraph after a table back into its section', () => {
    const blocks = doc.chapters[0]!.sections[0]!.blocks;
    expect(blocks.map((b) => b.kind)).toEqual(['paragraph', 'column', 'paragraph']);
  });
});

describe('parseSource on small inputs', () => {
  it('joins lines split by a blank line when the first does not end a sentence', () => {
    const parsed = parseSource('题\n\n第一章 总则\n\n这是一个被分\n\n页的句子。\n');
    expect(parsed.chapters[0]!.intro).toEqual([{ kind: 'paragraph', text: '这是一个被分页的句子。' }]);
  });

  it('refuses a section that comes before any chapter', () => {
    expect(() => parseSource('题\n\n第一节 无章之节\n')).toThrow(/Section before any chapter/);
  });
});

describe('chineseNumeral', () => {
  it.each([
    ['一', 1],
    ['十', 10],
    ['十二', 12],
    ['二十', 20],
    ['二十三', 23],
  ])('reads %s as %i', (text, value) => {
    expect(chineseNumeral(text)).toBe(value);
  });

  it('rejects what is not a numeral', () => {
    expect(() => chineseNumeral('章')).toThrow();
  });
});
