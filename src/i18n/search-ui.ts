/**
 * The search page's UI strings (part of `ui`, src/i18n/ui.ts). Kept in a module of their own so that
 * the search page's browser code carries these and not every string of the site (the whole table
 * added 0.9 KB gzip to /search/ as the site grew).
 */
import { fill } from './fill.ts';

export const searchUi = {
  'search.title': '搜索',
  'search.label': '搜索规划',
  'search.siteLabel': '站内搜索',
  'search.placeholder': '搜索规划原文',
  'search.submit': '搜索',
  'search.shortcut': '按 / 键可随时搜索',
  'search.filters': '筛选结果',
  'search.chapter': '章节',
  'search.allChapters': '全部章节',
  'search.preamble': '标题和序言',
  'search.kind': '类别',
  'search.kindAll': '全部',
  'search.kind.text': '正文',
  'search.kind.column': '专栏',
  'search.kind.indicator': '指标',
  'search.results': '搜索结果',
  'search.empty': '请输入要查找的词语。',
  'search.count': '找到 {n} 处，位于 {pages} 个页面。',
  'search.countFiltered': '找到 {n} 处，位于 {pages} 个页面（筛选后；共 {total} 处）。',
  'search.none': '没有找到包含{q}的段落。',
  'search.noneAll': '没有找到同时包含{q}的段落。',
  'search.hintOne': '请检查用字，或换一种说法。',
  'search.hintAll': '请检查用字，或减少词语、换一种说法。',
  'search.simplified': '规划使用简体字：{typed}已按{q}查找。',
  'search.alias': '规划中也写作：',
  'search.parts': '“{term}”中出现的部分：',
  'search.together': '“{term}”的各部分同时出现：',
  'search.apart': '分开查找：',
  'search.nowhere': '“{q}”（未出现）',
  'search.sections': '同一节中同时出现：',
  'search.fallback': '搜索组件未能加载，已改用备用方式搜索，结果相同。',
  'search.badFilter': '地址中的筛选条件无效，已忽略（{values}），显示全部。',
  'search.retry': '重试',
  'search.indicatorPage': '指标详情',
  'search.noneFiltered': '当前筛选条件下没有结果；取消筛选可看到全部 {total} 处。',
  'search.truncated': '搜索词过长，只使用了前 {max} 个字。',
  'search.error': '搜索暂时无法使用：搜索数据未能加载。请检查网络后重试，或在全文页使用浏览器的查找功能。',
} as const;

export type SearchUiKey = keyof typeof searchUi;
export const ts = (key: SearchUiKey): string => searchUi[key];

/** A search string with {name} placeholders filled in. */
export const tsf = (key: SearchUiKey, values: Record<string, string | number>): string =>
  fill(searchUi[key], values);
