/**
 * The checks the build runs on the plan model and the data modules before it renders a page
 * (src/integrations/plan/plan-checks.ts), one message per real error:
 *
 * - every anchor in src/data/indicators.ts, targets.ts and errata.ts exists in the plan, of the right kind;
 * - a target's printed number is in its paragraph; its indicator exists;
 * - every <Fix id> has its erratum, every erratum of an MDX paragraph its <Fix>, in the paragraph the
 *   erratum names, around exactly the corrected words; errata are listed in document order;
 * - fidelity: the plan's passages, in order, with each repair undone at its place, are the official
 *   text (whitespace aside); a difference is reported at the passage's file and line, with both texts.
 */
import type { Indicator } from '../indicators/schema.ts';
import type { Target } from '../targets/schema.ts';
import type { Erratum } from './errata-schema.ts';
import { SOURCE_FILE, sourceWithoutToc, squash } from './fidelity.ts';
import { findPassage, type Passage, type PlanModel } from './model.ts';
import type { Problem } from './problems.ts';

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
  'line' in p.source ? { file: p.source.file, line: p.source.line } : { file: p.source.file, record: p.source.record };

function checkIndicators(model: PlanModel, indicators: readonly Indicator[], problems: Problem[]): void {
  for (const ind of indicators) {
    ind.sections.forEach((anchor, i) => {
      if (!findPassage(model, anchor)) {
        problems.push({ file: INDICATORS, record: `专栏${ind.column} indicator "${ind.id}" (row ${ind.n})`, field: `sections.${i}`, message: `"${anchor}" is not an anchor of the plan (no such section, 专栏 or item)` });
      }
    });
  }
}

function checkTargets(model: PlanModel, targets: readonly Target[], indicators: readonly Indicator[], problems: Problem[]): void {
  for (const target of targets) {
    const record = `target "${target.id}"`;
    const paragraph = findPassage(model, target.anchor);
    if (!paragraph) {
      problems.push({ file: TARGETS, record, field: 'anchor', message: `"${target.anchor}" is not a paragraph of the plan` });
    } else if (!squash(paragraph.text).includes(squash(target.printed))) {
      problems.push({ file: TARGETS, record, field: 'printed', message: `"${target.printed}" is not in paragraph ${target.anchor} (${where(paragraph)})` });
    }
    if (target.indicator && !indicators.some((i) => i.id === target.indicator && i.column === 2)) {
      problems.push({ file: TARGETS, record, field: 'indicator', message: `"${target.indicator}" is not an indicator of 专栏2` });
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
 * Pairs <Fix> marks and errata; returns the spots to undo for the fidelity comparison and the
 * passages whose own problem is already reported (their fidelity difference would only repeat it).
 */
function checkErrata(model: PlanModel, errata: readonly Erratum[], problems: Problem[]): { spots: Spot[]; reported: Set<Passage> } {
  const byId = new Map(errata.map((e) => [e.id, e]));
  const spots: Spot[] = [];
  const reported = new Set<Passage>();
  const fixed = new Set<string>();
  for (const passage of model.passages) {
    for (const fix of passage.fixes ?? []) {
      const erratum = byId.get(fix.id);
      const at = { ...placeOf(passage) };
      if (!erratum) {
        problems.push({ ...at, message: `<Fix id="${fix.id}"> has no erratum: add it to ${ERRATA} (what the official text has, the correction, the reason)` });
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
        problems.push({ ...at, message: `<Fix id="${fix.id}"> stands in ${passage.anchor}, but its erratum in ${ERRATA} names anchor "${erratum.anchor}"` });
        reported.add(passage);
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
    const passage = findPassage(model, erratum.anchor);
    if (!passage) {
      problems.push({ file: ERRATA, record, field: 'anchor', message: `"${erratum.anchor}" is not an anchor of the plan` });
      continue;
    }
    const at = passage.text.indexOf(erratum.corrected);
    if ('line' in passage.source) {
      // MDX text: the repaired words must be marked, so readers can see and follow the repair.
      problems.push({ file: ERRATA, record, field: 'id', message: `no <Fix id="${erratum.id}"> marks the repair in ${erratum.anchor} (${where(passage)})` });
      reported.add(passage);
    } else if (at < 0) {
      problems.push({ file: ERRATA, record, field: 'corrected', message: `“${erratum.corrected}” is not in ${erratum.anchor} (${where(passage)})` });
      reported.add(passage);
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
    problems.push({ file: ERRATA, record: `erratum "${after.id}"`, message: `is listed before "${before.id}" but comes after it in the plan: keep ${ERRATA} in document order` });
  }
  return { spots, reported };
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

function checkFidelity(model: PlanModel, officialRaw: string, spots: readonly Spot[], reported: ReadonlySet<Passage>, problems: Problem[]): void {
  const official = squash(sourceWithoutToc(officialRaw));
  const forms = model.passages.map((p) => sourceForm(p, spots));
  let cursor = 0;
  for (let i = 0; i < model.passages.length; i++) {
    const passage = model.passages[i]!;
    const form = forms[i]!;
    if (official.startsWith(form.text, cursor)) {
      cursor += form.text.length;
      continue;
    }
    let same = 0;
    while (same < form.text.length && official[cursor + same] === form.text[same]) same += 1;
    if (!reported.has(passage)) {
      const officialPart = official.slice(cursor + same, cursor + same + SHOW);
      const sitePart = form.text.slice(same, same + SHOW);
      const before = official.slice(Math.max(cursor, cursor + same - SHOW), cursor + same);
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
    if (found < 0) return;
    cursor = found;
    i = next - 1;
  }
  if (cursor < official.length) {
    problems.push({ file: SOURCE_FILE, message: `the plan ends before the official text does; missing: “${official.slice(cursor, cursor + 2 * SHOW)}…”` });
  }
}

/** Every check of the plan against its data and the official text; [] when all is well. */
export function checkPlan(model: PlanModel, data: PlanData, officialRaw: string): Problem[] {
  const problems: Problem[] = [];
  checkIndicators(model, data.indicators, problems);
  checkTargets(model, data.targets, data.indicators, problems);
  const { spots, reported } = checkErrata(model, data.errata, problems);
  checkFidelity(model, officialRaw, spots, reported, problems);
  return problems;
}
