/**
 * A malformed frontmatter must fail the build with a message naming the file and the field.
 * Builds a scratch copy of the project with one broken chapter file.
 */
import { afterAll, describe, expect, it } from 'vitest';
import { scratchBuilds } from '../support/scratch-build.ts';

const scratch = scratchBuilds('plan-frontmatter-');
afterAll(() => scratch.cleanup());
const buildWith = (file: string, edit: (text: string) => string) => scratch.buildWith(`content/plan/${file}`, edit);

describe('frontmatter validation', () => {
  it('fails the build naming the file and the field when chapter is not a number', () => {
    const { status, output } = buildWith('03-shehui-baozhang.mdx', (t) => t.replace('chapter: 3', 'chapter: three'));
    expect(status).not.toBe(0);
    expect(output).toContain('03-shehui-baozhang');
    expect(output).toMatch(/chapter/);
  }, 120_000);

  it('fails the build naming the file and the field when the title is missing', () => {
    const { status, output } = buildWith('05-rencai.mdx', (t) => t.replace(/^title: .*\n/m, ''));
    expect(status).not.toBe(0);
    expect(output).toContain('05-rencai');
    expect(output).toMatch(/title/);
  }, 120_000);
});
