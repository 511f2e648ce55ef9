/**
 * A malformed frontmatter must fail the build with a message naming the file and the field.
 * Builds a scratch copy of the project with one broken chapter file.
 */
import { cpSync, mkdtempSync, readFileSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { spawnSync } from 'node:child_process';
import { afterAll, describe, expect, it } from 'vitest';
import { ROOT } from '../support/paths.ts';

const scratch = mkdtempSync(join(tmpdir(), 'plan-frontmatter-'));
afterAll(() => rmSync(scratch, { recursive: true, force: true }));

function buildWith(file: string, edit: (text: string) => string) {
  const dir = mkdtempSync(join(scratch, 'case-'));
  for (const entry of ['src', 'content', 'public', 'scripts', 'astro.config.mjs', 'package.json', 'tsconfig.json']) {
    cpSync(join(ROOT, entry), join(dir, entry), { recursive: true });
  }
  symlinkSync(join(ROOT, 'node_modules'), join(dir, 'node_modules'), 'dir');
  const path = join(dir, 'content/plan', file);
  writeFileSync(path, edit(readFileSync(path, 'utf8')));
  const run = spawnSync(process.execPath, [join(ROOT, 'node_modules/astro/bin/astro.mjs'), 'build'], {
    cwd: dir,
    encoding: 'utf8',
    env: { ...process.env, ASTRO_TELEMETRY_DISABLED: '1', FORCE_COLOR: '0', NO_COLOR: '1' },
  });
  return { status: run.status, output: `${run.stdout}\n${run.stderr}` };
}

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
