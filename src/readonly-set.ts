// A read-only view of a set. `Object.freeze` does not stop `add`, `delete` or `clear` on a
// `Set`, so an exported set is this view, which has none of them.

/** A frozen object with the reading methods of a `Set` over `values`, and no way to change it. */
export function readonlySet<T>(values: Iterable<T>): ReadonlySet<T> {
  const set = new Set(values);
  const view: ReadonlySet<T> = {
    get size() {
      return set.size;
    },
    has: (value: T) => set.has(value),
    forEach(callback, thisArg?: unknown) {
      for (const value of set) callback.call(thisArg, value, value, view);
    },
    entries: () => set.entries(),
    keys: () => set.keys(),
    values: () => set.values(),
    [Symbol.iterator]: () => set.values(),
  } as ReadonlySet<T>;
  return Object.freeze(view);
}
