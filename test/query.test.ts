import { describe, expect, it } from 'vitest';
import { freshEachTest } from './fresh.js';
import { startOf, endOf } from '../src/dates.js';
import type { Station } from '../src/types.js';

// Loaded afresh for each test: what the module builds while it loads is then run by each
// test (see fresh.ts).
const pkg = freshEachTest(() => import('../src/index.js'));

const ids = (list: readonly Station[]) => list.map((s) => s.id);
const where = (test: (s: Station) => boolean) => ids(pkg().stations.filter(test));
const HOSTILE = ['__proto__', 'constructor', 'hasOwnProperty', 'toString', 'prototype', ''];

describe('the embedded dataset', () => {
  it('exports stations sorted by id, with counts that match', () => {
    expect(ids(pkg().stations)).toEqual([...ids(pkg().stations)].sort());
    expect(pkg().dataset.counts.stations).toBe(pkg().stations.length);
    expect(pkg().dataset.counts.countries).toBe(new Set(pkg().stations.map((s) => s.country)).size);
    expect(pkg().dataset.counts.sources).toBe(pkg().getSources().length);
  });

  it('carries the package version', async () => {
    const { default: manifest } = await import('../package.json', { with: { type: 'json' } });
    expect(pkg().dataset.version).toBe(manifest.version);
  });

  it('is deeply frozen', () => {
    const station = pkg().stations[0]!;
    expect(() => (pkg().stations as Station[]).push(station)).toThrow(TypeError);
    expect(() => {
      (station as { city: string | null }).city = 'Elsewhere';
    }).toThrow(TypeError);
    expect(() => (station.reports as unknown[]).pop()).toThrow(TypeError);
    expect(() => (pkg().getDetails(station.id)!.events as unknown[]).pop()).toThrow(TypeError);
    expect(() => (pkg().getEvents() as unknown[]).pop()).toThrow(TypeError);
    expect(() => {
      (pkg().bureaus[0] as { name: string }).name = 'x';
    }).toThrow(TypeError);
    expect(() => {
      (pkg().reports[0]!.claimed as { stations: number }).stations = 0;
    }).toThrow(TypeError);
    expect(() => (pkg().byCountry('NL') as Station[]).pop()).toThrow(TypeError);
    expect(() => (pkg().query({}) as Station[]).pop()).toThrow(TypeError);
    expect(() => (pkg().countBy('status') as unknown[]).pop()).toThrow(TypeError);
  });
});

describe('getStation', () => {
  it('finds a station by id', () => {
    expect(pkg().getStation('nl-01')?.city).toBe('Amsterdam');
  });
  it('returns undefined for an unknown id, prototype names included', () => {
    for (const id of ['xx-99', ...HOSTILE]) expect(pkg().getStation(id)).toBeUndefined();
  });
  it('throws a TypeError for a non-string', () => {
    expect(() => pkg().getStation(1 as never)).toThrow(new TypeError('getStation: id must be a string, got number'));
  });
});

describe('byCountry', () => {
  it('matches ISO codes in any case', () => {
    expect(ids(pkg().byCountry('nl'))).toEqual(where((s) => s.country === 'NL'));
    expect(pkg().byCountry('Nl')).toBe(pkg().byCountry('NL'));
    expect(ids(pkg().byCountry('NL'))).toEqual(['nl-01', 'nl-02']);
  });
  it('returns an empty array for a valid code with no stations', () => {
    expect(pkg().byCountry('IS')).toEqual([]);
  });
  it('throws a RangeError naming what is accepted for anything else', () => {
    expect(() => pkg().byCountry('Narnia')).toThrow(RangeError);
    expect(() => pkg().byCountry('Narnia')).toThrow(
      new RangeError('byCountry: unknown country "Narnia"; expected an ISO 3166-1 alpha-2 code such as "NL"'),
    );
    for (const value of [...HOSTILE, 'NLD', 'XX']) expect(() => pkg().byCountry(value), value).toThrow(RangeError);
  });
  it('throws a TypeError for a wrong type', () => {
    for (const value of [42, null, undefined, {}, Symbol('NL')]) {
      expect(() => pkg().byCountry(value as never)).toThrow(TypeError);
    }
  });
});

