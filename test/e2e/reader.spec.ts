/**
 * The reading toolbar and reader tools in a real browser: text size, contrast, theme and elder mode
 * (and that they persist and apply before first paint), copy link and citation, read-aloud with a
 * stubbed speech API, reading aids, print media, and axe-core in every mode.
 */
import { describe, expect, it } from 'vitest';
import type { BrowserContextOptions, Page } from 'playwright-core';
import { axeViolations } from '../support/axe.ts';
import { DESKTOP, openPage, PHONE } from '../support/browser.ts';
import { modeTabs } from '../support/mode-tabs.ts';
import { browserBuilds, FULL } from '../support/pages.ts';
import { useSites } from '../support/sites.ts';
import { storePrefs } from '../support/layout.ts';
import { PLAN_TITLE } from '../support/plan-facts.ts';

const PLAN = PLAN_TITLE;

const sites = useSites();

/** Opens a page with stored reader choices; returns it with its watchers. */
async function visit(url: string, options: BrowserContextOptions = DESKTOP, prefs?: object) {
  const watched = await openPage(sites.browser(), options);
  if (prefs) await storePrefs(watched.page, prefs);
  await watched.page.goto(url);
  await watched.page.waitForFunction(() => document.querySelector('.para-tool') !== null || !document.querySelector('main [data-plan]'));
  return watched;
}

/** Opens the header's 无障碍 panel, where the reading tools are, and waits for its controls (built on first opening). */
const openSettings = async (page: Page) => {
  if ((await page.locator('.site-header details.tools').getAttribute('open')) === null) await page.locator('.site-header details.tools > summary').click();
  await page.locator('.tools-panel [data-elder]').waitFor({ state: 'visible' });
};
const bodyFontSize = (page: Page) => page.evaluate(() => getComputedStyle(document.body).fontSize);
const colours = (page: Page) =>
  page.evaluate(() => {
    const s = getComputedStyle(document.body);
    return [s.backgroundColor, s.color];
  });

