// createQueries over a user's own records: checked, normalized, frozen, and held to the
// same TypeError / RangeError contract as the rest of the API.
import { describe, expect, it } from 'vitest';
import {
  bureaus,
  createQueries,
  reports,
  STATUS_OF_EVENT,
  stations,
  toCSV,
  toJSON,
  type Source,
  type Station,
} from '../src/index.js';

const nl01 = stations.find((s) => s.id === 'nl-01')!;
const bureauList = bureaus.map((b) => `"${b.id}"`).join(', ');
const reportList = reports.map((r) => `"${r.id}"`).join(', ');
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
  const mine = () => createQueries([myStation()]).getStation('nl-90')!;

  it('resolve sources given in options.sources', () => {
    expect(toCSV([mine()], { sources: [mySource] })).toContain('https://example.org/notes');
    expect(toJSON([mine()], { sources: [mySource] }).stations[0]!.sources).toEqual([mySource]);
  });

  it('reject a source the options do not give, and an id that names a different source', () => {
    expect(() => toCSV([mine()])).toThrow(
      new RangeError('toCSV: unknown source id "my-notes-2026"; expected an id from `sources` or `options.sources`'),
    );
    const clash = { ...mySource, id: nl01.sources[0]! };
    expect(() => toCSV([nl01], { sources: [clash] })).toThrow(
      new RangeError(`toCSV: options.sources[0] reuses the id "${clash.id}" of a different source in \`sources\``),
    );
    expect(() => toCSV([mine()], { sources: 'x' } as never)).toThrow(
      new TypeError('toCSV: options.sources must be an array of sources'),
    );
  });
});