describe('byProvince', () => {
  it('accepts an ISO 3166-2 code or an English name in any case', () => {
    const fujian = where((s) => s.province === 'CN-FJ');
    expect(ids(pkg().byProvince('CN-FJ'))).toEqual(fujian);
    expect(ids(pkg().byProvince('cn-fj'))).toEqual(fujian);
    expect(ids(pkg().byProvince('Fujian'))).toEqual(fujian);
    expect(ids(pkg().byProvince('FUJIAN' as never))).toEqual(fujian);
    expect(ids(pkg().byProvince('Zhejiang'))).toEqual(where((s) => s.province === 'CN-ZJ'));
  });
  it('rejects other provinces with the accepted list', () => {
    expect(() => pkg().byProvince('Guangdong' as never)).toThrow(
      /expected one of "CN-FJ", "Fujian", "CN-JS", "Jiangsu", "CN-ZJ", "Zhejiang"/,
    );
    for (const value of HOSTILE) expect(() => pkg().byProvince(value as never)).toThrow(RangeError);
    expect(() => pkg().byProvince(7 as never)).toThrow(TypeError);
  });
});

describe('byBureau, byStatus and byReport', () => {
  it('select by closed-set values', () => {
    expect(ids(pkg().byBureau('fuzhou'))).toEqual(where((s) => s.bureau === 'fuzhou'));
    expect(ids(pkg().byReport('110-overseas'))).toEqual(where((s) => s.reports.includes('110-overseas')));
    expect(ids(pkg().byStatus('closed'))).toEqual(where((s) => s.status === 'closed'));
  });
  it('accept several statuses, in id order', () => {
    expect(ids(pkg().byStatus(['prosecuted', 'closed']))).toEqual(
      where((s) => s.status === 'closed' || s.status === 'prosecuted'),
    );
  });
  it('reject unknown values with the accepted list', () => {
    expect(() => pkg().byStatus('open' as never)).toThrow(
      new RangeError(
        'byStatus: unknown status "open"; expected one of "reported", "active", "closed-unconfirmed", "investigating", "closed", "prosecuted"',
      ),
    );
    expect(() => pkg().byBureau('beijing' as never)).toThrow(/"fuzhou", "qingtian", "wenzhou", "nantong"/);
    expect(() => pkg().byReport('110' as never)).toThrow(/"110-overseas", "patrol-and-persuade"/);
    expect(() => pkg().byStatus([] as never)).toThrow(RangeError);
    expect(() => pkg().byStatus(['closed', 3] as never)).toThrow(
      new TypeError('byStatus: status[1] must be a string, got number'),
    );
    for (const value of HOSTILE) expect(() => pkg().byBureau(value as never)).toThrow(RangeError);
  });
});

describe('query', () => {
  it('returns everything for an empty filter', () => {
    expect(ids(pkg().query({}))).toEqual(ids(pkg().stations));
  });
  it('ANDs keys and ORs array items', () => {
    const result = pkg().query({ country: ['nl', 'IE'], bureau: 'fuzhou', status: ['closed', 'closed-unconfirmed'] });
    expect(ids(result)).toEqual(
      where(
        (s) => ['NL', 'IE'].includes(s.country) && s.bureau === 'fuzhou' && ['closed', 'closed-unconfirmed'].includes(s.status),
      ),
    );
    expect(ids(result)).toEqual(['ie-01', 'nl-02']);
  });
  it('filters by opening date, widening partial bounds to whole periods', () => {
    const opened = (from: string, to: string) =>
      where((s) => s.opened !== null && startOf(s.opened.date) >= startOf(from) && startOf(s.opened.date) <= endOf(to));
    expect(ids(pkg().query({ openedFrom: '2018', openedTo: '2018' }))).toEqual(opened('2018', '2018'));
    expect(ids(pkg().query({ openedFrom: '2018', openedTo: '2018' }))).toContain('nl-01');
    expect(ids(pkg().query({ openedFrom: '2022-03' }))).toEqual(opened('2022-03', '9999'));
    expect(ids(pkg().query({ openedTo: new Date('2018-06-01') }))).toContain('nl-01');
    expect(ids(pkg().query({ openedFrom: '2022-01', openedTo: '2022-02' }))).not.toContain('ie-01');
  });
  it('treats an undefined value as an absent key', () => {
    expect(pkg().query({ country: undefined })).toEqual(pkg().query({}));
  });
  it('throws a RangeError for an unknown key, naming the accepted ones', () => {
    expect(() => pkg().query({ city: 'Dublin' } as never)).toThrow(
      /unknown filter key "city"; expected one of "country", "province"/,
    );
    for (const key of ['constructor', 'hasOwnProperty', 'toString'])
      expect(() => pkg().query({ [key]: 'x' } as never)).toThrow(RangeError);
    expect(() => pkg().query(JSON.parse('{"__proto__": "x"}'))).toThrow(RangeError);
  });
  it('throws for bad values and bad filters', () => {
    expect(() => pkg().query({ status: 'open' as never })).toThrow(RangeError);
    expect(() => pkg().query({ openedFrom: 'last year' })).toThrow(
      /expected a Date or a date string as YYYY, YYYY-MM or YYYY-MM-DD/,
    );
    expect(() => pkg().query({ openedFrom: '2022-02-30' })).toThrow(RangeError);
    expect(() => pkg().query({ openedTo: new Date('nope') })).toThrow(RangeError);
    expect(() => pkg().query({ openedTo: 2022 as never })).toThrow(TypeError);
    for (const filter of [null, undefined, 'NL', ['NL'], 3]) expect(() => pkg().query(filter as never)).toThrow(TypeError);
  });
});