describe('the reading toolbar', () => {
  const url = () => `${sites.server(0).url}chapters/3/`;

  it('is absent without JavaScript, and the page still reads', async () => {
    const { page, context } = await openPage(sites.browser(), { ...PHONE, javaScriptEnabled: false });
    await page.goto(url());
    expect(await page.locator('.site-header details.tools').isVisible()).toBe(false);
    expect(await page.locator('#s3-2-p1').isVisible()).toBe(true);
    await context.close();
  });

  it('sets the text size in three steps, keeps it after a reload, and applies it before the toolbar script runs', async () => {
    const { page, context, errors } = await visit(url());
    expect(await bodyFontSize(page)).toBe('18px');
    await openSettings(page);
    await page.getByRole('radio', { name: '大', exact: true }).check();
    expect(await bodyFontSize(page)).toBe('22.5px');
    await page.getByRole('radio', { name: '特大', exact: true }).check();
    expect(await bodyFontSize(page)).toBe('27px');
    await page.reload();
    expect(await bodyFontSize(page)).toBe('27px');
    // With the module script blocked, only the inline pre-paint script can have applied the size.
    await page.route('**/*.js', (route) => route.abort());
    await page.reload();
    expect(await page.evaluate(() => document.documentElement.dataset.size)).toBe('xl');
    expect(await bodyFontSize(page)).toBe('27px');
    await page.unroute('**/*.js');
    await page.reload();
    await openSettings(page);
    await page.getByRole('radio', { name: '标准', exact: true }).check();
    expect(await bodyFontSize(page)).toBe('18px');
    await page.keyboard.press('Escape');
    expect(await page.locator('.site-header details.tools').getAttribute('open')).toBeNull();
    expect(await page.evaluate(() => document.activeElement?.textContent)).toBe('无障碍');
    expect(errors.filter((e) => !e.includes('net::ERR_FAILED'))).toEqual([]);
    await context.close();
  });

  it('switches high contrast and the light, dark and system themes', async () => {
    const { page, context } = await visit(url(), { ...DESKTOP, colorScheme: 'light' });
    await openSettings(page);
    await page.getByRole('checkbox', { name: '高对比度' }).click();
    expect(await colours(page)).toEqual(['rgb(255, 255, 255)', 'rgb(0, 0, 0)']);
    await page.getByRole('radio', { name: '深色', exact: true }).check();
    expect(await page.evaluate(() => document.documentElement.dataset.theme)).toBe('dark');
    expect(await colours(page)).toEqual(['rgb(0, 0, 0)', 'rgb(255, 255, 255)']);
    await page.getByRole('checkbox', { name: '高对比度' }).click();
    expect(await colours(page)).toEqual(['rgb(20, 23, 28)', 'rgb(232, 235, 239)']);
    await page.getByRole('radio', { name: '跟随系统', exact: true }).check();
    expect(await page.evaluate(() => document.documentElement.hasAttribute('data-theme'))).toBe(false);
    expect((await colours(page))[0]).toBe('rgb(255, 255, 255)');
    await page.reload();
    expect((await colours(page))[0]).toBe('rgb(255, 255, 255)');
    await context.close();
  });

  it('turns elder mode on (特大, 高对比, no sidebar, 44px targets) and off again', async () => {
    const { page, context } = await visit(url());
    expect(await page.locator('nav.sidebar').isVisible()).toBe(true);
    await openSettings(page);
    await page.getByRole('button', { name: '长者模式' }).click();
    expect(await page.getByRole('button', { name: '长者模式' }).getAttribute('aria-pressed')).toBe('true');
    expect(await bodyFontSize(page)).toBe('27px');
    expect(await colours(page)).toEqual(['rgb(255, 255, 255)', 'rgb(0, 0, 0)']);
    expect(await page.locator('nav.sidebar').isVisible()).toBe(false);
    const small = await page.evaluate(() =>
      // (The paragraph tools, out of sight until focused, are measured focused in calm-page.spec.ts.)
      [...document.querySelectorAll<HTMLElement>('.site-header :is(button, summary), .tools-panel .seg span, nav a, .pagination a')]
        .filter((el) => el.offsetParent !== null)
        .map((el) => ({ el: el.textContent?.trim() || el.getAttribute('aria-label'), r: el.getBoundingClientRect() }))
        .filter(({ r }) => r.width < 44 || r.height < 44)
        .map(({ el, r }) => `${el} ${r.width}x${r.height}`),
    );
    expect(small).toEqual([]);
    await page.reload();
    expect(await page.locator('nav.sidebar').isVisible()).toBe(false);
    await openSettings(page);
    await page.getByRole('button', { name: '长者模式' }).click();
    expect(await bodyFontSize(page)).toBe('18px');
    expect(await page.locator('nav.sidebar').isVisible()).toBe(true);
    await context.close();
  });

  // 160px wide is a 320px screen at 200 % browser zoom.
  it.each([
    ['chapters/1/', 320, 'xl'],
    ['chapters/3/', 320, 'xl'],
    ['full/', 320, 'xl'],
    ['', 320, 'xl'],
    ['chapters/1/', 160, ''],
    ['full/', 160, ''],
    ['chapters/3/', 160, 'xl'],
  ])('keeps /%s within a %ipx wide screen at text size "%s", the indicator tables as cards that need no sideways scrolling', async (path, width, size) => {
    const { page, context } = await visit(`${sites.server(0).url}${path}`, { ...PHONE, viewport: { width, height: 640 } }, { size });
    await openSettings(page);
    expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(width);
    if (path === 'chapters/1/') {
      const table = page.locator('.itable').first();
      expect(await table.evaluate((el) => el.scrollWidth - el.clientWidth)).toBeLessThanOrEqual(0);
      expect(
        await table
          .locator('td')
          .first()
          .evaluate((el) => getComputedStyle(el).display),
      ).toBe('block');
    }
    await context.close();
  });

  it('keeps the reader at the same paragraph when the text size changes', async () => {
    const { page, context } = await visit(url());
    await page.evaluate(() => document.getElementById('s3-3')!.scrollIntoView());
    const before = await page.locator('#s3-3').evaluate((el) => el.getBoundingClientRect().top);
    await openSettings(page);
    await page.evaluate(() => document.getElementById('s3-3')!.scrollIntoView());
    await page.locator('.tools-panel input[value="xl"]').dispatchEvent('click');
    const after = await page.locator('#s3-3').evaluate((el) => el.getBoundingClientRect().top);
    expect(Math.abs(after - before)).toBeLessThan(4);
    await context.close();
  });
});

