// Argument checks of the exported rule functions (src/status.ts): what they read of an
// event or a state, so that a wrong type is a TypeError and an unknown value a RangeError,
// never a silent wrong answer.
import { isPartialDate, compareDates } from './dates.js';
import { describe, listOf } from './validate.js';
import {
  CLOSURE_BASIS_VALUES,
  EVENT_TYPE_VALUES,
  INVESTIGATION_VALUES,
  LEGAL_STAGE_VALUES,
  OPERATION_VALUES,
  SCOPE_VALUES,
} from './values.js';

type Fields = Record<string, unknown>;
const isRecord = (value: unknown): value is Fields => value !== null && typeof value === 'object' && !Array.isArray(value);

function expectRecord(fn: string, where: string, value: unknown): Fields {
  if (!isRecord(value)) throw new TypeError(`${fn}: ${where} must be an object, got ${describe(value)}`);
  return value;
}

function expectOneOf(fn: string, where: string, value: unknown, accepted: readonly unknown[], nullable = false): void {
  if (nullable && value === null) return;
  if (typeof value !== 'string') {
    throw new TypeError(`${fn}: ${where} must be a string${nullable ? ' or null' : ''}, got ${describe(value)}`);
  }
  if (!accepted.includes(value)) {
    throw new RangeError(
      `${fn}: unknown ${where} ${describe(value)}; expected ${nullable ? 'null or ' : ''}one of ${listOf(accepted as string[])}`,
    );
  }
}

function expectDate(fn: string, where: string, value: unknown): void {
  if (typeof value !== 'string') throw new TypeError(`${fn}: ${where} must be a date string, got ${describe(value)}`);
  if (!isPartialDate(value))
    throw new RangeError(`${fn}: ${where} ${describe(value)} is not a real date as YYYY, YYYY-MM or YYYY-MM-DD`);
}

/** Checks what the rules read of an event: `date`, `type`, and `scope` and `observed` if given. */
export function checkEvent(fn: string, where: string, value: unknown): void {
  const event = expectRecord(fn, where, value);
  expectDate(fn, `${where}.date`, event.date);
  expectOneOf(fn, `${where}.type`, event.type, EVENT_TYPE_VALUES);
  if (event.scope !== undefined) expectOneOf(fn, `${where}.scope`, event.scope, SCOPE_VALUES);
  if (event.observed !== undefined && event.observed !== null) expectDate(fn, `${where}.observed`, event.observed);
}

/** Checks a timeline: an array of events, sorted oldest first. */
export function checkEvents(fn: string, value: unknown): void {
  if (!Array.isArray(value)) throw new TypeError(`${fn}: events must be an array of events, got ${describe(value)}`);
  value.forEach((event, i) => {
    checkEvent(fn, `events[${i}]`, event);
    const previous = value[i - 1] as Fields | undefined;
    if (previous && compareDates(previous.date as string, (event as Fields).date as string) > 0) {
      throw new RangeError(
        `${fn}: events[${i}] (${(event as Fields).date as string}) is earlier than events[${i - 1}] (${previous.date as string}); sort the events oldest first`,
      );
    }
  });
}

/** Checks the values of a state that the rules read: operation, closure, investigation and legal stage. */
export function checkState(fn: string, where: string, value: unknown): void {
  const state = expectRecord(fn, where, value);
  expectOneOf(fn, `${where}.operation`, state.operation, OPERATION_VALUES);
  expectOneOf(fn, `${where}.closure`, state.closure, CLOSURE_BASIS_VALUES, true);
  expectOneOf(fn, `${where}.investigation`, state.investigation, INVESTIGATION_VALUES);
  expectOneOf(fn, `${where}.legal`, state.legal, LEGAL_STAGE_VALUES);
}
