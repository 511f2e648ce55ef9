/**
 * The 无障碍 tools added for MIIT's 适老化 expectations, in Chromium with speech stubbed: 大鼠标,
 * 十字线, 大字幕, 简约模式, 声音, 语速, 指读/连读, 重置, 快捷键说明; read-aloud that says why it cannot
 * read; clean copying and GB/T 7714 citations; and the dock (a bar at the bottom edge) never covering
 * a menu, panel, the caption strip, the focused control or half a line of text. Each tool toggles, persists across a reload and applies before first paint.
 */
import { describe, expect, it } from 'vitest';
import type { BrowserContextOptions, Page } from 'playwright-core';
import { axeViolations } from '../support/axe.ts';
import { DESKTOP, openPage, PHONE } from '../support/browser.ts';
import { modeTabs } from '../support/mode-tabs.ts';
import { useSites } from '../support/sites.ts';
import { PREFS_KEY } from '../../src/reader/prefs.ts';
import { storePrefs } from '../support/layout.ts';
import { PLAN_TITLE } from '../support/plan-facts.ts';

const sites = useSites();
const PLAN = PLAN_TITLE;

interface SpeechStub {
  voices?: { lang: string; localService: boolean }[];
  /** The error an utterance reports instead of ending. */
  fail?: string;
  /** No utterance ends: reading stays on the first. */
  hold?: boolean;
  /** Utterances are taken and never start (no event at all). */
  silent?: boolean;
}

/** A stand-in for the browser's speech API: records text and rate of each utterance. */
function stubSpeech({ voices = [{ lang: 'zh-CN', localService: true }], fail, hold, silent }: SpeechStub) {
  const spoken: { text: string; rate: number }[] = [];
  class Utterance {
    text: string;
    lang = '';
    voice: unknown = null;
    rate = 1;
    onstart: (() => void) | null = null;
    onend: (() => void) | null = null;
    onerror: ((e: { error: string }) => void) | null = null;
    constructor(text: string) {
      this.text = text;
    }
  }
  const synth = {
    paused: false,
    speaking: false,
    getVoices: () => voices.map((v) => ({ ...v, name: 'stub', default: true, voiceURI: 'stub' })),
    speak(u: Utterance) {
      spoken.push({ text: u.text, rate: u.rate });
      if (silent) return;
      setTimeout(() => !fail && u.onstart?.(), 0);
      setTimeout(() => (fail ? u.onerror?.({ error: fail }) : !hold && spoken.length < 3 && u.onend?.()), 10);
    },
    cancel() {},
    pause() {},
    resume() {},
    addEventListener() {},
  };
  Object.defineProperty(window, 'speechSynthesis', { value: synth, configurable: true });
  Object.defineProperty(window, 'SpeechSynthesisUtterance', { value: Utterance, configurable: true });
  Object.defineProperty(window, '__spoken', { value: spoken });
}
const spoken = (page: Page) => page.evaluate(() => (window as unknown as { __spoken: { text: string; rate: number }[] }).__spoken);

async function visit(path: string, options: BrowserContextOptions = DESKTOP, prefs?: object, speech?: SpeechStub) {
  const watched = await openPage(sites.browser(), options);
  if (prefs) await storePrefs(watched.page, prefs);
  if (speech) await watched.page.addInitScript(stubSpeech, speech);
  await watched.page.goto(`${sites.server(0).url}${path}`);
  await watched.page.waitForFunction(() => document.querySelector('.para-tool') !== null || !document.querySelector('main [data-plan]'));
  return watched;
}

const openSettings = async (page: Page) => {
  if ((await page.locator('.site-header details.tools').getAttribute('open')) === null) await page.locator('.site-header details.tools > summary').click();
  await page.locator('.tools-panel [data-elder]').waitFor({ state: 'visible' });
};
const attr = (page: Page, name: string) => page.evaluate((n) => document.documentElement.getAttribute(n), name);
/** Copies the page's selection with the keyboard, and what the clipboard then holds. */
const copied = async (page: Page): Promise<string> => {
  await page.keyboard.press('Control+C');
  return page.evaluate(() => navigator.clipboard.readText());
};
const textOf = (page: Page, selector: string) =>
  page.locator(selector).evaluate((el) => {
    const copy = el.cloneNode(true) as Element;
    copy.querySelectorAll('[data-ui]').forEach((n) => n.remove());
    return copy.textContent!.replace(/\s+/g, ' ').trim();
  });

type Box = { x: number; y: number; width: number; height: number };
const overlaps = (a: Box, b: Box) => a.x < b.x + b.width && b.x < a.x + a.width && a.y < b.y + b.height && b.y < a.y + a.height;

