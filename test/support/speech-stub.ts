/**
 * A stand-in for the browser's speech API (speechSynthesis, SpeechSynthesisUtterance), installed with
 * page.addInitScript(stubSpeech, options) before the page's scripts run. Its voices can be changed
 * later, as a browser does when they finish loading: window.__setVoices(list) replaces them and fires
 * voiceschanged (both the onvoiceschanged property and listeners). With `hold`, an utterance starts
 * and never ends, so what is being read stays highlighted as long as a test needs.
 */
export interface StubVoice {
  lang: string;
  localService: boolean;
}

export interface SpeechStubOptions {
  voices?: StubVoice[];
  /** No utterance ends: reading stays on the first. */
  hold?: boolean;
}

/** Runs in the page: keep it self-contained (no imports, no closures over test code). */
export function stubSpeech({ voices = [{ lang: 'zh-CN', localService: true }], hold = false }: SpeechStubOptions): void {
  let list = voices;
  const spoken: string[] = [];
  const listeners: { listener: () => void; once: boolean }[] = [];
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
    onvoiceschanged: null as (() => void) | null,
    getVoices: () => list.map((v) => ({ ...v, name: `stub ${v.lang}`, default: true, voiceURI: `stub-${v.lang}` })),
    speak(u: Utterance) {
      spoken.push(u.text);
      setTimeout(() => u.onstart?.(), 0);
      if (!hold) setTimeout(() => u.onend?.(), 10);
    },
    cancel() {},
    pause() {},
    resume() {},
    addEventListener(type: string, listener: () => void, options?: { once?: boolean }) {
      if (type === 'voiceschanged') listeners.push({ listener, once: options?.once === true });
    },
  };
  Object.defineProperty(window, 'speechSynthesis', { value: synth, configurable: true });
  Object.defineProperty(window, 'SpeechSynthesisUtterance', { value: Utterance, configurable: true });
  Object.defineProperty(window, '__spoken', { value: spoken });
  Object.defineProperty(window, '__setVoices', {
    value: (next: StubVoice[]) => {
      list = next;
      synth.onvoiceschanged?.();
      for (const l of [...listeners]) {
        if (l.once) listeners.splice(listeners.indexOf(l), 1);
        l.listener();
      }
    },
  });
}
