// createQueries over a user's own records: checked, normalized, derived, frozen, and held to
// the same TypeError / RangeError contract as the rest of the API.
import { describe, expect, it } from 'vitest';
import type { EventInput, Source, StationInput } from '../src/index.js';
import { freshEachTest } from './fresh.js';
import { ownFields } from './own-fields.js';

// Loaded afresh for each test: what the module builds while it loads is then run by each
// test (see fresh.ts).
const pkg = freshEachTest(() => import('../src/index.js'));

const nl01 = () => pkg().getStation('nl-01')!;
const mySource: Source = {
  id: 'my-notes-2026',
  url: 'https://example.org/notes',
  publisher: 'Example newsroom',
  title: 'Our own notes',
  date: '2026-01',
  note: null,
};

/** A user's station as they might write it: lower-case country, no derived fields. */
function myStation(changes: Record<string, unknown> = {}): StationInput {
  const own = ownFields(nl01());
  return { ...own, id: 'nl-90', country: 'nl', city: 'Utrecht', location: null, ...changes } as StationInput;
}

/** The user's events, newest first: a listing, an investigation, then a claimed closure. */
const myEvents: EventInput[] = [
  {
    id: 'my-e02',
    date: '2023-03',
    dateBasis: 'reported',
    type: 'closure_claimed',
    actor: 'The operator',
    summary: 'Said it had stopped.',
    sources: ['my-notes-2026'],
    stations: ['nl-90'],
  },
  {
    id: 'my-e01',
    date: '2022-12-01',
    dateBasis: 'event',
    type: 'investigation_opened',
    actor: 'Police',
    summary: 'Opened an inquiry.',
    sources: ['my-notes-2026'],
    stations: ['nl-90'],
  },
  {
    id: 'my-e00',
    date: '2022-11',
    dateBasis: 'event',
    type: 'statement',
    actor: 'A newspaper',
    summary: 'Named it.',
    sources: ['my-notes-2026'],
    stations: ['nl-90'],
  },
];

