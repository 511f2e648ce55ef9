/**
 * Read-aloud (朗读) with the browser's own speech synthesis in zh-CN, set up on first use.
 * One utterance per paragraph (long utterances stall in some browsers), the paragraph being read is
 * highlighted and kept in view. Only voices that run on the device are used: the text of the page
 * is never sent to an online speech service.
 */
import type { opensSection } from '../lib/anchors.ts';
import type { Strings } from './reader.ts';

export interface ReadAloud {
  /** Reads the selected paragraph if there is a selection in the plan, else the section in view. */
  readCurrent(from?: Element | null): void;
  /** Reads from this block to the end of its section. */
  readFrom(block: HTMLElement, from?: Element | null): void;
}

const PLAN_BLOCKS = 'main :is(h1, h2, h3, h4, h5, p):is([data-plan], [data-plan] *)';
const PAGE_BLOCKS = 'main :is(h1, h2, h3, h4, h5, p)';

/** What a block says: its text without controls and marks added for the reader. */
export function spokenText(el: Element): string {
  const copy = el.cloneNode(true) as Element;
  copy.querySelectorAll('[data-ui]').forEach((n) => n.remove());
  return (copy.textContent ?? '').replace(/\s+/g, ' ').trim();
}

function readableBlocks(): HTMLElement[] {
  const plan = [...document.querySelectorAll<HTMLElement>(PLAN_BLOCKS)];
  const all = plan.length > 0 ? plan : [...document.querySelectorAll<HTMLElement>(PAGE_BLOCKS)];
  return all.filter((el) => !el.closest('nav, [data-ui], .no-print') && spokenText(el) !== '');
}

/**
 * The anchor grammar's test for a section's heading (src/lib/anchors.ts), handed in by the caller:
 * this module loads on first use (src/scripts/lazy.ts), and importing the grammar here too would
 * split it into a chunk of its own that every page then fetches.
 */
let opens: typeof opensSection = () => false;

/** Sections start at chapter and 节 headings, by their anchors' kind (pages without plan text: at h1 and h2). */
const startsSection = (el: HTMLElement, plan: boolean): boolean =>
  plan ? opens(el.id) || el.tagName === 'H1' : el.tagName === 'H1' || el.tagName === 'H2';

/**
 * The blocks of a section: from `from` (or, without it, from the heading of the section in view)
 * to the next section heading.
 */
export function sectionBlocks(from?: HTMLElement): HTMLElement[] {
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

/** A voice that runs on this device: null if there is none for Chinese, undefined if the list is unknown. */
async function localChineseVoice(): Promise<SpeechSynthesisVoice | null | undefined> {
  let voices = speechSynthesis.getVoices();
  if (voices.length === 0) {
    await new Promise<void>((resolve) => {
      speechSynthesis.addEventListener('voiceschanged', () => resolve(), { once: true });
      setTimeout(resolve, 800);
    });
    voices = speechSynthesis.getVoices();
  }
  if (voices.length === 0) return undefined;
  const local = voices.filter((v) => v.localService && /^zh/i.test(v.lang));
  return local.find((v) => /^zh[-_](CN|Hans)/i.test(v.lang)) ?? local[0] ?? null;
}

let instance: ReadAloud | undefined;

/**
 * `live` gets the read-aloud bar; focus goes back to the control that started reading, or to
 * `returnTo` when that control is no longer shown (a closed panel).
 */
export function readAloud(live: HTMLElement, returnTo: HTMLElement, strings: Strings, announce: (m: string) => void, opensSectionAt: typeof opensSection): ReadAloud {
  if (instance) return instance;
  opens = opensSectionAt;
  // The bar at the bottom edge while reading: 正在朗读, 暂停/继续, 停止朗读.
  const panel = document.createElement('div');
  panel.className = 'speech';
  panel.dataset.speech = '';
  panel.hidden = true;
  const speaking = document.createElement('span');
  speaking.className = 'speaking';
  speaking.textContent = strings['reader.speaking']!;
  const button = (label: string) => {
    const b = document.createElement('button');
    b.type = 'button';
    b.className = 'reader-btn';
    b.textContent = label;
    return b;
  };
  const pauseButton = button(strings['reader.pause']!);
  const stopButton = button(strings['reader.stop']!);
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
    speechSynthesis.cancel();
    mark(null);
    panel.hidden = true;
    if (focus) (origin?.isConnected && origin.checkVisibility() ? origin : returnTo).focus({ preventScroll: true });
  };
  const setPaused = (paused: boolean) => {
    pauseButton.textContent = paused ? strings['reader.resume']! : strings['reader.pause']!;
    pauseButton.setAttribute('aria-pressed', String(paused));
  };

  const speakNext = (voice: SpeechSynthesisVoice | undefined, myRun: number) => {
    if (myRun !== run) return;
    if (index >= queue.length) return stop(false);
    const el = queue[index++]!;
    const u = new SpeechSynthesisUtterance(spokenText(el));
    u.lang = 'zh-CN';
    if (voice) u.voice = voice;
    u.rate = document.documentElement.hasAttribute('data-elder') ? 0.85 : 1;
    u.onend = () => speakNext(voice, myRun);
    u.onerror = (e) => {
      if (e.error !== 'interrupted' && e.error !== 'canceled') stop(false);
    };
    mark(el);
    speechSynthesis.speak(u);
  };

  /** `from` is the control that asked (focus returns there); by the time this module has loaded, focus may have moved. */
  const readBlocks = async (blocks: HTMLElement[], from: Element | null = document.activeElement) => {
    stop(false);
    origin = from instanceof HTMLElement && from !== document.body ? from : null;
    const myRun = run;
    const voice = await localChineseVoice();
    if (voice === null) {
      announce(strings['reader.noVoice']!);
      return;
    }
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

  instance = {
    readCurrent: (from) => {
      const selected = selectedBlock();
      void readBlocks(selected ? [selected] : sectionBlocks(), from);
    },
    readFrom: (block, from) => void readBlocks(sectionBlocks(block), from),
  };
  return instance;
}
