// isPlain, deepFreeze and copyPlain: what the package freezes and copies, and what it leaves.
import { describe, expect, it } from 'vitest';
import { csvCell } from '../src/csv-cell.js';
import { copyPlain, deepFreeze, isPlain, parseFrozen } from '../src/freeze.js';

describe('isPlain', () => {
  it('takes arrays and objects of Object.prototype or none, and nothing else', () => {
    expect([[], {}, Object.create(null)].map(isPlain)).toEqual([true, true, true]);
    expect([new Date(0), new Map(), null, 'x', 1, () => {}, Object.create({})].map(isPlain)).toEqual([
      false,
      false,
      false,
      false,
      false,
      false,
      false,
    ]);
  });
});

describe('deepFreeze and copyPlain', () => {
  it('freeze and copy objects without a prototype, and leave a Date as it is', () => {
    const bare = Object.assign(Object.create(null), { list: [1], when: new Date(0) });
    const copy = copyPlain('f', 'x', bare);
    expect(copy).not.toBe(bare);
    expect(copy.list).not.toBe(bare.list);
    expect(copy.when).toBe(bare.when);
    deepFreeze(bare);
    expect([Object.isFrozen(bare), Object.isFrozen(bare.list), Object.isFrozen(bare.when)]).toEqual([true, true, false]);
  });
});

describe('parseFrozen', () => {
  it('freezes every array and object of the JSON, and gives a primitive as it is', () => {
    const value = parseFrozen<{ a: [number, { b: { c: [] } }]; d: null }[]>('[{"a":[1,{"b":{"c":[]}}],"d":null}]');
    const all = [value, value[0]!, value[0]!.a, value[0]!.a[1], value[0]!.a[1].b, value[0]!.a[1].b.c];
    expect(all.map((v) => Object.isFrozen(v))).toEqual([true, true, true, true, true, true]);
    expect([parseFrozen('3'), parseFrozen('null'), parseFrozen('"x"')]).toEqual([3, null, 'x']);
    // Strings, numbers and null inside arrays are left as they are.
    expect(parseFrozen('[["ab", null, 1, {"c": ["d", null]}]]')).toEqual([['ab', null, 1, { c: ['d', null] }]]);
  });

  it('freezes only what the JSON holds, not an enumerable object some other code put on Object.prototype', () => {
    const foreign = { mine: true };
    let frozen: boolean[];
    Object.defineProperty(Object.prototype, 'polluted', { value: foreign, enumerable: true, writable: true, configurable: true });
    try {
      const value = parseFrozen<{ a: { b: number } }>('{"a":{"b":1}}');
      frozen = [Object.isFrozen(value), Object.isFrozen(value.a), Object.isFrozen(foreign)];
    } finally {
      delete (Object.prototype as { polluted?: unknown }).polluted;
    }
    expect(frozen).toEqual([true, true, false]);
  });
});

describe('csvCell', () => {
  it('writes a missing value as an empty cell', () => {
    expect(csvCell(null)).toBe('');
  });
});
