/**
 * The checks the build runs on the plan model and the data modules before it renders a page
 * (src/integrations/plan/plan-checks.ts), one message per real error:
 *
 * - every anchor in src/data/indicators.ts, targets.ts and errata.ts exists in the plan, of the right kind;
 * - a target's printed number is in its paragraph, with its deadline; its indicator exists and has the
 *   same value and unit (value, unit and qualifier against the printed phrase: src/lib/targets/schema.ts);
 * - every <Fix id> has its erratum, every erratum of an MDX paragraph its <Fix>, in the paragraph the
 *   erratum names, around exactly the corrected words; errata are listed in document order;
 * - fidelity: the plan's passages, in order, with each repair undone at its place, are the official
 *   text (whitespace aside); a difference is reported at the passage's file and line, with both texts;
 * - paragraph breaks are where the official text has them (a split or join renumbers every anchor after it).
 *
 * One edit, one message: what only follows from text added or removed elsewhere (a renumbered anchor
 * in the data, a <Fix> that went with its paragraph) is reported once the text is faithful.
 */
import { checkContinuations, type Indicator } from '../indicators/schema.ts';
import type { Target } from '../targets/schema.ts';
import { TITLE_ERRATUM, type Erratum } from './errata-schema.ts';
import { SOURCE_FILE, sourceWithoutToc, squash } from './fidelity.ts';
import { findPassage, type Passage, type PlanModel } from './model.ts';
import type { Problem } from './problems.ts';
import { showUnseen } from '../char-names.ts';
import { parseSource, type SourceBlock } from '../source/parse-source.ts';
import { clauseAround } from '../indicators/stated.ts';

export interface PlanData {
  indicators: readonly Indicator[];
  targets: readonly Target[];
  errata: readonly Erratum[];
}

const INDICATORS = 'src/data/indicators.ts';
const TARGETS = 'src/data/targets.ts';
const ERRATA = 'src/data/errata.ts';

const where = (p: Passage): string => ('line' in p.source ? `${p.source.file}:${p.source.line}` : `${p.source.file} (${p.source.record})`);
const placeOf = (p: Passage): Pick<Problem, 'file' | 'line' | 'record'> =>
  'line' in p.source ? { file: p.source.file, line: p.source.line } : { file: p.source.file, record: `record "${p.source.record}"` };

function checkIndicators(model: PlanModel, indicators: readonly Indicator[], problems: Problem[]): void {
  for (const ind of indicators) {
    ind.sections.forEach((anchor, i) => {
      if (!findPassage(model, anchor)) {
        problems.push({
          file: INDICATORS,
          record: `专栏${ind.column} indicator "${ind.id}" (row ${ind.n})`,
          field: `sections.${i}`,
          message: `"${anchor}" is not an anchor of the plan (no such section, 专栏 or item)`,
        });
      }
    });
  }
}

/** Words that set a deadline or period in a clause (到2025年, 每年, “十四五”期间, 5年内). */
const DEADLINE_WORDS = /到20\d\d年|每年|期间|时期|\d年内/u;

/**
 * The printed unit of a target against its indicator's: the same, or a bare magnitude the plan writes
 * without the counted noun ("2400万左右" for an indicator counted in 万人).
 */
export const unitsAgree = (printed: string, indicator: string | null): boolean =>
  printed === indicator || (/^[百千万亿]$/u.test(printed) && indicator !== null && indicator.startsWith(printed));

/** The qualifier's direction (a floor or a ceiling), to compare with the indicator's sign. */
const FLOOR = /以上|超过|不低于|不少于|至少|突破/u;
const CEILING = /以内|以下/u;

/**
 * A target's paragraph must exist and print its number, and state its deadline (or, for the lead-in
 * of a list such as “十四五”时期主要目标：, an earlier paragraph of the same section does); a target
 * without a deadline is not printed next to one. A target that names an indicator restates its 2025
 * target: the same value and unit, and no qualifier that points the other way from its sign.
 * Paragraph problems are reported only once the text is faithful: a paragraph added or removed before
 * it renumbers its anchor, and the fidelity message says why.
 */