describe('each tool toggles, persists across a reload and applies before first paint', () => {
  const tools: [
    name: string,
    control: { role: 'checkbox' | 'button' | 'radio'; name: string },
    attribute: string,
    value: string,
    effect: (page: Page) => Promise<unknown>,
    expected: unknown,
  ][] = [
    [
      '大鼠标',
      { role: 'checkbox', name: '大鼠标' },
      'data-cursor',
      'big',
      (p) => p.evaluate(() => getComputedStyle(document.querySelector('main p')!).cursor.includes('arrow-light')),
      true,
    ],
    ['十字线', { role: 'checkbox', name: '十字线' }, 'data-guide', 'on', async () => true, true],
    ['大字幕', { role: 'checkbox', name: '大字幕' }, 'data-caption', 'on', async () => true, true],
    ['简约模式', { role: 'button', name: '简约模式' }, 'data-simple', 'on', (p) => p.locator('nav.sidebar').isVisible(), false],
    [
      '声音 (off)',
      { role: 'checkbox', name: '声音' },
      'data-mute',
      'on',
      (p) => p.locator('.reader-dock button, .tools-panel [data-read]').first().isVisible(),
      false,
    ],
    ['语速 快', { role: 'radio', name: '快' }, 'data-rate', 'fast', async () => true, true],
    ['指读', { role: 'radio', name: '指读' }, 'data-speak', 'point', async () => true, true],
  ];
  it.each(tools)('%s', async (_, control, attribute, value, effect, expected) => {
    const { page, context, errors } = await visit('chapters/3/', DESKTOP, undefined, {});
    expect(await attr(page, attribute)).toBeNull();
    await openSettings(page);
    await page.getByRole(control.role, { name: control.name, exact: true }).click();
    expect(await attr(page, attribute)).toBe(value);
    await expect.poll(() => effect(page)).toBe(expected);
    await page.reload();
    expect(await attr(page, attribute)).toBe(value);
    // With every module script blocked, only the inline pre-paint script can have put it there.
    await page.route('**/*.js', (route) => route.abort());
    await page.reload();
    expect(await attr(page, attribute)).toBe(value);
    // (大鼠标's styles come with its module, a moment after the page shows; 声音's effect is on the module's controls.)
    if (attribute !== 'data-mute' && attribute !== 'data-cursor') expect(await effect(page)).toBe(expected);
    await page.unroute('**/*.js');
    await page.reload();
    await openSettings(page);
    if (control.role === 'radio') await page.getByRole('radio', { name: attribute === 'data-rate' ? '中' : '不指读', exact: true }).click();
    else await page.getByRole(control.role, { name: control.name, exact: true }).click();
    expect(await attr(page, attribute)).toBeNull();
    expect(errors.filter((e) => !e.includes('net::ERR_FAILED'))).toEqual([]);
    await context.close();
  });

  it('重置 puts every choice back to its default, and 快捷键说明 lists the shortcuts', async () => {
    const { page, context } = await visit(
      'chapters/3/',
      DESKTOP,
      { size: 'xl', contrast: true, cursor: true, guide: true, caption: true, simple: true, rate: 'slow', speak: 'on', mute: true },
      {},
    );
    await openSettings(page);
    await page.getByRole('group', { name: '快捷键说明' }).or(page.locator('.tools-panel details.help > summary')).first().click();
    const rows = await page.locator('.tools-panel .help tbody tr').allTextContents();
    expect(rows).toEqual([
      'Ctrl+Alt+0打开或关闭“无障碍”',
      'Ctrl+Alt+1朗读或停止朗读',
      'Ctrl+Alt+2大字幕',
      'Ctrl+Alt+3十字线',
      'Ctrl+Alt+4大鼠标',
      'Ctrl+Alt+5简约模式',
      'Ctrl+Alt+9重置',
    ]);
    await page.getByRole('button', { name: '重置', exact: true }).click();
    const all = await page.evaluate(() => [...document.documentElement.attributes].map((a) => a.name).filter((n) => n.startsWith('data-')));
    expect(all).toEqual([]);
    expect(await page.evaluate((k) => JSON.parse(localStorage.getItem(k)!), PREFS_KEY)).toEqual({ size: '', theme: '', contrast: false, elder: false });
    await expect.poll(() => page.locator('.toast').textContent()).toBe('已恢复默认设置');
    await context.close();
  });

  it('switches tools with Ctrl+Alt+digit, not while typing in a field', async () => {
    const { page, context } = await visit('chapters/3/');
    // What a shortcut does loads with the panel's module on the first press.
    await page.keyboard.press('Control+Alt+Digit2');
    await expect.poll(() => attr(page, 'data-caption')).toBe('on');
    await expect.poll(() => page.locator('.toast').textContent()).toBe('大字幕：开');
    await page.keyboard.press('Control+Alt+Digit5');
    await expect.poll(() => attr(page, 'data-simple')).toBe('on');
    await page.keyboard.press('Control+Alt+Digit0');
    await expect.poll(() => page.locator('.site-header details.tools').getAttribute('open')).toBe('');
    await page.keyboard.press('Escape');
    await page.locator('#site-search-q').focus();
    await page.keyboard.press('Control+Alt+Digit2');
    await page.locator('#site-search-q').blur();
    // Shortcuts take effect in the order pressed: once the next one has, the one typed in the field would have.
    await page.keyboard.press('Control+Alt+Digit5');
    await expect.poll(() => attr(page, 'data-simple')).toBeNull();
    expect(await attr(page, 'data-caption')).toBe('on');
    await page.keyboard.press('Control+Alt+Digit9');
    await expect.poll(() => attr(page, 'data-caption')).toBeNull();
    await context.close();
  });

  it('reaches every control of the panel with the keyboard alone', async () => {
    const { page, context } = await visit('chapters/3/', PHONE, { size: 'xl' }, {});
    await page.locator('.site-header details.tools > summary').focus();
    await page.keyboard.press('Enter');
    await page.locator('.tools-panel [data-elder]').waitFor();
    const reached = new Set<string>();
    for (let i = 0; i < 40; i++) {
      await page.keyboard.press('Tab');
      const name = await page.evaluate(() => {
        const el = document.activeElement!;
        return el.closest('.tools-panel') ? (el.getAttribute('name') ?? el.textContent!.trim()) : null;
      });
      if (name === null) break;
      reached.add(name);
    }
    // A phone is not offered 大鼠标, 十字线 or the shortcut keys (calm-page.spec.ts has them on a desktop).
    for (const name of [
      '关闭',
      '长者模式',
      '简约模式',
      'reader-size',
      'reader-theme',
      'reader-contrast',
      'reader-caption',
      'reader-mute',
      'reader-rate',
      'reader-speak',
      '朗读',
      '打印本章',
      '重置',
    ])
      expect([...reached], name).toContain(name);
    // At 特大 on a 390 px phone, the panel fits across and scrolls inside itself.
    expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(390);
    await context.close();
  });
});

