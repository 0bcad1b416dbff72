// retiredStation and getStation with a retired id, on an embedded table that has one (the
// real data has retired no id yet).
import { describe, expect, it, vi } from 'vitest';
import type { RetiredStation } from '../src/types.js';

const record: RetiredStation = {
  id: 'nl-09',
  date: '2026-11-01',
  reason: 'The same office as nl-01, under a second address.',
  replacedBy: 'nl-01',
  lastVersion: '2.1.0',
};

vi.mock('../src/generated/tables.js', async (importOriginal) => ({
  ...(await importOriginal<object>()),
  RETIRED: [record],
}));

describe('a retired station id', () => {
  it('is not a station, and retiredStation says why it is gone', async () => {
    const { getStation, retired, retiredStation } = await import('../src/index.js');
    expect(getStation('nl-09')).toBeUndefined();
    expect(retiredStation('nl-09')).toEqual(record);
    expect(retired).toEqual([record]);
    expect(retiredStation('nl-01')).toBeUndefined();
    expect(retiredStation('xx-99')).toBeUndefined();
  });
});
