/**
 * The 无障碍 panel's controls as markup, written at build time (src/reader/resources.ts) and
 * fetched with the reading tools' module the first time the panel opens: the browser parses HTML,
 * and the script (src/reader/sheet.ts) only wires it to the settings. 长者模式, 简约模式,
 * 关闭 first, then 字号, 配色, 高对比度, 大鼠标, 十字线, 大字幕, 声音, 语速, 指读/连读, 朗读, 打印, 重置 and
 * 快捷键说明. Every input is named reader-<setting> (src/reader/prefs.ts); blocks marked
 * data-speech-tool are hidden, with the no-voice block shown instead, while the device has no
 * Chinese voice (or no speech at all); those marked data-fine (大鼠标, 十字线, the shortcut keys: tools
 * of a mouse or a keyboard) are not shown on a device without a fine pointer, a phone (reader-tools.css).
 */
import { readerUi } from '../i18n/reader-ui.ts';
import { t as text } from '../i18n/ui.ts';
import { htmlAttr } from '../lib/escape.ts';
import { SHORTCUTS } from './shortcuts.ts';

type Key = keyof typeof readerUi;

/** A string of the reading tools, escaped for the markup. */
const t = (key: Key) => htmlAttr(text(key));

/** A choose-one group drawn as buttons (the radios stay focusable and readable). */
const choices = (field: string, legend: Key, options: [string, Key][], extra = '', attrs = '') =>
  `<fieldset class="tool" data-tool="reader-${field}"${attrs}><legend>${t(legend)}</legend><span class="segs">${options
    .map(([value, key]) => `<label class="seg"><input type="radio" name="reader-${field}" value="${value}"><span>${t(key)}</span></label>`)
    .join('')}</span>${extra}</fieldset>`;

/** A switch drawn as a checkbox; data-invert for settings stored as their opposite (声音 on = mute off). */
const check = (field: string, key: Key, invert = false, attrs = '') =>
  `<label class="check"${attrs}><input type="checkbox" name="reader-${field}"${invert ? ' data-invert' : ''}><span>${t(key)}</span></label>`;

/** Tools for a mouse or a keyboard: not offered on a touch screen without either (reader-tools.css). */
const FINE = ' data-fine';

/** A preset or mode drawn as one pressed/unpressed button with its explanation. */
const mode = (name: 'elder' | 'simple', key: Key, hint: Key) =>
  `<div class="tool" data-tool="${name}"><button type="button" class="btn elder" data-${name} aria-pressed="false" aria-describedby="reader-${name}-hint">${t(key)}</button><span id="reader-${name}-hint" class="hint">${t(hint)}</span></div>`;

const SPEECH = ' data-speech-tool';

/** The panel's controls, in the order they appear. */
export function panelHtml(): string {
  return [
    // 关闭: the panel is a sheet over the page on a phone, and its 无障碍 button may be out of sight.
    `<div class="tool close-row"><button type="button" class="btn" data-close>${t('reader.close')}</button></div>`,
    mode('elder', 'reader.elder', 'reader.elderHint'),
    mode('simple', 'reader.simple', 'reader.simpleHint'),
    choices('size', 'reader.size', [
      ['', 'reader.sizeNormal'],
      ['l', 'reader.sizeLarge'],
      ['xl', 'reader.sizeXLarge'],
    ]),
    choices('theme', 'reader.theme', [
      ['', 'reader.themeSystem'],
      ['light', 'reader.themeLight'],
      ['dark', 'reader.themeDark'],
    ]),
    `<div class="tool" data-tool="contrast">${check('contrast', 'reader.contrast')}</div>`,
    `<fieldset class="tool checks" data-tool="view"><legend>${t('reader.view')}</legend>${check('cursor', 'reader.cursor', false, FINE)}${check('guide', 'reader.guide', false, FINE)}${check('caption', 'reader.caption')}</fieldset>`,
    // Where the device has no Chinese voice (src/reader/reader.ts marks <html data-novoice>), this
    // stands in for 声音, 语速, 指读 and 朗读 (reader-tools.css): the reason, and what she can use instead.
    `<div class="tool" data-tool="no-voice" data-no-voice><p class="no-voice-title">${t('reader.read')}</p><p>${t('reader.noVoice')}</p><p>${t('reader.noVoiceHelp')}</p></div>`,
    // What went wrong when speech could not run: read-aloud reports it here (sheet.ts).
    `<div class="tool" data-tool="sound"${SPEECH}>${check('mute', 'reader.sound', true)}<p class="hint note" id="reader-speech-note" role="status"></p></div>`,
    choices(
      'rate',
      'reader.rate',
      [
        ['slow', 'reader.rateSlow'],
        ['', 'reader.rateNormal'],
        ['fast', 'reader.rateFast'],
      ],
      '',
      SPEECH,
    ),
    choices(
      'speak',
      'reader.speakMode',
      [
        ['', 'reader.speakOff'],
        ['point', 'reader.speakPoint'],
        ['on', 'reader.speakOn'],
      ],
      `<span class="hint">${t('reader.speakHint')}</span>`,
      SPEECH,
    ),
    // 打印本章 / 打印全文 / 打印本页: the script names it for the page it is on.
    `<div class="tool actions" data-tool="page"><button type="button" class="btn" data-read data-speak-control aria-describedby="reader-speech-note"${SPEECH}>${t('reader.read')}</button><button type="button" class="btn" data-print>${t('reader.printPage')}</button></div>`,
    `<div class="tool" data-tool="reset"><button type="button" class="btn" data-reset aria-describedby="reader-reset-hint">${t('reader.reset')}</button><span id="reader-reset-hint" class="hint">${t('reader.resetHint')}</span></div>`,
    `<details class="tool help" data-tool="help"${FINE}><summary>${t('reader.help')}</summary><p class="hint">${t('reader.helpIntro')}</p><table><thead><tr><th scope="col">${t('reader.key')}</th><th scope="col">${t('reader.action')}</th></tr></thead><tbody>${SHORTCUTS.map(
      ({ key, label }) => `<tr><td><kbd>Ctrl+Alt+${key}</kbd></td><td>${t(label)}</td></tr>`,
    ).join('')}</tbody></table><p class="hint">${htmlAttr(text('search.shortcut'))}</p><p class="hint">${t('reader.helpWhy')}</p></details>`,
  ].join('');
}