describe('十字线 and 大字幕', () => {
  it('draws the guide lines through the pointer, and never takes a click', async () => {
    const { page, context } = await visit('chapters/3/', DESKTOP, { guide: true });
    await page.locator('.pointer-layer').waitFor({ state: 'attached' });
    await page.mouse.move(400, 300);
    // 3 px lines centred on the pointer.
    await expect
      .poll(() =>
        page
          .locator('.guide-x')
          .boundingBox()
          .then((b) => [b!.y, b!.height]),
      )
      .toEqual([298.5, 3]);
    expect(
      await page
        .locator('.guide-y')
        .boundingBox()
        .then((b) => [b!.x, b!.width]),
    ).toEqual([398.5, 3]);
    expect(
      await page
        .locator('.guide-x')
        .boundingBox()
        .then((b) => b!.width),
    ).toBe(1280);
    // A link right under the crossing still takes the click.
    const link = page.locator('main a[href^="#"]').first();
    const box = (await link.boundingBox())!;
    await page.mouse.move(box.x + 4, box.y + box.height / 2);
    await page.mouse.click(box.x + 4, box.y + box.height / 2);
    await expect.poll(() => page.evaluate(() => location.hash)).not.toBe('');
    await context.close();
  });

  it('follows the keyboard focus: the lines run along the focused element', async () => {
    const { page, context } = await visit('chapters/3/', DESKTOP, { guide: true });
    await page.locator('.pointer-layer').waitFor({ state: 'attached' });
    await page.locator('#s3-2-p1 .para-tool').focus();
    const target = (await page.locator('#s3-2-p1 .para-tool').boundingBox())!;
    // Just under it (2 px, the line centred there): never through its text.
    await expect
      .poll(() =>
        page
          .locator('.guide-x')
          .boundingBox()
          .then((b) => Math.abs(b!.y - (target.y + target.height + 0.5)) < 1),
      )
      .toBe(true);
    await context.close();
  });

  it('shows the sentence under the pointer in very large type, in the other half of the screen', async () => {
    const { page, context } = await visit('chapters/3/', DESKTOP, { caption: true });
    await page.locator('.pointer-layer').waitFor({ state: 'attached' });
    await page.evaluate(() => document.getElementById('s3-2-p1')!.scrollIntoView({ block: 'start' }));
    const p = (await page.locator('#s3-2-p1').boundingBox())!;
    await page.mouse.move(p.x + 20, p.y + 10);
    const strip = page.locator('.caption-strip');
    const [first, second] = (await textOf(page, '#s3-2-p1')).split('。');
    await expect.poll(() => strip.textContent()).toBe(`${first}。`);
    expect(parseFloat(await strip.evaluate((el) => getComputedStyle(el).fontSize))).toBeGreaterThanOrEqual(40);
    const high = (await strip.boundingBox())!;
    // The paragraph's first line is in the upper half: the strip stands at the bottom, clear of it.
    expect(high.y + high.height).toBeLessThanOrEqual(800);
    expect(high.y + high.height).toBeGreaterThan(700);
    expect(high.y).toBeGreaterThan(p.y + 30);
    // Low on the screen: the strip moves to the top.
    await page.evaluate(() => document.getElementById('s3-2-p1')!.scrollIntoView({ block: 'end' }));
    const low = (await page.locator('#s3-2-p1').boundingBox())!;
    await page.mouse.move(low.x + 20, low.y + low.height - 10);
    await expect.poll(() => strip.boundingBox().then((b) => b!.y)).toBe(0);
    // Along the line, the next sentence.
    await page.evaluate(() => document.getElementById('s3-2-p1')!.scrollIntoView({ block: 'start' }));
    const line = (await page.locator('#s3-2-p1').boundingBox())!;
    await page.mouse.move(line.x + line.width - 30, line.y + 10);
    await page.mouse.move(line.x + line.width - 20, line.y + 10);
    await expect.poll(() => strip.textContent()).toBe(`${second}。`);
    await context.close();
  });

  it('shows the sentence a 。 ends when the pointer is on the right half of that 。, and the next on the left half of the glyph after it', async () => {
    const { page, context } = await visit('chapters/3/', DESKTOP, { caption: true });
    await page.locator('.pointer-layer').waitFor({ state: 'attached' });
    await page.evaluate(() => document.getElementById('s3-2-p1')!.scrollIntoView({ block: 'start' }));
    const [first, second] = (await textOf(page, '#s3-2-p1')).split('。');
    // The box of the first 。 and of the glyph after it.
    const glyph = (n: number) =>
      page.evaluate((k) => {
        const node = document.getElementById('s3-2-p1')!.firstChild!;
        const range = document.createRange();
        range.setStart(node, node.textContent!.indexOf('。') + k);
        range.setEnd(node, node.textContent!.indexOf('。') + k + 1);
        const r = range.getBoundingClientRect();
        return { left: r.left, right: r.right, y: r.top + r.height / 2 };
      }, n);
    const stop = await glyph(0);
    const next = await glyph(1);
    const strip = page.locator('.caption-strip');
    await page.mouse.move(stop.right - 6, stop.y);
    await page.mouse.move(stop.right - 2, stop.y);
    await expect.poll(() => strip.textContent()).toBe(`${first}。`);
    await page.mouse.move(next.left + 2, next.y);
    await expect.poll(() => strip.textContent()).toBe(`${second}。`);
    await context.close();
  });

  it("shows the focused control's name for keyboard users", async () => {
    const { page, context } = await visit('chapters/3/', DESKTOP, { caption: true });
    await page.locator('.pointer-layer').waitFor({ state: 'attached' });
    await page.locator('#s3-2-p1 .para-tool').focus();
    await expect.poll(() => page.locator('.caption-strip').textContent()).toBe('第三章第二节第1段 链接与引用');
    await context.close();
  });
});

