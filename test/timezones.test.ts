// Runs once per time zone (see vitest.config.ts): every answer must be the same in each.
import { describe, expect, it } from 'vitest';

/** Offsets from UTC, in minutes as `getTimezoneOffset` gives them, on 1 January 2022. */
const OFFSET_ON_2022_01_01: Record<string, number> = {
  UTC: 0,
  'America/New_York': 300,
  'Pacific/Apia': -780,
  'Asia/Kolkata': -330,
};

const zoneAtLoad = Intl.DateTimeFormat().resolvedOptions().timeZone;

describe('the time zone of this run', () => {
  it('is the one the project sets, in effect from before the file loaded', () => {
    const zone = process.env.TZ;
    expect(Object.keys(OFFSET_ON_2022_01_01)).toContain(zone);
    // ICU may name a zone by an alias (Asia/Kolkata as Asia/Calcutta).
    expect(zoneAtLoad).toBe(new Intl.DateTimeFormat('en', { timeZone: zone }).resolvedOptions().timeZone);
    expect(new Date(2022, 0, 1).getTimezoneOffset()).toBe(OFFSET_ON_2022_01_01[zone!]);
  });
});
