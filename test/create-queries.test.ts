// createQueries over a user's own records: checked, normalized, frozen, and held to the
// same TypeError / RangeError contract as the rest of the API.
import { describe, expect, it } from 'vitest';
import { createQueries, getStation, stations, toCSV, toJSON, type Source, type Station } from '../src/index.js';

const nl01 = getStation('nl-01')!;
const mySource: Source = {
  id: 'my-notes-2026',
  url: 'https://example.org/notes',
  publisher: 'Example newsroom',
  title: 'Our own notes',
  date: '2026-01',
  note: null,
};

/** A user's station as they might write it: lower-case country, no status, events newest first. */
function myStation(changes: Record<string, unknown> = {}): Station {
  const { status: _status, province: _province, ...rest } = nl01;
  return {
    ...rest,
    id: 'nl-90',
    country: 'nl',
    city: 'Utrecht',
    location: null,
    sources: ['my-notes-2026'],
    events: [...nl01.events].reverse(),
    ...changes,
  } as unknown as Station;
}

describe('createQueries', () => {
  it('finds a user station by a lower-case country, and derives its status and province', () => {
    const q = createQueries([...stations, myStation()]);
    const mine = q.getStation('nl-90')!;
    expect(mine.country).toBe('NL');
    expect(q.byCountry('NL').map((s) => s.id)).toEqual(['nl-01', 'nl-02', 'nl-90']);
    expect(mine.status).toBe(nl01.status);
    expect(mine.province).toBe(nl01.province);
    expect(q.countBy('status').every((c) => c.value !== undefined && c.value !== null)).toBe(true);
  });

  it('sorts a timeline given newest first, so that statusOn answers as for the original', () => {
    const q = createQueries([myStation()]);
    expect(q.getStation('nl-90')!.events.map((e) => e.id)).toEqual(nl01.events.map((e) => e.id));
    for (const day of ['2022-09-11', '2022-09-12', '2022-10-25', '2022-11-01', '2023-06-01']) {
      expect(q.statusOn('nl-90', day)).toBe(createQueries([{ ...nl01 }]).statusOn('nl-01', day));
    }
    expect(q.statusOn('nl-90', '2022-10-25')).toBe('investigating');
  });

  it('returns stations sorted by id, as deeply frozen copies', () => {
    const input = [myStation(), { ...nl01 }];
    const q = createQueries(input);
    expect(q.query({}).map((s) => s.id)).toEqual(['nl-01', 'nl-90']);
    const mine = q.getStation('nl-90')!;
    expect(Object.isFrozen(mine) && Object.isFrozen(mine.events) && Object.isFrozen(mine.events[0])).toBe(true);
    expect(Object.isFrozen(input[0])).toBe(false); // the caller's objects are left alone
  });

  it('rejects duplicate ids', () => {
    expect(() => createQueries([nl01, nl01])).toThrow(
      new RangeError('createQueries: duplicate station id "nl-01" at stations[0] and stations[1]'),
    );
  });

  it('gives TypeErrors for values of the wrong type', () => {
    expect(() => createQueries('stations' as never)).toThrow(
      new TypeError('createQueries: stations must be an array of station records, got "stations"'),
    );
    expect(() => createQueries([null as never])).toThrow(new TypeError('createQueries: stations[0] must be an object, got null'));
    expect(() => createQueries([myStation({ id: 7 })])).toThrow(
      new TypeError('createQueries: stations[0].id must be a string, got number'),
    );
    expect(() => createQueries([myStation({ events: 'none' })])).toThrow(
      new TypeError('createQueries: stations[0].events must be an array, got "none"'),
    );
    expect(() => createQueries([myStation({ reports: ['110-overseas', 3] })])).toThrow(
      new TypeError('createQueries: stations[0].reports[1] must be a string, got number'),
    );
  });

  it('gives RangeErrors for unknown values and contradictions, naming what is accepted', () => {
    expect(() => createQueries([myStation({ country: 'Narnia' })])).toThrow(
      new RangeError('createQueries: unknown country at stations[0].country "Narnia"; expected an ISO 3166-1 alpha-2 code'),
    );
    expect(() => createQueries([myStation({ bureau: 'beijing' })])).toThrow(
      /^createQueries: unknown bureau at stations\[0\]\.bureau "beijing"; expected null or one of "fuzhou", /,
    );
    expect(() => createQueries([myStation({ reports: ['third'] })])).toThrow(
      /^createQueries: unknown report at stations\[0\]\.reports\[0\] "third"; expected one of "110-overseas", /,
    );
    expect(() => createQueries([myStation({ events: [{ ...nl01.events[0], date: '2022-02-30' }] })])).toThrow(RangeError);
    expect(() => createQueries([myStation({ events: [{ ...nl01.events[0], type: 'rumour' }] })])).toThrow(
      /^createQueries: unknown event type at stations\[0\]\.events\[0\]\.type "rumour"; expected one of "listed", /,
    );
    expect(() => createQueries([myStation({ events: [] })])).toThrow(
      new RangeError('createQueries: stations[0] has no event that sets a status; add a dated event'),
    );
    expect(() => createQueries([myStation({ status: 'reported' })])).toThrow(
      new RangeError(
        `createQueries: stations[0].status is "reported", but its events give "${nl01.status}"; leave it out to derive it`,
      ),
    );
    expect(() => createQueries([myStation({ province: 'CN-FJ' })])).toThrow(
      /^createQueries: stations\[0\]\.province is "CN-FJ", but bureau/,
    );
  });

  it('accepts an empty list', () => {
    expect(createQueries([]).query({})).toEqual([]);
  });
});

describe("the conversions with a user's own sources", () => {
  const mine = createQueries([myStation()]).getStation('nl-90')!;

  it('resolve sources given in options.sources', () => {
    expect(toCSV([mine], { sources: [mySource] })).toContain('https://example.org/notes');
    expect(toJSON([mine], { sources: [mySource] }).stations[0]!.sources).toEqual([mySource]);
  });

  it('reject a source the options do not give, and an id that names a different source', () => {
    expect(() => toCSV([mine])).toThrow(
      new RangeError('toCSV: unknown source id "my-notes-2026"; expected an id from `sources` or `options.sources`'),
    );
    const clash = { ...mySource, id: nl01.sources[0]! };
    expect(() => toCSV([nl01], { sources: [clash] })).toThrow(
      new RangeError(`toCSV: options.sources[0] reuses the id "${clash.id}" of a different source in \`sources\``),
    );
    expect(() => toCSV([mine], { sources: 'x' } as never)).toThrow(
      new TypeError('toCSV: options.sources must be an array of sources'),
    );
  });
});