describe('when the tools cannot load', () => {
  it('the panel says so in words, and opening it again tries again', async () => {
    const { page, context } = await visit('chapters/3/', PHONE);
    await page.route('**/reader-tools.json', (route) => route.abort());
    await page.locator('.site-header details.tools > summary').click();
    const sheet = page.locator('[data-reader-sheet]');
    await expect.poll(() => sheet.textContent()).toBe('无障碍工具未能加载，请检查网络后再打开');
    expect(await sheet.getAttribute('aria-busy')).toBeNull();
    await page.unroute('**/reader-tools.json');
    await page.locator('.site-header details.tools > summary').click();
    await page.locator('.site-header details.tools > summary').click();
    await page.locator('.tools-panel [data-elder]').waitFor({ state: 'visible' });
    expect(await sheet.textContent()).not.toContain('未能加载');
    await context.close();
  });
});

describe('read-aloud tells the truth', () => {
  it('with no voices at all, offers no 朗读, the panel says why, and the shortcut says so in words', async () => {
    const { page, context } = await visit('chapters/3/', DESKTOP, undefined, { voices: [] });
    await openSettings(page);
    expect(await page.locator('.tools-panel [data-no-voice]').innerText()).toContain('这个浏览器里没有中文语音，网页不能朗读。');
    expect(await page.locator('.tools-panel [data-read]').isVisible()).toBe(false);
    await page.keyboard.press('Control+Alt+Digit1');
    await expect.poll(() => page.locator('.toast').textContent(), { timeout: 4000 }).toBe('这个浏览器里没有中文语音，网页不能朗读。');
    expect(await page.locator('[data-speech]').isVisible()).toBe(false);
    expect(await spoken(page)).toEqual([]);
    await context.close();
  });

  it('with voices but none for Chinese, says so too', async () => {
    const { page, context } = await visit('chapters/3/', DESKTOP, undefined, { voices: [{ lang: 'en-US', localService: true }] });
    await page.locator('#s3-2-p1').click({ position: { x: 8, y: 8 } });
    await page.getByRole('button', { name: '复制链接' }).waitFor();
    expect(await page.getByRole('button', { name: '从本段朗读' }).isVisible()).toBe(false);
    await openSettings(page);
    expect(await page.locator('.tools-panel [data-no-voice]').isVisible()).toBe(true);
    await context.close();
  });

  it('reports an utterance that fails, and stops', async () => {
    const { page, context } = await visit('chapters/3/', DESKTOP, undefined, { fail: 'synthesis-failed' });
    await page.locator('#s3-2-p1').click({ position: { x: 8, y: 8 } });
    await page.getByRole('button', { name: '从本段朗读' }).click();
    await expect.poll(() => page.locator('.toast').textContent()).toBe('朗读出错，已停止（synthesis-failed）');
    expect(await page.locator('[data-speech]').isVisible()).toBe(false);
    expect(await page.locator('.reading').count()).toBe(0);
    await context.close();
  });

  it('reports an utterance that never starts (a voice listed, its engine missing), and stops', async () => {
    const { page, context } = await visit('chapters/3/', DESKTOP, undefined, { silent: true });
    await page.locator('#s3-2-p1').click({ position: { x: 8, y: 8 } });
    await page.getByRole('button', { name: '从本段朗读' }).click();
    await expect.poll(() => page.locator('[data-speech]').isVisible()).toBe(true);
    await expect.poll(() => page.locator('.toast').textContent(), { timeout: 8000 }).toBe('朗读没有开始，已停止：本设备的语音可能无法使用');
    expect(await page.locator('[data-speech]').isVisible()).toBe(false);
    expect(await page.locator('.reading').count()).toBe(0);
    expect(await spoken(page)).toHaveLength(1);
    await context.close();
  });

  it.each([
    ['slow', 0.7],
    ['', 1],
    ['fast', 1.4],
  ])('speaks at the 语速 chosen ("%s" is rate %d)', async (rate, expected) => {
    const { page, context } = await visit('chapters/3/', DESKTOP, rate ? { rate } : undefined, {});
    await page.locator('#s3-2-p1').click({ position: { x: 8, y: 8 } });
    await page.getByRole('button', { name: '从本段朗读' }).click();
    await expect.poll(() => spoken(page).then((s) => s.length)).toBeGreaterThan(0);
    expect((await spoken(page))[0]).toEqual({ text: await textOf(page, '#s3-2-p1'), rate: expected });
    await context.close();
  });

  it('指读 reads the paragraph under the pointer, and only it', async () => {
    const { page, context } = await visit('chapters/3/', DESKTOP, { speak: 'point' }, {});
    await page.locator('.pointer-layer').waitFor({ state: 'attached' });
    const p = (await page.locator('#s3-2-p1').boundingBox())!;
    await page.mouse.move(p.x + 30, p.y + 8);
    await expect.poll(() => spoken(page).then((s) => s.map((u) => u.text))).toEqual([await textOf(page, '#s3-2-p1')]);
    await context.close();
  });

  it('连读 reads on from the paragraph under the pointer', async () => {
    const { page, context } = await visit('chapters/3/', DESKTOP, { speak: 'on' }, {});
    await page.locator('.pointer-layer').waitFor({ state: 'attached' });
    const p = (await page.locator('#s3-2-p1').boundingBox())!;
    await page.mouse.move(p.x + 30, p.y + 8);
    await expect.poll(() => spoken(page).then((s) => s.length)).toBe(3);
    const texts = (await spoken(page)).map((u) => u.text);
    expect(texts[0]).toBe(await textOf(page, '#s3-2-p1'));
    expect(texts[1]).toBe('专栏 5 社会保险制度建设');
    await context.close();
  });

  it('指读 reads the focused control for keyboard users', async () => {
    const { page, context } = await visit('chapters/3/', DESKTOP, { speak: 'point' }, {});
    await page.locator('.pointer-layer').waitFor({ state: 'attached' });
    await page.locator('#s3-2-p1 .para-tool').focus();
    await expect.poll(() => spoken(page).then((s) => s.map((u) => u.text))).toEqual(['第三章第二节第1段 链接与引用']);
    await context.close();
  });

  it('with 声音 off, nothing speaks and no control offers 朗读', async () => {
    const { page, context } = await visit('chapters/3/', DESKTOP, { mute: true, speak: 'point' }, {});
    await page.locator('#s3-2-p1').click({ position: { x: 8, y: 8 } });
    await page.getByRole('button', { name: '复制链接' }).waitFor();
    expect(await page.getByRole('button', { name: '从本段朗读' }).isVisible()).toBe(false);
    const p = (await page.locator('#s3-2-p1').boundingBox())!;
    await page.mouse.move(p.x + 30, p.y + 8);
    await page.keyboard.press('Control+Alt+Digit1');
    // The message is what the shortcut does instead of reading.
    await expect.poll(() => page.locator('.toast').textContent()).toBe('声音已关闭：请先在“无障碍”中打开声音');
    expect(await spoken(page)).toEqual([]);
    await context.close();
  });
});