describe.each(browserBuilds())('links and citations under $base', ({ i }) => {
  it('copies a paragraph link and a citation in the plan form', async () => {
    const base = sites.server(i).url;
    const { page, context } = await visit(`${base}chapters/3/`);
    await context.grantPermissions(['clipboard-read', 'clipboard-write'], { origin: sites.server(i).origin });
    const tool = page.locator('#s3-2-p1 .para-tool');
    expect(await tool.getAttribute('aria-label')).toBe('第三章第二节第1段 链接与引用');
    // Out of sight until it has focus, then a button of full size over the paragraph's last line.
    await tool.focus();
    expect((await tool.boundingBox())!.height).toBeGreaterThanOrEqual(44);
    await tool.click();
    await page.getByRole('button', { name: '复制引用' }).click();
    await expect.poll(() => page.locator('.toast').textContent()).toBe('引用已复制');
    const today = await page.evaluate(() => new Date().toLocaleDateString('sv'));
    // GB/T 7714 for an online document; the test build's settings name no issuer or date, so none is written.
    expect(await page.evaluate(() => navigator.clipboard.readText())).toBe(`${PLAN}[EB/OL]. 第三章第二节第1段[${today}]. ${base}chapters/3/#s3-2-p1.`);
    // A tap on a heading opens its menu.
    await page.locator('#column-5').click();
    await page.getByRole('button', { name: '复制链接' }).click();
    expect(await page.evaluate(() => navigator.clipboard.readText())).toBe(`${base}chapters/3/#column-5`);
    await context.close();
  });

  it('names 专栏 by their chapter in citations on the full-text page', async () => {
    const base = sites.server(i).url;
    const { page, context } = await visit(`${base}full/`);
    await context.grantPermissions(['clipboard-read', 'clipboard-write'], { origin: sites.server(i).origin });
    await page.locator('#column-9-2-p1').click({ position: { x: 8, y: 8 } });
    await page.getByRole('button', { name: '复制引用' }).click();
    const today = await page.evaluate(() => new Date().toLocaleDateString('sv'));
    expect(await page.evaluate(() => navigator.clipboard.readText())).toBe(`${PLAN}[EB/OL]. 第五章专栏9第02项第1段[${today}]. ${base}full/#column-9-2-p1.`);
    await context.close();
  });
});

describe('reading aids', () => {
  it('marks the paragraph a link arrives at', async () => {
    const { page, context } = await visit(`${sites.server(0).url}chapters/3/#s3-2-p1`);
    const [mark, bg] = await page.evaluate(() => [
      getComputedStyle(document.documentElement).getPropertyValue('--mark').trim(),
      getComputedStyle(document.getElementById('s3-2-p1')!).backgroundColor,
    ]);
    expect(mark).toBe('#fff1a8');
    expect(bg).toBe('rgb(255, 241, 168)');
    await context.close();
  });

  it('marks the section in view in the chapter contents, and a page without contents offers a way back to the top', async () => {
    const { page, context } = await visit(`${sites.server(0).url}chapters/3/`);
    expect(await page.locator('.reader-dock').isVisible()).toBe(false);
    await page.evaluate(() => document.getElementById('s3-4')!.scrollIntoView());
    await expect.poll(() => page.locator('nav.page-toc a[href="#s3-4"]').getAttribute('aria-current')).toBe('location');
    expect(await page.locator('nav.page-toc a[aria-current]').count()).toBe(1);
    // A chapter's dock goes back to its contents (目录) instead (calm-page.spec.ts).
    await page.goto(`${sites.server(0).url}indicators/`);
    await page.evaluate(() => scrollTo(0, innerHeight * 2));
    await page.locator('.reader-dock').getByRole('link', { name: '回到顶部' }).click();
    await expect.poll(() => page.evaluate(() => document.activeElement?.id)).toBe('main');
    expect(await page.evaluate(() => document.getElementById('main')!.getBoundingClientRect().top)).toBeGreaterThanOrEqual(0);
    await context.close();
  });
});

