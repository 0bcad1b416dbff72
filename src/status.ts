import { compareDates, startOf } from './dates.js';
import type { EventType, Status } from './types.js';

/** Every status, from the first a station gets to the most serious. */
export const STATUSES: readonly Status[] = Object.freeze(['reported', 'investigating', 'closed', 'prosecuted']);

/**
 * The status each event type sets. Types mapped to `null` are recorded in the
 * timeline but leave the status as it was (a denial does not close a station).
 */
export const STATUS_OF_EVENT: Readonly<Record<EventType, Status | null>> = Object.freeze({
  listed: 'reported',
  media_report: 'reported',
  investigation_opened: 'investigating',
  investigation_closed: 'reported',
  ordered_closed: 'closed',
  reported_closed: 'closed',
  raid: 'prosecuted',
  arrest: 'prosecuted',
  charged: 'prosecuted',
  guilty_plea: 'prosecuted',
  convicted: 'prosecuted',
  sentenced: 'prosecuted',
  statement: null,
  denied_by_host: null,
  denied_by_china: null,
  no_evidence_found: null,
  other: null,
});

interface DatedEvent {
  readonly date: string;
  readonly type: EventType;
}

/**
 * Event types that only give a station its first status: being listed again in a later
 * report, or named again in the press, does not undo an investigation or a closure.
 */
export const INITIAL_ONLY: ReadonlySet<EventType> = new Set<EventType>(['listed', 'media_report']);

/** The status an event sets, given the status before it; `null` when it leaves it as it was. */
export function statusAfter(event: DatedEvent, before: Status | null): Status | null {
  if (before !== null && INITIAL_ONLY.has(event.type)) return null;
  // Own keys only: an event typed '__proto__' must not read Object.prototype.
  return Object.hasOwn(STATUS_OF_EVENT, event.type) ? STATUS_OF_EVENT[event.type] : null;
}

/**
 * The latest status-changing event dated on or before `day` (`yyyy-MM-dd`; omit it for
 * the latest of all) and the status it set, or `undefined` if there is none yet. Events
 * must be sorted oldest first; of events with the same date, the later one wins.
 */
export function lastStatusChange<E extends DatedEvent>(
  events: readonly E[],
  day?: string,
): { readonly event: E; readonly status: Status } | undefined {
  let last: { event: E; status: Status } | undefined;
  for (const event of events) {
    if (day !== undefined && startOf(event.date) > day) break;
    const status = statusAfter(event, last?.status ?? null);
    if (status !== null) last = { event, status };
  }
  return last;
}

/** The status set by `lastStatusChange`, or `null` if there is none yet. */
export function statusAt(events: readonly DatedEvent[], day?: string): Status | null {
  return lastStatusChange(events, day)?.status ?? null;
}

/** True when events are sorted oldest first (partial dates by the start of their period). */
export function isSorted(events: readonly DatedEvent[]): boolean {
  return events.every((event, i) => i === 0 || compareDates(events[i - 1]!.date, event.date) <= 0);
}
