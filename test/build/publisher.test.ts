/**
 * The wiring of the settings checks: `npm run build` reads content/settings/publisher.json as bytes
 * before anything else and stops at once, naming the file, the line and what is wrong. One real build
 * with a GBK-encoded file (every footer showed mojibake); every other bad setting is tested at unit
 * level (test/unit/lib/publisher-strict.test.ts, publisher-hostile.test.ts).
 */
import { afterAll, expect, it } from 'vitest';
import { scratchBuilds } from '../support/scratch-build.ts';

const scratch = scratchBuilds('plan-publisher-');
afterAll(() => scratch.cleanup());

it('stops npm run build on a settings file that is not UTF-8, naming the file, line and byte', () => {
  const gbk = Buffer.from([0xca, 0xbe, 0xc0, 0xfd, 0xbb, 0xfa, 0xb9, 0xd8]).toString('latin1'); // 示例机关 in GBK
  const { status, output } = scratch.buildWith('content/settings/publisher.json', () =>
    Buffer.from(`{\n  "site": {\n    "sponsor": "${gbk}"\n  }\n}\n`, 'latin1'),
  );
  expect(status).not.toBe(0);
  expect(output).toContain('content/settings/publisher.json has 1 problem; the build stops before rendering any page:');
  expect(output).toContain(
    'content/settings/publisher.json:3: is not UTF-8: the byte at offset 32 (0xC0) is not part of a UTF-8 character; the line reads as GBK/GB 18030: "sponsor": "示例机关".',
  );
  expect(output).not.toMatch(/^\s+at /mu);
}, 180_000);
