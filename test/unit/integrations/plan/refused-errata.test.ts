/**
 * Bad edits of src/data/errata.ts that `npm run build` must refuse, naming the erratum and the field
 * (or the <Fix> in the MDX), one message each: the errata are the only licence to differ from the
 * official text, so each must name real text at a real place and be marked where it applies.
 */
import { afterAll } from 'vitest';
import { cleanupPlanEdits } from '../../../support/plan-edits.ts';
import { describeRefusals, inRecord, lineOf, replaceOnce } from '../../../support/refusals.ts';
import { chapterFile, PLAN_TITLE } from '../../../support/plan-facts.ts';

afterAll(() => cleanupPlanEdits());

const ERRATA = 'src/data/errata.ts';
const CH3 = chapterFile(3);
const CH5 = chapterFile(5);
const CH8 = chapterFile(8);

/** The text of one erratum record, from its opening brace to its closing one. */
const block = (text: string, id: string): string => {
  const start = text.lastIndexOf('  {\n', text.indexOf(`id: '${id}'`));
  return text.slice(start, text.indexOf('\n  },\n', start) + 6);
};

describeRefusals('errata that do not fit the schema', [
  {
    name: 'a duplicate id',
    file: ERRATA,
    edit: replaceOnce("id: 'paren-column-1-6',", "id: 'paren-column-1-5',"),
    message: 'src/data/errata.ts, erratum "paren-column-1-5", field "id": duplicate id',
  },
  {
    name: 'a misspelt key (not also: the reason is missing)',
    file: ERRATA,
    edit: inRecord('and-s3-1-p1', 'reason:', 'reasn:'),
    message: 'src/data/errata.ts, erratum "and-s3-1-p1", field "reasn": unknown field (did you mean "reason"?)',
  },
  {
    name: 'an anchor of a 专栏 item instead of its paragraph',
    file: ERRATA,
    edit: inRecord('gongji-column-9-2', "anchor: 'column-9-2-p1'", "anchor: 'column-9-2'"),
    message: 'src/data/errata.ts, erratum "gongji-column-9-2", field "anchor": the anchor of a paragraph or table row',
  },
  {
    name: 'a correction that changes nothing',
    file: ERRATA,
    edit: inRecord('yigan-c8-p1', "corrected: '一干多支'", "corrected: '一千多支'"),
    message: 'src/data/errata.ts, erratum "yigan-c8-p1", field "corrected": is the same as original',
  },
  {
    name: 'a misspelt key inside summary',
    file: ERRATA,
    edit: inRecord('punct-s1-1-p2', 'summary: { original:', 'summary: { orignal:'),
    message: 'src/data/errata.ts, erratum "punct-s1-1-p2", field "summary.orignal": unknown field (did you mean "original"?)',
  },
]);

describeRefusals('errata and <Fix> marks that do not pair', [
  {
    name: 'an erratum removed while its <Fix> stays',
    file: ERRATA,
    edit: (t) => t.replace(block(t, 'and-s3-1-p1'), ''),
    message: `${CH3}:${lineOf(CH3, '<Fix id="and-s3-1-p1">')}: <Fix id="and-s3-1-p1"> has no erratum: add it to src/data/errata.ts`,
  },
  {
    name: 'a corrected text that is not what the <Fix> shows',
    file: ERRATA,
    edit: inRecord('gongji-column-9-2', "corrected: '实施技工教育发展'", "corrected: '实施技工教育的发展'"),
    message: `${CH5}:${lineOf(CH5, '<Fix id="gongji-column-9-2">')}: <Fix id="gongji-column-9-2"> holds “实施技工教育发展”, but its erratum's corrected text is “实施技工教育的发展”`,
  },
]);

describeRefusals('an original that is not in the official text', [
  {
    name: 'a typo in original',
    file: ERRATA,
    edit: inRecord('yigan-c8-p1', "original: '一千多支'", "original: '一千多枝'"),
    message: `src/data/errata.ts, erratum "yigan-c8-p1", field "original": at c8-p1 (${CH8}:8) the official text reads “…建设规划纲要》，深化拓展“一千多【支、五区协同”等战略，坚持统筹协】”, not “一千多枝”`,
  },
]);

describeRefusals('an anchor that the plan does not have', [
  {
    name: 'a table row that does not exist',
    file: ERRATA,
    edit: inRecord('paren-column-1-5', "anchor: 'column-1-r5'", "anchor: 'column-1-r99'"),
    message: 'src/data/errata.ts, erratum "paren-column-1-5", field "anchor": "column-1-r99" is not an anchor of the plan',
  },
]);

describeRefusals('errata that name the wrong place, or are out of order', [
  {
    name: 'an erratum whose anchor is not the paragraph its <Fix> stands in',
    file: ERRATA,
    edit: inRecord('yigan-c8-p1', "anchor: 'c8-p1'", "anchor: 'c8-p2'"),
    message: `${CH8}:8: <Fix id="yigan-c8-p1"> stands in c8-p1, but its erratum in src/data/errata.ts names anchor "c8-p2"`,
  },
  {
    name: 'errata out of document order',
    file: ERRATA,
    edit: (t) => {
      const moved = block(t, 'and-s3-1-p1');
      const without = t.replace(moved, '');
      const at = without.lastIndexOf('  {\n', without.indexOf("id: 'yigan-c8-p1'"));
      return without.slice(0, at) + moved + without.slice(at);
    },
    message:
      'src/data/errata.ts, erratum "gongji-column-9-2": is listed before "and-s3-1-p1" but comes after it in the plan: keep src/data/errata.ts in document order',
  },
]);

const PREAMBLE = chapterFile(0);

describeRefusals('a repair of the title, which no <Fix> can mark', [
  {
    name: 'a title that does not read as the erratum corrects it (spacing counts here)',
    file: PREAMBLE,
    edit: replaceOnce(`title: "${PLAN_TITLE}"`, 'title: "四川省人力资源和社会保障事业发展 “十四五”规划"'),
    message: `src/data/errata.ts, erratum "space-title", field "corrected": is “${PLAN_TITLE}”, but the title in ${PREAMBLE} is “四川省人力资源和社会保障事业发展 “十四五”规划”`,
  },
  {
    name: 'an original that is not the title as extracted',
    file: ERRATA,
    edit: inRecord('space-title', "original: '四川省人力资源和社会保障事业发展 “十四五”规划'", "original: '四川省人力资源和社会保障事业发展  “十四五”规划'"),
    message:
      'src/data/errata.ts, erratum "space-title", field "original": is “四川省人力资源和社会保障事业发展  “十四五”规划”, but the official text\'s title is “四川省人力资源和社会保障事业发展 “十四五”规划”',
  },
]);