describe('read aloud', () => {
  /** A stand-in for the browser's speech API that records what it is asked to say. */
  const stubSpeech = () => {
    const spoken: string[] = [];
    class Utterance {
      text: string;
      lang = '';
      voice: unknown = null;
      rate = 1;
      onstart: (() => void) | null = null;
      onend: (() => void) | null = null;
      onerror: (() => void) | null = null;
      constructor(text: string) {
        this.text = text;
      }
    }
    const synth = {
      paused: false,
      speaking: false,
      getVoices: () => [{ lang: 'zh-CN', localService: true, name: 'stub', default: true, voiceURI: 'stub' }],
      speak(u: Utterance) {
        spoken.push(`${u.lang}|${u.text}`);
        setTimeout(() => u.onstart?.(), 0);
        // Finish each utterance on the next tick except the third, so the test can watch it being read.
        if (spoken.length < 3) setTimeout(() => u.onend?.(), 10);
      },
      cancel() {},
      pause() {
        synth.paused = true;
      },
      resume() {
        synth.paused = false;
      },
      addEventListener() {},
    };
    Object.defineProperty(window, 'speechSynthesis', { value: synth, configurable: true });
    Object.defineProperty(window, 'SpeechSynthesisUtterance', { value: Utterance, configurable: true });
    Object.defineProperty(window, '__spoken', { value: spoken });
  };

  it('reads the section in view in zh-CN, paragraph by paragraph, highlighting the one being read', async () => {
    const { page, context, errors } = await openPage(sites.browser(), DESKTOP);
    await page.addInitScript(stubSpeech);
    await page.goto(`${sites.server(1).url}chapters/3/`);
    // Far enough down for the dock (a screen and more), still in 第二节: reading starts at its heading.
    await page.evaluate(() => document.getElementById('column-5')!.scrollIntoView());
    // The dock at the bottom offers 朗读 where the reader is; the panel's button is at the top of the page.
    await page.locator('.reader-dock').getByRole('button', { name: '朗读', exact: true }).click();
    await expect.poll(() => page.evaluate(() => (window as unknown as { __spoken: string[] }).__spoken.length)).toBe(3);
    const spoken = await page.evaluate(() => (window as unknown as { __spoken: string[] }).__spoken);
    const p1 = await page.locator('#s3-2-p1').evaluate((el) => {
      const copy = el.cloneNode(true) as Element;
      copy.querySelectorAll('[data-ui]').forEach((n) => n.remove());
      return copy.textContent!.trim();
    });
    expect(spoken[0]).toBe('zh-CN|第二节 完善社会保障制度体系');
    expect(spoken[1]).toBe(`zh-CN|${p1}`);
    expect(spoken[2]).toBe('zh-CN|专栏 5 社会保险制度建设');
    expect(await page.locator('.reading').getAttribute('id')).toBe('column-5');
    expect(await page.getByRole('button', { name: '暂停' }).isVisible()).toBe(true);
    expect(await page.locator('.reader-dock').isVisible()).toBe(false);
    await page.getByRole('button', { name: '暂停' }).click();
    expect(await page.getByRole('button', { name: '继续' }).getAttribute('aria-pressed')).toBe('true');
    const scrolled = await page.evaluate(() => scrollY);
    await page.getByRole('button', { name: '停止朗读' }).click();
    expect(await page.locator('.reading').count()).toBe(0);
    expect(await page.evaluate(() => document.activeElement?.closest('.reader-dock') !== null)).toBe(true);
    expect(await page.evaluate(() => scrollY)).toBe(scrolled);
    expect(await page.locator('[data-speech]').isVisible()).toBe(false);
    expect(errors).toEqual([]);
    await context.close();
  });

  it('reads from a paragraph to the end of its section from the paragraph menu', async () => {
    const { page, context } = await openPage(sites.browser(), PHONE);
    await page.addInitScript(stubSpeech);
    await page.goto(`${sites.server(0).url}chapters/5/`);
    await page.locator('#column-9-2-p1').click({ position: { x: 8, y: 8 } });
    await page.getByRole('button', { name: '从本段朗读' }).click();
    await expect.poll(() => page.evaluate(() => (window as unknown as { __spoken: string[] }).__spoken.length)).toBe(3);
    const text = await page.locator('#column-9-2-p1').evaluate((el) => {
      const copy = el.cloneNode(true) as Element;
      copy.querySelectorAll('[data-ui]').forEach((n) => n.remove());
      return copy.textContent!.trim();
    });
    expect(await page.evaluate(() => (window as unknown as { __spoken: string[] }).__spoken[0])).toBe(`zh-CN|${text}`);
    await context.close();
  });

  it('gives way to the reason where the browser has no speech synthesis', async () => {
    const { page, context } = await openPage(sites.browser(), DESKTOP);
    await page.addInitScript(() => {
      // @ts-expect-error removing the API on purpose
      delete window.speechSynthesis;
    });
    await page.goto(`${sites.server(0).url}chapters/3/`);
    await page.waitForSelector('.para-tool');
    expect(await page.locator('.tools-panel [data-read]').isHidden()).toBe(true);
    expect(await page.locator('.reader-dock [data-speak-control]:visible').count()).toBe(0);
    expect(await page.getByRole('button', { name: '朗读', exact: true }).count()).toBe(0);
    await openSettings(page);
    expect(await page.locator('.tools-panel [data-no-voice]').isVisible()).toBe(true);
    await context.close();
  });
});

