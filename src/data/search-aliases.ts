/**
 * Other wordings the plan itself uses for one thing, reviewed by hand: when a query uses one form of
 * a pair, the search page suggests the query with the other form, as a link, with its own number of
 * results; the exact result is never changed. Both forms of every pair occur in the plan
 * (test/unit/data/search-aliases.test.ts), so a suggestion never leads nowhere. A form may also be
 * part of a longer term: 电子社保卡 suggests 电子社会保障卡 only if the plan has that.
 */
export const SEARCH_ALIASES: readonly (readonly [string, string])[] = [
  ['社保卡', '社会保障卡'],
  ['社保', '社会保险'],
  ['社保', '社会保障'],
  ['社保待遇', '社会保险待遇'],
  ['人社', '人力资源和社会保障'],
  ['人社', '人力资源社会保障'],
  ['人力资源和社保', '人力资源和社会保障'],
  ['人力资源社会保障', '人力资源和社会保障'],
  ['欠薪', '拖欠农民工工资'],
  ['劳动监察', '劳动保障监察'],
];