describe('createQueries', () => {
  it('extends the dataset: finds a user station by a lower-case country, and derives its state and province', () => {
    const q = pkg().createQueries([...pkg().stations, myStation()], [...pkg().getEvents(), ...myEvents]);
    const mine = q.getStation('nl-90')!;
    expect(mine).toMatchObject({ country: 'NL', province: nl01().province, operation: 'closed', closure: 'claimed' });
    expect(mine).toMatchObject({ investigation: 'open', legal: 'none', status: 'investigating', statusSince: '2022-12-01' });
    expect(q.byCountry('NL').map((s) => s.id)).toEqual(['nl-01', 'nl-02', 'nl-90']);
    expect(q.getStation('nl-01')).toEqual(nl01());
    expect(q.countBy('status').every((c) => c.value !== undefined && c.value !== null)).toBe(true);
  });

  it('gives stateOn and statusOn messages that name them, and reads a partial date to its end', () => {
    const q = pkg().createQueries([myStation()], myEvents);
    for (const fn of ['stateOn', 'statusOn'] as const) {
      expect(() => q[fn](5 as never, '2022')).toThrow(new TypeError(`${fn}: id must be a string, got number`));
      expect(() => q[fn]('nl-90', 'soon')).toThrow(
        new RangeError(`${fn}: unknown date "soon"; expected a Date or a date string as YYYY, YYYY-MM or YYYY-MM-DD`),
      );
      expect(() => q[fn]('nl-01', '2022')).toThrow(
        new RangeError(`${fn}: unknown station id "nl-01"; expected the id of a given station`),
      );
    }
    expect(q.statusOn('nl-90', '2022')).toBe('investigating');
    expect(q.stateOn('nl-90', '2022')).toMatchObject({ investigation: 'open', status: 'investigating' });
  });

  it('sorts events given newest first, so that stateOn and statusOn read them in order', () => {
    const q = pkg().createQueries([myStation()], myEvents);
    expect(q.statusOn('nl-90', '2022-10')).toBeNull();
    expect(q.statusOn('nl-90', '2022-11')).toBe('reported');
    expect(q.statusOn('nl-90', '2022-12-01')).toBe('investigating');
    expect(q.stateOn('nl-90', '2023-03')).toMatchObject({ operation: 'closed', closure: 'claimed' });
    expect(() => q.stateOn('nl-01', '2023')).toThrow(
      new RangeError('stateOn: unknown station id "nl-01"; expected the id of a given station'),
    );
  });

  it('returns stations sorted by id, as deeply frozen copies', () => {
    const input = [myStation(), { ...nl01() }];
    const q = pkg().createQueries(input, [
      ...pkg()
        .getEvents()
        .filter((e) => e.stations.includes('nl-01'))
        .map((e) => ({ ...e, stations: ['nl-01'] })),
      ...myEvents,
    ]);
    expect(q.query({}).map((s) => s.id)).toEqual(['nl-01', 'nl-90']);
    const mine = q.getStation('nl-90')!;
    expect(Object.isFrozen(mine) && Object.isFrozen(mine.reports)).toBe(true);
    expect(Object.isFrozen(input[0])).toBe(false); // the caller's objects are left alone
  });

  it("keeps copies: never freezes or keeps the caller's nested objects, and ignores later changes to them", () => {
    const extra = { label: 'mine', tags: ['a'] };
    const when = new Date(Date.UTC(2026, 0, 1));
    const station = myStation({ extra, when, reports: [...nl01().reports] });
    const event = { ...myEvents[1]!, stations: [...myEvents[1]!.stations], extra: { note: 'x' } };
    const q = pkg().createQueries([station], [myEvents[0]!, event, myEvents[2]!]);
    for (const value of [station, extra, extra.tags, station.reports, event, event.extra, event.stations, when]) {
      expect(Object.isFrozen(value)).toBe(false);
    }
    extra.tags.push('b');
    (station.reports as string[]).length = 0;
    event.stations.push('nl-91');
    const kept = q.getStation('nl-90') as unknown as { extra: { tags: string[] }; reports: string[] };
    expect(kept.extra.tags).toEqual(['a']);
    expect(Object.isFrozen(kept.extra.tags)).toBe(true);
    expect(kept.reports).toEqual(nl01().reports);
    expect(q.stateOn('nl-90', '2030')?.operation).toBe('closed');
  });

  it('rejects an array with an empty slot, saying where', () => {
    // biome-ignore lint/suspicious/noSparseArray: the hole is the input under test.
    expect(() => pkg().createQueries([myStation(), , nl01()] as never, myEvents)).toThrow(
      new TypeError('createQueries: stations[1] is an empty slot (an array with a hole); give a value there or remove it'),
    );
    const holey = ['nl-90'];
    holey[2] = 'nl-90';
    expect(() => pkg().createQueries([myStation()], [{ ...myEvents[0]!, stations: holey }])).toThrow(
      new TypeError(
        'createQueries: events[0].stations[1] is an empty slot (an array with a hole); give a value there or remove it',
      ),
    );
  });

  it('rejects an event that names a station twice', () => {
    expect(() => pkg().createQueries([myStation()], [{ ...myEvents[0]!, stations: ['nl-90', 'nl-90'] }])).toThrow(
      new RangeError(
        'createQueries: events[0].stations[1] names "nl-90" again (as events[0].stations[0] does); name each station once',
      ),
    );
  });

  it('rejects duplicate ids', () => {
    expect(() => pkg().createQueries([nl01(), nl01()], pkg().getEvents())).toThrow(
      new RangeError('createQueries: duplicate station id "nl-01" at stations[1]'),
    );
    expect(() => pkg().createQueries([myStation()], [myEvents[0]!, myEvents[0]!])).toThrow(
      new RangeError('createQueries: duplicate event id "my-e02" at events[1]'),
    );
  });

  it('gives TypeErrors for values of the wrong type', () => {
    expect(() => pkg().createQueries('stations' as never, [])).toThrow(
      new TypeError('createQueries: stations must be an array of station records, got "stations"'),
    );
    expect(() => pkg().createQueries([], undefined as never)).toThrow(
      new TypeError('createQueries: events must be an array of events (such as `getEvents()`), got undefined'),
    );
    expect(() => pkg().createQueries([null as never], [])).toThrow(
      new TypeError('createQueries: stations[0] must be an object, got null'),
    );
    expect(() => pkg().createQueries([myStation({ id: 7 })], [])).toThrow(
      new TypeError('createQueries: stations[0].id must be a string, got number'),
    );
    expect(() => pkg().createQueries([myStation({ reports: ['110-overseas', 3] })], [])).toThrow(
      new TypeError('createQueries: stations[0].reports[1] must be a string, got number'),
    );
    expect(() => pkg().createQueries([myStation()], [{ ...myEvents[0]!, stations: 'nl-90' } as never])).toThrow(
      new TypeError('createQueries: events[0].stations must be an array, got "nl-90"'),
    );
  });

  it('names the path of each field of the wrong type or value', () => {
    const event = myEvents[0]!;
    const cases: [unknown[], unknown[], Error][] = [
      [[myStation()], [{ ...event, id: 7 }], new TypeError('createQueries: events[0].id must be a string, got number')],
      [[myStation()], [{ ...event, date: 2023 }], new TypeError('createQueries: events[0].date must be a string, got number')],
      [
        [myStation()],
        [{ ...event, date: '2023-02-30' }],
        new RangeError(
          'createQueries: unknown date at events[0].date "2023-02-30"; expected a real date as YYYY, YYYY-MM or YYYY-MM-DD',
        ),
      ],
      [[myStation()], [{ ...event, type: null }], new TypeError('createQueries: events[0].type must be a string, got null')],
      [
        [myStation()],
        [{ ...event, sources: [1] }],
        new TypeError('createQueries: events[0].sources[0] must be a string, got number'),
      ],
      [[myStation({ id: '' })], myEvents, new RangeError('createQueries: stations[0].id is empty')],
      [[myStation({ country: 31 })], myEvents, new TypeError('createQueries: stations[0].country must be a string, got number')],
      [
        [myStation({ bureau: 3 })],
        myEvents,
        new TypeError('createQueries: stations[0].bureau must be a string or null, got number'),
      ],
      [
        [myStation({ reports: 'all' })],
        myEvents,
        new TypeError('createQueries: stations[0].reports must be an array, got "all"'),
      ],
      [
        [myStation({ opened: '2022' })],
        myEvents,
        new TypeError('createQueries: stations[0].opened must be an object or null, got "2022"'),
      ],
      [
        [myStation({ opened: { date: 2022 } })],
        myEvents,
        new TypeError('createQueries: stations[0].opened.date must be a string, got number'),
      ],
      [
        [myStation({ location: [] })],
        myEvents,
        new TypeError('createQueries: stations[0].location must be an object or null, got an array'),
      ],
      [
        [myStation({ location: { lat: 52, lon: '4' } })],
        myEvents,
        new TypeError('createQueries: stations[0].location must have numeric lat and lon'),
      ],
      [
        [myStation({ location: { lat: '52', lon: 4 } })],
        myEvents,
        new TypeError('createQueries: stations[0].location must have numeric lat and lon'),
      ],
    ];
    for (const [stationList, eventList, error] of cases) {
      expect(() => pkg().createQueries(stationList as never, eventList as never), error.message).toThrow(error);
    }
  });

  it('fills in what may be left out: sources of events, reports, the note of an opening date', () => {
    const { sources: _sources, ...unsourced } = myEvents[0]!;
    const q = pkg().createQueries(
      [myStation({ reports: undefined, opened: { date: '2021' }, location: { geonameId: 2759794, lat: 52.09, lon: 5.12 } })],
      [unsourced as never, ...myEvents.slice(1)],
    );
    const mine = q.getStation('nl-90')!;
    expect(mine.reports).toEqual([]);
    expect(mine.opened).toEqual({ date: '2021', note: null });
    expect(mine.location).toEqual({ geonameId: 2759794, lat: 52.09, lon: 5.12 });
    expect(q.getStation('nl-90')!.status).toBe('investigating');
    const bare = pkg()
      .createQueries([myStation({ opened: null, location: null })], myEvents)
      .getStation('nl-90')!;
    expect([bare.opened, bare.location]).toEqual([null, null]);
  });

  it('gives RangeErrors for unknown values and contradictions, naming what is accepted', () => {
    expect(() => pkg().createQueries([myStation({ country: 'Narnia' })], myEvents)).toThrow(
      new RangeError('createQueries: unknown country at stations[0].country "Narnia"; expected an ISO 3166-1 alpha-2 code'),
    );
    expect(() => pkg().createQueries([myStation({ bureau: 'beijing' })], myEvents)).toThrow(
      /^createQueries: unknown bureau at stations\[0\]\.bureau "beijing"; expected null or one of "fuzhou", /,
    );
    expect(() => pkg().createQueries([myStation({ reports: ['third'] })], myEvents)).toThrow(
      /^createQueries: unknown report at stations\[0\]\.reports\[0\] "third"; expected one of "110-overseas", /,
    );
    expect(() => pkg().createQueries([myStation()], [{ ...myEvents[0]!, date: '2022-02-30' }])).toThrow(RangeError);
    expect(() => pkg().createQueries([myStation()], [{ ...myEvents[0]!, type: 'rumour' as never }])).toThrow(
      /^createQueries: unknown event type at events\[0\]\.type "rumour"; expected one of "listed", /,
    );
    expect(() => pkg().createQueries([myStation()], [{ ...myEvents[0]!, stations: ['nl-91'] }])).toThrow(
      new RangeError('createQueries: unknown station id at events[0].stations[0] "nl-91"; expected the id of a given station'),
    );
    expect(() => pkg().createQueries([myStation()], [])).toThrow(
      new RangeError('createQueries: stations[0] ("nl-90") has no event that takes effect; add a dated event'),
    );
    expect(() => pkg().createQueries([myStation({ status: 'reported' })], myEvents)).toThrow(
      new RangeError(
        'createQueries: stations[0].status is "reported", but its events give "investigating"; leave it out to derive it',
      ),
    );
    expect(() => pkg().createQueries([myStation({ province: 'CN-FJ' })], myEvents)).toThrow(
      /^createQueries: stations\[0\]\.province is "CN-FJ", but bureau/,
    );
  });

  it('takes scope and observed, checks them, and fills them in where left out', () => {
    const activity = { ...myEvents[1]!, id: 'my-e03', date: '2023-05', type: 'activity_reported' as const, observed: '2023-04' };
    const context = { ...myEvents[1]!, id: 'my-e04', date: '2024', type: 'other' as const, scope: 'country' as const };
    const q = pkg().createQueries([myStation()], [...myEvents, activity, context]);
    // The claimed closure of 2023-03 is overtaken by activity seen in April, reported in May; the
    // country context of 2024 changes nothing, not even when the station was last heard of.
    expect(q.getStation('nl-90')).toMatchObject({
      operation: 'active',
      lastReportedActive: '2023-04',
      lastHeard: '2023-05',
      investigation: 'open',
      investigationAsOf: '2022-12-01',
    });
    expect(q.stateOn('nl-90', '2023-04-30')).toMatchObject({ operation: 'closed', closure: 'claimed' });
    expect(() => pkg().createQueries([myStation()], [{ ...myEvents[0]!, scope: 'city' as never }])).toThrow(
      new RangeError('createQueries: unknown scope at events[0].scope "city"; expected one of "station", "country"'),
    );
    expect(() => pkg().createQueries([myStation()], [{ ...myEvents[0]!, scope: 'country' }])).toThrow(
      new RangeError(
        'createQueries: events[0] is a country-scope event of type "closure_claimed", which sets values; country context sets nothing, so give it station scope or a type that sets nothing',
      ),
    );
    expect(() => pkg().createQueries([myStation()], [{ ...activity, observed: '2023-06' }])).toThrow(
      new RangeError('createQueries: events[0].observed (2023-06) is later than its date (2023-05)'),
    );
    expect(() => pkg().createQueries([myStation()], [{ ...activity, observed: '2023-02-30' }])).toThrow(
      new RangeError(
        'createQueries: unknown date at events[0].observed "2023-02-30"; expected a real date as YYYY, YYYY-MM or YYYY-MM-DD',
      ),
    );
    expect(() => pkg().createQueries([myStation()], [{ ...activity, scope: 7 as never }])).toThrow(
      new TypeError('createQueries: events[0].scope must be a string, got number'),
    );
  });

  it('accepts empty lists', () => {
    expect(pkg().createQueries([], []).query({})).toEqual([]);
  });
});

