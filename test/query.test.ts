import { describe, expect, it } from 'vitest';
import {
  getEvents,
  bureaus,
  byBureau,
  byClosure,
  byInvestigation,
  byLegalStage,
  byOperation,
  getDetails,
  getSource,
  stateOn,
  byCountry,
  byProvince,
  byReport,
  byStatus,
  countBy,
  dataset,
  getStation,
  query,
  reports,
  getSources,
  stations,
  statusOn,
} from '../src/index.js';
import { startOf, endOf } from '../src/dates.js';
import type { Station } from '../src/types.js';

const ids = (list: readonly Station[]) => list.map((s) => s.id);
const where = (test: (s: Station) => boolean) => ids(stations.filter(test));
const HOSTILE = ['__proto__', 'constructor', 'hasOwnProperty', 'toString', 'prototype', ''];

describe('the embedded dataset', () => {
  it('exports stations sorted by id, with counts that match', () => {
    expect(ids(stations)).toEqual([...ids(stations)].sort());
    expect(dataset.counts.stations).toBe(stations.length);
    expect(dataset.counts.countries).toBe(new Set(stations.map((s) => s.country)).size);
    expect(dataset.counts.sources).toBe(getSources().length);
  });

  it('carries the package version', async () => {
    const { default: pkg } = await import('../package.json', { with: { type: 'json' } });
    expect(dataset.version).toBe(pkg.version);
  });

  it('is deeply frozen', () => {
    const station = stations[0]!;
    expect(() => (stations as Station[]).push(station)).toThrow(TypeError);
    expect(() => {
      (station as { city: string | null }).city = 'Elsewhere';
    }).toThrow(TypeError);
    expect(() => (station.reports as unknown[]).pop()).toThrow(TypeError);
    expect(() => (getDetails(station.id)!.events as unknown[]).pop()).toThrow(TypeError);
    expect(() => (getEvents() as unknown[]).pop()).toThrow(TypeError);
    expect(() => {
      (bureaus[0] as { name: string }).name = 'x';
    }).toThrow(TypeError);
    expect(() => {
      (reports[0]!.claimed as { stations: number }).stations = 0;
    }).toThrow(TypeError);
    expect(() => (byCountry('NL') as Station[]).pop()).toThrow(TypeError);
    expect(() => (query({}) as Station[]).pop()).toThrow(TypeError);
    expect(() => (countBy('status') as unknown[]).pop()).toThrow(TypeError);
  });
});

describe('getStation', () => {
  it('finds a station by id', () => {
    expect(getStation('nl-01')?.city).toBe('Amsterdam');
  });
  it('returns undefined for an unknown id, prototype names included', () => {
    for (const id of ['xx-99', ...HOSTILE]) expect(getStation(id)).toBeUndefined();
  });
  it('throws a TypeError for a non-string', () => {
    expect(() => getStation(1 as never)).toThrow(new TypeError('getStation: id must be a string, got number'));
  });
});

describe('byCountry', () => {
  it('matches ISO codes in any case', () => {
    expect(ids(byCountry('nl'))).toEqual(where((s) => s.country === 'NL'));
    expect(byCountry('Nl')).toBe(byCountry('NL'));
    expect(ids(byCountry('NL'))).toEqual(['nl-01', 'nl-02']);
  });
  it('returns an empty array for a valid code with no stations', () => {
    expect(byCountry('IS')).toEqual([]);
  });
  it('throws a RangeError naming what is accepted for anything else', () => {
    expect(() => byCountry('Narnia')).toThrow(RangeError);
    expect(() => byCountry('Narnia')).toThrow(
      new RangeError('byCountry: unknown country "Narnia"; expected an ISO 3166-1 alpha-2 code such as "NL"'),
    );
    for (const value of [...HOSTILE, 'NLD', 'XX']) expect(() => byCountry(value), value).toThrow(RangeError);
  });
  it('throws a TypeError for a wrong type', () => {
    for (const value of [42, null, undefined, {}, Symbol('NL')]) {
      expect(() => byCountry(value as never)).toThrow(TypeError);
    }
  });
});

