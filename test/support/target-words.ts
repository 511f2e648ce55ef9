/**
 * What the site writes about a 十四五 target, read against the plan itself (not against the code that
 * wrote it): the plan's table rows (src/data/indicators.ts, checked cell by cell against the official
 * text), the passages that state the same targets (src/data/targets.ts, each printed phrase checked
 * against its paragraph) and the plan's text. A text passes when, outside the plan's own words it
 * quotes:
 *
 * - no verb of change is put to a target (降低, 减少, 提高 …: the plan prints levels, not changes);
 * - every figure is one the plan prints for that indicator (a computed 173 or 6.7 is not);
 * - a target printed with a sign keeps it (<6 as "<6" or 低于/以内; [>425] as 超过/以上, with 累计);
 * - where a passage states the target, its phrase is there with its qualifier (2400万左右).
 *
 * Quotes (“…”) of six characters or more must be the plan's own words, found in its text.
 */
import type { Indicator } from '../../src/lib/indicators/schema.ts';
import type { PlanValue } from '../../src/lib/indicators/plan-value.ts';
import type { Target } from '../../src/lib/targets/schema.ts';

/** Verbs and nouns that present a target as a change. */
const CHANGE_WORDS = /降低|减少|下降|增加|提高|提升|增长|上升|回落|缩减|扩大|调整为|需要的变化|变化|(?:^|[（(：:，\s])[+＋\-−]\d/u;

/** Words that keep a sign: what may stand right before (or, for 以内/以上, after) a bounded target's number. */
const SIGN_WORDS: Record<string, RegExp> = {
  '<': /(<|低于|小于|不到|控制在)\s*$/u,
  '≤': /(≤|不高于|不超过|控制在)\s*$/u,
  '>': /(>|超过|高于|大于|达到)\s*$/u,
  '≥': /(≥|不低于|不少于|达到)\s*$/u,
};
const SIGN_AFTER: Record<string, RegExp> = {
  '<': /^[^，。；]{0,3}以内/u,
  '≤': /^[^，。；]{0,3}以内/u,
  '>': /^[^，。；]{0,3}以上/u,
  '≥': /^[^，。；]{0,3}以上/u,
};

export interface TargetFacts {
  /** The 专栏2 row the text is about, and the 专栏1 row it continues (if any). */
  rows: readonly Indicator[];
  /** The targets of the list that restate the 专栏2 row. */
  stated: readonly Target[];
  /** The plan's text, whitespace removed: every quote of six characters or more must be in it. */
  planText: string;
  /**
   * A sentence that gives the target's figure must also quote the passage that states it (true); a
   * table cell or a bar, which gives the table's printed cell, need not (false).
   */
  sentence: boolean;
}

const squash = (s: string) => s.replace(/\s+/gu, '');
const numbersOf = (v: PlanValue | undefined): number[] => (v?.kind === 'number' ? [v.value] : v?.kind === 'ratio' ? v.parts : []);

/** Problems with one text about one indicator's target; [] when it keeps the plan's form. */
export function targetWordProblems(raw: string, facts: TargetFacts): string[] {
  const problems: string[] = [];
  let text = squash(raw);
  // The plan's words it quotes are the plan's: set aside, after checking that they are.
  text = text.replace(/“([^“”]*)”/gu, (all, inner: string) => {
    if (inner.length < 6) return all;
    if (!facts.planText.includes(inner)) problems.push(`quotes “${inner}”, which is not in the plan`);
    return '〈引文〉';
  });
  // Names of indicators are the plan's words too (新增, 提升 may be part of one).
  for (const row of facts.rows) text = text.split(row.name).join('〈指标〉');
  const change = text.match(CHANGE_WORDS);
  if (change) problems.push(`speaks of a change: "${change[0]}" in “${raw.trim()}”`);
  // Figures: each must be printed by the plan for this indicator (or be a year of the tables, a 专栏/段/项 number).
  const allowed = new Set<number>([2015, 2020, 2021, 2022, 2023, 2024, 2025]);
  for (const row of facts.rows) for (const v of [row.base, row.target, row.actual]) for (const n of numbersOf(v)) allowed.add(n);
  for (const t of facts.stated) for (const n of squash(t.printed).match(/\d+(?:\.\d+)?/gu) ?? []) allowed.add(Number(n));
  const plain = text.replace(/专栏\d+(第\d+项)?|第\d+(段|项|章|节)|\d+项|20\d\d—20\d\d年/gu, '');
  for (const m of plain.matchAll(/\d+(?:\.\d+)?/gu)) {
    if (!allowed.has(Number(m[0]))) problems.push(`has the figure ${m[0]}, which the plan does not print for ${facts.rows.map((r) => r.id).join(' / ')}`);
  }
  const target = facts.rows.find((r) => r.column === 2)?.target;
  if (target?.kind === 'number') {
    const at = [...plain.matchAll(new RegExp(`(?<![\\d.])${String(target.value).replace('.', '\\.')}(?![\\d.])`, 'gu'))];
    // The sign words of every row whose target is this number (a 十三五 ≤4.5 and a 十四五 <4.5 share it).
    const signs = facts.rows.flatMap((r) =>
      r.target.kind === 'number' && r.target.value === target.value && r.target.comparator ? [r.target.comparator] : [],
    );
    for (const m of at) {
      const before = plain.slice(Math.max(0, m.index - 8), m.index);
      const after = plain.slice(m.index + m[0].length, m.index + m[0].length + 8);
      if (target.comparator && !signs.some((c) => SIGN_WORDS[c]!.test(before) || SIGN_AFTER[c]!.test(after))) {
        problems.push(`writes the target ${target.text} without its sign: “…${before}${m[0]}${after}…”`);
      }
      // A sentence says that a five-year target is one (a bar or a cell has its column's or label's words for it).
      if (target.cumulative && facts.sentence && !/累计|\[/u.test(plain.slice(Math.max(0, m.index - 12), m.index + 1))) {
        problems.push(`writes the five-year target ${target.text} as if it were a level`);
      }
    }
    // Where a passage states the target, the text that gives the target's figure quotes it with its qualifier.
    if (at.length > 0 && facts.sentence) {
      for (const t of facts.stated)
        if (!squash(raw).includes(squash(t.printed))) problems.push(`gives the target without the words that state it: "${t.printed}" (${t.anchor})`);
    }
  }
  return problems;
}

/**
 * Problems with any text of the site about targets in general (a chart's description, a table's
 * header): no verb of change. `names` are the plan's own words it may contain (indicator names, the
 * titles of chapters, sections and 专栏 it links to).
 */
export function generalWordProblems(raw: string, names: readonly string[]): string[] {
  let text = squash(raw).replace(/“([^“”]*)”/gu, '〈引文〉');
  for (const name of names) text = text.split(squash(name)).join('〈指标〉');
  const change = text.match(CHANGE_WORDS);
  return change ? [`speaks of a change: "${change[0]}" in “${raw.trim()}”`] : [];
}
