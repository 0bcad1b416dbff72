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

const gone: RetiredStation = {
  id: 'nl-10',
  date: '2026-11-02',
  reason: 'No source places it.',
  replacedBy: null,
  lastVersion: '2.1.0',
};

vi.mock('../src/generated/tables.js', async (importOriginal) => ({
  ...(await importOriginal<object>()),
  RETIRED: [record, gone],
}));

describe('a retired station id', () => {
  it('is not a station, and retiredStation says why it is gone', async () => {
    const { getStation, retired, retiredStation } = await import('../src/index.js');
    expect(getStation('nl-09')).toBeUndefined();
    expect(retiredStation('nl-09')).toEqual(record);
    expect(retired).toEqual([record, gone]);
    expect(retiredStation('nl-01')).toBeUndefined();
    expect(retiredStation('xx-99')).toBeUndefined();
  });

  it('is a usage error on the command line that says when and why it was retired', async () => {
    const { run } = await import('../src/cli-run.js');
    const said = (...argv: string[]) => {
      let stderr = '';
      const status = run(argv, { stdout: () => {}, stderr: (text) => (stderr += text) });
      return [status, stderr];
    };
    expect(said('--id', 'nl-09')).toEqual([
      2,
      'overseas-police-stations: station id "nl-09" was retired on 2026-11-01 (merged into nl-01): The same office as nl-01, under a second address. (see --help)\n',
    ]);
    expect(said('--id', 'nl-10')).toEqual([
      2,
      'overseas-police-stations: station id "nl-10" was retired on 2026-11-02: No source places it. (see --help)\n',
    ]);
    expect(said('--id', 'nl-01')).toEqual([0, '']);
  });
});