function checkTargets(model: PlanModel, targets: readonly Target[], indicators: readonly Indicator[], problems: Problem[], ifFaithful: Problem[]): void {
  for (const target of targets) {
    const record = `target "${target.id}"`;
    const paragraph = findPassage(model, target.anchor);
    if (!paragraph) {
      ifFaithful.push({ file: TARGETS, record, field: 'anchor', message: `"${target.anchor}" is not a paragraph of the plan` });
    } else if (!squash(paragraph.text).includes(squash(target.printed))) {
      ifFaithful.push({ file: TARGETS, record, field: 'printed', message: `"${target.printed}" is not in paragraph ${target.anchor} (${where(paragraph)})` });
    } else if (target.deadline !== null) {
      const at = model.passages.indexOf(paragraph);
      const parent = paragraph.path.at(-1)?.anchor;
      const leadIns = model.passages.slice(0, at).filter((p) => p.kind === 'paragraph' && p.path.at(-1)?.anchor === parent);
      if (![paragraph, ...leadIns].some((p) => squash(p.text).includes(squash(target.deadline!)))) {
        ifFaithful.push({
          file: TARGETS,
          record,
          field: 'deadline',
          message: `"${target.deadline}" is not stated in paragraph ${target.anchor} (${where(paragraph)}) nor in the lead-in before it`,
        });
      }
    } else {
      const clause = clauseAround(paragraph.text, target.printed) ?? '';
      const word = clause.match(DEADLINE_WORDS)?.[0];
      if (word)
        ifFaithful.push({
          file: TARGETS,
          record,
          field: 'deadline',
          message: `is null, but paragraph ${target.anchor} prints "${target.printed}" with "${word}" (“${clause}”)`,
        });
    }
    if (!target.indicator) continue;
    const ind = indicators.find((i) => i.id === target.indicator && i.column === 2);
    if (!ind) {
      problems.push({ file: TARGETS, record, field: 'indicator', message: `"${target.indicator}" is not an indicator of 专栏2` });
      continue;
    }
    const t = ind.target;
    const row = `"${ind.id}" (专栏2 row ${ind.n}) has the 2025 target ${t.text}${ind.unit ? ` ${ind.unit}` : ''}`;
    if (t.kind !== 'number' || t.value !== target.value || !unitsAgree(target.unit, ind.unit)) {
      problems.push({
        file: TARGETS,
        record,
        field: 'indicator',
        message: `${row}, not ${target.value} ${target.unit} ("${target.printed}"): a target names only the indicator whose target it restates`,
      });
    } else if (
      t.comparator &&
      (('<≤'.includes(t.comparator) && FLOOR.test(target.qualifier)) || ('>≥'.includes(t.comparator) && CEILING.test(target.qualifier)))
    ) {
      problems.push({ file: TARGETS, record, field: 'qualifier', message: `"${target.qualifier}" points the other way from ${row}` });
    }
  }
}

/** A repaired spot found in the plan: where its corrected text sits, and which erratum it is. */
interface Spot {
  erratum: Erratum;
  passage: Passage;
  /** Offsets in the passage's text. */
  start: number;
  end: number;
}

/**
 * Pairs <Fix> marks and errata. Returns the spots to undo for the fidelity comparison, the passages
 * whose own problem is already reported (their fidelity difference would only repeat it), and whether
 * every erratum could be placed (if not, the comparison would only report the same spot again).
 * Problems that follow from added or removed text (a <Fix> in another paragraph than its erratum
 * names, an erratum whose <Fix> went with its paragraph, the order) go to `ifFaithful`.
 */
