// The query functions on lists made for the purpose (through createQueries) and on the
// embedded data: ties and empty values in countBy, one-clause queries, exact messages.
import { describe, expect, it } from 'vitest';
import { countBy, query, stations, statusOn, type Station } from '../src/index.js';

const ids = (list: readonly Station[]) => list.map((s) => s.id);

describe('countBy', () => {
  it('counts stations in no report under null', () => {
    const unlisted = stations.filter((s) => s.reports.length === 0).length;
    expect(unlisted).toBeGreaterThan(0);
    expect(countBy('report').find((c) => c.value === null)?.count).toBe(unlisted);
  });

  it('names the accepted keys', () => {
    expect(() => countBy('city' as never)).toThrow(
      new RangeError(
        'countBy: unknown key "city"; expected one of "country", "province", "bureau", "report", "operation", "closure", "investigation", "legal", "status"',
      ),
    );
  });
});

describe('query', () => {
  it('answers a single clause with several values, in id order', () => {
    expect(ids(query({ country: ['NL', 'IE'] }))).toEqual(['ie-01', 'nl-01', 'nl-02']);
    expect(Object.isFrozen(query({ country: ['NL', 'IE'] }))).toBe(true);
    expect(ids(query({ bureau: ['nantong', 'fuzhou'] }))).toEqual(
      ids(stations.filter((s) => s.bureau === 'nantong' || s.bureau === 'fuzhou')),
    );
  });

  it('says what a filter must be and what values are accepted', () => {
    expect(() => query(null as never)).toThrow(new TypeError('query: filter must be an object, got null'));
    expect(() => query(['NL'] as never)).toThrow(new TypeError('query: filter must be an object, got an array'));
    expect(() => query('NL' as never)).toThrow(new TypeError('query: filter must be an object, got string'));
    expect(() => query({ country: 'XX' })).toThrow(
      new RangeError('query: unknown country "XX"; expected an ISO 3166-1 alpha-2 code such as "NL"'),
    );
    expect(() => query({ province: 'Guangdong' as never })).toThrow(
      new RangeError(
        'query: unknown province "Guangdong"; expected one of "CN-FJ", "Fujian", "CN-JS", "Jiangsu", "CN-ZJ", "Zhejiang"',
      ),
    );
  });
});

describe('messages', () => {
  it('name the function and the argument', () => {
    expect(() => countBy(undefined as never)).toThrow(new TypeError('countBy: key must be a string, got undefined'));
    expect(() => statusOn(1 as never, '2022')).toThrow(new TypeError('statusOn: id must be a string, got number'));
    expect(() => query({ bureau: 'beijing' as never })).toThrow(
      new RangeError('query: unknown bureau "beijing"; expected one of "fuzhou", "qingtian", "wenzhou", "nantong"'),
    );
  });
});

describe('statusOn', () => {
  it('names an unknown station', () => {
    expect(() => statusOn('xx-01', '2022')).toThrow(
      new RangeError('statusOn: unknown station id "xx-01"; expected the id of a station in `stations`, such as "nl-01"'),
    );
  });
});
