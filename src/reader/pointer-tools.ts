/**
 * 十字线, 大字幕 and 指读/连读: the tools that follow the pointer and the keyboard focus, loaded the
 * first time one of them is on (src/reader/lazy.ts). 十字线 draws a horizontal and a vertical line
 * through the pointer, or along the focused element; 大字幕 shows the text under the pointer or of the
 * focused element in very large type, in the half of the screen away from it (so it never covers
 * the line being read); 指读 reads that text aloud after a short rest, 连读 reads on from there.
 * Nothing here takes a click: the layer has pointer-events: none and is hidden from assistive
 * technology (it repeats what is on the page). Which tools are on is read from <html> each time.
 */
import type { ReaderPrefs } from './prefs.ts';
import { saidBy } from './read-aloud.ts';

export interface PointerContext {
  prefs(): ReaderPrefs;
  /** Reads this element aloud (连读: from its paragraph to the end of the section). */
  read(el: Element, onward: boolean): void;
}

/** What the pointer or focus can rest on: the nearest block, cell or control. */
const TEXT = 'p, h1, h2, h3, h4, h5, li, td, th, dt, dd, caption, figcaption, a, button, summary, label, input, select';
const REST_MS = 600;

/** Sentence ends in the plan's text: a caption of a long paragraph shows the sentence pointed at. */
const END = /[。！？；]/;

/** The sentence of `block` at the point (x, y), or null when the point is not in its text. */
function sentenceAt(block: Element, x: number, y: number): string | null {
  const doc = document as Document & { caretPositionFromPoint?(x: number, y: number): { offsetNode: Node; offset: number } | null };
  const pos =
    doc.caretPositionFromPoint?.(x, y) ??
    (() => {
      const r = document.caretRangeFromPoint?.(x, y);
      return r ? { offsetNode: r.startContainer, offset: r.startOffset } : null;
    })();
  if (!pos || !block.contains(pos.offsetNode)) return null;
  let { offset } = pos;
  // The caret stands at the glyph edge nearest the point: on the right half of a glyph it comes after
  // it, so step back when the point is on the glyph before the caret (the 。 of the sentence pointed at).
  if (pos.offsetNode.nodeType === Node.TEXT_NODE && offset > 0) {
    const glyph = document.createRange();
    glyph.setStart(pos.offsetNode, offset - 1);
    glyph.setEnd(pos.offsetNode, offset);
    const r = glyph.getBoundingClientRect();
    if (x >= r.left && x <= r.right && y >= r.top && y <= r.bottom) offset -= 1;
  }
  const before = document.createRange();
  before.setStart(block, 0);
  before.setEnd(pos.offsetNode, offset);
  const box = document.createElement('div');
  box.append(before.cloneContents());
  const at = saidBy(box).length;
  const text = saidBy(block);
  let start = at;
  while (start > 0 && !END.test(text[start - 1]!)) start -= 1;
  let end = at;
  while (end < text.length && !END.test(text[end]!)) end += 1;
  return text.slice(start, end + 1).trim() || null;
}

export function pointerTools(ctx: PointerContext): void {
  const layer = document.createElement('div');
  layer.className = 'pointer-layer no-print';
  layer.dataset.ui = '';
  layer.setAttribute('aria-hidden', 'true');
  const across = document.createElement('div');
  across.className = 'guide guide-x';
  const down = document.createElement('div');
  down.className = 'guide guide-y';
  const strip = document.createElement('div');
  strip.className = 'caption-strip';
  strip.hidden = true;
  layer.append(across, down, strip);
  document.body.append(layer);

  let shown: Element | null = null;
  let said: string | null = null;
  let low = false;
  let timer: ReturnType<typeof setTimeout> | undefined;

  const caption = (el: Element | null, y: number, text = el ? saidBy(el) : '') => {
    strip.hidden = !ctx.prefs().caption || text === '';
    strip.textContent = text;
    // Away from what is being read: the upper half when it is low on the screen, else the lower.
    low = y > innerHeight / 2;
    strip.classList.toggle('at-top', low);
    clearBottom();
  };
  /** At the bottom, the strip stands above the dock and the read-aloud bar, which never move (a control that moves under the pointer misses its click). */
  const clearBottom = () => {
    const tops = [...document.querySelectorAll('.reader-dock, [data-speech]')]
      .map((el) => el.getBoundingClientRect())
      .filter((r) => r.height > 0)
      .map((r) => r.top);
    strip.style.bottom = low ? '' : `${Math.max(0, innerHeight - Math.min(innerHeight, ...tops) + 4)}px`;
  };
  addEventListener('scroll', () => !strip.hidden && requestAnimationFrame(clearBottom), { passive: true });
  // The dock shows on scrolling, the read-aloud bar when reading starts: both by their hidden attribute.
  new MutationObserver(() => !strip.hidden && clearBottom()).observe(document.body, { subtree: true, attributeFilter: ['hidden'] });

  const rest = (el: Element | null, now = false) => {
    clearTimeout(timer);
    const mode = ctx.prefs().speak;
    if (!el || !mode) return;
    timer = setTimeout(() => ctx.read(el, mode === 'on'), now ? 0 : REST_MS);
  };

  const point = (target: Element | null, x: number, y: number) => {
    across.style.transform = `translateY(${Math.round(y)}px)`;
    down.style.transform = `translateX(${Math.round(x)}px)`;
    const el = target?.closest(TEXT) ?? null;
    // In a paragraph, the sentence under the pointer (a whole paragraph would not fit the strip).
    const sentence = el && /^(P|LI|TD|DD)$/.test(el.tagName) ? sentenceAt(el, x, y) : null;
    if (el === shown && sentence === said && low === y > innerHeight / 2) return;
    said = sentence;
    caption(el, y, sentence ?? undefined);
    if (el !== shown) rest(el);
    shown = el;
  };

  let queued: PointerEvent | null = null;
  addEventListener(
    'pointermove',
    (e) => {
      if (e.pointerType === 'touch') return;
      if (!queued)
        requestAnimationFrame(() => {
          const ev = queued!;
          queued = null;
          point(ev.target as Element, ev.clientX, ev.clientY);
        });
      queued = e;
    },
    { passive: true },
  );
  document.addEventListener('focusin', (e) => {
    const el = e.target as Element;
    if (!(el instanceof HTMLElement) || el === document.body) return;
    const r = el.getBoundingClientRect();
    // Along the focused element: under it and at its start, so the lines never strike its text.
    across.style.transform = `translateY(${Math.round(r.bottom + 2)}px)`;
    down.style.transform = `translateX(${Math.round(r.left - 3)}px)`;
    shown = el;
    caption(el, r.top + r.height / 2);
    rest(el, true);
  });
}