describe('print', () => {
  it('hides navigation and controls, and prints the page address', async () => {
    const { page, context } = await visit(`${sites.server(1).url}chapters/3/`);
    await page.evaluate(() => {
      window.print = () => {
        (window as unknown as { printed: boolean }).printed = true;
      };
    });
    await openSettings(page);
    await page.getByRole('button', { name: '打印本章' }).click();
    expect(await page.evaluate(() => (window as unknown as { printed: boolean }).printed)).toBe(true);
    await page.emulateMedia({ media: 'print' });
    await page.evaluate(() => dispatchEvent(new Event('beforeprint')));
    for (const selector of ['.site-header', '.page-bar', 'nav.sidebar', 'nav.page-toc', 'nav.breadcrumbs', 'nav.pagination', '.para-tool', '.site-footer'])
      expect(await page.locator(selector).first().isVisible(), selector).toBe(false);
    expect(await page.locator('.print-url').textContent()).toBe(`本页网址：${sites.server(1).url}chapters/3/`);
    expect(await page.locator('#s3-2-p1').isVisible()).toBe(true);
    await context.close();
  });

  it('prints the whole plan with its contents, each chapter on a new page', async () => {
    const { page, context } = await visit(`${sites.server(0).url}full/`);
    await openSettings(page);
    expect(await page.getByRole('button', { name: '打印全文' }).isVisible()).toBe(true);
    await page.emulateMedia({ media: 'print' });
    expect(await page.locator('nav.contents').isVisible()).toBe(true);
    expect(
      await page
        .locator('section.chapter')
        .first()
        .evaluate((el) => getComputedStyle(el).breakBefore),
    ).toBe('page');
    await context.close();
  });
});

describe('accessibility in every mode', () => {
  const modes: Array<[string, object, BrowserContextOptions['colorScheme']]> = [
    ['the standard', {}, 'light'],
    ['large text', { size: 'l' }, 'light'],
    ['largest text', { size: 'xl' }, 'light'],
    ['high contrast', { contrast: true }, 'light'],
    ['the system dark', {}, 'dark'],
    ['the chosen dark', { theme: 'dark' }, 'light'],
    ['dark high contrast', { contrast: true }, 'dark'],
    ['elder', { elder: true, size: 'xl', contrast: true }, 'light'],
    ['dark elder', { elder: true, size: 'xl', contrast: true, theme: 'dark' }, 'light'],
  ];
  /** The modes the dock test takes, and in `npm test` the only ones on a desktop too (its layout differs from the phone's in width, not in colours or text size). */
  const CORE_MODES = /standard|elder|dark high/;
  const onDesktop = (name: string) => FULL || CORE_MODES.test(name);
  const visitIn = modeTabs(() => sites.browser());
  it.each(modes)('has no axe-core violations in %s mode on phone and desktop, with the menus open', async (name, prefs, colorScheme) => {
    for (const viewport of onDesktop(name) ? [PHONE, DESKTOP] : [PHONE]) {
      const { page, errors, requests } = await visitIn(`${sites.server(0).url}chapters/1/`, viewport, colorScheme, prefs);
      await page.locator('#s1-1-p1').click({ position: { x: 8, y: 8 } });
      // The menu loads on that first click and takes the focus: wait for it before opening the panel.
      await page.locator('.para-menu').waitFor({ state: 'visible' });
      await openSettings(page);
      expect(await axeViolations(page)).toEqual([]);
      expect(errors()).toEqual([]);
      expect(requests().filter((r) => !r.startsWith(sites.server(0).origin))).toEqual([]);
    }
  });

  it.each(modes.filter(([name]) => CORE_MODES.test(name)))('has no axe-core violations in %s mode with the dock showing', async (_, prefs, colorScheme) => {
    const { page } = await visitIn(`${sites.server(0).url}chapters/3/`, PHONE, colorScheme, prefs);
    await page.evaluate(() => document.getElementById('s3-3')!.scrollIntoView());
    await expect.poll(() => page.locator('.reader-dock').isVisible()).toBe(true);
    expect(await axeViolations(page)).toEqual([]);
  });
});