describe('byProvince', () => {
  it('accepts an ISO 3166-2 code or an English name in any case', () => {
    const fujian = where((s) => s.province === 'CN-FJ');
    expect(ids(byProvince('CN-FJ'))).toEqual(fujian);
    expect(ids(byProvince('cn-fj'))).toEqual(fujian);
    expect(ids(byProvince('Fujian'))).toEqual(fujian);
    expect(ids(byProvince('FUJIAN' as never))).toEqual(fujian);
    expect(ids(byProvince('Zhejiang'))).toEqual(where((s) => s.province === 'CN-ZJ'));
  });
  it('rejects other provinces with the accepted list', () => {
    expect(() => byProvince('Guangdong' as never)).toThrow(
      /expected one of "CN-FJ", "Fujian", "CN-JS", "Jiangsu", "CN-ZJ", "Zhejiang"/,
    );
    for (const value of HOSTILE) expect(() => byProvince(value as never)).toThrow(RangeError);
    expect(() => byProvince(7 as never)).toThrow(TypeError);
  });
});

describe('byBureau, byStatus and byReport', () => {
  it('select by closed-set values', () => {
    expect(ids(byBureau('fuzhou'))).toEqual(where((s) => s.bureau === 'fuzhou'));
    expect(ids(byReport('110-overseas'))).toEqual(where((s) => s.reports.includes('110-overseas')));
    expect(ids(byStatus('closed'))).toEqual(where((s) => s.status === 'closed'));
  });
  it('accept several statuses, in id order', () => {
    expect(ids(byStatus(['prosecuted', 'closed']))).toEqual(where((s) => s.status === 'closed' || s.status === 'prosecuted'));
  });
  it('reject unknown values with the accepted list', () => {
    expect(() => byStatus('open' as never)).toThrow(
      new RangeError(
        'byStatus: unknown status "open"; expected one of "reported", "closed-unconfirmed", "investigating", "closed", "prosecuted"',
      ),
    );
    expect(() => byBureau('beijing' as never)).toThrow(/"fuzhou", "qingtian", "wenzhou", "nantong"/);
    expect(() => byReport('110' as never)).toThrow(/"110-overseas", "patrol-and-persuade"/);
    expect(() => byStatus([] as never)).toThrow(RangeError);
    expect(() => byStatus(['closed', 3] as never)).toThrow(new TypeError('byStatus: status[1] must be a string, got number'));
    for (const value of HOSTILE) expect(() => byBureau(value as never)).toThrow(RangeError);
  });
});

describe('query', () => {
  it('returns everything for an empty filter', () => {
    expect(ids(query({}))).toEqual(ids(stations));
  });
  it('ANDs keys and ORs array items', () => {
    const result = query({ country: ['nl', 'IE'], bureau: 'fuzhou', status: ['closed', 'prosecuted'] });
    expect(ids(result)).toEqual(
      where((s) => ['NL', 'IE'].includes(s.country) && s.bureau === 'fuzhou' && ['closed', 'prosecuted'].includes(s.status)),
    );
    expect(ids(result)).toContain('ie-01');
  });
  it('filters by opening date, widening partial bounds to whole periods', () => {
    const opened = (from: string, to: string) =>
      where((s) => s.opened !== null && startOf(s.opened.date) >= startOf(from) && startOf(s.opened.date) <= endOf(to));
    expect(ids(query({ openedFrom: '2018', openedTo: '2018' }))).toEqual(opened('2018', '2018'));
    expect(ids(query({ openedFrom: '2018', openedTo: '2018' }))).toContain('nl-01');
    expect(ids(query({ openedFrom: '2022-03' }))).toEqual(opened('2022-03', '9999'));
    expect(ids(query({ openedTo: new Date('2018-06-01') }))).toContain('nl-01');
    expect(ids(query({ openedFrom: '2022-01', openedTo: '2022-02' }))).not.toContain('ie-01');
  });
  it('treats an undefined value as an absent key', () => {
    expect(query({ country: undefined })).toEqual(query({}));
  });
  it('throws a RangeError for an unknown key, naming the accepted ones', () => {
    expect(() => query({ city: 'Dublin' } as never)).toThrow(/unknown filter key "city"; expected one of "country", "province"/);
    for (const key of ['constructor', 'hasOwnProperty', 'toString'])
      expect(() => query({ [key]: 'x' } as never)).toThrow(RangeError);
    expect(() => query(JSON.parse('{"__proto__": "x"}'))).toThrow(RangeError);
  });
  it('throws for bad values and bad filters', () => {
    expect(() => query({ status: 'open' as never })).toThrow(RangeError);
    expect(() => query({ openedFrom: 'last year' })).toThrow(/expected a Date or a date string as YYYY, YYYY-MM or YYYY-MM-DD/);
    expect(() => query({ openedFrom: '2022-02-30' })).toThrow(RangeError);
    expect(() => query({ openedTo: new Date('nope') })).toThrow(RangeError);
    expect(() => query({ openedTo: 2022 as never })).toThrow(TypeError);
    for (const filter of [null, undefined, 'NL', ['NL'], 3]) expect(() => query(filter as never)).toThrow(TypeError);
  });
});

