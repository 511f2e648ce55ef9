import { describe, expect, it } from 'vitest';
import { buildDate, chinaYear, PERIOD_SENTENCES, periodState } from '../../../src/lib/plan-period.ts';

const at = (iso: string) => new Date(iso);

describe('periodState', () => {
  it('is current through 2025 and ended from 2026, by the year in China', () => {
    expect(periodState(at('2021-01-01T00:00:00+08:00'))).toBe('current');
    expect(periodState(at('2025-12-31T23:59:59+08:00'))).toBe('current');
    expect(periodState(at('2026-01-01T00:00:00+08:00'))).toBe('ended');
    // 2025-12-31 17:00 UTC is already 2026 in Sichuan.
    expect(chinaYear(at('2025-12-31T17:00:00Z'))).toBe(2026);
    expect(periodState(at('2020-06-01T00:00:00+08:00'))).toBe('before');
  });

  it('says so in plain words, without a date', () => {
    expect(PERIOD_SENTENCES.ended).toBe('本规划的规划期为2021—2025年，规划期已经结束。');
    expect(PERIOD_SENTENCES.current).toBe('本规划的规划期为2021—2025年，目前正处于规划期内。');
  });
});

describe('buildDate', () => {
  it('takes SOURCE_DATE_EPOCH (seconds, UTC) when set, so tests and reproducible builds choose the date', () => {
    expect(buildDate({ SOURCE_DATE_EPOCH: '1750000000' }).toISOString()).toBe('2025-06-15T15:06:40.000Z');
    expect(periodState(buildDate({ SOURCE_DATE_EPOCH: '1750000000' }))).toBe('current');
  });

  it('falls back to the clock, and refuses a value that is not a whole number of seconds', () => {
    const now = at('2026-12-06T00:00:00Z');
    expect(buildDate({}, () => now)).toBe(now);
    expect(() => buildDate({ SOURCE_DATE_EPOCH: '2025-06-15' })).toThrow(/SOURCE_DATE_EPOCH must be a whole number of seconds/u);
  });
});