describe('countBy', () => {
  it('counts stations per value, most first, with null for no value', () => {
    const byCountryCount = pkg().countBy('country');
    expect(byCountryCount.reduce((sum, c) => sum + c.count, 0)).toBe(pkg().stations.length);
    expect(byCountryCount.find((c) => c.value === 'NL')?.count).toBe(2);
    const counts = byCountryCount.map((c) => c.count);
    expect(counts).toEqual([...counts].sort((a, b) => b - a));
    const bureauCounts = pkg().countBy('bureau');
    expect(bureauCounts.reduce((sum, c) => sum + c.count, 0)).toBe(pkg().stations.length);
    expect(bureauCounts.find((c) => c.value === null)?.count ?? 0).toBe(where((s) => s.bureau === null).length);
    expect(
      pkg()
        .countBy('status')
        .map((c) => c.value),
    ).toEqual(expect.arrayContaining(['closed']));
  });
  it('rejects other keys', () => {
    expect(() => pkg().countBy('city' as never)).toThrow(
      /expected one of "country", "province", "bureau", "report", "operation", "closure", "investigation", "legal", "status"/,
    );
    for (const key of HOSTILE) expect(() => pkg().countBy(key as never)).toThrow(RangeError);
    expect(() => pkg().countBy(undefined as never)).toThrow(TypeError);
  });
});

describe('statusOn', () => {
  it('follows the timeline of a station', () => {
    // Amsterdam: an inquiry from September 2022 (month precision), ordered closed on
    // 1 November (an order closes nothing), confirmed closed on 20 December.
    expect(pkg().statusOn('nl-01', '2022-08-31')).toBeNull();
    expect(pkg().statusOn('nl-01', '2022-09-01')).toBe('investigating');
    expect(pkg().statusOn('nl-01', new Date('2022-11-01'))).toBe('investigating');
    expect(pkg().statusOn('nl-01', '2022-12-19')).toBe('investigating');
    expect(pkg().statusOn('nl-01', '2022-12-20')).toBe('closed');
    // Dublin: listed on 12 September; ordered closed on 25 October, when the embassy said it had closed.
    expect(pkg().statusOn('ie-01', '2022-09-12')).toBe('reported');
    expect(pkg().statusOn('ie-01', '2022-10-25')).toBe('closed-unconfirmed');
  });
  it('reads a partial date as the end of its period', () => {
    expect(pkg().statusOn('nl-01', '2022-10')).toBe('investigating');
    expect(pkg().statusOn('nl-01', '2022')).toBe('closed');
  });
  it('agrees with the stored status today', () => {
    for (const station of pkg().stations) expect(pkg().statusOn(station.id, new Date())).toBe(station.status);
  });
  it('throws for unknown ids and bad dates', () => {
    expect(() => pkg().statusOn('xx-01', '2022')).toThrow(/unknown station id "xx-01"/);
    expect(() => pkg().statusOn('__proto__', '2022')).toThrow(RangeError);
    expect(() => pkg().statusOn('nl-01', 'soon')).toThrow(RangeError);
    expect(() => pkg().statusOn('nl-01', new Date(Number.NaN))).toThrow(RangeError);
    expect(() => pkg().statusOn('nl-01', 20221101 as never)).toThrow(TypeError);
    expect(() => pkg().statusOn(1 as never, '2022')).toThrow(TypeError);
  });
});