describe('copying', () => {
  it('copies a real selection of plan text without the 勘误 mark or the tool button', async () => {
    const { page, context } = await visit('chapters/3/');
    await context.grantPermissions(['clipboard-read', 'clipboard-write'], { origin: sites.server(0).origin });
    await page.evaluate(() => {
      const p = document.getElementById('s3-1-p1')!;
      const range = document.createRange();
      range.selectNodeContents(p);
      getSelection()!.removeAllRanges();
      getSelection()!.addRange(range);
    });
    // The copy handler loads on the first selection: until it has, the browser copies as usual.
    const text = await textOf(page, '#s3-1-p1');
    await expect.poll(() => copied(page)).toBe(text);
    expect(text).toContain('中小微企业、农民工等单位和人群积极参加失业保险');
    expect(text).not.toContain('勘误');
    expect(text).not.toContain('链接与引用');
    await context.close();
  });

  it('copies a selection across paragraphs and a heading, each on its own line, without the marks between', async () => {
    const { page, context } = await visit('chapters/2/');
    await context.grantPermissions(['clipboard-read', 'clipboard-write'], { origin: sites.server(0).origin });
    const last = await page.evaluate(() => {
      // The paragraph's last text node (its tool button comes after it).
      const walk = document.createTreeWalker(document.getElementById('s2-1-p1')!, NodeFilter.SHOW_TEXT, {
        acceptNode: (n) => (n.parentElement!.closest('[data-ui]') ? 2 : 1),
      });
      let text: Node | null = null;
      while (walk.nextNode()) text = walk.currentNode;
      text = text!;
      const range = document.createRange();
      range.setStart(text, text.textContent!.length - 6);
      range.setEnd(document.getElementById('s2-2-p1')!.firstChild!, 4);
      getSelection()!.removeAllRanges();
      getSelection()!.addRange(range);
      return text.textContent!.slice(-6);
    });
    const first = await page.evaluate(() => document.getElementById('s2-2-p1')!.firstChild!.textContent!.slice(0, 4));
    // The copy handler loads on the first selection: until it has, the browser copies as usual.
    await expect.poll(async () => (await copied(page)).split(/\n+/)).toEqual([last, '第二节 健全公共就业创业服务体系', first]);
    await context.close();
  });

  it('gives the clean address in 复制链接 and 复制引用 when the page was opened from search (?hl=)', async () => {
    const { page, context } = await visit(`chapters/3/?hl=${encodeURIComponent('工伤')}&utm_source=x`);
    const base = sites.server(0).url;
    await context.grantPermissions(['clipboard-read', 'clipboard-write'], { origin: sites.server(0).origin });
    await page.locator('#s3-1-p1').click({ position: { x: 8, y: 8 } });
    await page.getByRole('button', { name: '复制链接' }).click();
    expect(await page.evaluate(() => navigator.clipboard.readText())).toBe(`${base}chapters/3/#s3-1-p1`);
    await page.locator('#s3-1-p1').click({ position: { x: 8, y: 8 } });
    await page.getByRole('button', { name: '复制引用' }).click();
    const today = await page.evaluate(() => new Date().toLocaleDateString('sv'));
    expect(await page.evaluate(() => navigator.clipboard.readText())).toBe(`${PLAN}[EB/OL]. 第三章第一节第1段[${today}]. ${base}chapters/3/#s3-1-p1.`);
    await context.close();
  });

  it("opens a paragraph's tools with a tap on its words; their labelled button shows only with the focus", async () => {
    const { page, context } = await visit('chapters/3/', PHONE);
    const tool = page.locator('#s3-2-p1 .para-tool');
    expect((await tool.boundingBox())!.width).toBeLessThanOrEqual(1);
    await tool.focus();
    expect(await tool.innerText()).toBe('链接与引用');
    await tool.blur();
    await page.locator('#s3-2-p1').tap({ position: { x: 8, y: 8 } });
    // The menu's module loads on that first tap.
    await expect.poll(() => page.getByRole('button', { name: '复制引用' }).isVisible()).toBe(true);
    await context.close();
  });
});

