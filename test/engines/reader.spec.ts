/**
 * The reading tools in WebKit and Firefox, driven with real clicks: text size, high contrast, elder
 * mode, 大字幕 and 大鼠标 switch on and off, and the choice survives a reload (localStorage, applied
 * before first paint by the inline script); with no voice the panel says so in words before 朗读 is tapped.
 */
import { expect, it } from 'vitest';
import type { EngineTab } from '../support/engines/engine.ts';
import { describeEngines } from '../support/engines/use-engine.ts';

/** Runs in the page: what the reader sees of the current settings. */
function state() {
  const html = document.documentElement;
  const body = getComputedStyle(document.body);
  const sidebar = document.querySelector('nav.sidebar');
  return {
    size: html.dataset.size ?? '',
    contrast: html.dataset.contrast ?? '',
    elder: document.querySelector('.tools-panel [data-elder]')?.getAttribute('aria-pressed') ?? null,
    fontSize: body.fontSize,
    colours: [body.backgroundColor, body.color],
    sidebar: sidebar ? sidebar.getClientRects().length > 0 : null,
    checkedSize: document.querySelector<HTMLInputElement>('input[name="reader-size"]:checked')?.value ?? null,
  };
}

const ready = (tab: EngineTab) => tab.waitFor('the reading toolbar', () => document.querySelector('.para-tool') !== null);

/** Opens the header's 无障碍 panel, where the reading tools are, and waits for its controls (built on first opening). */
async function openSettings(tab: EngineTab) {
  if (!(await tab.evaluate(() => document.querySelector('.site-header details.tools')!.hasAttribute('open'))))
    await tab.click('.site-header details.tools > summary');
  await tab.waitFor("the reading tools' controls", () => document.querySelector('.tools-panel [data-elder]') !== null);
}