describe('countBy', () => {
  it('counts stations per value, most first, with null for no value', () => {
    const byCountryCount = countBy('country');
    expect(byCountryCount.reduce((sum, c) => sum + c.count, 0)).toBe(stations.length);
    expect(byCountryCount.find((c) => c.value === 'NL')?.count).toBe(2);
    const counts = byCountryCount.map((c) => c.count);
    expect(counts).toEqual([...counts].sort((a, b) => b - a));
    const bureauCounts = countBy('bureau');
    expect(bureauCounts.reduce((sum, c) => sum + c.count, 0)).toBe(stations.length);
    expect(bureauCounts.find((c) => c.value === null)?.count ?? 0).toBe(where((s) => s.bureau === null).length);
    expect(countBy('status').map((c) => c.value)).toEqual(expect.arrayContaining(['closed']));
  });
  it('rejects other keys', () => {
    expect(() => countBy('city' as never)).toThrow(
      /expected one of "country", "province", "bureau", "report", "operation", "closure", "investigation", "legal", "status"/,
    );
    for (const key of HOSTILE) expect(() => countBy(key as never)).toThrow(RangeError);
    expect(() => countBy(undefined as never)).toThrow(TypeError);
  });
});

describe('statusOn', () => {
  it('follows the timeline of a station', () => {
    // Amsterdam: an inquiry from September 2022 (month precision), ordered closed on 1 November.
    expect(statusOn('nl-01', '2022-08-31')).toBeNull();
    expect(statusOn('nl-01', '2022-09-01')).toBe('investigating');
    expect(statusOn('nl-01', '2022-10-31')).toBe('investigating');
    expect(statusOn('nl-01', new Date('2022-11-01'))).toBe('closed');
    // Dublin: listed on 12 September, ordered closed on 25 October.
    expect(statusOn('ie-01', '2022-09-12')).toBe('reported');
    expect(statusOn('ie-01', '2022-10-25')).toBe('closed');
  });
  it('reads a partial date as the end of its period', () => {
    expect(statusOn('nl-01', '2022-10')).toBe('investigating');
    expect(statusOn('nl-01', '2022')).toBe('closed');
  });
  it('agrees with the stored status today', () => {
    for (const station of stations) expect(statusOn(station.id, new Date())).toBe(station.status);
  });
  it('throws for unknown ids and bad dates', () => {
    expect(() => statusOn('xx-01', '2022')).toThrow(/unknown station id "xx-01"/);
    expect(() => statusOn('__proto__', '2022')).toThrow(RangeError);
    expect(() => statusOn('nl-01', 'soon')).toThrow(RangeError);
    expect(() => statusOn('nl-01', new Date(Number.NaN))).toThrow(RangeError);
    expect(() => statusOn('nl-01', 20221101 as never)).toThrow(TypeError);
    expect(() => statusOn(1 as never, '2022')).toThrow(TypeError);
  });
});

