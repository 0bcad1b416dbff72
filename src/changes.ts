// What changed from release to release, and why a station id is gone. The changes are
// parsed on first call, like the events, and bundled only by apps that call `changes`.
import { retired } from './data.js';
import { changesText } from './lazy.js';
import { parseFrozen } from './freeze.js';
import type { ReleaseChanges, RetiredStation } from './types.js';
import { expectString, listOf, unknownValue } from './validate.js';

let all: readonly ReleaseChanges[] | undefined;

/**
 * What changed in the data in each release against the one before, record by record
 * (stations added, retired and changed, events added and corrected, sources added), newest
 * first; the same as `data/changes.json`. With `since`, a release version such as
 * `'2.0.0'`, only the releases after it. Throws a TypeError for a non-string and a
 * RangeError for a version that is not a release these changes know. Deeply frozen; parsed
 * on first call.
 */
export function changes(since?: string): readonly ReleaseChanges[] {
  all ??= parseFrozen<readonly ReleaseChanges[]>(changesText());
  if (since === undefined) return all;
  expectString('changes', 'since', since);
  const index = all.findIndex((entry) => entry.version === since);
  if (index !== -1) return all.slice(0, index);
  if (all.at(-1)?.previous === since) return all;
  const known = [...all.map((entry) => entry.version), ...all.slice(-1).map((entry) => entry.previous)];
  throw unknownValue('changes', 'release', since, `one of ${listOf(known)}`);
}

/**
 * Why a station id is no longer in the dataset: its retirement record (when, why, the
 * station it was merged into, the last release that shipped it), or `undefined` for an id
 * that was never retired. Throws a TypeError for a non-string.
 */
export function retiredStation(id: string): RetiredStation | undefined {
  expectString('retiredStation', 'id', id);
  return retired.find((entry) => entry.id === id);
}