describe('the status dimensions', () => {
  it('answers "which stations were closed and whose operators were charged"', () => {
    expect(ids(pkg().query({ operation: 'closed', legal: ['charged', 'convicted', 'sentenced'] }))).toEqual(['us-01']);
    expect(pkg().getStation('us-01')).toMatchObject({
      operation: 'closed',
      closure: 'confirmed',
      legal: 'convicted',
      status: 'prosecuted',
    });
  });

  it('keeps who says a station closed', () => {
    // Prague: only China's ambassador said so, as the Czech minister relayed it.
    expect(pkg().getStation('cz-01')).toMatchObject({ operation: 'closed', closure: 'claimed' });
    expect(ids(pkg().byClosure('confirmed'))).toContain('nl-01');
    expect(ids(pkg().byClosure(['claimed', 'reported']))).not.toContain('nl-01');
    for (const operation of ['unknown', 'active'] as const) {
      expect(
        pkg()
          .byOperation(operation)
          .every((s) => s.closure === null),
      ).toBe(true);
    }
  });

  it('does not bring a station back to "reported" when an investigation ends after its closure', () => {
    // Brossard and Montreal: the RCMP said their activity had ended, then closed its probe.
    for (const id of ['ca-06', 'ca-07']) {
      expect(pkg().getStation(id)).toMatchObject({ operation: 'closed', investigation: 'ended', status: 'closed' });
    }
  });

  it('does not count charges on other grounds as a legal stage', () => {
    expect(pkg().getStation('kr-02')).toMatchObject({ legal: 'none' });
    expect(ids(pkg().byLegalStage('none'))).toContain('kr-02');
    expect(ids(pkg().byInvestigation('open'))).toContain('kr-02');
  });

  it('counts every dimension, with stations not closed under a null closure', () => {
    for (const key of ['operation', 'closure', 'investigation', 'legal', 'status'] as const) {
      expect(
        pkg()
          .countBy(key)
          .reduce((sum, c) => sum + c.count, 0),
      ).toBe(pkg().stations.length);
    }
    expect(
      pkg()
        .countBy('closure')
        .find((c) => c.value === null)!.count,
    ).toBe(pkg().byOperation(['unknown', 'active']).length);
  });
});

describe('stateOn', () => {
  it('gives every dimension on a date', () => {
    expect(pkg().stateOn('nl-01', '2022-08-31')).toBeNull();
    expect(pkg().stateOn('nl-01', '2022-11-01')).toEqual({
      operation: 'unknown',
      closure: null,
      closureOrdered: '2022-11-01',
      lastReportedActive: null,
      investigation: 'open',
      investigationAsOf: '2022-10-25',
      legal: 'none',
      status: 'investigating',
      lastHeard: '2022-11-01',
    });
    expect(pkg().stateOn('nl-01', '2023')).toMatchObject({ operation: 'closed', closure: 'confirmed' });
    expect(pkg().stateOn('nl-01', '9999')!.status).toBe(pkg().getStation('nl-01')!.status);
    expect(pkg().statusOn('nl-01', '2022-10-25')).toBe('investigating');
  });

  it('throws for an unknown station or a bad date, naming itself', () => {
    expect(() => pkg().stateOn('xx-99', '2023')).toThrow(
      new RangeError('stateOn: unknown station id "xx-99"; expected the id of a station in `stations`, such as "nl-01"'),
    );
    expect(() => pkg().stateOn('nl-01', '2023-02-30')).toThrow(
      new RangeError('stateOn: unknown date "2023-02-30"; expected a Date or a date string as YYYY, YYYY-MM or YYYY-MM-DD'),
    );
    expect(() => pkg().stateOn(1 as never, '2023')).toThrow(new TypeError('stateOn: id must be a string, got number'));
  });

  it('reads a partial date to the end of its period', () => {
    expect(pkg().stateOn('nl-01', '2022-12')).toEqual(pkg().stateOn('nl-01', '2022-12-31'));
    expect(pkg().stateOn('nl-01', '2022-12')).not.toEqual(pkg().stateOn('nl-01', '2022-12-01'));
  });
});

