/**
 * The cross-engine harness itself, in each engine: it starts, and what the other files rely on is not
 * vacuous: script errors, failed loads and CSP violations are seen, a request to another origin is
 * seen, and a page that is too wide is measured as scrolling sideways at every width.
 */
import { expect, it } from 'vitest';
import { offOrigin } from '../support/engines/engine.ts';
import { FRAME_PATH, WIDE_PATH } from '../support/engines/recording-server.ts';
import { describeEngines } from '../support/engines/use-engine.ts';

describeEngines('the harness', (ctx) => {
  it('names the engine and its version, and the widths it checks', () => {
    expect(ctx.engine.version).toMatch(ctx.name === 'webkit' ? /^WebKitGTK \d+\.\d+/ : /^Firefox \d+\.\d+/);
    expect(ctx.engine.widths.at(-1)?.width).toBe(320);
    console.info(`${ctx.engine.version}: widths ${ctx.engine.widths.map((w) => `${w.width} px (${w.how})`).join(', ')}`);
  });

  it('sees an uncaught error, a console error, a failed load and a CSP violation', async () => {
    const tab = await ctx.open();
    await tab.goto(ctx.server.url);
    // Another origin on loopback (localhost vs 127.0.0.1): the CSP blocks it, so it is never fetched.
    const elsewhere = `http://localhost:${new URL(ctx.server.origin).port}/pixel.png`;
    await tab.evaluate((src: string) => {
      setTimeout(() => {
        throw new Error('harness: uncaught');
      });
      console.error('harness: console');
      const script = document.createElement('script');
      script.src = '/no-such-script.js';
      document.body.append(script);
      const img = document.createElement('img');
      img.alt = '';
      img.src = src;
      document.body.append(img);
    }, elsewhere);
    // Each is reported once the engine has got to it: wait until all four are.
    await expect
      .poll(
        async () => {
          const seen = (await tab.errors()).join('\n');
          return ['harness: uncaught', 'harness: console', 'no-such-script.js', 'Content-Security-Policy blocked'].filter((s) => !seen.includes(s));
        },
        { timeout: 30_000 },
      )
      .toEqual([]);
    const errors = (await tab.errors()).join('\n');
    expect(errors).toContain('harness: uncaught');
    expect(errors).toContain('harness: console');
    expect(errors).toMatch(/load: failed to load .*no-such-script\.js/);
    expect(errors).toMatch(/csp: Content-Security-Policy blocked http:\/\/localhost:\d+\/pixel\.png/);
    expect(tab.failedResponses().map((r) => `${r.status} ${new URL(r.url).pathname}`)).toContain('404 /no-such-script.js');
  });

  it('sees a request to another origin', async () => {
    const tab = await ctx.open();
    // The frame page has no CSP, so the engine really asks for it (the recording server answers 502).
    await tab.goto(`${ctx.server.url}${FRAME_PATH}`);
    const elsewhere = `http://localhost:${new URL(ctx.server.origin).port}/from-elsewhere.png`;
    await tab.evaluate(async (src: string) => {
      const img = document.createElement('img');
      await new Promise((resolve) => {
        img.onerror = resolve;
        img.onload = resolve;
        img.src = src;
      });
    }, elsewhere);
    expect(tab.requests().filter((r) => offOrigin(r, ctx.server.origin))).toEqual([elsewhere]);
  });

  it('measures a page wider than the screen as scrolling sideways, at every width', async () => {
    const tab = await ctx.open();
    for (const { width, how } of ctx.engine.widths) {
      const got = await tab.overflowAt(`${ctx.server.url}${WIDE_PATH}`, width);
      expect(got).toMatchObject({ width, how });
      expect(got.overflow).toBeGreaterThanOrEqual(600 - width);
      expect(got.culprits.join()).toContain('div.too-wide');
    }
  });
});
