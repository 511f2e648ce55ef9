/**
 * Bad frontmatter in content/plan/*.mdx that `npm run build` must refuse, naming the file and the
 * field, one message each (the content collection's schema and the plan model share
 * src/lib/plan/chapter-schema.ts, which is strict).
 */
import { afterAll } from 'vitest';
import { cleanupPlanEdits } from '../../../support/plan-edits.ts';
import { describeRefusals, replaceOnce } from '../../../support/refusals.ts';

afterAll(() => cleanupPlanEdits());

describeRefusals('frontmatter that is not a chapter', [
  {
    name: 'a chapter number that is not a number',
    file: 'content/plan/03-shehui-baozhang.mdx',
    edit: replaceOnce('chapter: 3', 'chapter: three'),
    message: 'content/plan/03-shehui-baozhang.mdx, frontmatter, field "chapter": chapter must be a whole number from 0 to 10',
  },
  {
    name: 'the title missing',
    file: 'content/plan/05-rencai.mdx',
    edit: replaceOnce('title: "激发人才创新活力"\n', ''),
    message: 'content/plan/05-rencai.mdx, frontmatter, field "title": Invalid input: expected string, received undefined',
  },
  {
    name: 'a misspelt optional key (not dropped: refused, with the key it meant)',
    file: 'content/plan/06-laodong-guanxi.mdx',
    edit: replaceOnce('shortTitle:', 'shortitle:'),
    message: 'content/plan/06-laodong-guanxi.mdx, frontmatter, field "shortitle": unknown field (did you mean "shortTitle"?)',
  },
  {
    name: 'an empty description',
    file: 'content/plan/07-nongmingong.mdx',
    edit: (t) => t.replace(/^description: .*$/m, 'description: ""'),
    message: 'content/plan/07-nongmingong.mdx, frontmatter, field "description": description must not be empty',
  },
  {
    name: 'YAML that does not parse',
    file: 'content/plan/08-quyu-xietiao.mdx',
    edit: replaceOnce('title: "推进区域协调发展"', 'title: "推进区域协调发展'),
    message: /^content\/plan\/08-quyu-xietiao\.mdx:\d+: the frontmatter is not valid YAML: /,
  },
  {
    name: 'no frontmatter at all',
    file: 'content/plan/09-gonggong-fuwu.mdx',
    edit: (t) => t.replace(/^---\n[\s\S]*?\n---\n/, ''),
    message: 'content/plan/09-gonggong-fuwu.mdx:1: has no frontmatter',
  },
]);

describeRefusals('two files for one chapter', [
  {
    name: 'a chapter number used twice (not also: chapter 5 is missing)',
    file: 'content/plan/05-rencai.mdx',
    edit: replaceOnce('chapter: 5', 'chapter: 4'),
    message: 'content/plan/05-rencai.mdx, frontmatter, field "chapter": 4 is also the chapter of content/plan/04-renli-ziyuan-fuwuye.mdx',
  },
]);
