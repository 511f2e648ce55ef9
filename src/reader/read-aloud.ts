/**
 * Read-aloud (朗读) with the browser's own speech synthesis in zh-CN, set up on first use.
 * One utterance per paragraph (long utterances stall in some browsers), the paragraph being read is
 * highlighted and kept in view. Only voices that run on the device are used: the text of the page
 * is never sent to an online speech service.
 */
import type { opensSection } from '../lib/anchors.ts';
// Its strings arrive with the tools' module (src/reader/lazy.ts), not in every page's HTML.
import { t } from './strings.ts';

export interface ReadAloud {
  /** Reads the selected paragraph if there is a selection in the plan, else the section in view. */
  readCurrent(from?: Element | null): void;
  /** Reads from this block to the end of its section. */
  readFrom(block: HTMLElement, from?: Element | null): void;
  /** 指读: reads what this element says (a block, link, button, cell), or with `onward` (连读) from its block on. */
  readElement(el: Element, onward: boolean): void;
  stop(): void;
}

/** How long an utterance may take to start before the reader is told it did not. */
const START_MS = 5000;

const PLAN_BLOCKS = 'main :is(h1, h2, h3, h4, h5, p):is([data-plan], [data-plan] *)';
const PAGE_BLOCKS = 'main :is(h1, h2, h3, h4, h5, p)';

/** What a block says: its text without controls and marks added for the reader (or hidden from assistive technology). */
function spokenText(el: Element): string {
  const copy = el.cloneNode(true) as Element;
  copy.querySelectorAll('[data-ui], [aria-hidden="true"]').forEach((n) => n.remove());
  return (copy.textContent ?? '').replace(/\s+/g, ' ').trim();
}

function readableBlocks(): HTMLElement[] {
  const plan = [...document.querySelectorAll<HTMLElement>(PLAN_BLOCKS)];
  const all = plan.length > 0 ? plan : [...document.querySelectorAll<HTMLElement>(PAGE_BLOCKS)];
  return all.filter((el) => !el.closest('nav, [data-ui], .no-print') && spokenText(el) !== '');
}

/**
 * The anchor grammar's test for a section's heading (src/lib/anchors.ts), handed in by the caller:
 * this module loads on first use (src/reader/lazy.ts), and importing the grammar here too would
 * split it into a chunk of its own that every page then fetches.
 */
let opens: typeof opensSection = () => false;

/** Sections start at chapter and 节 headings, by their anchors' kind (pages without plan text: at h1 and h2). */
const startsSection = (el: HTMLElement, plan: boolean): boolean => (plan ? opens(el.id) || el.tagName === 'H1' : el.tagName === 'H1' || el.tagName === 'H2');

/**
 * The blocks of a section: from `from` (or, without it, from the heading of the section in view)
 * to the next section heading.
 */
function sectionBlocks(from?: HTMLElement): HTMLElement[] {
  const blocks = readableBlocks();
  const plan = document.querySelector('main [data-plan]') !== null;
  let start = from ? blocks.indexOf(from) : blocks.findIndex((el) => el.getBoundingClientRect().bottom > 0);
  if (start < 0) return from ? [from] : blocks;
  if (!from) while (start > 0 && !startsSection(blocks[start]!, plan)) start -= 1;
  let end = start + 1;
  while (end < blocks.length && !startsSection(blocks[end]!, plan)) end += 1;
  return blocks.slice(start, end);
}

function selectedBlock(): HTMLElement | null {
  const sel = getSelection();
  if (!sel || sel.isCollapsed || !sel.anchorNode) return null;
  const node = sel.anchorNode.nodeType === Node.ELEMENT_NODE ? (sel.anchorNode as Element) : sel.anchorNode.parentElement;
  const block = node?.closest<HTMLElement>('p, h1, h2, h3, h4, h5');
  return block && readableBlocks().includes(block) ? block : null;
}

/**
 * A Chinese voice that runs on this device, or null: an empty list (after waiting for
 * voiceschanged, which some browsers never fire) is no voice, not "unknown" — speaking without one
 * fails silently. `zhVoices` is the page's own list of them (src/reader/reader.ts, which also marks
 * <html data-novoice> by it, so the controls and this agree).
 */
async function localChineseVoice(zhVoices: () => SpeechSynthesisVoice[]): Promise<SpeechSynthesisVoice | null> {
  let local = zhVoices();
  if (local.length === 0 && window.speechSynthesis?.getVoices().length === 0) {
    await new Promise<void>((resolve) => {
      speechSynthesis.addEventListener?.('voiceschanged', () => resolve(), { once: true });
      setTimeout(resolve, 1500);
    });
    local = zhVoices();
  }
  return local.find((v) => /^zh[-_](CN|Hans)/i.test(v.lang)) ?? local[0] ?? null;
}

/** What a control or cell under the pointer says: its label, or its text without marks added for the reader (also 大字幕's words). */
export const saidBy = (el: Element): string => el.getAttribute('aria-label') || spokenText(el);

let instance: ReadAloud | undefined;

/** Stops reading if anything is being read (its bar is up); says whether it did. */
export const stopReading = (): boolean => {
  if (!instance || !document.querySelector('[data-speech]:not([hidden])')) return false;
  instance.stop();
  return true;
};

/**
 * `live` gets the read-aloud bar; when there is no Chinese voice or speaking fails, the toast and
 * the panel's 朗读 controls say so (never a bar that flashes and goes). Focus goes back to the control that started reading, or to
 * `returnTo` when that control is no longer shown (a closed panel).
 */
