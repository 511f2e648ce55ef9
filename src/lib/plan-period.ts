/**
 * The plan's period (2021—2025) and where the build date stands against it: before, during or after.
 * The date is the build's (SOURCE_DATE_EPOCH when set, the reproducible-builds convention, else the
 * clock), so a build in 2025 says the plan is current and one in 2026 that its period has ended. Only
 * the state is written into pages, never the date: two builds in the same state are byte-identical.
 */

/** The years the plan covers, as its title (“十四五”) and text state them. */
export const PLAN_PERIOD = { start: 2021, end: 2025 } as const;

export type PeriodState = 'before' | 'current' | 'ended';

/** The build's date: SOURCE_DATE_EPOCH (seconds since 1970, UTC) when set, else now. Throws on a value that is not a whole number. */
export function buildDate(env: Record<string, string | undefined> = process.env, now: () => Date = () => new Date()): Date {
  const raw = env.SOURCE_DATE_EPOCH?.trim();
  if (!raw) return now();
  if (!/^\d+$/u.test(raw)) throw new Error(`SOURCE_DATE_EPOCH must be a whole number of seconds since 1970-01-01 UTC, not "${raw}"`);
  return new Date(Number(raw) * 1000);
}

/** The year in China (UTC+8), where the plan's years begin and end. */
export const chinaYear = (date: Date): number => new Date(date.getTime() + 8 * 3600_000).getUTCFullYear();

export function periodState(date: Date): PeriodState {
  const year = chinaYear(date);
  return year < PLAN_PERIOD.start ? 'before' : year > PLAN_PERIOD.end ? 'ended' : 'current';
}

const PERIOD = `${PLAN_PERIOD.start}—${PLAN_PERIOD.end}年`;

/** The plain sentence every page that speaks of targets carries. */
export const PERIOD_SENTENCES: Record<PeriodState, string> = {
  before: `本规划的规划期为${PERIOD}，尚未开始。`,
  current: `本规划的规划期为${PERIOD}，目前正处于规划期内。`,
  ended: `本规划的规划期为${PERIOD}，规划期已经结束。`,
};
