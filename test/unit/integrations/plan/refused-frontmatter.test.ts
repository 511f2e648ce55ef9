/**
 * Bad frontmatter in content/plan/*.mdx that `npm run build` must refuse, naming the file and the
 * field, one message each (the content collection's schema and the plan model share
 * src/lib/plan/chapter-schema.ts, which is strict).
 */
import { afterAll } from 'vitest';
import { cleanupPlanEdits } from '../../../support/plan-edits.ts';
import { describeRefusals, replaceOnce } from '../../../support/refusals.ts';
import { chapterFile } from '../../../support/plan-facts.ts';

afterAll(() => cleanupPlanEdits());

describeRefusals('frontmatter that is not a chapter', [
  {
    name: 'a chapter number that is not a number',
    file: chapterFile(3),
    edit: replaceOnce('chapter: 3', 'chapter: three'),
    message: `${chapterFile(3)}, frontmatter, field "chapter": chapter must be a whole number from 0 to 10`,
  },
  {
    name: 'the title missing',
    file: chapterFile(5),
    edit: replaceOnce('title: "激发人才创新活力"\n', ''),
    message: `${chapterFile(5)}, frontmatter, field "title": Invalid input: expected string, received undefined`,
  },
  {
    name: 'a misspelt optional key (not dropped: refused, with the key it meant)',
    file: chapterFile(6),
    edit: replaceOnce('shortTitle:', 'shortitle:'),
    message: `${chapterFile(6)}, frontmatter, field "shortitle": unknown field (did you mean "shortTitle"?)`,
  },
  {
    name: 'an empty description',
    file: chapterFile(7),
    edit: (t) => t.replace(/^description: .*$/m, 'description: ""'),
    message: `${chapterFile(7)}, frontmatter, field "description": description must not be empty`,
  },
  {
    name: 'YAML that does not parse',
    file: chapterFile(8),
    edit: replaceOnce('title: "推进区域协调发展"', 'title: "推进区域协调发展'),
    message: /^content\/plan\/08-quyu-xietiao\.mdx:\d+: the frontmatter is not valid YAML: /,
  },
  {
    name: 'no frontmatter at all',
    file: chapterFile(9),
    edit: (t) => t.replace(/^---\n[\s\S]*?\n---\n/, ''),
    message: `${chapterFile(9)}:1: has no frontmatter`,
  },
]);

describeRefusals('two files for one chapter', [
  {
    name: 'a chapter number used twice (not also: chapter 5 is missing)',
    file: chapterFile(5),
    edit: replaceOnce('chapter: 5', 'chapter: 4'),
    message: `${chapterFile(5)}, frontmatter, field "chapter": 4 is also the chapter of ${chapterFile(4)}`,
  },
]);