export function readAloud(
  live: HTMLElement,
  returnTo: HTMLElement,
  announce: (m: string) => void,
  opensSectionAt: typeof opensSection,
  /** The utterance rate of the reader's 语速 (handed in, like the grammar: see above). */
  rate: () => number,
  /** The Chinese voices that run on this device. */
  zhVoices: () => SpeechSynthesisVoice[],
): ReadAloud {
  if (instance) return instance;
  opens = opensSectionAt;
  // The bar at the bottom edge while reading: 正在朗读, 暂停/继续, 停止朗读.
  const panel = document.createElement('div');
  panel.className = 'speech';
  panel.dataset.speech = '';
  panel.hidden = true;
  const speaking = document.createElement('span');
  speaking.className = 'speaking';
  speaking.textContent = t('reader.speaking');
  const button = (label: string) => {
    const b = document.createElement('button');
    b.type = 'button';
    b.className = 'reader-btn';
    b.textContent = label;
    return b;
  };
  const pauseButton = button(t('reader.pause'));
  const stopButton = button(t('reader.stop'));
  panel.append(speaking, pauseButton, stopButton);
  live.prepend(panel);
  let queue: HTMLElement[] = [];
  let index = 0;
  let run = 0;
  let reading: HTMLElement | null = null;
  /** The control that started reading: focus returns there, without scrolling, when reading stops. */
  let origin: HTMLElement | null = null;

  const mark = (el: HTMLElement | null) => {
    reading?.classList.remove('reading');
    reading = el;
    if (!el) return;
    el.classList.add('reading');
    const r = el.getBoundingClientRect();
    if (r.top < 0 || r.bottom > innerHeight) el.scrollIntoView({ block: 'center' });
  };
  const stop = (focus = true) => {
    run += 1;
    // A browser without speech at all still gets here (a shortcut, a stored 指读): it is told there is no voice.
    window.speechSynthesis?.cancel();
    mark(null);
    panel.hidden = true;
    if (focus) (origin?.isConnected && origin.checkVisibility() ? origin : returnTo).focus({ preventScroll: true });
  };
  const setPaused = (paused: boolean) => {
    pauseButton.textContent = paused ? t('reader.resume') : t('reader.pause');
    pauseButton.setAttribute('aria-pressed', String(paused));
  };

  /** Says what went wrong, in the toast and beside the 朗读 controls (src/reader/sheet.ts listens). */
  const report = (message: string) => {
    announce(message);
    live.dataset.speechProblem = message;
    document.dispatchEvent(new CustomEvent('plan:speech', { detail: message }));
  };

  const speakNext = (voice: SpeechSynthesisVoice, myRun: number) => {
    if (myRun !== run) return;
    if (index >= queue.length) return stop(false);
    const el = queue[index++]!;
    const u = new SpeechSynthesisUtterance(saidBy(el));
    u.lang = 'zh-CN';
    u.voice = voice;
    u.rate = rate();
    // Some systems accept an utterance and never speak it (a voice listed but its engine missing):
    // when it has not started after a while, say so rather than wait in silence.
    const watchdog = setTimeout(() => {
      if (myRun !== run || speechSynthesis.paused) return;
      stop(false);
      report(t('reader.noStart'));
    }, START_MS);
    u.onstart = () => clearTimeout(watchdog);
    u.onend = () => {
      clearTimeout(watchdog);
      speakNext(voice, myRun);
    };
    u.onerror = (e) => {
      clearTimeout(watchdog);
      if (e.error === 'interrupted' || e.error === 'canceled' || myRun !== run) return;
      stop(false);
      report(`${t('reader.speechFailed')}（${e.error}）`);
    };
    mark(el);
    speechSynthesis.speak(u);
  };

  /** `from` is the control that asked (focus returns there); by the time this module has loaded, focus may have moved. */
  const readBlocks = async (blocks: HTMLElement[], from: Element | null = document.activeElement) => {
    stop(false);
    origin = from instanceof HTMLElement && from !== document.body ? from : null;
    const myRun = run;
    if (document.documentElement.dataset.mute) return announce(t('reader.muted'));
    const voice = await localChineseVoice(zhVoices);
    if (voice === null) return report(t('reader.noVoice'));
    if (myRun !== run || blocks.length === 0) return;
    queue = blocks;
    index = 0;
    setPaused(false);
    panel.hidden = false;
    speakNext(voice, myRun);
  };

  pauseButton.addEventListener('click', () => {
    if (speechSynthesis.paused) {
      speechSynthesis.resume();
      setPaused(false);
    } else {
      speechSynthesis.pause();
      setPaused(true);
    }
  });
  stopButton.addEventListener('click', () => stop());
  addEventListener('keydown', (e) => {
    if (e.key === 'Escape' && !panel.hidden) stop();
  });
  addEventListener('pagehide', () => stop(false));
  // 声音 turned off (the panel, a shortcut, another tab) stops what is being read.
  new MutationObserver(() => document.documentElement.dataset.mute && !panel.hidden && stop(false)).observe(document.documentElement, {
    attributeFilter: ['data-mute'],
  });

  instance = {
    readCurrent: (from) => {
      const selected = selectedBlock();
      void readBlocks(selected ? [selected] : sectionBlocks(), from);
    },
    readFrom: (block, from) => void readBlocks(sectionBlocks(block), from),
    readElement: (el, onward) => {
      // 指读 without a voice: said once (the panel says why and what to do instead), not at every move of the pointer.
      if (live.dataset.speechProblem && document.documentElement.hasAttribute('data-novoice')) return;
      const block = el.closest<HTMLElement>('p, h1, h2, h3, h4, h5');
      if (onward && block && readableBlocks().includes(block)) void readBlocks(sectionBlocks(block), null);
      else if (el instanceof HTMLElement && saidBy(el)) void readBlocks([el], null);
    },
    stop: () => stop(false),
  };
  return instance;
}
