// Every value the package exports, and every piece of the dataset its functions return, is
// immutable: arrays and objects deeply frozen, and no Set or Map that an importer could
// change (INITIAL_ONLY is a read-only view). Conversions (toCSV, toJSON, flatten, …) are
// left out: they build new values that belong to the caller.
import { describe, expect, it } from 'vitest';
import { freshEachTest } from './fresh.js';

const pkg = freshEachTest(() => import('../src/index.js'));

/** The paths of every mutable thing reachable from `value`: an unfrozen object, a Set, a Map. */
function mutableParts(value: unknown, path: string, seen = new Set<unknown>()): string[] {
  if (value === null || typeof value !== 'object' || seen.has(value)) return [];
  seen.add(value);
  if (value instanceof Set || value instanceof Map || value instanceof WeakMap || value instanceof WeakSet) {
    return [`${path} is a ${value.constructor.name}`];
  }
  const own = Object.isFrozen(value) ? [] : [`${path} is not frozen`];
  return [...own, ...Object.entries(value).flatMap(([key, child]) => mutableParts(child, `${path}.${key}`, seen))];
}

describe('immutability', () => {
  it('holds for every exported value that is not a function', () => {
    const values = Object.entries(pkg()).filter(([, value]) => typeof value !== 'function');
    expect(values.map(([name]) => name)).toContain('INITIAL_ONLY');
    expect(values.flatMap(([name, value]) => mutableParts(value, name))).toEqual([]);
  });

  it('gives INITIAL_ONLY the reading methods of a Set and no way to change it', () => {
    const { INITIAL_ONLY } = pkg();
    expect([...INITIAL_ONLY]).toEqual(['listed']);
    expect([INITIAL_ONLY.has('listed'), INITIAL_ONLY.has('raid'), INITIAL_ONLY.size]).toEqual([true, false, 1]);
    expect([...INITIAL_ONLY.keys(), ...INITIAL_ONLY.values(), ...[...INITIAL_ONLY.entries()].flat()]).toEqual(
      Array(4).fill('listed'),
    );
    const seen: unknown[] = [];
    INITIAL_ONLY.forEach(function (this: unknown, value, again, set) {
      seen.push(value, again, set === INITIAL_ONLY, this);
    }, 'context');
    expect(seen).toEqual(['listed', 'listed', true, 'context']);
    for (const method of ['add', 'delete', 'clear']) expect(method in INITIAL_ONLY).toBe(false);
    expect(() => Object.assign(INITIAL_ONLY, { add: () => undefined })).toThrow(TypeError);
    // The rules read it: a later listing still changes nothing.
    expect(
      pkg().deriveState([
        { date: '2022', type: 'raid' },
        { date: '2023', type: 'listed' },
      ])?.lastHeard,
    ).toBe('2022');
  });

  it('holds for what the functions return of the dataset, whatever the number of keys of a query', () => {
    const p = pkg();
    const results: [string, unknown][] = [
      ['getEvents()', p.getEvents()],
      ['getSources()', p.getSources()],
      ['changes()', p.changes()],
      ['getStation', p.getStation('nl-01')],
      ['getDetails', p.getDetails('nl-01')],
      ['getSource', p.getSource(p.getSources()[0]!.id)],
      ['byCountry', p.byCountry(['NL', 'IE'])],
      ['byStatus', p.byStatus('closed')],
      ['byInvestigation', p.byInvestigation('open', { heardSince: '2022' })],
      ['query({})', p.query({})],
      ['query one key', p.query({ country: 'NL' })],
      ['query two keys', p.query({ country: ['NL', 'IT'], status: ['closed', 'investigating', 'reported'] })],
      ['query dates', p.query({ openedFrom: '2000', heardSince: '2022' })],
      ['countBy', p.countBy('status')],
      ['countBy country', p.countBy('country')],
      ['stateOn', p.stateOn('nl-01', '2023')],
    ];
    for (const [name, value] of results) {
      expect(value, name).toBeTruthy();
      expect(mutableParts(value, name)).toEqual([]);
    }
    expect((results[11]![1] as unknown[]).length).toBeGreaterThan(0);
  });
});
