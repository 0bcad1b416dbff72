// The words of the data build's problems: what a contributor reads when a file of data/ is
// wrong. Each problem names the file, the record and the field, quotes the value, lists what
// is accepted and suggests the closest accepted value.
import type { z } from 'zod';

/** A value as a problem quotes it: JSON, cut after 60 characters. */
export function quote(value: unknown): string {
  const text = value === undefined ? 'nothing' : JSON.stringify(value);
  return text.length > 60 ? `${text.slice(0, 59)}…` : text;
}

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

/** "one of "a", "b"; did you mean "a"?" for a value outside a closed set. */
export function acceptedValues(value: unknown, accepted: readonly string[]): string {
  const list = accepted.map((v) => JSON.stringify(v)).join(', ');
  const near = typeof value === 'string' ? closest(value, accepted) : undefined;
  return `expected one of ${list}${near ? `; did you mean ${JSON.stringify(near)}?` : ''}`;
}

/** The value at a path of an issue within a record (what zod checked). */
function valueAt(record: unknown, path: readonly PropertyKey[]): unknown {
  let value = record;
  for (const key of path) {
    if (value === null || typeof value !== 'object') return undefined;
    value = (value as Record<PropertyKey, unknown>)[key];
  }
  return value;
}

/** One zod issue of a record in a contributor's words: the value quoted, and what is accepted. */
export function issueMessage(issue: z.core.$ZodIssue, record: unknown): string {
  const value = valueAt(record, issue.path);
  if (issue.code === 'invalid_value' && issue.values.every((v) => typeof v === 'string')) {
    const accepted = issue.values as string[];
    // A schema's own message that names the value explains why it is left out on purpose
    // (such as "listed").
    const own = issue.message.includes(JSON.stringify(value)) ? ` (${issue.message})` : '';
    if (value === undefined) return `missing; ${acceptedValues(value, accepted)}`;
    return `${quote(value)} is not accepted${own}; ${acceptedValues(value, accepted)}`;
  }
  if (issue.code === 'unrecognized_keys') return `unknown field(s) ${issue.keys.map((k) => JSON.stringify(k)).join(', ')}`;
  if (issue.code === 'invalid_type' && value === undefined) return `missing; expected ${issue.expected}`;
  if (value === undefined) return issue.message;
  return `${quote(value)}: ${issue.message}`;
}

/**
 * Where a JSON syntax error is, as `line:column` (1-based), from the offset that V8's
 * message gives; `undefined` when the message has none.
 */
export function jsonPosition(text: string, message: string): string | undefined {
  const found = /at position (\d+)/.exec(message) ?? /\(line (\d+) column (\d+)\)/.exec(message);
  if (!found) return undefined;
  if (found.length === 3) return `${found[1]}:${found[2]}`;
  const offset = Number(found[1]);
  const before = text.slice(0, offset).split('\n');
  return `${before.length}:${before.at(-1)!.length + 1}`;
}