describe("the conversions with a user's own events and sources", () => {
  const mine = () => pkg().createQueries([myStation()], myEvents).getStation('nl-90')!;

  it('resolve timelines from options.events and getSources() from options.sources', () => {
    const csv = pkg().toCSV([mine()], { events: myEvents, sources: [mySource] });
    expect(csv).toContain('https://example.org/notes');
    const flat = pkg().toJSON([mine()], { events: myEvents, sources: [mySource] }).stations[0]!;
    expect(flat.events.map((e) => e.id)).toEqual(['my-e00', 'my-e01', 'my-e02']);
    expect(flat.events[0]!.sources).toEqual([mySource]);
    // Events given without scope or observed ship with them filled in.
    expect(flat.events.map((e) => [e.scope, e.observed])).toEqual([
      ['station', null],
      ['station', null],
      ['station', null],
    ]);
  });

  it('reject a source the options do not give, and an id that names a different source', () => {
    expect(() => pkg().toCSV([mine()], { events: myEvents })).toThrow(
      new RangeError('toCSV: unknown source id "my-notes-2026"; expected an id from `getSources()` or `options.sources`'),
    );
    const clash = { ...mySource, id: pkg().getEvents()[0]!.sources[0]! };
    expect(() => pkg().toCSV([nl01()], { sources: [clash] })).toThrow(
      new RangeError(`toCSV: options.sources[0] reuses the id "${clash.id}" of a different source in \`getSources()\``),
    );
    expect(() => pkg().toCSV([mine()], { sources: 'x' } as never)).toThrow(
      new TypeError('toCSV: options.sources must be an array of sources'),
    );
  });
});
