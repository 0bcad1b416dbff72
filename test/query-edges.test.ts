// The query functions on lists made for the purpose (through createQueries) and on the
// embedded data: ties and empty values in countBy, one-clause queries, exact messages.
import { describe, expect, it } from 'vitest';
import type { Station } from '../src/index.js';
import { freshEachTest } from './fresh.js';
import { ownFields } from './own-fields.js';

// Loaded afresh for each test: what the module builds while it loads is then run by each
// test (see fresh.ts).
const pkg = freshEachTest(() => import('../src/index.js'));

const ids = (list: readonly Station[]) => list.map((s) => s.id);

describe('countBy', () => {
  it('counts stations in no report under null', () => {
    const unlisted = pkg().stations.filter((s) => s.reports.length === 0).length;
    expect(unlisted).toBeGreaterThan(0);
    expect(
      pkg()
        .countBy('report')
        .find((c) => c.value === null)?.count,
    ).toBe(unlisted);
  });

  it('orders ties by value, with null last', () => {
    const nl01 = pkg().getStation('nl-01')!;
    const own = ownFields(nl01);
    const station = (id: string, bureau: string | null) => ({ ...own, id, bureau, bureauConfidence: bureau && 'high' });
    const listing = { id: 't-e01', date: '2022-09', dateBasis: 'event', type: 'listed', actor: 'A report', summary: 'Listed.' };
    const q = pkg().createQueries(
      [station('nl-91', null), station('nl-92', 'wenzhou'), station('nl-93', 'fuzhou'), station('nl-94', 'wenzhou')] as never,
      [{ ...listing, sources: [...pkg().getEvents()[0]!.sources], stations: ['nl-91', 'nl-92', 'nl-93', 'nl-94'] }] as never,
    );
    expect(q.countBy('bureau')).toEqual([
      { value: 'wenzhou', count: 2 },
      { value: 'fuzhou', count: 1 },
      { value: null, count: 1 },
    ]);
    const twoNamed = pkg().createQueries(
      [station('nl-91', 'wenzhou'), station('nl-92', null), station('nl-93', 'fuzhou')] as never,
      [{ ...listing, sources: [...pkg().getEvents()[0]!.sources], stations: ['nl-91', 'nl-92', 'nl-93'] }] as never,
    );
    expect(twoNamed.countBy('bureau').map((c) => c.value)).toEqual(['fuzhou', 'wenzhou', null]);
    // null first in the index, tied with a value that sorts after "null" as a string.
    const nullFirst = pkg().createQueries(
      [station('nl-91', null), station('nl-92', 'wenzhou')] as never,
      [{ ...listing, sources: [...pkg().getEvents()[0]!.sources], stations: ['nl-91', 'nl-92'] }] as never,
    );
    expect(nullFirst.countBy('bureau').map((c) => c.value)).toEqual(['wenzhou', null]);
  });

  it('orders the counts of the embedded data by count, then by value', () => {
    for (const key of pkg().COUNT_KEYS) {
      const counts = pkg().countBy(key);
      for (let i = 1; i < counts.length; i++) {
        const [a, b] = [counts[i - 1]!, counts[i]!];
        const inOrder =
          a.count > b.count || (a.count === b.count && (b.value === null || (a.value !== null && a.value < b.value)));
        expect(inOrder, `${key}: ${a.value} before ${b.value}`).toBe(true);
      }
    }
  });

  it('names the accepted keys', () => {
    expect(() => pkg().countBy('city' as never)).toThrow(
      new RangeError(
        'countBy: unknown key "city"; expected one of "country", "province", "bureau", "report", "operation", "closure", "investigation", "legal", "status"',
      ),
    );
  });
});

describe('query', () => {
  it('answers a single clause with several values, in id order', () => {
    expect(ids(pkg().query({ country: ['NL', 'IE'] }))).toEqual(['ie-01', 'nl-01', 'nl-02']);
    expect(Object.isFrozen(pkg().query({ country: ['NL', 'IE'] }))).toBe(true);
    expect(ids(pkg().query({ bureau: ['nantong', 'fuzhou'] }))).toEqual(
      ids(pkg().stations.filter((s) => s.bureau === 'nantong' || s.bureau === 'fuzhou')),
    );
  });

  it('says what a filter must be and what values are accepted', () => {
    expect(() => pkg().query(null as never)).toThrow(new TypeError('query: filter must be an object, got null'));
    expect(() => pkg().query(['NL'] as never)).toThrow(new TypeError('query: filter must be an object, got an array'));
    expect(() => pkg().query('NL' as never)).toThrow(new TypeError('query: filter must be an object, got string'));
    expect(() => pkg().query({ country: 'XX' })).toThrow(
      new RangeError('query: unknown country "XX"; expected an ISO 3166-1 alpha-2 code such as "NL"'),
    );
    expect(() => pkg().query({ province: 'Guangdong' as never })).toThrow(
      new RangeError(
        'query: unknown province "Guangdong"; expected one of "CN-FJ", "Fujian", "CN-JS", "Jiangsu", "CN-ZJ", "Zhejiang"',
      ),
    );
  });
});

describe('messages', () => {
  it('name the function and the argument', () => {
    expect(() => pkg().countBy(undefined as never)).toThrow(new TypeError('countBy: key must be a string, got undefined'));
    expect(() => pkg().statusOn(1 as never, '2022')).toThrow(new TypeError('statusOn: id must be a string, got number'));
    expect(() => pkg().query({ bureau: 'beijing' as never })).toThrow(
      new RangeError('query: unknown bureau "beijing"; expected one of "fuzhou", "qingtian", "wenzhou", "nantong"'),
    );
  });
});

describe('statusOn', () => {
  it('names an unknown station', () => {
    expect(() => pkg().statusOn('xx-01', '2022')).toThrow(
      new RangeError('statusOn: unknown station id "xx-01"; expected the id of a station in `stations`, such as "nl-01"'),
    );
  });
});