function checkErrata(
  model: PlanModel,
  errata: readonly Erratum[],
  problems: Problem[],
  ifFaithful: Problem[],
): { spots: Spot[]; reported: Set<Passage>; placed: boolean } {
  const byId = new Map(errata.map((e) => [e.id, e]));
  const spots: Spot[] = [];
  const reported = new Set<Passage>();
  let placed = true;
  const fixed = new Set<string>();
  /** <Fix> marks without an erratum, by passage: probably a misspelt id of the passage's own erratum. */
  const orphans = new Map<Passage, Problem>();
  for (const passage of model.passages) {
    for (const fix of passage.fixes ?? []) {
      const erratum = byId.get(fix.id);
      const at = { ...placeOf(passage) };
      if (!erratum) {
        const orphan = { ...at, message: `<Fix id="${fix.id}"> has no erratum: add it to ${ERRATA} (what the official text has, the correction, the reason)` };
        problems.push(orphan);
        orphans.set(passage, orphan);
        reported.add(passage);
        continue;
      }
      if (fixed.has(fix.id)) {
        problems.push({ ...at, message: `<Fix id="${fix.id}"> is used twice: each erratum marks one spot` });
        reported.add(passage);
        continue;
      }
      fixed.add(fix.id);
      // A <Fix> inside this one shows its own correction; the erratum of the outer one has the inner original.
      const inner = (passage.fixes ?? []).filter((f) => f !== fix && f.start >= fix.start && f.end <= fix.end);
      let shown = '';
      let at0 = fix.start;
      for (const f of inner) {
        shown += passage.text.slice(at0, f.start) + (byId.get(f.id)?.original ?? passage.text.slice(f.start, f.end));
        at0 = f.end;
      }
      shown += passage.text.slice(at0, fix.end);
      if (erratum.anchor !== passage.anchor) {
        ifFaithful.push({ ...at, message: `<Fix id="${fix.id}"> stands in ${passage.anchor}, but its erratum in ${ERRATA} names anchor "${erratum.anchor}"` });
      } else if (shown !== erratum.corrected) {
        problems.push({ ...at, message: `<Fix id="${fix.id}"> holds “${shown}”, but its erratum's corrected text is “${erratum.corrected}”` });
        reported.add(passage);
      }
      spots.push({ erratum, passage, start: fix.start, end: fix.end });
    }
  }
  for (const erratum of errata) {
    if (fixed.has(erratum.id)) continue;
    const record = `erratum "${erratum.id}"`;
    if (erratum.anchor === TITLE_ERRATUM) {
      // The title is frontmatter: no <Fix> can mark it, so it must read exactly as corrected (spaces too:
      // a title repair may be one of spacing, which the comparison below does not see).
      const title = model.passages.find((p) => p.kind === 'title')!;
      if (title.text !== erratum.corrected) {
        problems.push({
          file: ERRATA,
          record,
          field: 'corrected',
          message: `is “${erratum.corrected}”, but the title in ${model.preambleFile} is “${title.text}”`,
        });
        reported.add(title);
      }
      spots.push({ erratum, passage: title, start: 0, end: title.text.length });
      continue;
    }
    const passage = findPassage(model, erratum.anchor);
    if (!passage) {
      problems.push({ file: ERRATA, record, field: 'anchor', message: `"${erratum.anchor}" is not an anchor of the plan` });
      placed = false;
      continue;
    }
    const at = passage.text.indexOf(erratum.corrected);
    const orphan = orphans.get(passage);
    if (orphan) {
      // One mistake, not two: the <Fix> of this paragraph names an id no erratum has.
      orphan.message += `; this paragraph's erratum is "${erratum.id}": is the <Fix> id misspelt?`;
      orphans.delete(passage);
      continue;
    }
    if ('line' in passage.source) {
      // MDX text: the repaired words must be marked, so readers can see and follow the repair.
      ifFaithful.push({ file: ERRATA, record, field: 'id', message: `no <Fix id="${erratum.id}"> marks the repair in ${erratum.anchor} (${where(passage)})` });
    } else if (at < 0) {
      problems.push({ file: ERRATA, record, field: 'corrected', message: `“${erratum.corrected}” is not in ${erratum.anchor} (${where(passage)})` });
      placed = false;
      continue;
    }
    // Table cells are marked by <IndicatorTable> from the anchor; an unmarked MDX repair still counts once found.
    if (at >= 0) spots.push({ erratum, passage, start: at, end: at + erratum.corrected.length });
  }
  // Document order, so the 勘误说明 page and the <Fix> marks number them alike.
  const order = new Map(model.passages.map((p, i) => [p, i]));
  const position = (s: Spot) => order.get(s.passage)! * 1e6 + s.start;
  const listed = new Map(errata.map((e, i) => [e.id, i]));
  const inDocument = [...spots].sort((a, b) => position(a) - position(b));
  const wrong = inDocument.findIndex((s, i) => i > 0 && listed.get(s.erratum.id)! < listed.get(inDocument[i - 1]!.erratum.id)!);
  if (wrong > 0) {
    const [before, after] = [inDocument[wrong - 1]!.erratum, inDocument[wrong]!.erratum];
    ifFaithful.push({
      file: ERRATA,
      record: `erratum "${after.id}"`,
      message: `is listed before "${before.id}" but comes after it in the plan: keep ${ERRATA} in document order`,
    });
  }
  return { spots, reported, placed };
}