describe('getDetails and getSource', () => {
  it('give the notes, sources and timeline of a station', () => {
    const details = pkg().getDetails('nl-01')!;
    expect(details.events.map((e) => e.id)).toContain('listed-110-overseas');
    expect(details.events.map((e) => e.date)).toEqual(details.events.map((e) => e.date).sort());
    expect(details.sources.map((s) => s.id)).toContain('follow-money-2022-10-25');
    expect(pkg().getSource(details.sources[0]!.id)).toBe(details.sources[0]);
    expect(pkg().getDetails('xx-99')).toBeUndefined();
    expect(pkg().getDetails('__proto__')).toBeUndefined();
    expect(() => pkg().getDetails(1 as never)).toThrow(new TypeError('getDetails: id must be a string, got number'));
    expect(() => pkg().getSource(1 as never)).toThrow(new TypeError('getSource: id must be a string, got number'));
    expect(pkg().getSource('no-such-source')).toBeUndefined();
  });
});

describe('the evidence and its dates', () => {
  it('filters on an order to close, apart from any closure', () => {
    expect(ids(pkg().query({ closureOrdered: true }))).toEqual(where((s) => s.closureOrdered !== null));
    expect(ids(pkg().query({ closureOrdered: false }))).toEqual(where((s) => s.closureOrdered === null));
    // Frankfurt: ordered closed in November 2022, reported active since.
    expect(pkg().getStation('de-01')).toMatchObject({ operation: 'active', closure: null, closureOrdered: '2022-11-03' });
    expect(ids(pkg().query({ closureOrdered: true, operation: 'active' }))).toContain('de-01');
    expect(() => pkg().query({ closureOrdered: 'yes' as never })).toThrow(
      new TypeError('query: closureOrdered must be true or false, got "yes"'),
    );
  });

  it('filters on the date of last reported activity, from the first day of its period', () => {
    expect(ids(pkg().query({ activeSince: '2023' }))).toEqual(
      where((s) => s.lastReportedActive !== null && startOf(s.lastReportedActive) >= '2023-01-01'),
    );
    // de-01's activity is dated 2024 (the year only): it counts from 2024, never "since June 2024".
    expect(ids(pkg().query({ activeSince: '2024' }))).toContain('de-01');
    expect(ids(pkg().query({ activeSince: '2024-06-01' }))).not.toContain('de-01');
    expect(ids(pkg().query({ activeSince: new Date('2024-01-01T23:00:00Z') }))).toContain('de-01');
  });

  it('asks for inquiries heard of since a date, with byInvestigation or query', () => {
    const recent = where((s) => s.investigation === 'open' && startOf(s.investigationAsOf!) >= '2024-01-01');
    expect(recent.length).toBeGreaterThan(0);
    expect(recent.length).toBeLessThan(pkg().byInvestigation('open').length);
    expect(ids(pkg().byInvestigation('open', { heardSince: '2024' }))).toEqual(recent);
    expect(ids(pkg().query({ investigation: 'open', investigationHeardSince: '2024' }))).toEqual(recent);
    expect(pkg().byInvestigation('open', {})).toEqual(pkg().byInvestigation('open'));
    const { byInvestigation } = pkg().createQueries(pkg().stations, pkg().getEvents());
    expect(ids(byInvestigation('OPEN' as never, { heardSince: '2024' }))).toEqual(recent);
    expect(() => pkg().byInvestigation('open', { since: '2024' } as never)).toThrow(
      new RangeError('byInvestigation: unknown option "since"; expected heardSince'),
    );
    expect(() => pkg().byInvestigation('open', 2024 as never)).toThrow(
      new TypeError("byInvestigation: options must be an object such as { heardSince: '2024' }, got number"),
    );
    expect(() => pkg().byInvestigation('open', null as never)).toThrow(
      new TypeError("byInvestigation: options must be an object such as { heardSince: '2024' }, got null"),
    );
    expect(() => pkg().byInvestigation('open', { heardSince: 'lately' })).toThrow(RangeError);
  });

  it('filters on when a station was last heard of, leaving out those heard of only in a listing', () => {
    expect(ids(pkg().query({ heardSince: '2025' }))).toEqual(
      where((s) => s.lastHeard !== null && startOf(s.lastHeard) >= '2025-01-01'),
    );
    const silent = where((s) => s.lastHeard === null);
    expect(silent.length).toBeGreaterThan(0);
    for (const id of silent) expect(ids(pkg().query({ heardSince: '2022' }))).not.toContain(id);
    expect(endOf('2024')).toBe('2024-12-31');
  });
});
