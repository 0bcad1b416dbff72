/** True for an array or an object whose prototype is `Object.prototype` or `null`. */
export function isPlain(value: unknown): value is object {
  if (Array.isArray(value)) return true;
  if (value === null || typeof value !== 'object') return false;
  const prototype = Object.getPrototypeOf(value);
  return prototype === Object.prototype || prototype === null;
}

/**
 * Freezes a value and every array and plain object reachable from it, so that returned
 * data cannot be mutated. Other objects (a `Date` in a user's own field) are left as they are.
 */
export function deepFreeze<T>(value: T): T {
  if (isPlain(value) && !Object.isFrozen(value)) {
    Object.freeze(value);
    for (const child of Object.values(value)) deepFreeze(child);
  }
  return value;
}

/** Parses JSON into a deeply frozen value. */
export function parseFrozen<T>(json: string): T {
  return deepFreeze(JSON.parse(json) as T);
}

/**
 * A deep copy of the arrays and plain objects of a value (other objects are kept as they
 * are), for a function that keeps what it is given without freezing the caller's objects.
 * Throws a TypeError for an array with an empty slot, naming where (`where` names the value).
 */
export function copyPlain<T>(fn: string, where: string, value: T): T {
  if (Array.isArray(value)) {
    const copy: unknown[] = [];
    for (let i = 0; i < value.length; i++) {
      if (!(i in value))
        throw new TypeError(`${fn}: ${where}[${i}] is an empty slot (an array with a hole); give a value there or remove it`);
      copy.push(copyPlain(fn, `${where}[${i}]`, value[i]));
    }
    return copy as T;
  }
  if (!isPlain(value)) return value;
  const copy: Record<string, unknown> = {};
  for (const [key, item] of Object.entries(value)) copy[key] = copyPlain(fn, `${where}.${key}`, item);
  return copy as T;
}
