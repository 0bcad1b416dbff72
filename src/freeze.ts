/** Freezes a value and everything reachable from it, so that returned data cannot be mutated. */
export function deepFreeze<T>(value: T): T {
  if (value && typeof value === 'object' && !Object.isFrozen(value)) {
    Object.freeze(value);
    for (const child of Object.values(value)) deepFreeze(child);
  }
  return value;
}

/** Parses JSON into a deeply frozen value. */
export function parseFrozen<T>(json: string): T {
  return deepFreeze(JSON.parse(json) as T);
}