describe('createQueries: what it checks, field by field', () => {
  const error = (changes: Record<string, unknown>) => {
    try {
      createQueries([nl01, myStation(changes)]);
    } catch (caught) {
      return caught;
    }
    throw new Error(`accepted ${JSON.stringify(changes)}`);
  };
  const event0 = nl01.events[0]!;

  it.each([
    [{ id: '' }, new RangeError('createQueries: stations[1].id is empty')],
    [{ country: 31 }, new TypeError('createQueries: stations[1].country must be a string, got number')],
    [{ bureau: 5 }, new TypeError('createQueries: stations[1].bureau must be a string or null, got number')],
    [{ reports: 'none' }, new TypeError('createQueries: stations[1].reports must be an array, got "none"')],
    [{ opened: '2018' }, new TypeError('createQueries: stations[1].opened must be an object or null, got "2018"')],
    [{ opened: [] }, new TypeError('createQueries: stations[1].opened must be an object or null, got an array')],
    [
      { opened: { date: '2018-13' } },
      new RangeError(
        'createQueries: unknown date at stations[1].opened.date "2018-13"; expected a real date as YYYY, YYYY-MM or YYYY-MM-DD',
      ),
    ],
    [{ opened: { date: 2018 } }, new TypeError('createQueries: stations[1].opened.date must be a string, got number')],
    [{ location: 'Utrecht' }, new TypeError('createQueries: stations[1].location must be an object or null, got "Utrecht"')],
    [{ location: { lat: 52, lon: '5' } }, new TypeError('createQueries: stations[1].location must have numeric lat and lon')],
    [{ location: { lat: '52', lon: 5 } }, new TypeError('createQueries: stations[1].location must have numeric lat and lon')],
    [{ sources: 'mine' }, new TypeError('createQueries: stations[1].sources must be an array, got "mine"')],
    [{ sources: ['a', null] }, new TypeError('createQueries: stations[1].sources[1] must be a string, got null')],
    [{ events: [7] }, new TypeError('createQueries: stations[1].events[0] must be an object, got number')],
    [
      { events: [{ ...event0, date: null }] },
      new TypeError('createQueries: stations[1].events[0].date must be a string, got null'),
    ],
    [
      { events: [{ ...event0, type: 1 }] },
      new TypeError('createQueries: stations[1].events[0].type must be a string, got number'),
    ],
    [
      { events: [{ ...event0, type: '__proto__' }] },
      new RangeError(
        `createQueries: unknown event type at stations[1].events[0].type "__proto__"; expected one of ${Object.keys(
          STATUS_OF_EVENT,
        )
          .map((t) => `"${t}"`)
          .join(', ')}`,
      ),
    ],
    [
      { events: [{ ...event0, sources: 'x' }] },
      new TypeError('createQueries: stations[1].events[0].sources must be an array, got "x"'),
    ],
    [
      { events: [{ ...event0, sources: [3] }] },
      new TypeError('createQueries: stations[1].events[0].sources[0] must be a string, got number'),
    ],
    [
      { events: [{ ...event0, date: '2022-1' }] },
      new RangeError(
        'createQueries: unknown date at stations[1].events[0].date "2022-1"; expected a real date as YYYY, YYYY-MM or YYYY-MM-DD',
      ),
    ],
    [
      { bureau: 'qingtian', province: 'CN-FJ' },
      new RangeError(
        'createQueries: stations[1].province is "CN-FJ", but bureau "qingtian" gives "CN-ZJ"; leave it out to derive it',
      ),
    ],
    [
      { bureau: null, province: 'CN-FJ' },
      new RangeError('createQueries: stations[1].province is "CN-FJ", but bureau null gives null; leave it out to derive it'),
    ],
  ])('rejects %j', (changes, expected) => {
    const thrown = error(changes);
    expect(thrown).toBeInstanceOf(expected.constructor);
    expect((thrown as Error).message).toBe(expected.message);
  });

  it('lists the accepted bureaus and reports in its errors', () => {
    expect((error({ bureau: 'beijing' }) as Error).message).toBe(
      `createQueries: unknown bureau at stations[1].bureau "beijing"; expected null or one of ${bureauList}`,
    );
    expect((error({ reports: ['110-overseas', 'third'] }) as Error).message).toBe(
      `createQueries: unknown report at stations[1].reports[1] "third"; expected one of ${reportList}`,
    );
  });

  it('fills in what may be left out, and keeps what is given', () => {
    const {
      city: _c,
      bureauConfidence: _b,
      nameZh: _n,
      notes: _o,
      reports: _r,
      opened: _p,
      location: _l,
      sources: _s,
      bureau: _u,
      ...least
    } = myStation({ sources: [] }) as unknown as Record<string, unknown>;
    const bare = createQueries([least as unknown as Station]).getStation('nl-90')!;
    expect(bare).toMatchObject({
      city: null,
      bureau: null,
      bureauConfidence: null,
      province: null,
      nameZh: null,
      notes: null,
      reports: [],
      opened: null,
      location: null,
      sources: [],
    });
    const given = { lat: 52.09, lon: 5.12, geonameId: 2745912 };
    const full = createQueries([
      myStation({
        bureau: 'QingTian',
        province: 'CN-ZJ',
        status: nl01.status,
        opened: { date: '2019-02' },
        location: given,
        nameZh: '乌得勒支',
        notes: 'Mine.',
      }),
    ]).getStation('nl-90')!;
    expect(full).toMatchObject({
      city: 'Utrecht',
      bureau: 'qingtian',
      bureauConfidence: nl01.bureauConfidence,
      province: 'CN-ZJ',
      nameZh: '乌得勒支',
      notes: 'Mine.',
      reports: nl01.reports,
      opened: { date: '2019-02', note: null },
      location: given,
      status: nl01.status,
    });
    expect(full.location).not.toBe(given);
    expect(createQueries([myStation({ opened: { date: '2019', note: 'Said so.' } })]).getStation('nl-90')!.opened).toEqual({
      date: '2019',
      note: 'Said so.',
    });
  });

  it('keeps the order of same-day events and sorts stations by id', () => {
    const sameDay = [
      { ...event0, id: 'x-1', date: '2022-11', type: 'ordered_closed' },
      { ...event0, id: 'x-2', date: '2022-11-01', type: 'investigation_opened' },
      { ...event0, id: 'x-3', date: '2022-09', type: 'listed' },
    ];
    const q = createQueries([myStation({ id: 'nl-92', events: sameDay }), myStation({ id: 'nl-91' }), { ...nl01 }]);
    expect(q.query({}).map((s) => s.id)).toEqual(['nl-01', 'nl-91', 'nl-92']);
    expect(q.getStation('nl-92')!.events.map((e) => e.id)).toEqual(['x-3', 'x-1', 'x-2']);
    expect(q.getStation('nl-92')!.status).toBe('investigating');
  });
});