describeEngines('reading tools', (ctx) => {
  it('sets text size and high contrast with the toolbar, and keeps both after a reload', async () => {
    const tab = await ctx.open();
    await tab.setViewport(1280, 800);
    await tab.goto(`${ctx.server.url}chapters/3/`);
    await ready(tab);
    expect(await tab.evaluate(state)).toMatchObject({ size: '', contrast: '', fontSize: '18px' });

    await openSettings(tab);
    await tab.click('input[name="reader-size"][value="xl"]');
    expect(await tab.evaluate(state)).toMatchObject({ size: 'xl', fontSize: '27px' });
    // At 特大 the panel (which scrolls inside itself) holds 高对比度 below its fold: WebKit's driver does not scroll it there.
    await tab.evaluate(() => document.querySelector('.tools-panel input[name="reader-contrast"]')!.closest('label')!.scrollIntoView({ block: 'center' }));
    await tab.click('.tools-panel input[name="reader-contrast"]');
    expect(await tab.evaluate(state)).toMatchObject({ contrast: 'high', colours: ['rgb(255, 255, 255)', 'rgb(0, 0, 0)'] });

    await tab.reload();
    await ready(tab);
    expect(await tab.evaluate(state)).toMatchObject({ size: 'xl', contrast: 'high', fontSize: '27px', colours: ['rgb(255, 255, 255)', 'rgb(0, 0, 0)'] });
    // The panel's controls are built when it opens, showing the saved choice.
    await openSettings(tab);
    expect(await tab.evaluate(state)).toMatchObject({ checkedSize: 'xl' });
    await tab.click('input[name="reader-size"][value=""]');
    await tab.click('.tools-panel input[name="reader-contrast"]');
    await tab.reload();
    await ready(tab);
    expect(await tab.evaluate(state)).toMatchObject({ size: '', contrast: '', fontSize: '18px' });
    await openSettings(tab);
    expect(await tab.evaluate(state)).toMatchObject({ checkedSize: '' });
    expect(await tab.errors()).toEqual([]);
  });

  it('turns elder mode on (特大, 高对比, no sidebar), keeps it after a reload, and off again', async () => {
    const tab = await ctx.open();
    await tab.setViewport(1280, 800);
    await tab.goto(`${ctx.server.url}chapters/3/`);
    await ready(tab);
    expect(await tab.evaluate(state)).toMatchObject({ sidebar: true });
    await openSettings(tab);
    expect(await tab.evaluate(state)).toMatchObject({ elder: 'false' });
    await tab.click('.tools-panel [data-elder]');
    expect(await tab.evaluate(state)).toMatchObject({ elder: 'true', fontSize: '27px', contrast: 'high', sidebar: false });
    await tab.reload();
    await ready(tab);
    expect(await tab.evaluate(state)).toMatchObject({ fontSize: '27px', sidebar: false });
    await openSettings(tab);
    expect(await tab.evaluate(state)).toMatchObject({ elder: 'true' });
    await tab.click('.tools-panel [data-elder]');
    expect(await tab.evaluate(state)).toMatchObject({ elder: 'false', fontSize: '18px', sidebar: true });
    expect(await tab.errors()).toEqual([]);
  });

  it('turns 大字幕 and 大鼠标 on from the panel, shows the caption for the focused control, and keeps both after a reload', async () => {
    const tab = await ctx.open();
    await tab.setViewport(1280, 800);
    await tab.goto(`${ctx.server.url}chapters/3/`);
    await ready(tab);
    await openSettings(tab);
    // 大鼠标 is offered only where there is a mouse ((any-pointer: fine)); headless Firefox reports none.
    const fine = await tab.evaluate(() => matchMedia('(any-pointer: fine)').matches);
    const wanted = fine ? ['on', 'big'] : ['on', ''];
    await tab.click('.tools-panel input[name="reader-caption"]');
    if (fine) await tab.click('.tools-panel input[name="reader-cursor"]');
    else
      expect(
        await tab.evaluate(() => getComputedStyle(document.querySelector('.tools-panel input[name="reader-cursor"]')!.closest('[data-fine]')!).display),
      ).toBe('none');
    const state = () => tab.evaluate(() => [document.documentElement.dataset.caption ?? '', document.documentElement.dataset.cursor ?? '']);
    expect(await state()).toEqual(wanted);
    await tab.reload();
    await ready(tab);
    // The pre-paint script put them back; the cursor file applies once the pointer tools' styles have loaded.
    expect(await state()).toEqual(wanted);
    if (fine) await tab.waitFor('the large cursor', () => getComputedStyle(document.body).cursor.includes('arrow-'));
    await tab.waitFor('the pointer tools', () => document.querySelector('.caption-strip') !== null);
    await tab.evaluate(() => document.querySelector<HTMLElement>('#s3-2-p1 .para-tool')!.focus());
    await tab.waitFor('the caption of the focused control', () => document.querySelector('.caption-strip')?.textContent === '第三章第二节第1段 链接与引用');
    await openSettings(tab);
    await tab.click('.tools-panel [data-reset]');
    expect(await tab.evaluate(() => [document.documentElement.dataset.caption ?? '', document.documentElement.dataset.cursor ?? ''])).toEqual(['', '']);
    expect(await tab.errors()).toEqual([]);
  });

  it('says in words, before 朗读 is tapped, that it cannot read aloud when the device has no voice', async () => {
    const tab = await ctx.open();
    await tab.setViewport(1280, 800);
    await tab.goto(`${ctx.server.url}chapters/3/`);
    await ready(tab);
    const speaks = await tab.evaluate(() => 'speechSynthesis' in window);
    // An engine without speech synthesis is told the same; one with it is stubbed to no voices (the panel looks again as it opens).
    if (speaks) await tab.evaluate(() => Object.defineProperty(speechSynthesis, 'getVoices', { value: () => [], configurable: true }));
    await openSettings(tab);
    const shown = (selector: string) => tab.evaluate((s) => (document.querySelector(s)?.getClientRects().length ?? 0) > 0, selector);
    await tab.waitFor('the no-voice reason', () => (document.querySelector('.tools-panel [data-no-voice]')?.getClientRects().length ?? 0) > 0);
    expect(await tab.evaluate(() => document.querySelector<HTMLElement>('.tools-panel [data-no-voice]')!.innerText)).toContain(
      '这个浏览器里没有中文语音，网页不能朗读。',
    );
    expect(await shown('.tools-panel [data-read]')).toBe(false);
    expect(await tab.errors()).toEqual([]);
  });
});
