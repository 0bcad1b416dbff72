// Modules loaded afresh for each test, for mutation testing (`npm run mutate`).
import { beforeEach, vi } from 'vitest';

/**
 * Loads a module again before each test of the calling file and returns a getter for it.
 *
 * Why: StrykerJS credits a mutant to the tests that run its code. Code that runs while a
 * module loads (value lists, rule tables, schemas, lookups built at import) runs once, when
 * the test file imports the module, outside any test; such a mutant is then credited to no
 * test here and never run against them. Loaded in `beforeEach`, that code runs for every
 * test, and each test can kill it.
 */
export function freshEachTest<T>(load: () => Promise<T>): () => T {
  let loaded: T | undefined;
  beforeEach(async () => {
    vi.resetModules();
    loaded = await load();
  });
  return () => {
    if (loaded === undefined) throw new Error('freshEachTest: read the module inside a test');
    return loaded;
  };
}