/** A passage as the official text has it: its text with the repairs undone, squashed, and where each undone repair sits. */
function sourceForm(passage: Passage, spots: readonly Spot[]): { text: string; undone: { erratum: Erratum; start: number; end: number }[] } {
  // Only the outermost repairs: an outer erratum's original already has the inner spot as extracted.
  const mine = spots.filter((s) => s.passage === passage);
  const own = mine.filter((s) => !mine.some((o) => o !== s && o.start <= s.start && o.end >= s.end)).sort((a, b) => a.start - b.start);
  let text = '';
  let at = 0;
  const undone: { erratum: Erratum; start: number; end: number }[] = [];
  for (const spot of own) {
    text += squash(passage.text.slice(at, spot.start));
    const original = squash(spot.erratum.original);
    undone.push({ erratum: spot.erratum, start: text.length, end: text.length + original.length });
    text += original;
    at = spot.end;
  }
  text += squash(passage.text.slice(at));
  return { text, undone };
}

const SHOW = 16;

/** Compares the text; returns true when it is faithful (whitespace and paragraph breaks aside). */
function checkFidelity(
  model: PlanModel,
  official: string,
  forms: readonly ReturnType<typeof sourceForm>[],
  reported: ReadonlySet<Passage>,
  problems: Problem[],
): boolean {
  let faithful = true;
  let cursor = 0;
  for (let i = 0; i < model.passages.length; i++) {
    const passage = model.passages[i]!;
    const form = forms[i]!;
    if (official.startsWith(form.text, cursor)) {
      cursor += form.text.length;
      continue;
    }
    faithful = false;
    let same = 0;
    while (same < form.text.length && official[cursor + same] === form.text[same]) same += 1;
    if (!reported.has(passage)) {
      // Invisible characters by name (⟨U+200B ZERO WIDTH SPACE⟩): a diff must show what differs.
      const officialPart = showUnseen(official.slice(cursor + same, cursor + same + SHOW));
      const sitePart = showUnseen(form.text.slice(same, same + SHOW));
      const before = showUnseen(official.slice(Math.max(cursor, cursor + same - SHOW), cursor + same));
      const inRepair = form.undone.find((u) => same >= u.start && same < u.end);
      if (inRepair) {
        problems.push({
          file: ERRATA,
          record: `erratum "${inRepair.erratum.id}"`,
          field: 'original',
          message: `at ${passage.anchor} (${where(passage)}) the official text reads “…${before}【${officialPart}】”, not “${inRepair.erratum.original}”`,
        });
      } else {
        const empty = (s: string) => s || '(end of the passage)';
        problems.push({
          ...placeOf(passage),
          message:
            `${passage.anchor || 'the title'} differs from the official text (${SOURCE_FILE}):\n` +
            `      official: …${before}【${empty(officialPart)}】\n` +
            `      site:     …${before}【${empty(sitePart)}】\n` +
            `    restore the official words, or list the repair in ${ERRATA} and mark it with <Fix id="…">`,
        });
      }
    }
    // Resynchronise on the next passage long enough to be found only where it belongs.
    let next = i + 1;
    let found = -1;
    for (; next < model.passages.length; next++) {
      if (forms[next]!.text.length < 12) continue;
      found = official.indexOf(forms[next]!.text, cursor);
      if (found >= 0) break;
    }
    if (found < 0) return false;
    cursor = found;
    i = next - 1;
  }
  if (cursor < official.length) {
    problems.push({ file: SOURCE_FILE, message: `the plan ends before the official text does; missing: “${official.slice(cursor, cursor + 2 * SHOW)}…”` });
  }
  return faithful && cursor === official.length;
}

