// The words of the data build's problems: what a contributor reads when a file of data/ is
// wrong. Each problem names the file, the record and the field, quotes the value, lists what
// is accepted and suggests the closest accepted value.
import type { z } from 'zod';
import { closest } from '../src/closest.js';

export { closest, editDistance } from '../src/closest.js';

/** A value as a problem quotes it: JSON, cut after 60 characters. */
export function quote(value: unknown): string {
  const text = value === undefined ? 'nothing' : JSON.stringify(value);
  return text.length > 60 ? `${text.slice(0, 59)}…` : text;
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
