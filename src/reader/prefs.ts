/**
 * The reader's choices (text size, theme, contrast, elder mode, the 无障碍 tools and read-aloud),
 * kept in localStorage and applied to <html> as data-* attributes, which the stylesheets and the
 * tools read. One table (ATTRIBUTES) drives both places the rules run: a tiny inline script before
 * first paint (no flash; src/reader/prepaint-script.ts), and the reading tools' module.
 */

/** localStorage key; one JSON object so a single read restores everything. */
export const PREFS_KEY = 'sc-plan-reader';

export const SIZES = ['', 'l', 'xl'] as const;
export const THEMES = ['', 'light', 'dark'] as const;
/** 语速: '' = 中 (rate 1). */
export const RATES = ['slow', '', 'fast'] as const;
/** The utterance rate of each 语速 step. */
export const RATE_VALUES: Record<(typeof RATES)[number], number> = { slow: 0.7, '': 1, fast: 1.4 };
/** How pointing reads: '' = only when asked, 'point' = 指读 (what is pointed at or focused), 'on' = 连读 (from there on). */
export const SPEAK_MODES = ['', 'point', 'on'] as const;

export interface ReaderPrefs {
  /** '' = 标准, 'l' = 大, 'xl' = 特大 */
  size: (typeof SIZES)[number];
  /** '' = follow the system */
  theme: (typeof THEMES)[number];
  contrast: boolean;
  elder: boolean;
  /** Size and contrast to restore when elder mode is turned off. */
  before?: { size: ReaderPrefs['size']; contrast: boolean };
  /** 大鼠标: an extra-large, high-contrast pointer. */
  cursor?: boolean;
  /** 十字线: guide lines following the pointer and the focus. */
  guide?: boolean;
  /** 大字幕: the text under the pointer or focus, very large, in a strip. */
  caption?: boolean;
  /** 简约模式: one column of text, no sidebars, toolbars or decoration. */
  simple?: boolean;
  /** 声音: false turns every kind of read-aloud off. Default on. */
  mute?: boolean;
  /** 语速 */
  rate?: (typeof RATES)[number];
  /** 指读 / 连读 */
  speak?: (typeof SPEAK_MODES)[number];
}

export const DEFAULT_PREFS: ReaderPrefs = { size: '', theme: '', contrast: false, elder: false };

/**
 * Setting -> attribute on <html>: the attribute value for each stored value (key "" for a boolean
 * set on; no stored string is ""). A value not listed removes the attribute. The pre-paint script
 * embeds this table.
 */
export const ATTRIBUTES: Record<string, Record<string, string>> = {
  size: { l: 'l', xl: 'xl' },
  theme: { light: 'light', dark: 'dark' },
  contrast: { '': 'high' },
  elder: { '': 'on' },
  cursor: { '': 'big' },
  guide: { '': 'on' },
  caption: { '': 'on' },
  simple: { '': 'on' },
  mute: { '': 'on' },
  rate: { slow: 'slow', fast: 'fast' },
  speak: { point: 'point', on: 'on' },
};

/** The table's key for a stored value: "" for true, the string itself, else null (no stored string is ""). */
const keyOf = (v: unknown): string | null => (v === true ? '' : typeof v === 'string' && v !== '' ? v : null);
const known = (map: Record<string, string>, v: unknown): boolean => {
  const k = keyOf(v);
  return k !== null && Object.hasOwn(map, k);
};

/** Reads stored prefs, ignoring anything malformed or unknown (by the same table as the attributes). */
export function parsePrefs(raw: string | null): ReaderPrefs {
  let data: unknown;
  try {
    data = JSON.parse(raw ?? '{}');
  } catch {
    return { ...DEFAULT_PREFS };
  }
  const o = (typeof data === 'object' && data !== null ? data : {}) as Record<string, unknown>;
  const prefs: Record<string, unknown> = { ...DEFAULT_PREFS };
  for (const [key, map] of Object.entries(ATTRIBUTES)) if (known(map, o[key])) prefs[key] = o[key];
  const b = o.before as Record<string, unknown> | undefined;
  if (b && typeof b === 'object') prefs.before = { size: known(ATTRIBUTES.size!, b.size) ? b.size : '', contrast: b.contrast === true };
  return prefs as unknown as ReaderPrefs;
}

/** The attributes <html> carries for these prefs (data-size …); null means "remove". */
export function prefsAttributes(p: ReaderPrefs): Record<string, string | null> {
  const values = p as unknown as Record<string, unknown>;
  return Object.fromEntries(Object.entries(ATTRIBUTES).map(([key, map]) => [`data-${key}`, known(map, values[key]) ? map[keyOf(values[key])!]! : null]));
}

/** Elder mode is a preset: 特大 + 高对比 + simplified layout; turning it off restores the earlier size and contrast. */
export function toggleElder(p: ReaderPrefs, on: boolean): ReaderPrefs {
  if (on === p.elder) return p;
  if (on) return { ...p, elder: true, size: 'xl', contrast: true, before: { size: p.size, contrast: p.contrast } };
  const { before, ...rest } = p;
  return { ...rest, elder: false, size: before?.size ?? '', contrast: before?.contrast ?? false };
}