describe('the dock, menus and the caption strip', () => {
  /** Scrolls the page (`scroll` runs in it), waits for the dock to show and returns its box. */
  const dockAfter = async (page: Page, scroll: () => void) => {
    await page.evaluate(scroll);
    await expect.poll(() => page.locator('.reader-dock').isVisible()).toBe(true);
    return (await page.locator('.reader-dock').boundingBox())!;
  };
  const scrollDown = (page: Page) => dockAfter(page, () => document.getElementById('s3-3')!.scrollIntoView());

  it.each([
    ['phone', PHONE, {}],
    ['phone at 特大', PHONE, { size: 'xl', elder: true, contrast: true }],
    ['desktop', DESKTOP, {}],
  ])('is an opaque bar across the bottom edge on a %s: text ends above it, never a line half under a button', async (_, size, prefs) => {
    for (const path of ['chapters/3/', 'indicators/']) {
      const { page, context } = await visit(path, size, prefs, {});
      const dock = await dockAfter(page, () => scrollTo(0, document.documentElement.scrollHeight / 2));
      const { width, height } = size.viewport;
      expect([dock.x, dock.width, dock.y + dock.height]).toEqual([0, width, height]);
      expect(await page.locator('.reader-dock').evaluate((el) => getComputedStyle(el).backgroundColor)).toMatch(/^rgb\(/);
      // Within its room: what the page keeps free at the bottom is at least as tall as the bar.
      const room = await page.evaluate(() => parseFloat(getComputedStyle(document.documentElement).scrollPaddingBottom));
      expect(room).toBeGreaterThanOrEqual(dock.height);
      await context.close();
    }
  });

  it.each([
    ['phone', PHONE],
    ['desktop', DESKTOP],
  ])('keeps the control that has keyboard focus above it on a %s (WCAG 2.4.11)', async (_, size) => {
    const { page, context } = await visit('chapters/3/', size, undefined, {});
    const dock = await dockAfter(page, () => scrollTo(0, innerHeight * 2));
    // Focus the last control wholly above the bar, then Tab on: each next control comes into view above it.
    await page.evaluate((top) => {
      const all = [...document.querySelectorAll<HTMLElement>('main :is(a[href], button)')].filter((el) => el.checkVisibility());
      const above = all.filter((el) => el.getBoundingClientRect().bottom <= top);
      above.at(-1)!.focus({ preventScroll: true });
    }, dock.y);
    for (let i = 0; i < 8; i += 1) {
      await page.keyboard.press('Tab');
      const box = await page.evaluate(() => {
        const r = document.activeElement!.getBoundingClientRect();
        return { top: r.top, bottom: r.bottom, inMain: document.activeElement!.closest('main') !== null };
      });
      if (!box.inMain) break;
      expect(box.top).toBeGreaterThanOrEqual(0);
      expect(box.bottom).toBeLessThanOrEqual(dock.y);
    }
    await context.close();
  });

  it('ends the sticky sidebars above it on a short desktop screen', async () => {
    const { page, context } = await visit('chapters/2/', { viewport: { width: 1366, height: 420 } }, undefined, {});
    const dock = await dockAfter(page, () => scrollTo(0, innerHeight * 3));
    const bottoms = await page.evaluate(() =>
      [...document.querySelectorAll('.chapter-page :is(.side, .toc-fold)')].filter((el) => el.checkVisibility()).map((el) => el.getBoundingClientRect().bottom),
    );
    expect(bottoms.length).toBeGreaterThan(0);
    for (const b of bottoms) expect(b).toBeLessThanOrEqual(dock.y);
    await context.close();
  });

  it.each([
    ['phone', PHONE],
    ['desktop', DESKTOP],
  ])('never covers the paragraph menu on a %s, even opened at the bottom of the screen', async (_, size) => {
    const { page, context } = await visit('chapters/3/', size, undefined, {});
    await scrollDown(page);
    const height = size.viewport.height;
    // The paragraph whose tool button sits lowest on screen, but still in view: a tap on its last line opens the menu.
    const id = await page.evaluate((h) => {
      const tools = [...document.querySelectorAll<HTMLElement>('main p > .para-tool')].filter((b) => {
        const r = b.getBoundingClientRect();
        return r.bottom < h - 80 && r.top > 0;
      });
      return tools.at(-1)!.closest('[id]')!.id;
    }, height);
    const block = (await page.locator(`[id="${id}"]`).boundingBox())!;
    await page.locator(`[id="${id}"]`).click({ position: { x: 4, y: block.height - 10 } });
    await page.locator('.para-menu').waitFor();
    const menu = (await page.locator('.para-menu').boundingBox())!;
    expect(menu.y + menu.height).toBeLessThanOrEqual(height);
    const dock = await page.locator('.reader-dock').boundingBox();
    if (dock) expect(overlaps(menu, dock)).toBe(false);
    for (const b of await page.locator('.para-menu button').all()) {
      const box = (await b.boundingBox())!;
      expect(await page.evaluate(([x, y]) => document.elementFromPoint(x!, y!)?.textContent, [box.x + box.width / 2, box.y + box.height / 2])).toBe(
        await b.textContent(),
      );
    }
    await context.close();
  });

  it.each([
    ['phone', PHONE],
    ['desktop', DESKTOP],
  ])('steps aside while the 无障碍 panel is open on a %s', async (_, size) => {
    const { page, context } = await visit('chapters/3/', size, { size: 'xl' }, {});
    await scrollDown(page);
    await openSettings(page);
    expect(await page.locator('.reader-dock').isVisible()).toBe(false);
    await context.close();
  });

  it('keeps clear of the caption strip, and the read-aloud bar too', async () => {
    const { page, context } = await visit('chapters/3/', PHONE, { caption: true }, { hold: true });
    await page.locator('.pointer-layer').waitFor({ state: 'attached' });
    await scrollDown(page);
    // Focus high on the screen puts the strip at the bottom.
    await page.evaluate(() => {
      const tools = [...document.querySelectorAll<HTMLElement>('main :is(.para-tool, a)')].filter((b) => {
        const r = b.getBoundingClientRect();
        return r.top > 0 && r.bottom < innerHeight / 2;
      });
      tools[0]!.focus({ preventScroll: true });
    });
    const strip = page.locator('.caption-strip');
    await expect.poll(() => strip.isVisible()).toBe(true);
    const s = (await strip.boundingBox())!;
    const dock = (await page.locator('.reader-dock').boundingBox())!;
    // In the lower half, just above the dock, which stays where it was (a control that moves misses its click).
    expect(s.y).toBeGreaterThan(422);
    expect(s.y + s.height).toBeLessThanOrEqual(dock.y);
    expect(dock.y + dock.height).toBeCloseTo(844, 0);
    // Reading starts (from the keyboard, focus stays): the bar takes the bottom edge, the strip moves above it.
    await page.keyboard.press('Control+Alt+Digit1');
    await expect.poll(() => page.locator('[data-speech]').isVisible()).toBe(true);
    const bar = (await page.locator('[data-speech]').boundingBox())!;
    await expect.poll(() => strip.boundingBox().then((b) => b!.y + b!.height <= bar.y)).toBe(true);
    await context.close();
  });

  it('leaves room at the bottom of the page: the last line scrolls clear of the dock', async () => {
    const { page, context } = await visit('indicators/', DESKTOP);
    const dock = await dockAfter(page, () => scrollTo(0, document.documentElement.scrollHeight));
    const footer = await page.evaluate(() => {
      const all = [...document.querySelectorAll('.site-footer *')].filter((el) => el.children.length === 0 && el.textContent!.trim());
      const r = all.at(-1)!.getBoundingClientRect();
      return { x: r.x, y: r.y, width: r.width, height: r.height };
    });
    expect(overlaps(footer, dock)).toBe(false);
    await context.close();
  });
});

describe('accessibility of the new tools', () => {
  const combos: [string, object, BrowserContextOptions['colorScheme']][] = [
    ['every view tool', { cursor: true, guide: true, caption: true }, 'light'],
    ['简约模式', { simple: true }, 'light'],
    ['简约模式 in elder mode, dark', { simple: true, elder: true, size: 'xl', contrast: true, theme: 'dark' }, 'light'],
    ['read-aloud modes, system dark', { speak: 'on', rate: 'fast' }, 'dark'],
    ['声音 off, high contrast', { mute: true, contrast: true }, 'light'],
  ];
  const visitIn = modeTabs(
    () => sites.browser(),
    (page) => page.addInitScript(stubSpeech, {}),
  );
  it.each(combos)('has no axe-core violations with %s, on phone and desktop, the panel and help open', async (_, prefs, colorScheme) => {
    for (const size of [PHONE, DESKTOP]) {
      // The tools are the same on every chapter, and the shortest one's axe run takes under half the
      // time of chapter 1's; the plan text in each mode is checked on chapter 1 (reader.spec.ts).
      const { page, errors } = await visitIn(`${sites.server(0).url}chapters/10/`, size, colorScheme, prefs);
      await openSettings(page);
      // The shortcut keys are offered where there is a keyboard and a mouse (desktop), not on a phone.
      if (size === DESKTOP) await page.locator('.tools-panel details.help > summary').click();
      await page.mouse.move(100, 400);
      expect(await axeViolations(page)).toEqual([]);
      expect(errors()).toEqual([]);
    }
  });
});