/** The official paragraphs in reading order (preamble, chapters, sections, 专栏 and items), squashed. */
function officialParagraphs(raw: string): string[] {
  const doc = parseSource(raw);
  const blocks = (list: SourceBlock[]): string[] =>
    list.flatMap((b) => (b.kind === 'paragraph' ? [b.text] : [...b.paragraphs, ...b.items.flatMap((i) => i.paragraphs)]));
  return [...doc.preamble, ...doc.chapters.flatMap((c) => [...blocks(c.intro), ...c.sections.flatMap((s) => blocks(s.blocks))])].map(squash);
}

/**
 * Paragraph breaks where the official text has them: the fidelity comparison ignores whitespace, so
 * a paragraph split in two (or two joined) would pass it while renumbering every anchor after it.
 */
function checkParagraphs(model: PlanModel, raw: string, forms: readonly ReturnType<typeof sourceForm>[], problems: Problem[]): boolean {
  const official = officialParagraphs(raw);
  const ours = model.passages.map((p, i) => ({ p, text: forms[i]!.text })).filter(({ p }) => p.kind === 'paragraph');
  for (let i = 0; i < Math.max(ours.length, official.length); i++) {
    const mine = ours[i];
    const theirs = official[i];
    if (mine && mine.text === theirs) continue;
    if (!mine) return !problems.push({ file: SOURCE_FILE, message: `the official text has ${official.length} paragraphs, the plan ${ours.length}` });
    const what =
      theirs !== undefined && mine.text.startsWith(theirs)
        ? `joins two paragraphs of the official text: a new one starts at “${mine.text.slice(theirs.length, theirs.length + SHOW)}…”`
        : theirs !== undefined && theirs.startsWith(mine.text)
          ? `is part of a paragraph of the official text, which goes on with “${theirs.slice(mine.text.length, mine.text.length + SHOW)}…”: join it with the next`
          : 'does not start where a paragraph of the official text does';
    // One break off renumbers every paragraph after it: report the first.
    return !problems.push({ ...placeOf(mine.p), message: `${mine.p.anchor} ${what}` });
  }
  return true;
}

/** A repair of the title names the title exactly as extracted (spaces too): the first line of the official text. */
function checkTitleErratum(errata: readonly Erratum[], officialRaw: string, problems: Problem[]): void {
  const official = officialRaw
    .split(/\r?\n/u)
    .find((l) => l.trim() !== '')!
    .trim();
  for (const erratum of errata.filter((e) => e.anchor === TITLE_ERRATUM)) {
    if (erratum.original !== official)
      problems.push({
        file: ERRATA,
        record: `erratum "${erratum.id}"`,
        field: 'original',
        message: `is “${erratum.original}”, but the official text's title is “${official}”`,
      });
  }
}

/** Every check of the plan against its data and the official text; [] when all is well. */
export function checkPlan(model: PlanModel, data: PlanData, officialRaw: string): Problem[] {
  const problems: Problem[] = [];
  checkIndicators(model, data.indicators, problems);
  const ifFaithful: Problem[] = [];
  checkTargets(model, data.targets, data.indicators, problems, ifFaithful);
  checkContinuations(data.indicators, (ind, message) =>
    ifFaithful.push({ file: INDICATORS, record: `专栏${ind.column} indicator "${ind.id}" (row ${ind.n})`, field: 'continues', message }),
  );
  const { spots, reported, placed } = checkErrata(model, data.errata, problems, ifFaithful);
  checkTitleErratum(data.errata, officialRaw, problems);
  if (!placed) return problems;
  const forms = model.passages.map((p) => sourceForm(p, spots));
  if (!checkFidelity(model, squash(sourceWithoutToc(officialRaw)), forms, reported, problems)) return problems;
  if (!checkParagraphs(model, officialRaw, forms, problems)) return problems;
  return [...problems, ...ifFaithful];
}
