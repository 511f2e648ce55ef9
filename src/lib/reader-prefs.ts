/**
 * The reader's display choices (text size, theme, contrast, elder mode), kept in localStorage and
 * applied to <html> as data-* attributes, which the stylesheets read. The same rules run twice:
 * as a tiny inline script before first paint (no flash), and in the toolbar module.
 */

/** localStorage key; one JSON object so a single read restores everything. */
export const PREFS_KEY = 'sc-plan-reader';

export const SIZES = ['', 'l', 'xl'] as const;
export const THEMES = ['', 'light', 'dark'] as const;

export interface ReaderPrefs {
  /** '' = 标准, 'l' = 大, 'xl' = 特大 */
  size: (typeof SIZES)[number];
  /** '' = follow the system */
  theme: (typeof THEMES)[number];
  contrast: boolean;
  elder: boolean;
  /** Size and contrast to restore when elder mode is turned off. */
  before?: { size: ReaderPrefs['size']; contrast: boolean };
}

export const DEFAULT_PREFS: ReaderPrefs = { size: '', theme: '', contrast: false, elder: false };

/** Reads stored prefs, ignoring anything malformed or unknown. */
export function parsePrefs(raw: string | null): ReaderPrefs {
  let data: unknown;
  try {
    data = JSON.parse(raw ?? '{}');
  } catch {
    return { ...DEFAULT_PREFS };
  }
  const o = (typeof data === 'object' && data !== null ? data : {}) as Record<string, unknown>;
  const pick = <T extends readonly string[]>(list: T, v: unknown): T[number] =>
    (list as readonly unknown[]).includes(v) ? (v as T[number]) : '';
  const prefs: ReaderPrefs = {
    size: pick(SIZES, o.size),
    theme: pick(THEMES, o.theme),
    contrast: o.contrast === true,
    elder: o.elder === true,
  };
  const b = o.before as Record<string, unknown> | undefined;
  if (b && typeof b === 'object') prefs.before = { size: pick(SIZES, b.size), contrast: b.contrast === true };
  return prefs;
}

/** The attributes <html> carries for these prefs; null means "remove". */
export function prefsAttributes(p: ReaderPrefs): Record<string, string | null> {
  return {
    'data-size': p.size || null,
    'data-theme': p.theme || null,
    'data-contrast': p.contrast ? 'high' : null,
    'data-elder': p.elder ? 'on' : null,
  };
}

/** Elder mode is a preset: 特大 + 高对比 + simplified layout; turning it off restores the earlier size and contrast. */
export function toggleElder(p: ReaderPrefs, on: boolean): ReaderPrefs {
  if (on === p.elder) return p;
  if (on) return { ...p, elder: true, size: 'xl', contrast: true, before: { size: p.size, contrast: p.contrast } };
  const { before, ...rest } = p;
  return { ...rest, elder: false, size: before?.size ?? '', contrast: before?.contrast ?? false };
}

/**
 * The pre-paint script, inlined in <head>: marks <html> as scripted (class "js", which reveals the
 * toolbar) and copies the stored choices onto it. Kept tiny and dependency-free; CSP hashes it.
 */
export const PREPAINT_SCRIPT =
  `(function(d){d.classList.add('js');try{var p=JSON.parse(localStorage.getItem('${PREFS_KEY}')||'{}');` +
  `if(/^(l|xl)$/.test(p.size))d.setAttribute('data-size',p.size);` +
  `if(/^(light|dark)$/.test(p.theme))d.setAttribute('data-theme',p.theme);` +
  `if(p.contrast===true)d.setAttribute('data-contrast','high');` +
  `if(p.elder===true)d.setAttribute('data-elder','on')}catch(e){}})(document.documentElement)`;
