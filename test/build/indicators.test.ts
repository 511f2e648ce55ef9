/**
 * A malformed indicator record must fail the build with a message naming the indicator and the field.
 * Builds a scratch copy of the project with one broken record in src/data/indicators.ts.
 */
import { cpSync, mkdtempSync, readFileSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { spawnSync } from 'node:child_process';
import { afterAll, describe, expect, it } from 'vitest';
import { ROOT } from '../support/paths.ts';

const scratch = mkdtempSync(join(tmpdir(), 'plan-indicators-'));
afterAll(() => rmSync(scratch, { recursive: true, force: true }));

function buildWith(edit: (text: string) => string) {
  const dir = mkdtempSync(join(scratch, 'case-'));
  for (const entry of ['src', 'content', 'public', 'scripts', 'astro.config.mjs', 'package.json', 'tsconfig.json']) {
    cpSync(join(ROOT, entry), join(dir, entry), { recursive: true });
  }
  symlinkSync(join(ROOT, 'node_modules'), join(dir, 'node_modules'), 'dir');
  const path = join(dir, 'src/data/indicators.ts');
  const before = readFileSync(path, 'utf8');
  const after = edit(before);
  expect(after).not.toBe(before);
  writeFileSync(path, after);
  const run = spawnSync(process.execPath, [join(ROOT, 'node_modules/astro/bin/astro.mjs'), 'build'], {
    cwd: dir,
    encoding: 'utf8',
    env: { ...process.env, ASTRO_TELEMETRY_DISABLED: '1', FORCE_COLOR: '0', NO_COLOR: '1' },
  });
  return { status: run.status, output: `${run.stdout}\n${run.stderr}` };
}

describe('indicator data validation', () => {
  it('fails the build naming the indicator and the field when a value is not a number', () => {
    const { status, output } = buildWith((t) => t.replace("text: '1047', value: 1047,", "text: '1047', value: 'about 1047',"));
    expect(status).not.toBe(0);
    expect(output).toContain('src/data/indicators.ts');
    expect(output).toMatch(/indicator "plan13-unemployment-insurance-insured" \(row 5\), field "actual.value"/);
  }, 120_000);
});