describe('the status dimensions', () => {
  it('answers "which stations were closed and whose operators were charged"', () => {
    expect(ids(query({ operation: 'closed', legal: ['charged', 'convicted', 'sentenced'] }))).toEqual(['us-01']);
    expect(getStation('us-01')).toMatchObject({
      operation: 'closed',
      closure: 'confirmed',
      legal: 'convicted',
      status: 'prosecuted',
    });
  });

  it('keeps who says a station closed', () => {
    // Prague: only China's ambassador said so, as the Czech minister relayed it.
    expect(getStation('cz-01')).toMatchObject({ operation: 'closed', closure: 'claimed' });
    expect(ids(byClosure('confirmed'))).toContain('nl-01');
    expect(ids(byClosure(['claimed', 'reported']))).not.toContain('nl-01');
    expect(byOperation('operating').every((s) => s.closure === null)).toBe(true);
  });

  it('does not bring a station back to "reported" when an investigation ends after its closure', () => {
    // Brossard and Montreal: the RCMP said their activity had ended, then closed its probe.
    for (const id of ['ca-06', 'ca-07']) {
      expect(getStation(id)).toMatchObject({ operation: 'closed', investigation: 'ended', status: 'closed' });
    }
  });

  it('does not count charges on other grounds as a legal stage', () => {
    expect(getStation('kr-02')).toMatchObject({ legal: 'none' });
    expect(ids(byLegalStage('none'))).toContain('kr-02');
    expect(ids(byInvestigation('open'))).toContain('kr-02');
  });

  it('counts every dimension, with operating stations under a null closure', () => {
    for (const key of ['operation', 'closure', 'investigation', 'legal', 'status'] as const) {
      expect(countBy(key).reduce((sum, c) => sum + c.count, 0)).toBe(stations.length);
    }
    expect(countBy('closure').find((c) => c.value === null)!.count).toBe(byOperation('operating').length);
  });
});

describe('stateOn', () => {
  it('gives every dimension on a date', () => {
    expect(stateOn('nl-01', '2022-08-31')).toBeNull();
    expect(stateOn('nl-01', '2022-10-25')).toEqual({
      operation: 'operating',
      closure: null,
      investigation: 'open',
      legal: 'none',
      status: 'investigating',
    });
    expect(stateOn('nl-01', '2023')).toMatchObject({ operation: 'closed', closure: 'confirmed' });
    expect(stateOn('nl-01', '9999')!.status).toBe(getStation('nl-01')!.status);
    expect(statusOn('nl-01', '2022-10-25')).toBe('investigating');
  });

  it('throws for an unknown station or a bad date, naming itself', () => {
    expect(() => stateOn('xx-99', '2023')).toThrow(
      new RangeError('stateOn: unknown station id "xx-99"; expected the id of a station in `stations`, such as "nl-01"'),
    );
    expect(() => stateOn('nl-01', '2023-02-30')).toThrow(RangeError);
    expect(() => stateOn(1 as never, '2023')).toThrow(TypeError);
  });
});

describe('getDetails and getSource', () => {
  it('give the notes, sources and timeline of a station', () => {
    const details = getDetails('nl-01')!;
    expect(details.events.map((e) => e.id)).toContain('listed-110-overseas');
    expect(details.events.map((e) => e.date)).toEqual(details.events.map((e) => e.date).sort());
    expect(details.sources.map((s) => s.id)).toContain('follow-money-2022-10-25');
    expect(getSource(details.sources[0]!.id)).toBe(details.sources[0]);
    expect(getDetails('xx-99')).toBeUndefined();
    expect(getDetails('__proto__')).toBeUndefined();
    expect(() => getDetails(1 as never)).toThrow(new TypeError('getDetails: id must be a string, got number'));
  });
});
