// The closest of some accepted values to a mistyped one, for "did you mean" in messages
// (the data build's problems, the command line's usage errors).

/** The number of single-character edits between two strings (Levenshtein). */
export function editDistance(a: string, b: string): number {
  let previous = Array.from({ length: b.length + 1 }, (_, j) => j);
  for (let i = 1; i <= a.length; i++) {
    const row = [i];
    for (let j = 1; j <= b.length; j++) {
      row[j] = Math.min(previous[j]! + 1, row[j - 1]! + 1, previous[j - 1]! + (a[i - 1] === b[j - 1] ? 0 : 1));
    }
    previous = row;
  }
  return previous[b.length]!;
}

/**
 * The accepted value closest to `value`, if one is close enough to be a likely typo: at most
 * a third of its length away (and at least two edits allowed), or the same but for case.
 */
export function closest(value: string, accepted: readonly string[]): string | undefined {
  let best: string | undefined;
  let distance = Number.POSITIVE_INFINITY;
  for (const candidate of accepted) {
    const d = candidate.toLowerCase() === value.toLowerCase() ? 0 : editDistance(value, candidate);
    if (d < distance) [best, distance] = [candidate, d];
  }
  return best !== undefined && distance <= Math.max(2, Math.floor(value.length / 3)) ? best : undefined;
}
